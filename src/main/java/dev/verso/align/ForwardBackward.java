package dev.verso.align;

import static dev.verso.align.SentenceAligner.SHAPES;
import static dev.verso.align.SentenceAligner.TEMPERATURE;

import dev.verso.model.Rounding;

/**
 * The forward and backward weights of the band's cells and the bead scores between them: all a
 * bead's posterior probability needs.
 */
record ForwardBackward(
    Band band, double[][] forward, double[][] backward, float[][] beadAt, int n, int m) {

  /**
   * The posterior probability of a bead under the scores: the summed weight of all band paths
   * through it over the summed weight of all band paths (forward–backward).
   */
  double posterior(Bead bd) {
    int k = shapeIndex(bd.srcCount(), bd.tgtCount());
    int i0 = bd.srcStart();
    int j0 = bd.tgtStart();
    int i1 = bd.srcEnd();
    int j1 = bd.tgtEnd();
    double total = forward[n][band.at(n, m)];
    double bead = beadAt[i1][band.at(i1, j1) * SHAPES.length + k];
    double logP =
        forward[i0][band.at(i0, j0)] + bead / TEMPERATURE + backward[i1][band.at(i1, j1)] - total;
    return Rounding.to3(Math.min(1, Math.exp(logP)));
  }

  /** The index in {@link SentenceAligner#SHAPES} of the shape {di, dj}. */
  static int shapeIndex(int di, int dj) {
    for (int k = 0; k < SHAPES.length; k++) {
      if (SHAPES[k][0] == di && SHAPES[k][1] == dj) {
        return k;
      }
    }
    throw new IllegalArgumentException(di + "-" + dj);
  }
}
