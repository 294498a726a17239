package dev.verso.metric.builtin.coverage;

/**
 * The per-bead omission probability: a logistic combination of a few coverage features (uncovered
 * weight and share, the heaviest unrendered run, unrendered anchors, target words no source item
 * explains, and the length ratio). The coefficients were fitted by the {@code OmissionHarness}
 * ({@code --fit}, L2-regularised, λ = 1) on one half of the WMT21 TED zh→en MQM development set
 * (the source segments at even positions in sorted talk and segment order, with all systems'
 * translations of each) and are reported on the other half only. Calibrated to that data (3.6 % of
 * segments labelled), so the values are small: rank by them, or compare with a base rate near 0.04.
 */
public final class OmissionModel {
  private OmissionModel() {}

  /** Names of the features, in the order of {@link #features}. */
  public static final String[] NAMES = {
    "log1p(uncovered)",
    "uncoveredShare",
    "log1p(longestRun)",
    "log1p(uncoveredAnchors)",
    "log1p(unmatchedTarget)",
    "log(lengthRatio)",
    "log1p(total)"
  };

  /** Intercept and one weight per feature (fitted, see the class comment). */
  static final double[] COEFFICIENTS = {
    -4.4763, -0.0050, 0.5821, 0.5250, 0.4140, -0.2662, -1.6254, 0.9552
  };

  /**
   * The features of one block.
   *
   * @param uncovered summed weight of unrendered source items
   * @param total summed weight of all source items
   * @param longestRun weight of the heaviest run of unrendered words
   * @param uncoveredAnchors weight of the unrendered anchors
   * @param unmatchedTarget target content words no source item took
   * @param srcChars non-space characters of the source block
   * @param tgtChars non-space characters of the target block
   */
  public static double[] features(
      double uncovered,
      double total,
      double longestRun,
      double uncoveredAnchors,
      int unmatchedTarget,
      int srcChars,
      int tgtChars) {
    return new double[] {
      Math.log1p(uncovered),
      total == 0 ? 0 : uncovered / total,
      Math.log1p(longestRun),
      Math.log1p(uncoveredAnchors),
      Math.log1p(unmatchedTarget),
      Math.log((tgtChars + 1.0) / (srcChars + 1.0)),
      Math.log1p(total)
    };
  }

  /** The probability for features computed by {@link #features}, with the shipped coefficients. */
  public static double probability(double[] f) {
    return probability(f, COEFFICIENTS);
  }

  /** The probability for features {@code f} under coefficients {@code w} (intercept first). */
  public static double probability(double[] f, double[] w) {
    double z = w[0];
    for (int i = 0; i < f.length; i++) {
      z += w[i + 1] * f[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The probability of a measured block whose source and target have the given non-space lengths.
   */
  public static double probability(BlockCoverage.Result r, int srcChars, int tgtChars) {
    return probability(
        features(
            r.uncovered(),
            r.total(),
            r.longestRun(),
            r.uncoveredAnchors(),
            r.unmatchedTarget(),
            srcChars,
            tgtChars));
  }

  /** Non-space characters of {@code s} in [from, to). */
  public static int visible(String s, int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(s.length(), to); i++) {
      n += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
    }
    return n;
  }
}
