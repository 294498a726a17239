package dev.verso.metric.builtin;

import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;

/** The options COVERAGE and OMISSION share: the glossary files, and probability thresholds. */
final class CoverageOptions {
  private CoverageOptions() {}

  /** Option {@code files}: the glossaries whose source terms count as anchors. */
  static final OptionSpec FILES =
      new OptionSpec(
          "files",
          "",
          "glossary files (TSV, CSV, TBX), comma-separated; their source terms count as anchors");

  /**
   * Throws unless option {@code name} of metric {@code metric} is a probability (between 0 and 1).
   */
  static void requireProbability(Options o, String metric, String name) {
    double v = o.number(name);
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(
          "metric "
              + metric
              + ": option "
              + name
              + " must be between 0 and 1, got "
              + o.string(name));
    }
  }
}
