package dev.verso.align;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence alignment of a source and a target text: beads in text order covering every sentence
 * of both sides exactly once, with the sentences' spans in their raw texts.
 *
 * @param beads in order
 * @param srcSpans each source sentence's span in the raw source text (or in its own line)
 * @param tgtSpans each target sentence's span in the raw target text (or in its own line)
 */
public record Alignment(List<Bead> beads, List<Span> srcSpans, List<Span> tgtSpans) {

  public Alignment {
    beads = List.copyOf(beads);
    srcSpans = List.copyOf(srcSpans);
    tgtSpans = List.copyOf(tgtSpans);
    int i = 0;
    int j = 0;
    for (Bead b : beads) {
      if (b.srcStart() != i || b.tgtStart() != j) {
        throw new IllegalArgumentException("beads out of order at " + b);
      }
      i = b.srcEnd();
      j = b.tgtEnd();
    }
    if (i != srcSpans.size() || j != tgtSpans.size()) {
      throw new IllegalArgumentException(
          "beads cover "
              + i
              + "/"
              + j
              + " of "
              + srcSpans.size()
              + "/"
              + tgtSpans.size()
              + " sentences");
    }
  }

  /** Source sentences inside beads with a non-empty target side. */
  public int alignedSourceSentences() {
    int n = 0;
    for (Bead b : beads) {
      if (!b.isNull()) {
        n += b.srcCount();
      }
    }
    return n;
  }

  /** For each target sentence, the index of its bead. */
  public int[] beadOfTarget() {
    int[] out = new int[tgtSpans.size()];
    for (int k = 0; k < beads.size(); k++) {
      Bead b = beads.get(k);
      for (int j = b.tgtStart(); j < b.tgtEnd(); j++) {
        out[j] = k;
      }
    }
    return out;
  }

  /**
   * Pairs lines 1-1 for pre-segmented parallel input; surplus lines on the longer side become null
   * beads.
   */
  public static Alignment lineByLine(List<Span> srcSpans, List<Span> tgtSpans) {
    List<Bead> beads = new ArrayList<>();
    int n = srcSpans.size();
    int m = tgtSpans.size();
    for (int k = 0; k < Math.max(n, m); k++) {
      if (k < n && k < m) {
        beads.add(new Bead(k, k + 1, k, k + 1, 1.0));
      } else if (k < n) {
        beads.add(new Bead(k, k + 1, m, m, 1.0));
      } else {
        beads.add(new Bead(n, n, k, k + 1, 1.0));
      }
    }
    return new Alignment(beads, srcSpans, tgtSpans);
  }
}
