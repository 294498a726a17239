package dev.verso.metric.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting as Python's {@code f"{x:.Nf}"} does it: the exact binary value rounded
 * half-to-even.
 */
public final class PyFormat {
  private PyFormat() {}

  /**
   * {@code x} with {@code decimals} digits after the point (sign kept, as Python prints {@code
   * -0.0}).
   */
  public static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    String s =
        new BigDecimal(Math.abs(x)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    return negative ? "-" + s : s;
  }

  /**
   * Python's {@code repr(float(f"{x:.Nf}"))}, the way sacreBLEU's JSON prints a rounded score (for
   * the widths used in practice, where that representation is the rounded decimal without trailing
   * zeros).
   */
  public static String jsonNumber(double x, int decimals) {
    String s = fixed(x, decimals);
    if (s.indexOf('.') >= 0) {
      int end = s.length();
      while (s.charAt(end - 1) == '0') {
        end--;
      }
      if (s.charAt(end - 1) == '.') {
        end++;
      }
      s = s.substring(0, end);
    } else if (!s.equals("nan") && !s.endsWith("inf")) {
      s = s + ".0";
    }
    return s.equals("nan")
        ? "NaN"
        : s.equals("inf") ? "Infinity" : s.equals("-inf") ? "-Infinity" : s;
  }

  /** Python's {@code repr(x)} for a float: the shortest decimal that reads back as {@code x}. */
  public static String repr(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    if (x == 0) {
      return 1 / x < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal shortest = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == x) {
        shortest = r;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    int exponent =
        shortest.precision() - shortest.scale() - 1; // decimal exponent of the first digit
    if (exponent < -4 || exponent >= 16) {
      String digits = shortest.unscaledValue().abs().toString();
      StringBuilder b = new StringBuilder();
      if (shortest.signum() < 0) {
        b.append('-');
      }
      b.append(digits.charAt(0));
      if (digits.length() > 1) {
        b.append('.').append(digits, 1, digits.length());
      }
      b.append('e').append(exponent < 0 ? '-' : '+');
      int e = Math.abs(exponent);
      if (e < 10) {
        b.append('0');
      }
      return b.append(e).toString();
    }
    String plain = shortest.toPlainString();
    return plain.indexOf('.') >= 0 ? plain : plain + ".0";
  }
}
