package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.Origin;
import dev.verso.model.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the fields of one record, whatever its format, and builds a {@link Document}. It knows
 * the flat field names of the seed record format and their aliases, so that seed files, JSONL and
 * CSV/TSV all accept the same names.
 */
final class DocumentBuilder {

  /** Missing-value markers: an empty value or {@code nan} (as written by pandas). */
  static boolean isMissing(String v) {
    return v == null || v.isBlank() || v.trim().equalsIgnoreCase("nan");
  }

  private String id;
  private String sourceTitle;
  private String sourceText;
  private String sourceLang = "zh";
  private String flatSystem;
  private String flatTitle;
  private String flatText;
  private String flatSummary;
  private String refTitle;
  private String refText;
  private final Map<String, String[]> translations = new TreeMap<>();
  private final Map<String, String> summaries = new TreeMap<>();
  private final List<Passage> references = new ArrayList<>();
  private final Map<String, String> meta = new TreeMap<>();
  private final Map<String, int[]> flatPositions = new TreeMap<>();
  private int[] recordPosition;

  /** Records that the flat field {@code key}'s value starts at this line and column of the file. */
  DocumentBuilder at(String key, int line, int column) {
    flatPositions.put(key.trim().toLowerCase(Locale.ROOT), new int[] {line, column});
    return this;
  }

  /** Every field of this record starts on this line (JSONL, CSV): column 1. */
  DocumentBuilder record(int line) {
    recordPosition = new int[] {line, 1};
    return this;
  }

  DocumentBuilder id(String v) {
    id = isMissing(v) ? null : v.trim();
    return this;
  }

  String id() {
    return id;
  }

  /**
   * Sets a flat field by its seed name or alias; unknown names become metadata. Returns false when
   * the value was missing.
   */
  boolean flat(String key, String value) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    if (k.equals("id")) {
      id(value);
      return !isMissing(value);
    }
    if (isMissing(value)) {
      return false;
    }
    switch (k) {
      case "title", "source_title", "original_title" -> sourceTitle = value;
      case "resulting_text", "source_text", "original_text", "source" -> sourceText = value;
      case "source_lang", "lang" -> sourceLang = value.trim();
      case "system" -> flatSystem = value.trim();
      case "translated_title", "translation_title" -> flatTitle = value;
      case "translated_content", "translated_text", "translation_text", "translation" ->
          flatText = value;
      case "english_summary", "summary" -> flatSummary = value;
      case "reference_title" -> refTitle = value;
      case "reference", "reference_text" -> refText = value;
      default -> meta.put(key.trim(), value);
    }
    return true;
  }

  DocumentBuilder source(String title, String text, String lang) {
    if (!isMissing(title)) {
      sourceTitle = title;
    }
    if (!isMissing(text)) {
      sourceText = text;
    }
    if (!isMissing(lang)) {
      sourceLang = lang.trim();
    }
    return this;
  }

  DocumentBuilder translation(String system, String title, String text) {
    translations.put(
        system, new String[] {isMissing(title) ? null : title, isMissing(text) ? null : text});
    return this;
  }

  DocumentBuilder summary(String system, String text) {
    if (!isMissing(text)) {
      summaries.put(system, text);
    }
    return this;
  }

  DocumentBuilder reference(String title, String text) {
    if (!isMissing(text) || !isMissing(title)) {
      references.add(
          new Passage(isMissing(title) ? null : title, isMissing(text) ? null : text, "en"));
    }
    return this;
  }

  DocumentBuilder meta(String key, String value) {
    if (!isMissing(value)) {
      meta.put(key, value);
    }
    return this;
  }

  boolean hasTranslation(String system) {
    return translations.containsKey(system);
  }

  /**
   * Builds the document; flat translation fields go to system {@code flatSystem} (or {@code
   * defaultSystem}). Returns null when no translation has text; the caller reports it.
   */
  Document build(Origin origin, String defaultSystem, boolean segmented) {
    String sys = flatSystem != null ? flatSystem : defaultSystem;
    Map<String, Passage> tr = new TreeMap<>();
    if (flatText != null || flatTitle != null) {
      tr.put(sys, new Passage(flatTitle, flatText, "en"));
    }
    for (var e : translations.entrySet()) {
      tr.put(e.getKey(), new Passage(e.getValue()[0], e.getValue()[1], "en"));
    }
    tr.values().removeIf(p -> p.text() == null);
    if (tr.isEmpty()) {
      return null;
    }
    Map<String, String> su = new TreeMap<>(summaries);
    if (flatSummary != null) {
      su.put(sys, flatSummary);
    }
    List<Passage> refs = new ArrayList<>(references);
    if (refText != null || refTitle != null) {
      refs.add(0, new Passage(refTitle, refText, "en"));
    }
    Passage src =
        sourceTitle == null && sourceText == null
            ? null
            : new Passage(sourceTitle, sourceText, sourceLang);
    Map<String, dev.verso.model.TextPosition> pos = new TreeMap<>();
    String file = origin.file();
    if (recordPosition != null) {
      for (String f :
          List.of(dev.verso.model.Fields.SOURCE_TITLE, dev.verso.model.Fields.SOURCE_TEXT)) {
        pos.put(f, new dev.verso.model.TextPosition(file, recordPosition[0], 1));
      }
      for (String s : tr.keySet()) {
        for (String f :
            List.of(
                dev.verso.model.Fields.TRANSLATION_TITLE,
                dev.verso.model.Fields.TRANSLATION_TEXT,
                dev.verso.model.Fields.SUMMARY)) {
          pos.put(
              Document.positionKey(s, f),
              new dev.verso.model.TextPosition(file, recordPosition[0], 1));
        }
      }
    }
    String[][] flatToField = {
      {"title", dev.verso.model.Fields.SOURCE_TITLE},
      {"resulting_text", dev.verso.model.Fields.SOURCE_TEXT},
      {"translated_title", Document.positionKey(sys, dev.verso.model.Fields.TRANSLATION_TITLE)},
      {"translated_content", Document.positionKey(sys, dev.verso.model.Fields.TRANSLATION_TEXT)},
      {"english_summary", Document.positionKey(sys, dev.verso.model.Fields.SUMMARY)}
    };
    for (String[] m : flatToField) {
      int[] lc = flatPositions.get(m[0]);
      if (lc != null) {
        pos.put(m[1], new dev.verso.model.TextPosition(file, lc[0], lc[1]));
      }
    }
    return new Document(id, src, tr, su, refs, meta, List.of(origin), segmented, pos);
  }
}
