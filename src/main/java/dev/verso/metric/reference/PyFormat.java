package dev.verso.metric.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting as Python's {@code f"{x:.Nf}"} does it: the exact binary value rounded half-to-even. */
public final class PyFormat {
  private PyFormat() {}

  /** {@code x} with {@code decimals} digits after the point (sign kept, as Python prints {@code -0.0}). */
  public static String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    String s = new BigDecimal(Math.abs(x)).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    return negative ? "-" + s : s;
  }

  /**
   * Python's {@code repr(float(f"{x:.Nf}"))}, the way sacreBLEU's JSON prints a rounded score (for
   * the widths used in practice, where that representation is the rounded decimal without
   * trailing zeros).
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
    return s.equals("nan") ? "NaN" : s.equals("inf") ? "Infinity" : s.equals("-inf") ? "-Infinity" : s;
  }
}
