package dev.verso.report.xliff;

import dev.verso.io.xliff.BitextDocument;
import dev.verso.io.xliff.BitextFile;
import dev.verso.io.xliff.BitextReader;
import dev.verso.io.xliff.BitextSegment;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import dev.verso.model.Passage;
import dev.verso.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the XLIFF/TMX file and document an evaluated document was read from (by reading the file
 * again, which gives the same segments), and the segments a finding's span falls in.
 */
public final class BitextSources {
  private final Map<String, BitextFile> files = new TreeMap<>();
  // identity maps for look-ups only (never iterated): one evaluated document may have many findings
  private final Map<Document, Map<String, Source>> found = new IdentityHashMap<>();
  private final Map<BitextDocument, Layout> layouts = new IdentityHashMap<>();

  /** A document's evaluated segments, joined texts and segment spans, computed once. */
  private record Layout(
      List<BitextSegment> evaluated,
      String source,
      String target,
      List<Span> sourceSpans,
      List<Span> targetSpans) {}

  private Layout layout(BitextDocument d) {
    return layouts.computeIfAbsent(
        d,
        x ->
            new Layout(
                x.evaluated(), x.joined(false), x.joined(true), x.spans(false), x.spans(true)));
  }

  /** Where one evaluated (document, system) came from. */
  public record Source(BitextFile file, BitextDocument document) {}

  /**
   * The part of a finding that falls in one segment.
   *
   * @param segment the segment
   * @param target true for the target side, false for the source
   * @param from start in the segment's plain text
   * @param to end in the segment's plain text
   */
  public record Piece(BitextSegment segment, boolean target, int from, int to) {}

  /**
   * The file and document that {@code system}'s translation of {@code d} was read from, or null.
   */
  public Source find(Document d, String system) {
    Map<String, Source> bySystem = found.computeIfAbsent(d, x -> new TreeMap<>());
    if (bySystem.containsKey(system)) {
      return bySystem.get(system);
    }
    Source s = search(d, system);
    bySystem.put(system, s);
    return s;
  }

  private Source search(Document d, String system) {
    if (!d.meta().getOrDefault("format", "").matches("xliff-.*|tmx")) {
      return null;
    }
    Passage tr = d.translations().get(system);
    if (tr == null || d.source() == null) {
      return null;
    }
    for (Origin o : d.origins()) {
      BitextFile f = file(o.file());
      if (f == null) {
        continue;
      }
      for (BitextDocument bd : f.documents()) {
        Layout l = layout(bd);
        if (bd.line() == o.line()
            && l.target().equals(tr.textOrEmpty())
            && l.source().equals(d.source().textOrEmpty())) {
          return new Source(f, bd);
        }
      }
    }
    return null;
  }

  private BitextFile file(String name) {
    if (files.containsKey(name)) {
      return files.get(name);
    }
    List<InputProblem> ignored = new ArrayList<>();
    BitextFile f =
        BitextReader.parse(
            Path.of(name), name, "", System.getProperty(BitextReader.TMX_GROUP_PROPERTY), ignored);
    files.put(name, f);
    return f;
  }

  /**
   * The segments {@code [start, end)} of {@code field} falls in, clipped to each; an empty span, or
   * one that falls only between segments, goes to the segment at (or after) its start.
   */
  public List<Piece> locate(BitextDocument d, String field, int start, int end) {
    boolean target;
    if (field.equals(Fields.TRANSLATION_TEXT)) {
      target = true;
    } else if (field.equals(Fields.SOURCE_TEXT)) {
      target = false;
    } else {
      return List.of();
    }
    Layout l = layout(d);
    List<BitextSegment> segs = l.evaluated();
    List<Span> spans = target ? l.targetSpans() : l.sourceSpans();
    List<Piece> out = new ArrayList<>();
    for (int k = 0; k < segs.size(); k++) {
      Span s = spans.get(k);
      int a = Math.max(start, s.start());
      int b = Math.min(end, s.end());
      if (a < b) {
        out.add(new Piece(segs.get(k), target, a - s.start(), b - s.start()));
      }
    }
    if (out.isEmpty()) {
      for (int k = 0; k < segs.size(); k++) {
        Span s = spans.get(k);
        if (start <= s.end() || k == segs.size() - 1) {
          int at = Math.max(0, Math.min(start, s.end()) - s.start());
          out.add(new Piece(segs.get(k), target, at, at));
          break;
        }
      }
    }
    return out;
  }
}
