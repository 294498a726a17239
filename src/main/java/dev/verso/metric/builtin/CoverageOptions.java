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
   * An option that takes a probability, read back with {@link #requireProbability}.
   *
   * @param name the option's name
   * @param defaultValue its default
   * @param description what it does
   */
  static OptionSpec probability(String name, double defaultValue, String description) {
    return new OptionSpec(name, String.valueOf(defaultValue), description);
  }

  /**
   * Option {@code minProbability}, which both metrics have: findings are reported from this bead
   * omission probability.
   */
  static OptionSpec minProbability(double defaultValue, String description) {
    return probability("minProbability", defaultValue, description);
  }

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
