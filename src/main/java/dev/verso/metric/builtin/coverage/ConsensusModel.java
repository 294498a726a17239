package dev.verso.metric.builtin.coverage;

/**
 * The per-bead omission probability when other systems translated the same source: the seven
 * single-translation features of {@link OmissionModel} plus three consensus features of {@link
 * Consensus} (log(1 + weight the others render and this one lacks), the length relative to the
 * others, chrF against the others), combined by a logistic model. The coefficients were fitted by
 * {@code NewsQualityHarness --fit} (L2-regularised, λ = 1) on the fitting half of the WMT21 TED
 * zh→en MQM development set, split by source sentence; see docs/coverage.md for the held-out
 * figures.
 */
public final class ConsensusModel {
  private ConsensusModel() {}

  /**
   * Names of the features, in the order of {@link #features}: those of {@link OmissionModel}, then
   * the consensus ones.
   */
  public static final String[] NAMES = names();

  private static String[] names() {
    String[] single = OmissionModel.NAMES;
    String[] names = java.util.Arrays.copyOf(single, single.length + 3);
    names[single.length] = "log1p(consensusMissing)";
    names[single.length + 1] = "log(lengthVsOthers)";
    names[single.length + 2] = "chrfVsOthers";
    return names;
  }

  /** Intercept and one weight per feature (fitted, see the class comment). */
  static final double[] COEFFICIENTS = {
    -4.3547, -0.4418, 0.1748, 0.4145, 0.3788, -0.3572, -0.5050, 0.9796, 0.9006, -2.1993, -1.0295
  };

  /**
   * The single-translation features of {@code single} followed by the consensus features of {@code
   * c}.
   */
  public static double[] features(double[] single, Consensus.Evidence c) {
    return features(single, c.missing(), c.lengthRatio(), c.chrf());
  }

  /** The single-translation features followed by the three consensus quantities. */
  public static double[] features(
      double[] single, double missing, double lengthRatio, double chrf) {
    double[] f = java.util.Arrays.copyOf(single, single.length + 3);
    f[single.length] = Math.log1p(missing);
    f[single.length + 1] = lengthRatio;
    f[single.length + 2] = chrf;
    return f;
  }

  /** The probability for features computed by {@link #features}, with the shipped coefficients. */
  public static double probability(double[] f) {
    return OmissionModel.probability(f, COEFFICIENTS);
  }
}
