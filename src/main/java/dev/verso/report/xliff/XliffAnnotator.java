package dev.verso.report.xliff;

import dev.verso.io.xliff.BitextFile;
import dev.verso.io.xliff.BitextSegment;
import dev.verso.io.xliff.SegmentText;
import dev.verso.io.xliff.XmlTree;
import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.io.xliff.XmlTree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes ITS 2.0 Localization Quality Issues into an XLIFF file in place: the text is copied as it
 * is and only insertions are made. In XLIFF 2 each issue goes on an {@code <mrk type="its:any">}
 * around its span (overlapping spans share one {@code mrk} that refers to a standoff {@code
 * its:locQualityIssues} group at the start of the unit); in XLIFF 1.2 the issues go on the {@code
 * trans-unit} as {@code its:locQualityIssuesRef} to a standoff group at the end of the unit. The
 * root element gets the ITS namespace and {@code its:version="2.0"} when it lacks them.
 */
public final class XliffAnnotator {
  private final BitextFile file;
  private final XmlTree tree;
  private final String prefix;
  private final List<Insert> inserts = new ArrayList<>();
  private final Map<Element, List<Located>> byUnit = new LinkedHashMap<>();
  private int groups;

  private record Insert(int at, int order, String text) {}

  /** An issue on a piece of one segment. */
  private record Located(BitextSegment segment, boolean target, int from, int to, ItsIssue issue) {}

  /** A file to annotate. */
  public XliffAnnotator(BitextFile file) {
    if (file.format() == BitextFile.Format.TMX) {
      throw new IllegalArgumentException("TMX files are not annotated");
    }
    this.file = file;
    this.tree = file.tree();
    this.prefix = itsPrefix(tree.root());
  }

  /** Adds an issue on chars {@code [from, to)} of one side of a segment. */
  public void add(BitextSegment segment, boolean target, int from, int to, ItsIssue issue) {
    byUnit
        .computeIfAbsent(segment.unit(), k -> new ArrayList<>())
        .add(new Located(segment, target, from, to, issue));
  }

  /** The annotated file text (without a byte-order mark). */
  public String write() {
    inserts.clear();
    if (byUnit.isEmpty()) {
      return tree.xml();
    }
    declareIts();
    for (var e : byUnit.entrySet()) {
      if (file.format() == BitextFile.Format.XLIFF_1) {
        unitLevel(e.getKey(), e.getValue());
      } else {
        inline(e.getKey(), e.getValue());
      }
    }
    inserts.sort(Comparator.comparingInt(Insert::at).thenComparingInt(Insert::order));
    StringBuilder sb = new StringBuilder(tree.xml().length() + 256 * inserts.size());
    int at = 0;
    String xml = tree.xml();
    for (Insert in : inserts) {
      sb.append(xml, at, in.at());
      sb.append(in.text());
      at = in.at();
    }
    sb.append(xml, at, xml.length());
    return sb.toString();
  }

  private static String itsPrefix(Element root) {
    for (var a : root.attributes().entrySet()) {
      if (a.getKey().startsWith("xmlns:") && a.getValue().equals(ItsIssue.ITS_NS)) {
        return a.getKey().substring("xmlns:".length());
      }
    }
    return root.attr("xmlns:its") == null ? "its" : "verso-its";
  }

  private void declareIts() {
    Element root = tree.root();
    StringBuilder sb = new StringBuilder();
    if (!ItsIssue.ITS_NS.equals(root.attr("xmlns:" + prefix))) {
      sb.append(" xmlns:").append(prefix).append("=\"").append(ItsIssue.ITS_NS).append('"');
    }
    if (root.attr(prefix + ":version") == null) {
      sb.append(' ').append(prefix).append(":version=\"2.0\"");
    }
    if (sb.length() > 0) {
      int at = root.selfClosing() ? root.startTagEnd() - 2 : root.startTagEnd() - 1;
      inserts.add(new Insert(at, 0, sb.toString()));
    }
  }

  /**
   * XLIFF 1.2: every issue of the unit on the {@code trans-unit}, always as a standoff group (local
   * ITS attributes on a {@code trans-unit} are not read by Okapi's XLIFF filter; the reference is).
   */
  private void unitLevel(Element unit, List<Located> issues) {
    int tagEnd = unit.selfClosing() ? unit.startTagEnd() - 2 : unit.startTagEnd() - 1;
    String id = groupId();
    inserts.add(new Insert(tagEnd, 0, " " + prefix + ":locQualityIssuesRef=\"#" + id + "\""));
    String indent = childIndent(unit);
    inserts.add(new Insert(closingIndentStart(unit), 0, indent + group(id, issues, indent) + "\n"));
  }

  /** XLIFF 2: one {@code mrk} per cluster of overlapping spans. */
  private void inline(Element unit, List<Located> issues) {
    Set<String> ids = new TreeSet<>();
    collectIds(unit, ids);
    Map<SegmentText, List<Located>> bySide = new IdentityHashMap<>();
    List<SegmentText> order = new ArrayList<>();
    for (Located l : issues) {
      SegmentText st = l.target() ? l.segment().target() : l.segment().source();
      if (!bySide.containsKey(st)) {
        order.add(st);
      }
      bySide.computeIfAbsent(st, k -> new ArrayList<>()).add(l);
    }
    StringBuilder standoff = new StringBuilder();
    String indent = childIndent(unit);
    int next = 1;
    for (SegmentText st : order) {
      for (Cluster c : clusters(st, bySide.get(st))) {
        String mrkId;
        do {
          mrkId = "verso" + next++;
        } while (ids.contains(mrkId));
        String attrs;
        if (c.issues.size() == 1) {
          attrs = c.issues.get(0).issue().attributes(prefix);
        } else {
          String gid = groupId();
          attrs = " " + prefix + ":locQualityIssuesRef=\"#its=" + gid + "\"";
          standoff.append(indent).append(group(gid, c.issues, indent)).append('\n');
        }
        inserts.add(
            new Insert(
                c.rawStart,
                2,
                "<mrk id=\"" + mrkId + "\" type=\"" + prefix + ":any\"" + attrs + ">"));
        inserts.add(new Insert(c.rawEnd, 1, "</mrk>"));
      }
    }
    if (standoff.length() > 0) {
      inserts.add(
          new Insert(unit.startTagEnd(), 0, "\n" + standoff.substring(0, standoff.length() - 1)));
    }
  }

  private static final class Cluster {
    int from;
    int to;
    int rawStart;
    int rawEnd;
    final List<Located> issues = new ArrayList<>();
  }

  /** Groups the issues of one side into disjoint, well-nested raw ranges. */
  private static List<Cluster> clusters(SegmentText st, List<Located> issues) {
    List<Cluster> cs = new ArrayList<>();
    for (Located l : issues) {
      Cluster c = new Cluster();
      c.from = l.from();
      c.to = l.to();
      c.issues.add(l);
      int[] r = st.wrappableRange(c.from, c.to);
      c.rawStart = r[0];
      c.rawEnd = r[1];
      cs.add(c);
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      cs.sort(Comparator.comparingInt((Cluster c) -> c.rawStart).thenComparingInt(c -> c.rawEnd));
      for (int k = 0; k + 1 < cs.size(); k++) {
        Cluster a = cs.get(k);
        Cluster b = cs.get(k + 1);
        if (b.rawStart < a.rawEnd || (b.rawStart == a.rawEnd && a.rawStart == a.rawEnd)) {
          boolean whole = a.from == a.to || b.from == b.to;
          a.from = Math.min(a.from, b.from);
          a.to = Math.max(a.to, b.to);
          a.issues.addAll(b.issues);
          int[] r = whole ? st.wrappableRange(0, 0) : st.wrappableRange(a.from, a.to);
          a.rawStart = r[0];
          a.rawEnd = r[1];
          cs.remove(k + 1);
          merged = true;
          break;
        }
      }
    }
    return cs;
  }

  private String group(String id, List<Located> issues, String indent) {
    StringBuilder sb = new StringBuilder();
    sb.append('<').append(prefix).append(":locQualityIssues xml:id=\"").append(id).append("\">\n");
    for (Located l : issues) {
      sb.append(indent).append("  ").append(l.issue().element(prefix)).append('\n');
    }
    sb.append(indent).append("</").append(prefix).append(":locQualityIssues>");
    return sb.toString();
  }

  private String groupId() {
    String id;
    do {
      id = "verso-lqi-" + ++groups;
    } while (tree.xml().contains("\"" + id + "\""));
    return id;
  }

  private static void collectIds(Element e, Set<String> ids) {
    for (Node n : e.children()) {
      if (n instanceof Element c) {
        if (c.attr("id") != null) {
          ids.add(c.attr("id"));
        }
        collectIds(c, ids);
      }
    }
  }

  /**
   * The indentation of the element's first child element (from the white space before it), or "".
   */
  private String childIndent(Element e) {
    String xml = tree.xml();
    for (Node n : e.children()) {
      if (n instanceof Element c) {
        int k = c.start();
        int s = k;
        while (s > e.startTagEnd() && (xml.charAt(s - 1) == ' ' || xml.charAt(s - 1) == '\t')) {
          s--;
        }
        return xml.substring(s, k);
      }
    }
    return "";
  }

  /**
   * Where the white space before the element's end tag starts on its line (for inserting a child
   * line).
   */
  private int closingIndentStart(Element e) {
    String xml = tree.xml();
    int k = e.endTagStart();
    int s = k;
    while (s > e.startTagEnd() && (xml.charAt(s - 1) == ' ' || xml.charAt(s - 1) == '\t')) {
      s--;
    }
    if (s > e.startTagEnd() && xml.charAt(s - 1) == '\n') {
      return s;
    }
    return k;
  }

  /** Escapes a string for an XML attribute value in double quotes. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\n' -> sb.append("&#10;");
        case '\r' -> sb.append("&#13;");
        case '\t' -> sb.append("&#9;");
        default -> {
          if (c < 0x20) {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
