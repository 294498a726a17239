package dev.verso.compare;

/**
 * The parts of {@code numpy.random.Generator} sacreBLEU's significance tests use, bit for bit:
 * {@code choice(n, size=(rows, n), replace=True)} (bounded integers by Lemire's method on 32-bit
 * draws) and {@code integers(2, size=..., dtype=bool)} (one bit of a buffered 32-bit draw each).
 */
public final class NumpyRandom {
  private final Pcg64 bits;

  /** A generator equal to {@code numpy.random.default_rng(seed)}. */
  public NumpyRandom(long seed) {
    this.bits = new Pcg64(seed);
  }

  /** One integer in [0, bound) as NumPy draws it for an int64 request with bound − 1 < 2^32 − 1. */
  public int boundedInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    long rng = bound - 1L;
    if (rng == 0) {
      return 0;
    }
    long rngExcl = rng + 1;
    long m = (bits.next32() & 0xFFFFFFFFL) * rngExcl;
    long leftover = m & 0xFFFFFFFFL;
    if (leftover < rngExcl) {
      long threshold = Long.remainderUnsigned(0xFFFFFFFFL - rng, rngExcl);
      while (leftover < threshold) {
        m = (bits.next32() & 0xFFFFFFFFL) * rngExcl;
        leftover = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /** {@code choice(n, size=(rows, n), replace=True)}: row-major indices into n units. */
  public int[][] choiceMatrix(int n, int rows) {
    int[][] out = new int[rows][n];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < n; c++) {
        out[r][c] = boundedInt(n);
      }
    }
    return out;
  }

  /** {@code integers(2, size=(rows, n), dtype=bool)}: row-major booleans. */
  public boolean[][] booleanMatrix(int n, int rows) {
    boolean[][] out = new boolean[rows][n];
    int buf = 0;
    int bcnt = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < n; c++) {
        if (bcnt == 0) {
          buf = bits.next32();
          bcnt = 31;
        } else {
          buf >>>= 1;
          bcnt--;
        }
        out[r][c] = (buf & 1) != 0;
      }
    }
    return out;
  }
}
