package dev.verso.align;

import static dev.verso.align.SentenceAligner.ANCHOR_BAND;
import static dev.verso.align.SentenceAligner.ANCHOR_MIN_SIMILARITY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Step 1 of the alignment: confident 1-1 anchor beads, pairs of sentences within a band around the
 * diagonal that are each other's best lexical match with plausible lengths, chained monotonically.
 */
final class AnchorFinder {
  private AnchorFinder() {}

  /** Confident 1-1 beads as {i, j} pairs, increasing in both. */
  static int[][] anchors(BeadScorer scorer) {
    int n = scorer.n;
    int m = scorer.m;
    double scale = (double) m / n;
    int[] bestJ = new int[n];
    double[] bestJSim = new double[n];
    int[] bestI = new int[m];
    double[] bestISim = new double[m];
    Arrays.fill(bestJ, -1);
    Arrays.fill(bestI, -1);
    for (int i = 0; i < n; i++) {
      int c = (int) Math.round((i + 0.5) * scale);
      int lo = Math.max(0, c - ANCHOR_BAND);
      int hi = Math.min(m, c + ANCHOR_BAND + 1);
      for (int j = lo; j < hi; j++) {
        double s = scorer.similarity(i, i + 1, j, j + 1);
        if (s > bestJSim[i]) {
          bestJSim[i] = s;
          bestJ[i] = j;
        }
        if (s > bestISim[j]) {
          bestISim[j] = s;
          bestI[j] = i;
        }
      }
    }
    List<int[]> cand = new ArrayList<>();
    double minLen = Math.log(0.05);
    for (int i = 0; i < n; i++) {
      int j = bestJ[i];
      if (j >= 0
          && bestI[j] == i
          && bestJSim[i] >= ANCHOR_MIN_SIMILARITY
          && scorer.lengthLogProb(i, i + 1, j, j + 1) >= minLen) {
        cand.add(new int[] {i, j});
      }
    }
    return longestChain(cand);
  }

  /** The longest subsequence of pairs (sorted by i, distinct i) strictly increasing in j. */
  static int[][] longestChain(List<int[]> pairs) {
    int k = pairs.size();
    int[] tailIdx = new int[k];
    int[] prev = new int[k];
    int len = 0;
    for (int p = 0; p < k; p++) {
      int j = pairs.get(p)[1];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tailIdx[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[p] = lo > 0 ? tailIdx[lo - 1] : -1;
      tailIdx[lo] = p;
      if (lo == len) {
        len++;
      }
    }
    int[][] out = new int[len][];
    int p = len > 0 ? tailIdx[len - 1] : -1;
    for (int q = len - 1; q >= 0; q--) {
      out[q] = pairs.get(p);
      p = prev[p];
    }
    return out;
  }
}
