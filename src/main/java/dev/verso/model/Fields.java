package dev.verso.model;

/** The field names that findings point into; they are part of the JSON report contract. */
public final class Fields {
  /** Title of the original document. */
  public static final String SOURCE_TITLE = "source.title";
  /** Body of the original document. */
  public static final String SOURCE_TEXT = "source.text";
  /** Title of the evaluated system's translation. */
  public static final String TRANSLATION_TITLE = "translation.title";
  /** Body of the evaluated system's translation. */
  public static final String TRANSLATION_TEXT = "translation.text";
  /** The evaluated system's summary. */
  public static final String SUMMARY = "summary";

  private Fields() {}

  /** The field name of the title of reference {@code i} (0-based). */
  public static String referenceTitle(int i) {
    return "reference[" + i + "].title";
  }

  /** The field name of the text of reference {@code i} (0-based). */
  public static String referenceText(int i) {
    return "reference[" + i + "].text";
  }
}
