package dev.verso.align;

import static dev.verso.align.SentenceAligner.NEUTRAL_COVERAGE;

import dev.verso.align.internal.SideFeatures;
import java.util.Arrays;

/**
 * The dynamic programme's pair cache: which items of source sentence {@code i} are matched by
 * target sentence {@code j} and vice versa, as bit masks, computed once per pair. A bead's coverage
 * is then the OR of its pairs' masks, which is exact because an item is matched by a block iff some
 * sentence of it matches.
 */
final class PairCache {
  private final SideFeatures a;
  private final SideFeatures b;

  /**
   * Per source row, per target column in [cacheLo, cacheHi]: {source item mask, target item mask}.
   */
  private final long[][][][] pairs;

  private final int[] cacheLo;
  private final int[] cacheHi;

  /** Scratch buffer for one sentence's OR-ed mask. */
  private long[] acc = new long[8];

  /**
   * A cache for the beads of at most {@code maxShape} sentences a side that end inside {@code
   * band}.
   */
  PairCache(SideFeatures a, SideFeatures b, Band band, int maxShape) {
    this.a = a;
    this.b = b;
    int n = a.size();
    int m = b.size();
    pairs = new long[n][][][];
    cacheLo = new int[n];
    cacheHi = new int[n];
    for (int i = 0; i < n; i++) {
      // row i takes part in beads ending at rows i+1 .. i+maxShape
      cacheLo[i] = Math.max(0, band.lo()[i + 1] - maxShape);
      cacheHi[i] = Math.min(m - 1, band.hi()[Math.min(n, i + maxShape)] - 1);
    }
  }

  /** Frees source row {@code i} once no later bead reaches that far back (no-op when negative). */
  void release(int i) {
    if (i >= 0) {
      pairs[i] = null;
    }
  }

  /** The {source item mask, target item mask} of the pair (i, j). */
  long[][] pair(int i, int j) {
    long[][][] row = pairs[i];
    if (row == null) {
      row = new long[Math.max(0, cacheHi[i] - cacheLo[i] + 1)][][];
      pairs[i] = row;
    }
    int k = j - cacheLo[i];
    if (k < 0 || k >= row.length) {
      return masks(i, j);
    }
    long[][] v = row[k];
    if (v == null) {
      v = masks(i, j);
      row[k] = v;
    }
    return v;
  }

  private long[][] masks(int i, int j) {
    return new long[][] {mask(a, i, b, j), mask(b, j, a, i)};
  }

  private static long[] mask(SideFeatures x, int s, SideFeatures y, int t) {
    int[][] items = x.itemKeys[s];
    long[] m = new long[(items.length + 63) >>> 6];
    int[] pool = y.keys[t];
    if (pool.length == 0) {
      return m;
    }
    for (int q = 0; q < items.length; q++) {
      for (int key : items[q]) {
        if (Arrays.binarySearch(pool, key) >= 0) {
          m[q >>> 6] |= 1L << (q & 63);
          break;
        }
      }
    }
    return m;
  }

  /** {@link BeadScorer#similarity} through the pair cache. */
  double similarity(int i0, int i1, int j0, int j1) {
    return BeadScorer.meanCoverage(i0, i1, j0, j1, this::coverage);
  }

  /**
   * The weighted share of sentence {@code s}'s items (of the source side if {@code source}, else of
   * the target side) matched by the block [t0, t1) of the other side.
   */
  private double coverage(boolean source, int s, int t0, int t1) {
    SideFeatures x = source ? a : b;
    if (x.totalWeight[s] <= 0) {
      return NEUTRAL_COVERAGE;
    }
    int words = (x.itemKeys[s].length + 63) >>> 6;
    if (acc.length < words) {
      acc = new long[words];
    }
    Arrays.fill(acc, 0, words, 0L);
    for (int t = t0; t < t1; t++) {
      long[] m = source ? pair(s, t)[0] : pair(t, s)[1];
      for (int w = 0; w < words; w++) {
        acc[w] |= m[w];
      }
    }
    return weightOf(x.itemWeight[s], acc, words) / x.totalWeight[s];
  }

  private static double weightOf(double[] weights, long[] bits, int words) {
    double s = 0;
    for (int w = 0; w < words; w++) {
      long x = bits[w];
      while (x != 0) {
        int q = Long.numberOfTrailingZeros(x);
        s += weights[(w << 6) + q];
        x &= x - 1;
      }
    }
    return s;
  }
}
