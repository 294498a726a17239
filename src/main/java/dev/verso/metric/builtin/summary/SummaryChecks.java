package dev.verso.metric.builtin.summary;

/**
 * The check ids of SUMMARY_CONSISTENCY, declared here so that the steps of this package report them
 * without depending on the metric class (which re-exports them under the same names).
 */
public final class SummaryChecks {
  private SummaryChecks() {}

  /** A summary fact found in neither the translation nor the source. */
  public static final String UNSUPPORTED_FACT = "UNSUPPORTED_FACT";

  /** A summary sentence that contradicts its supporting sentence. */
  public static final String CONTRADICTION = "CONTRADICTION";

  /** A salient translation fact missing from the summary. */
  public static final String KEY_FACT_OMITTED = "KEY_FACT_OMITTED";

  /**
   * A common content word of the summary that the translation never uses, neither as it is nor
   * through a WordNet base form, synonym or derivationally related form.
   */
  public static final String UNSUPPORTED_WORD = "UNSUPPORTED_WORD";

  /** A translated title that the content or the source title does not bear out. */
  public static final String TITLE_MISMATCH = "TITLE_MISMATCH";
}
