package dev.verso.model;

/**
 * Rounding of the figures metrics write into details and evidence, so that reports show the digits
 * that mean something and stay byte-stable across platforms.
 */
public final class Rounding {
  private Rounding() {}

  /** {@code x} rounded to three decimals (half up). */
  public static double to3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /** {@code x} rounded to four decimals (half up). */
  public static double to4(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
