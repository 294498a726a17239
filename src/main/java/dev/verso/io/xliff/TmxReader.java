package dev.verso.io.xliff;

import static dev.verso.io.xliff.BitextReader.first;
import static dev.verso.io.xliff.BitextReader.text;
import static dev.verso.io.xliff.BitextReader.translated;

import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.model.InputProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the translation units of a TMX file into documents: one per file, or one per value of a
 * grouping {@code prop}. The first {@code tuv} in the header's source language is the source, the
 * first in another language the target; that target language then holds for the whole file.
 */
final class TmxReader {
  private TmxReader() {}

  /** The source and target variants ({@code tuv}) chosen from one unit; either may be null. */
  record Variants(Element source, Element target) {}

  /**
   * The language pair of a TMX file, settled unit by unit: a source language of {@code *all*} is
   * taken from the first unit, the target language from the first variant in another language.
   * Variants in any third language are remembered for one warning.
   */
  static final class Languages {
    private String srcLang;
    private boolean anySource;
    private String trgLang;
    private final Set<String> otherLangs = new TreeSet<>();

    Languages(String headerSrcLang) {
      this.srcLang = headerSrcLang;
      this.anySource = headerSrcLang.equals("*all*");
    }

    /** Chooses the source and target variants of one unit, settling the pair as it goes. */
    Variants pick(List<Element> tuvs) {
      Element src = null;
      Element tgt = null;
      for (Element tuv : tuvs) {
        String lang = first(tuv.attr("xml:lang"), tuv.attr("lang"));
        if (lang == null) {
          continue;
        }
        if (src == null && (anySource || lang.equalsIgnoreCase(srcLang))) {
          src = tuv;
          if (anySource) {
            srcLang = lang;
            anySource = false;
          }
        } else if (tgt == null
            && (trgLang == null || lang.equalsIgnoreCase(trgLang))
            && !lang.equalsIgnoreCase(srcLang)) {
          tgt = tuv;
          trgLang = trgLang == null ? lang : trgLang;
        } else if (!lang.equalsIgnoreCase(srcLang) && !lang.equalsIgnoreCase(trgLang)) {
          otherLangs.add(lang);
        }
      }
      return new Variants(src, tgt);
    }

    /** The source language (still {@code *all*} until a unit settled it). */
    String source() {
      return srcLang;
    }

    /** The target language, or null while no unit had one. */
    String target() {
      return trgLang;
    }

    /** Languages of variants that were neither source nor target, sorted. */
    Set<String> others() {
      return otherLangs;
    }
  }

  /**
   * The documents of a {@code <tmx>} tree (grouped by the {@code prop} type {@code group}, if not
   * null); problems go to {@code problems}.
   */
  static List<BitextDocument> read(
      XmlTree tree, String name, String fallbackId, String group, List<InputProblem> problems) {
    List<BitextDocument> docs = new ArrayList<>();
    Element header = tree.root().child("header");
    Element body = tree.root().child("body");
    if (header == null || body == null) {
      problems.add(
          InputProblem.error(
              name, tree.root().line(), null, "<tmx> needs a <header> and a <body>"));
      return docs;
    }
    String srcLang = header.attr("srclang");
    if (srcLang == null || srcLang.isBlank()) {
      problems.add(InputProblem.error(name, header.line(), "srclang", "<header> has no srclang"));
      return docs;
    }
    Languages langs = new Languages(srcLang);
    Map<String, List<BitextSegment>> groups = new LinkedHashMap<>();
    Map<String, Integer> groupLines = new LinkedHashMap<>();
    int k = 0;
    for (Element tu : body.childElements("tu")) {
      k++;
      String uid = first(tu.attr("tuid"), Integer.toString(k));
      Variants v = langs.pick(tu.childElements("tuv"));
      if (v.source() == null || v.source().child("seg") == null) {
        problems.add(
            InputProblem.warning(
                name,
                tu.line(),
                "tuv",
                "<tu> '" + uid + "' has no " + langs.source() + " <seg>; skipped"));
        continue;
      }
      SegmentText st = text(tree, v.source().child("seg"));
      Element tgt = v.target();
      SegmentText tt =
          tgt == null || tgt.child("seg") == null ? null : text(tree, tgt.child("seg"));
      String key = groupKey(tree, tu, fallbackId, group);
      groups
          .computeIfAbsent(key, x -> new ArrayList<>())
          .add(new BitextSegment(uid, uid, tu.line(), tu, st, tt, null, translated(tt, null)));
      groupLines.putIfAbsent(key, tu.line());
    }
    if (!langs.others().isEmpty()) {
      problems.add(
          InputProblem.warning(
              name,
              header.line(),
              "xml:lang",
              "only "
                  + langs.source()
                  + " -> "
                  + langs.target()
                  + " is read; variants in "
                  + String.join(", ", langs.others())
                  + " were ignored"));
    }
    for (var e : groups.entrySet()) {
      docs.add(
          new BitextDocument(
              e.getKey(),
              langs.source(),
              langs.target(),
              groupLines.get(e.getKey()),
              body,
              e.getValue()));
    }
    if (groups.isEmpty()) {
      problems.add(
          InputProblem.error(
              name, body.line(), null, "<body> contains no <tu> with a source segment"));
    }
    return docs;
  }

  /**
   * The document a unit belongs to: {@code fallbackId}, or {@code fallbackId/value} for the first
   * {@code prop} of type {@code group} the unit has.
   */
  static String groupKey(XmlTree tree, Element tu, String fallbackId, String group) {
    if (group != null) {
      for (Element p : tu.childElements("prop")) {
        if (group.equals(p.attr("type"))) {
          return fallbackId + "/" + tree.textContent(p).strip();
        }
      }
    }
    return fallbackId;
  }
}
