package dev.verso.metric.builtin.defects;

/**
 * The check ids of TRANSLATION_DEFECTS, declared here so that the steps of this package report them
 * without depending on the metric class (which re-exports them under the same names).
 */
public final class DefectChecks {
  private DefectChecks() {}

  /** Web-page boilerplate in the translation. */
  public static final String BOILERPLATE = "BOILERPLATE";

  /** The text stops mid-sentence. */
  public static final String TRUNCATED = "TRUNCATED";

  /** Garbled characters from a wrong decoding. */
  public static final String MOJIBAKE = "MOJIBAKE";

  /** A sentence or paragraph repeated later in the same text. */
  public static final String REPEATED_PARAGRAPH = "REPEATED_PARAGRAPH";
}
