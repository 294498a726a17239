package dev.verso.compare;

/**
 * NumPy's pairwise summation (blocks of 128, eight accumulators), in float64 and float32, so means
 * equal {@code np.mean}'s to the bit.
 *
 * <p>The float64 and float32 {@code sum}s are deliberate twins: each must add in its own width,
 * rounding after every addition exactly where NumPy does, to reproduce NumPy's results bit for bit.
 * One shared version would have to pass every addition through a rounding hook in the hot loop of
 * the bootstrap resampling for no gain in clarity, so the two stay written out side by side and
 * must be changed together.
 */
final class NumpySums {
  private static final int BLOCK = 128;

  private NumpySums() {}

  /** NumPy's float64 pairwise sum of {@code a[from, from + n)}. */
  static double sum(double[] a, int from, int n) {
    if (n < 8) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else if (n <= BLOCK) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return sum(a, from, n2) + sum(a, from + n2, n - n2);
    }
  }

  /** NumPy's float32 pairwise sum of {@code a[from, from + n)} (twin of the float64 one). */
  static float sum(float[] a, int from, int n) {
    if (n < 8) {
      float res = 0.0f;
      for (int i = 0; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else if (n <= BLOCK) {
      float[] r = new float[8];
      for (int j = 0; j < 8; j++) {
        r[j] = a[from + j];
      }
      int i;
      for (i = 8; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += a[from + i + j];
        }
      }
      float res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += a[from + i];
      }
      return res;
    } else {
      int n2 = n / 2;
      n2 -= n2 % 8;
      return sum(a, from, n2) + sum(a, from + n2, n - n2);
    }
  }

  /** {@code np.mean} of a float64 array. */
  static double mean(double[] a) {
    return sum(a, 0, a.length) / a.length;
  }

  /** {@code np.mean} of a float32 array (float32 accumulation and division). */
  static float mean(float[] a) {
    return sum(a, 0, a.length) / (float) a.length;
  }
}
