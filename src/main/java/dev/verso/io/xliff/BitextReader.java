package dev.verso.io.xliff;

import dev.verso.io.ByteOrderMarks;
import dev.verso.io.ReadResult;
import dev.verso.io.TextFile;
import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.io.xliff.XmlTree.IntList;
import dev.verso.io.xliff.XmlTree.Node;
import dev.verso.io.xliff.XmlTree.Text;
import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import dev.verso.model.Passage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads XLIFF 1.2, XLIFF 2.0/2.1 and TMX 1.4b files into documents whose segments are pre-aligned
 * beads. An XLIFF {@code file} element is one document (id: its {@code original}); a TMX file is
 * one document (or one per value of a grouping {@code prop}). Inline codes become placeholders
 * ({@link SegmentText#PLACEHOLDER} for standalone codes, nothing for paired tags, whose content is
 * kept); segments with no target, a blank one, or state {@code initial}/{@code new} are counted as
 * untranslated and left out of the evaluated texts.
 */
public final class BitextReader {
  /** System property naming the TMX {@code prop} type whose values group units into documents. */
  public static final String TMX_GROUP_PROPERTY = "verso.tmx.group";

  private static final List<String> EXTENSIONS =
      List.of(".xlf", ".xliff", ".sdlxliff", ".mxliff", ".tmx");

  /** Paired inline elements: the tags vanish, their content is text. */
  private static final Set<String> CONTAINERS = new TreeSet<>(List.of("g", "mrk", "pc", "hi"));

  /** Halves of paired codes and markers: they vanish with their content. */
  private static final Set<String> VANISHING =
      new TreeSet<>(List.of("bx", "ex", "bpt", "ept", "sc", "ec", "sm", "em"));

  private static final Set<String> UNTRANSLATED_STATES =
      new TreeSet<>(List.of("initial", "new", "needs-translation"));
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

  private BitextReader() {}

  /** True when the file name has an XLIFF or TMX extension. */
  public static boolean hasBitextExtension(Path f) {
    String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /** True when the text's document element is {@code <xliff>} or {@code <tmx>} (any prefix). */
  public static boolean looksLikeBitext(String content) {
    String root = rootName(content);
    if (root == null) {
      return false;
    }
    String local = root.substring(root.indexOf(':') + 1);
    return local.equals("xliff") || local.equals("tmx");
  }

  private static String rootName(String s) {
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("\uFEFF", i)) {
        i++;
      } else if (s.startsWith("<?", i)) {
        int e = s.indexOf("?>", i);
        if (e < 0) {
          return null;
        }
        i = e + 2;
      } else if (s.startsWith("<!--", i)) {
        int e = s.indexOf("-->", i);
        if (e < 0) {
          return null;
        }
        i = e + 3;
      } else if (s.startsWith("<!", i)) {
        int e = s.indexOf('>', i);
        int bracket = s.indexOf('[', i);
        if (bracket >= 0 && bracket < e) {
          e = s.indexOf("]", bracket);
          e = e < 0 ? -1 : s.indexOf('>', e);
        }
        if (e < 0) {
          return null;
        }
        i = e + 1;
      } else if (s.charAt(i) != '<') {
        return null;
      } else {
        Matcher m = ROOT.matcher(s);
        return m.find(i) && m.start() == i ? m.group(1) : null;
      }
    }
    return null;
  }

  /**
   * Reads {@code path} as documents of {@code system}; {@code fallbackId} names the document of a
   * TMX file (and of an XLIFF file element that has neither {@code original} nor {@code id}).
   */
  public static ReadResult read(Path path, String name, String fallbackId, String system) {
    List<InputProblem> problems = new ArrayList<>();
    BitextFile f;
    try {
      f = parse(path, name, fallbackId, System.getProperty(TMX_GROUP_PROPERTY), problems);
    } catch (RuntimeException e) {
      // a defect of this reader, not of the file: still one error for this input, never a stack
      // trace
      problems.add(InputProblem.error(name, 0, null, "cannot read as XLIFF/TMX: " + e));
      return ReadResult.problems(problems);
    }
    if (f == null) {
      return ReadResult.problems(problems);
    }
    List<Document> docs = new ArrayList<>();
    for (BitextDocument d : f.documents()) {
      if (d.evaluated().isEmpty()) {
        problems.add(
            InputProblem.error(
                name,
                d.line(),
                null,
                "document '"
                    + d.id()
                    + "' has no translated segment ("
                    + d.segments().size()
                    + " untranslated); nothing to evaluate"));
        continue;
      }
      docs.add(toDocument(f, d, system));
    }
    return new ReadResult(docs, problems);
  }

  /**
   * The document Verso evaluates for one XLIFF/TMX document: evaluated segments joined, one bead
   * each.
   */
  public static Document toDocument(BitextFile f, BitextDocument d, String system) {
    Passage src = new Passage(null, d.joined(false), d.srcLang(), d.spans(false));
    Passage tgt = new Passage(null, d.joined(true), d.trgLang(), d.spans(true));
    Map<String, String> meta = new TreeMap<>();
    meta.put("format", f.format().id());
    meta.put("formatVersion", f.version());
    meta.put("segments", Integer.toString(d.evaluated().size()));
    List<BitextSegment> untranslated = d.untranslated();
    meta.put("untranslatedSegments", Integer.toString(untranslated.size()));
    if (!untranslated.isEmpty()) {
      meta.put(
          "untranslated", String.join(",", untranslated.stream().map(BitextSegment::id).toList()));
    }
    Map<String, Passage> tr = new TreeMap<>();
    tr.put(system, tgt);
    return new Document(
        d.id(),
        src,
        tr,
        Map.of(),
        List.of(),
        meta,
        List.of(new Origin(f.name(), d.line())),
        false,
        Map.of());
  }

  /**
   * Parses a file; returns null (with the reason in {@code problems}) when it cannot be read at
   * all. Documents with structural errors are left out with an error; the others are kept.
   */
  public static BitextFile parse(
      Path path, String name, String fallbackId, String tmxGroup, List<InputProblem> problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      problems.add(InputProblem.error(name, 0, null, "cannot read file: " + e.getMessage()));
      return null;
    }
    String xml = xmlText(bytes, name, problems);
    if (xml == null) {
      return null;
    }
    XmlTree tree;
    try {
      tree = XmlTree.parse(xml);
    } catch (XmlTree.MalformedXmlException e) {
      problems.add(InputProblem.error(name, e.line(), null, e.getMessage()));
      return null;
    }
    return readRoot(tree, name, fallbackId, tmxGroup, ByteOrderMarks.utf8(bytes), problems);
  }

  /**
   * The XML text of a file's bytes without a byte-order mark, or null (with the reason in {@code
   * problems}) when they are UTF-16, not valid UTF-8 or declare an encoding other than UTF-8/ASCII.
   */
  static String xmlText(byte[] bytes, String name, List<InputProblem> problems) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
            || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      problems.add(InputProblem.error(name, 1, null, "file is UTF-16; save it as UTF-8"));
      return null;
    }
    TextFile checked = TextFile.decode(bytes, name);
    if (!checked.ok()) {
      problems.addAll(checked.problems());
      return null;
    }
    boolean bom = ByteOrderMarks.utf8(bytes);
    String xml =
        new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
    Matcher enc = ENCODING.matcher(xml);
    if (enc.find()) {
      String e = enc.group(1).toUpperCase(Locale.ROOT);
      if (!e.equals("UTF-8") && !e.equals("UTF8") && !e.equals("US-ASCII") && !e.equals("ASCII")) {
        problems.add(
            InputProblem.error(
                name,
                1,
                "encoding",
                "declared encoding " + enc.group(1) + " is not read; save the file as UTF-8"));
        return null;
      }
    }
    return xml;
  }

  /**
   * The file that a parsed tree describes, read as XLIFF 1.x, XLIFF 2.x or TMX by its document
   * element and version; null (with the reason in {@code problems}) for anything else.
   */
  private static BitextFile readRoot(
      XmlTree tree,
      String name,
      String fallbackId,
      String tmxGroup,
      boolean bom,
      List<InputProblem> problems) {
    Element root = tree.root();
    String version = root.attr("version");
    List<BitextDocument> docs = new ArrayList<>();
    switch (root.localName()) {
      case "xliff" -> {
        if (version == null) {
          problems.add(
              InputProblem.error(name, root.line(), "version", "<xliff> has no version attribute"));
          return null;
        }
        if (version.startsWith("1.")) {
          readXliff1(tree, name, fallbackId, docs, problems);
          return new BitextFile(name, BitextFile.Format.XLIFF_1, version, bom, tree, docs);
        }
        if (version.startsWith("2.")) {
          readXliff2(tree, name, fallbackId, docs, problems);
          return new BitextFile(name, BitextFile.Format.XLIFF_2, version, bom, tree, docs);
        }
        problems.add(
            InputProblem.error(
                name,
                root.line(),
                "version",
                "XLIFF version " + version + " is not read (1.x and 2.x are)"));
        return null;
      }
      case "tmx" -> {
        docs.addAll(TmxReader.read(tree, name, fallbackId, tmxGroup, problems));
        return new BitextFile(
            name, BitextFile.Format.TMX, version == null ? "" : version, bom, tree, docs);
      }
      default -> {
        problems.add(
            InputProblem.error(
                name,
                root.line(),
                null,
                "document element is <" + root.qName() + ">, not <xliff> or <tmx>"));
        return null;
      }
    }
  }

  private static void readXliff1(
      XmlTree tree,
      String name,
      String fallbackId,
      List<BitextDocument> docs,
      List<InputProblem> problems) {
    int k = 0;
    for (Element file : tree.root().childElements("file")) {
      k++;
      String id = first(file.attr("original"), fallbackId + "#" + k);
      String srcLang = file.attr("source-language");
      String trgLang = file.attr("target-language");
      if (srcLang == null || srcLang.isBlank()) {
        problems.add(
            InputProblem.error(
                name,
                file.line(),
                "source-language",
                "<file> '" + id + "' has no source-language; document skipped"));
        continue;
      }
      List<BitextSegment> segs = new ArrayList<>();
      Element body = file.child("body");
      if (body != null) {
        units1(tree, body, segs);
      }
      if (trgLang == null && segs.stream().anyMatch(BitextSegment::translated)) {
        problems.add(
            InputProblem.error(
                name,
                file.line(),
                "target-language",
                "<file> '" + id + "' has targets but no target-language; document skipped"));
        continue;
      }
      docs.add(new BitextDocument(id, srcLang, trgLang, file.line(), file, segs));
    }
    if (k == 0) {
      problems.add(
          InputProblem.error(name, tree.root().line(), null, "<xliff> contains no <file> element"));
    }
  }

  private static void units1(XmlTree tree, Element parent, List<BitextSegment> out) {
    for (Node n : parent.children()) {
      if (!(n instanceof Element e) || !e.namespace().equals(parent.namespace())) {
        continue;
      }
      if (e.localName().equals("group")) {
        if (!"no".equals(e.attr("translate"))) {
          units1(tree, e, out);
        }
      } else if (e.localName().equals("trans-unit") && !"no".equals(e.attr("translate"))) {
        String uid = first(e.attr("id"), "#" + (out.size() + 1));
        Element s = e.child("source");
        if (s == null) {
          continue;
        }
        Element t = e.child("target");
        SegmentText st = text(tree, s);
        SegmentText tt = t == null ? null : text(tree, t);
        String state = t == null ? null : t.attr("state");
        out.add(new BitextSegment(uid, uid, e.line(), e, st, tt, state, translated(tt, state)));
      }
    }
  }

  private static void readXliff2(
      XmlTree tree,
      String name,
      String fallbackId,
      List<BitextDocument> docs,
      List<InputProblem> problems) {
    Element root = tree.root();
    String srcLang = root.attr("srcLang");
    String trgLang = root.attr("trgLang");
    if (srcLang == null || srcLang.isBlank()) {
      problems.add(InputProblem.error(name, root.line(), "srcLang", "<xliff> has no srcLang"));
      return;
    }
    int k = 0;
    for (Element file : root.childElements("file")) {
      k++;
      String id = first(file.attr("original"), first(file.attr("id"), fallbackId + "#" + k));
      List<BitextSegment> segs = new ArrayList<>();
      units2(tree, file, segs);
      if (trgLang == null && segs.stream().anyMatch(BitextSegment::translated)) {
        problems.add(
            InputProblem.error(
                name,
                root.line(),
                "trgLang",
                "<xliff> has targets but no trgLang; document '" + id + "' skipped"));
        continue;
      }
      docs.add(new BitextDocument(id, srcLang, trgLang, file.line(), file, segs));
    }
    if (k == 0) {
      problems.add(
          InputProblem.error(name, root.line(), null, "<xliff> contains no <file> element"));
    }
  }

  private static void units2(XmlTree tree, Element parent, List<BitextSegment> out) {
    for (Node n : parent.children()) {
      if (!(n instanceof Element e) || !e.namespace().equals(parent.namespace())) {
        continue;
      }
      if (e.localName().equals("group")) {
        if (!"no".equals(e.attr("translate"))) {
          units2(tree, e, out);
        }
      } else if (e.localName().equals("unit") && !"no".equals(e.attr("translate"))) {
        String uid = first(e.attr("id"), "#" + (out.size() + 1));
        List<Element> segments = e.childElements("segment");
        int i = 0;
        for (Element seg : segments) {
          i++;
          Element s = seg.child("source");
          if (s == null) {
            continue;
          }
          Element t = seg.child("target");
          SegmentText st = text(tree, s);
          SegmentText tt = t == null ? null : text(tree, t);
          String state = seg.attr("state");
          String sid =
              segments.size() == 1 ? uid : uid + "/" + first(seg.attr("id"), Integer.toString(i));
          out.add(new BitextSegment(uid, sid, seg.line(), e, st, tt, state, translated(tt, state)));
        }
      }
    }
  }

  static boolean translated(SegmentText target, String state) {
    return target != null
        && !target.text().isBlank()
        && (state == null || !UNTRANSLATED_STATES.contains(state.toLowerCase(Locale.ROOT)));
  }

  /** The plain text of a source/target/seg element with inline codes as placeholders. */
  static SegmentText text(XmlTree tree, Element e) {
    StringBuilder sb = new StringBuilder();
    IntList a = new IntList();
    IntList b = new IntList();
    List<Node> nodes = new ArrayList<>();
    content(tree, e, sb, a, b, nodes);
    return new SegmentText(e, sb.toString(), a.toArray(), b.toArray(), nodes.toArray(new Node[0]));
  }

  private static void content(
      XmlTree tree, Element e, StringBuilder sb, IntList a, IntList b, List<Node> nodes) {
    for (Node n : e.children()) {
      if (n instanceof Text t) {
        int before = sb.length();
        tree.decode(t, sb, a, b);
        for (int i = before; i < sb.length(); i++) {
          nodes.add(t);
        }
      } else {
        Element c = (Element) n;
        String local = c.localName();
        if (CONTAINERS.contains(local)) {
          content(tree, c, sb, a, b, nodes);
        } else if (!VANISHING.contains(local)) {
          sb.append(SegmentText.PLACEHOLDER);
          a.add(c.start());
          b.add(c.end());
          nodes.add(c);
        }
      }
    }
  }

  static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }
}
