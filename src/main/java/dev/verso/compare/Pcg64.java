package dev.verso.compare;

/**
 * NumPy's default bit generator, PCG64 (PCG XSL-RR 128/64), seeded like {@code
 * numpy.random.default_rng(seed)} through {@link SeedSequence}, with NumPy's 32-bit draw that hands
 * out the low then the high half of one 64-bit output. Identical streams let Verso reproduce
 * sacreBLEU's resampling exactly.
 */
public final class Pcg64 {
  private static final long MULT_HI = 2549297995355413924L;
  private static final long MULT_LO = 4865540595714422341L;

  private long stateHi;
  private long stateLo;
  private final long incHi;
  private final long incLo;
  private boolean hasUint32;
  private int uinteger;

  /** The generator {@code numpy.random.default_rng(seed)} uses. */
  public Pcg64(long seed) {
    long[] words = new SeedSequence(seed).generateState64(4);
    long initHi = words[0];
    long initLo = words[1];
    long seqHi = words[2];
    long seqLo = words[3];
    // inc = (initseq << 1) | 1
    incHi = (seqHi << 1) | (seqLo >>> 63);
    incLo = (seqLo << 1) | 1L;
    stateHi = 0;
    stateLo = 0;
    step();
    long lo = stateLo + initLo;
    long carry = Long.compareUnsigned(lo, stateLo) < 0 ? 1 : 0;
    stateHi = stateHi + initHi + carry;
    stateLo = lo;
    step();
  }

  private void step() {
    // state = state * MULT + inc (mod 2^128)
    long lo = stateLo * MULT_LO;
    long hi = unsignedMultiplyHigh(stateLo, MULT_LO) + stateLo * MULT_HI + stateHi * MULT_LO;
    long newLo = lo + incLo;
    long carry = Long.compareUnsigned(newLo, lo) < 0 ? 1 : 0;
    stateHi = hi + incHi + carry;
    stateLo = newLo;
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** The next 64 random bits. */
  public long next64() {
    step();
    long value = stateHi ^ stateLo;
    int rot = (int) (stateHi >>> 58);
    return Long.rotateRight(value, rot);
  }

  /** The next 32 random bits (NumPy buffers the high half of a 64-bit draw). */
  public int next32() {
    if (hasUint32) {
      hasUint32 = false;
      return uinteger;
    }
    long next = next64();
    hasUint32 = true;
    uinteger = (int) (next >>> 32);
    return (int) next;
  }
}
