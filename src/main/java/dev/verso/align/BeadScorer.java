package dev.verso.align;

import static dev.verso.align.SentenceAligner.DEFAULT_VARIANCE;
import static dev.verso.align.SentenceAligner.LENGTH_WEIGHT;
import static dev.verso.align.SentenceAligner.LEXICAL_WEIGHT;
import static dev.verso.align.SentenceAligner.MARGIN;
import static dev.verso.align.SentenceAligner.NEUTRAL_COVERAGE;
import static dev.verso.align.SentenceAligner.SHAPES;
import static dev.verso.align.SentenceAligner.SHAPE_PRIOR;

import dev.verso.align.internal.SideFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores candidate beads of one bitext: lexical similarity, a Gale–Church length model and a shape
 * prior. The length variance and the per-shape chance similarity are fitted on the anchor beads.
 */
final class BeadScorer {
  final SideFeatures a;
  final SideFeatures b;
  final int n;
  final int m;
  final double ratio;
  double variance = DEFAULT_VARIANCE;

  /** Per shape, the similarity that unrelated blocks of that shape reach by chance. */
  final double[] chance = new double[SHAPES.length];

  BeadScorer(SideFeatures a, SideFeatures b, double priorRatio) {
    this.a = a;
    this.b = b;
    this.n = a.size();
    this.m = b.size();
    long la = 0;
    long lb = 0;
    for (int x : a.length) {
      la += x;
    }
    for (int x : b.length) {
      lb += x;
    }
    // the document's own ratio, shrunk towards the language pair's: short texts, or an omission,
    // skew it
    this.ratio =
        (lb + SentenceAligner.RATIO_PSEUDO_CHARS * priorRatio)
            / (la + SentenceAligner.RATIO_PSEUDO_CHARS);
  }

  /**
   * The mean, over the sentences of both blocks, of the weighted share of a sentence's items that
   * find a key on the other side. Averaging per sentence (rather than pooling the items) makes an
   * unrelated sentence inside a bead cost as much as a related one gains.
   */
  double similarity(int i0, int i1, int j0, int j1) {
    return meanCoverage(
        i0,
        i1,
        j0,
        j1,
        (source, s, t0, t1) -> source ? coverage(a, s, b, t0, t1) : coverage(b, s, a, t0, t1));
  }

  /** The coverage of sentence {@code s} of one side by the block [t0, t1) of the other side. */
  @FunctionalInterface
  interface Coverage {
    double of(boolean source, int s, int t0, int t1);
  }

  /**
   * The mean of {@code coverage} over the source sentences [i0, i1) (covered by the target block)
   * and the target sentences [j0, j1) (covered by the source block), source first.
   */
  static double meanCoverage(int i0, int i1, int j0, int j1, Coverage coverage) {
    double sum = 0;
    for (int i = i0; i < i1; i++) {
      sum += coverage.of(true, i, j0, j1);
    }
    for (int j = j0; j < j1; j++) {
      sum += coverage.of(false, j, i0, i1);
    }
    return sum / ((i1 - i0) + (j1 - j0));
  }

  private static double coverage(SideFeatures x, int s, SideFeatures y, int t0, int t1) {
    if (x.totalWeight[s] <= 0) {
      return NEUTRAL_COVERAGE;
    }
    return matched(x, s, y, t0, t1) / x.totalWeight[s];
  }

  private static double matched(SideFeatures x, int s, SideFeatures y, int t0, int t1) {
    double hit = 0;
    int[][] items = x.itemKeys[s];
    for (int q = 0; q < items.length; q++) {
      if (found(items[q], y, t0, t1)) {
        hit += x.itemWeight[s][q];
      }
    }
    return hit;
  }

  private static boolean found(int[] keys, SideFeatures y, int t0, int t1) {
    for (int t = t0; t < t1; t++) {
      int[] pool = y.keys[t];
      if (pool.length == 0) {
        continue;
      }
      for (int k : keys) {
        if (Arrays.binarySearch(pool, k) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two-sided Gale–Church log-probability of the lengths of a non-null bead. */
  double lengthLogProb(int i0, int i1, int j0, int j1) {
    double x = 0;
    double y = 0;
    for (int i = i0; i < i1; i++) {
      x += a.length[i];
    }
    for (int j = j0; j < j1; j++) {
      y += b.length[j];
    }
    y /= ratio;
    double mean = (x + y) / 2;
    if (mean <= 0) {
      return 0;
    }
    double delta = Math.abs(y - x) / Math.sqrt(variance * mean);
    double p = 2 * (1 - SentenceAligner.normalCdf(delta));
    return Math.max(Math.log(Math.max(p, 1e-300)), -25);
  }

  /**
   * The DP score of a bead with shape {@code k} starting at source {@code i0}, target {@code j0};
   * its similarity is read through {@code cache}.
   */
  double beadScore(int k, int i0, int j0, PairCache cache) {
    int di = SHAPES[k][0];
    int dj = SHAPES[k][1];
    if (di == 0 || dj == 0) {
      return SHAPE_PRIOR[k];
    }
    double sim = cache.similarity(i0, i0 + di, j0, j0 + dj);
    return LEXICAL_WEIGHT * (sim - chance[k] - MARGIN) * (di + dj)
        + LENGTH_WEIGHT * lengthLogProb(i0, i0 + di, j0, j0 + dj)
        + SHAPE_PRIOR[k];
  }

  /** Fits the length variance on the anchor beads. */
  void fitLength(int[][] anchors) {
    if (anchors.length < 10) {
      return;
    }
    double[] z = new double[anchors.length];
    for (int q = 0; q < anchors.length; q++) {
      int i = anchors[q][0];
      int j = anchors[q][1];
      double x = a.length[i];
      double y = b.length[j] / ratio;
      double mean = Math.max((x + y) / 2, 1);
      z[q] = (y - x) * (y - x) / mean;
    }
    Arrays.sort(z);
    // trimmed mean: the worst tenth are likely partial matches
    int keep = Math.max(1, (int) Math.floor(z.length * 0.9));
    double sum = 0;
    for (int q = 0; q < keep; q++) {
      sum += z[q];
    }
    variance = Math.max(0.3, sum / keep);
  }

  /**
   * Estimates, per bead shape, the similarity of unrelated blocks: blocks displaced a few sentences
   * from the anchor beads (or from the diagonal when there are few anchors). Bigger blocks share
   * more common words by chance; subtracting this keeps merges from looking better than the beads
   * they merge.
   */
  void fitChance(int[][] anchors) {
    List<int[]> base = new ArrayList<>();
    if (anchors.length >= 10) {
      base.addAll(Arrays.asList(anchors));
    } else {
      for (int i = 0; i < n; i++) {
        base.add(new int[] {i, (int) ((long) i * m / n)});
      }
    }
    int stride = Math.max(1, base.size() / 300);
    for (int k = 0; k < SHAPES.length; k++) {
      int di = SHAPES[k][0];
      int dj = SHAPES[k][1];
      if (di == 0 || dj == 0) {
        continue;
      }
      double sum = 0;
      int count = 0;
      for (int q = 0; q < base.size(); q += stride) {
        int i = base.get(q)[0];
        int j = base.get(q)[1];
        for (int d : new int[] {-6 - dj, 6 + di}) {
          int jj = j + d;
          if (i + di <= n && jj >= 0 && jj + dj <= m) {
            sum += similarity(i, i + di, jj, jj + dj);
            count++;
          }
        }
      }
      chance[k] = count == 0 ? 0 : sum / count;
    }
  }
}
