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

  /**
   * The raw text of a field of {@code doc} as seen by {@code system}, or null when the document has
   * no such field.
   */
  public static String text(Document doc, String system, String field) {
    Passage t = doc.translations().get(system);
    switch (field) {
      case SOURCE_TITLE:
        return doc.source() == null ? null : doc.source().title();
      case SOURCE_TEXT:
        return doc.source() == null ? null : doc.source().text();
      case TRANSLATION_TITLE:
        return t == null ? null : t.title();
      case TRANSLATION_TEXT:
        return t == null ? null : t.text();
      case SUMMARY:
        return doc.summaryFor(system);
      default:
        if (field.startsWith("reference[")) {
          int close = field.indexOf(']');
          int i = Integer.parseInt(field.substring("reference[".length(), close));
          if (i >= doc.references().size()) {
            return null;
          }
          Passage r = doc.references().get(i);
          return field.endsWith(".title") ? r.title() : r.text();
        }
        return null;
    }
  }
}
