package dev.verso.align;

import static dev.verso.align.SentenceAligner.SHAPES;
import static dev.verso.align.SentenceAligner.TEMPERATURE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Step 2 of the alignment: the dynamic programme over beads restricted to a {@link Band}. The
 * forward pass finds the best path (Viterbi) and, at the same time, the log-sum-exp forward
 * weights; the backward pass gives the backward weights; together they give each bead of the best
 * path its posterior confidence.
 */
final class BandedProgramme {
  /** The largest number of sentences on one side of a bead shape. */
  static final int MAX_SHAPE = maxShape();

  private final BeadScorer scorer;
  private final Band band;
  private final int n;
  private final int m;

  BandedProgramme(BeadScorer scorer, Band band) {
    this.scorer = scorer;
    this.band = band;
    this.n = scorer.n;
    this.m = scorer.m;
  }

  private static int maxShape() {
    int max = 0;
    for (int[] sh : SHAPES) {
      max = Math.max(max, Math.max(sh[0], sh[1]));
    }
    return max;
  }

  /** The best path's beads, each with its posterior confidence. */
  List<Bead> run() {
    ForwardPass fwd = forwardPass();
    ForwardBackward weights =
        new ForwardBackward(band, fwd.forward(), backwardPass(fwd.beadAt()), fwd.beadAt(), n, m);
    List<Bead> path = traceback(fwd.back());
    List<Bead> scored = new ArrayList<>(path.size());
    for (Bead bd : path) {
      scored.add(
          new Bead(bd.srcStart(), bd.srcEnd(), bd.tgtStart(), bd.tgtEnd(), weights.posterior(bd)));
    }
    return scored;
  }

  /**
   * The forward pass's tables over the band, row {@code i} indexed by {@link Band#at}: best scores
   * and back-pointers (Viterbi), forward (log-sum-exp) weights, and every bead score met (per cell,
   * per shape ending there; NaN where none), kept for the backward pass and the posteriors.
   */
  record ForwardPass(double[][] score, byte[][] back, double[][] forward, float[][] beadAt) {

    /** Tables for {@code band} with only the empty prefix (0, 0) reached. */
    static ForwardPass start(Band band, int n) {
      int shapes = SHAPES.length;
      double[][] score = new double[n + 1][];
      byte[][] back = new byte[n + 1][];
      for (int i = 0; i <= n; i++) {
        score[i] = new double[band.width(i)];
        back[i] = new byte[band.width(i)];
        Arrays.fill(score[i], Double.NEGATIVE_INFINITY);
        Arrays.fill(back[i], (byte) -1);
      }
      score[0][0] = 0;
      double[][] forward = new double[n + 1][];
      float[][] beadAt = new float[n + 1][];
      for (int i = 0; i <= n; i++) {
        forward[i] = new double[band.width(i)];
        Arrays.fill(forward[i], Double.NEGATIVE_INFINITY);
        beadAt[i] = new float[band.width(i) * shapes];
        Arrays.fill(beadAt[i], Float.NaN);
      }
      forward[0][0] = 0;
      return new ForwardPass(score, back, forward, beadAt);
    }
  }

  /** Fills the forward tables cell by cell, row by row. */
  ForwardPass forwardPass() {
    ForwardPass t = ForwardPass.start(band, n);
    PairCache cache = new PairCache(scorer.a, scorer.b, band, MAX_SHAPE);
    for (int i = 0; i <= n; i++) {
      cache.release(i - MAX_SHAPE - 1); // no later bead reaches that far back
      for (int j = band.lo()[i]; j <= band.hi()[i]; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        relax(t, cache, i, j);
      }
    }
    return t;
  }

  /** Scores every bead ending at (i, j) and records the best one and the forward weight. */
  private void relax(ForwardPass t, PairCache cache, int i, int j) {
    int shapes = SHAPES.length;
    double best = Double.NEGATIVE_INFINITY;
    int arg = -1;
    double sum = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < shapes; k++) {
      int pi = i - SHAPES[k][0];
      int pj = j - SHAPES[k][1];
      if (pi < 0 || !band.contains(pi, pj)) {
        continue;
      }
      double before = t.score()[pi][band.at(pi, pj)];
      if (before == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double bead = scorer.beadScore(k, pi, pj, cache);
      t.beadAt()[i][band.at(i, j) * shapes + k] = (float) bead;
      sum = logAdd(sum, t.forward()[pi][band.at(pi, pj)] + bead / TEMPERATURE);
      double s = before + bead;
      if (s > best) {
        best = s;
        arg = k;
      }
    }
    t.score()[i][band.at(i, j)] = best;
    t.forward()[i][band.at(i, j)] = sum;
    t.back()[i][band.at(i, j)] = (byte) arg;
  }

  /**
   * The backward (log-sum-exp) weights of every band cell, over the bead scores the forward pass
   * stored: no similarity is recomputed.
   */
  double[][] backwardPass(float[][] beadAt) {
    int shapes = SHAPES.length;
    double[][] backward = new double[n + 1][];
    for (int i = 0; i <= n; i++) {
      backward[i] = new double[band.width(i)];
      Arrays.fill(backward[i], Double.NEGATIVE_INFINITY);
    }
    backward[n][band.at(n, m)] = 0;
    for (int i = n; i >= 0; i--) {
      for (int j = band.hi()[i]; j >= band.lo()[i]; j--) {
        double sum = backward[i][band.at(i, j)];
        for (int k = 0; k < shapes; k++) {
          int ni = i + SHAPES[k][0];
          int nj = j + SHAPES[k][1];
          if (ni > n || !band.contains(ni, nj)) {
            continue;
          }
          float bead = beadAt[ni][band.at(ni, nj) * shapes + k];
          if (Float.isNaN(bead)) {
            continue;
          }
          sum = logAdd(sum, bead / TEMPERATURE + backward[ni][band.at(ni, nj)]);
        }
        backward[i][band.at(i, j)] = sum;
      }
    }
    return backward;
  }

  /** The best path's beads (confidence 0), in order, following the back-pointers from (n, m). */
  List<Bead> traceback(byte[][] back) {
    List<Bead> out = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = back[i][band.at(i, j)];
      if (k < 0) {
        throw new IllegalStateException("alignment band lost the path at " + i + "/" + j);
      }
      int pi = i - SHAPES[k][0];
      int pj = j - SHAPES[k][1];
      out.add(new Bead(pi, i, pj, j, 0));
      i = pi;
      j = pj;
    }
    Collections.reverse(out);
    return out;
  }

  /** log(exp(x) + exp(y)), exact when either is -∞. */
  static double logAdd(double x, double y) {
    if (x == Double.NEGATIVE_INFINITY) {
      return y;
    }
    if (y == Double.NEGATIVE_INFINITY) {
      return x;
    }
    return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
  }
}
