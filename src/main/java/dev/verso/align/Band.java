package dev.verso.align;

import static dev.verso.align.SentenceAligner.DP_BAND;

/**
 * The dynamic programme's band: for each source prefix length {@code i} in [0, n], the target
 * prefix lengths [lo[i], hi[i]] it may be paired with.
 */
record Band(int[] lo, int[] hi) {

  /** Row bands [lo, hi] of target prefix lengths around the path through the anchors. */
  static Band around(int[][] anchors, int n, int m) {
    int[] lo = new int[n + 1];
    int[] hi = new int[n + 1];
    double[] px = new double[anchors.length + 2];
    double[] py = new double[anchors.length + 2];
    px[0] = 0;
    py[0] = 0;
    for (int q = 0; q < anchors.length; q++) {
      px[q + 1] = anchors[q][0] + 0.5;
      py[q + 1] = anchors[q][1] + 0.5;
    }
    px[anchors.length + 1] = n;
    py[anchors.length + 1] = m;
    int seg = 0;
    for (int i = 0; i <= n; i++) {
      while (seg < px.length - 2 && px[seg + 1] < i) {
        seg++;
      }
      double x0 = px[seg];
      double x1 = px[seg + 1];
      double y0 = py[seg];
      double y1 = py[seg + 1];
      double c = x1 > x0 ? y0 + (y1 - y0) * (i - x0) / (x1 - x0) : y1;
      // wider far from anchors, where the interpolated path is a guess
      double gap = Math.min(i - x0, x1 - i);
      double w = DP_BAND + Math.max(0, gap) * 0.5 + Math.abs((y1 - y0) - (x1 - x0)) * 0.5;
      lo[i] = (int) Math.max(0, Math.floor(c - w));
      hi[i] = (int) Math.min(m, Math.ceil(c + w));
    }
    makeMonotone(lo, hi, n, m);
    return new Band(lo, hi);
  }

  /** Pins the corners, makes both bounds non-decreasing and every row non-empty. */
  private static void makeMonotone(int[] lo, int[] hi, int n, int m) {
    lo[0] = 0;
    hi[n] = m;
    for (int i = 1; i <= n; i++) {
      lo[i] = Math.max(lo[i], lo[i - 1]);
    }
    for (int i = n - 1; i >= 0; i--) {
      hi[i] = Math.min(hi[i], hi[i + 1]);
    }
    for (int i = 0; i <= n; i++) {
      if (hi[i] < lo[i]) {
        hi[i] = lo[i];
      }
    }
  }

  /** Number of target prefix lengths in row {@code i}. */
  int width(int i) {
    return hi[i] - lo[i] + 1;
  }

  /** Whether (i, j) lies in the band ({@code i} must be in [0, n]). */
  boolean contains(int i, int j) {
    return j >= lo[i] && j <= hi[i];
  }

  /** The offset of (i, j) in row {@code i}'s tables. */
  int at(int i, int j) {
    return j - lo[i];
  }
}
