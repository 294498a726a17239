package dev.verso.io.xliff;

import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of an XLIFF or TMX file (an XLIFF {@code file} element, or a TMX file or {@code
 * prop} group) with its segments in file order.
 *
 * @param id the document id (XLIFF {@code original}, else the file element's id; for TMX the file
 *     name)
 * @param srcLang the source language
 * @param trgLang the target language, or null when the file names none
 * @param line the 1-based line the document starts on
 * @param element the XLIFF {@code file} element, or the TMX {@code body}
 * @param segments every segment, translated or not
 */
public record BitextDocument(
    String id,
    String srcLang,
    String trgLang,
    int line,
    Element element,
    List<BitextSegment> segments) {

  /** Text put between two segments when they are joined into one field text. */
  public static final String SEPARATOR = "\n";

  public BitextDocument {
    segments = List.copyOf(segments);
  }

  /** The segments that are evaluated: those with a translation, in file order. */
  public List<BitextSegment> evaluated() {
    return segments.stream().filter(BitextSegment::translated).toList();
  }

  /** The segments counted as untranslated: no target, a blank one, or state initial/new. */
  public List<BitextSegment> untranslated() {
    return segments.stream().filter(s -> !s.translated()).toList();
  }

  /** The evaluated segments' source (or target) texts joined by {@link #SEPARATOR}. */
  public String joined(boolean target) {
    List<String> parts = new ArrayList<>();
    for (BitextSegment s : evaluated()) {
      parts.add((target ? s.target() : s.source()).text());
    }
    return String.join(SEPARATOR, parts);
  }

  /** Each evaluated segment's span in {@link #joined} text. */
  public List<Span> spans(boolean target) {
    List<Span> out = new ArrayList<>();
    int at = 0;
    for (BitextSegment s : evaluated()) {
      int len = (target ? s.target() : s.source()).text().length();
      out.add(new Span(at, at + len));
      at += len + SEPARATOR.length();
    }
    return out;
  }
}
