package dev.verso.compare;

/**
 * NumPy's {@code SeedSequence} for a single non-negative integer seed: its entropy pool and {@code
 * generate_state}.
 */
public final class SeedSequence {
  private static final int INIT_A = 0x43b0d7e5;
  private static final int MULT_A = 0x931e8875;
  private static final int INIT_B = 0x8b51f9dd;
  private static final int MULT_B = 0x58f38ded;
  private static final int MIX_MULT_L = 0xca01f9dd;
  private static final int MIX_MULT_R = 0x4973f715;
  private static final int POOL_SIZE = 4;

  private final int[] pool = new int[POOL_SIZE];

  /** The sequence of {@code numpy.random.SeedSequence(seed)}. */
  public SeedSequence(long seed) {
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be non-negative");
    }
    int[] entropy =
        seed >>> 32 == 0 ? new int[] {(int) seed} : new int[] {(int) seed, (int) (seed >>> 32)};
    int[] hashConst = {INIT_A};
    for (int i = 0; i < POOL_SIZE; i++) {
      pool[i] = hashmix(i < entropy.length ? entropy[i] : 0, hashConst);
    }
    for (int src = 0; src < POOL_SIZE; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        if (src != dst) {
          pool[dst] = mix(pool[dst], hashmix(pool[src], hashConst));
        }
      }
    }
    for (int src = POOL_SIZE; src < entropy.length; src++) {
      for (int dst = 0; dst < POOL_SIZE; dst++) {
        pool[dst] = mix(pool[dst], hashmix(entropy[src], hashConst));
      }
    }
  }

  private static int hashmix(int value, int[] hashConst) {
    value ^= hashConst[0];
    hashConst[0] *= MULT_A;
    value *= hashConst[0];
    value ^= value >>> 16;
    return value;
  }

  private static int mix(int x, int y) {
    int result = MIX_MULT_L * x - MIX_MULT_R * y;
    result ^= result >>> 16;
    return result;
  }

  /** {@code generate_state(n, np.uint32)}. */
  public int[] generateState32(int n) {
    int[] out = new int[n];
    int hashConst = INIT_B;
    for (int i = 0; i < n; i++) {
      int v = pool[i % POOL_SIZE];
      v ^= hashConst;
      hashConst *= MULT_B;
      v *= hashConst;
      v ^= v >>> 16;
      out[i] = v;
    }
    return out;
  }

  /** {@code generate_state(n, np.uint64)}: pairs of 32-bit words, little-endian. */
  public long[] generateState64(int n) {
    int[] w = generateState32(2 * n);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = (w[2 * i] & 0xFFFFFFFFL) | ((long) w[2 * i + 1] << 32);
    }
    return out;
  }
}
