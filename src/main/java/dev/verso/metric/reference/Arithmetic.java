package dev.verso.metric.reference;

/**
 * The floating-point width a score is computed in: float64 for sacreBLEU's plain scores, float32
 * for its bootstrap resamples (numpy float32 statistics keep every operation on them in float32).
 * One scoring routine serves both by passing every arithmetic result through {@link #round}: a
 * float32 {@code +}, {@code -}, {@code *} or {@code /} equals the same operation on the widened
 * operands in float64 rounded to float32 (float64 has more than twice float32's precision), so the
 * float32 results are bit-identical to computing in {@code float}.
 */
enum Arithmetic {
  /** Plain {@code double} arithmetic. */
  FLOAT64 {
    @Override
    double round(double x) {
      return x;
    }
  },
  /** {@code float} arithmetic, each result rounded to float32. */
  FLOAT32 {
    @Override
    double round(double x) {
      return (float) x;
    }
  };

  /** {@code x} rounded to this width. */
  abstract double round(double x);

  /** {@code s} widened to doubles (exactly). */
  static double[] widen(float[] s) {
    double[] out = new double[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = s[i];
    }
    return out;
  }
}
