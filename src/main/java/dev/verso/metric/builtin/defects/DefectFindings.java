package dev.verso.metric.builtin.defects;

import static dev.verso.metric.builtin.defects.DefectChecks.BOILERPLATE;
import static dev.verso.metric.builtin.defects.DefectChecks.MOJIBAKE;
import static dev.verso.metric.builtin.defects.DefectChecks.REPEATED_PARAGRAPH;
import static dev.verso.metric.builtin.defects.DefectChecks.TRUNCATED;

import dev.verso.metric.builtin.defects.Boilerplate.Block;
import dev.verso.metric.builtin.defects.RepeatedText.Repeat;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of TRANSLATION_DEFECTS on one document: their severities, messages and evidence for
 * boilerplate blocks, a truncated text, repeated sentences and garbled characters.
 */
public final class DefectFindings {
  private DefectFindings() {}

  /** A block of this many characters (or of three lines) is a major finding. */
  static final int MAJOR_BOILERPLATE_CHARS = 150;

  /** A boilerplate block found in the document itself. */
  public static Finding boilerplate(Block b) {
    boolean major = b.lines() >= 3 || b.span().length() >= MAJOR_BOILERPLATE_CHARS;
    String where =
        switch (b.position()) {
          case LEADING -> "at the start of the text";
          case TRAILING -> "at the end of the text";
          case INLINE -> "inside the text";
        };
    return new Finding(
        BOILERPLATE,
        IssueType.OTHER,
        major ? Severity.MAJOR : Severity.MINOR,
        Fields.TRANSLATION_TEXT,
        b.span(),
        "Web-page boilerplate "
            + where
            + " ("
            + String.join(", ", b.categories())
            + "; "
            + lines(b.lines())
            + "): it is not part of the article; remove it",
        List.of(),
        Map.of(
            "position", b.position().name().toLowerCase(Locale.ROOT),
            "lines", b.lines(),
            "categories", List.copyOf(b.categories())));
  }

  private static String lines(int n) {
    return n == 1 ? "1 line" : n + " lines";
  }

  /** The unfinished last sentence of {@code text}; {@code source} may be null. */
  public static Finding truncated(Truncation.Result r, String text, String source) {
    String sentence = r.span().of(text);
    String tail = sentence;
    if (sentence.length() > 40) {
      int cut = sentence.indexOf(' ', sentence.length() - 40);
      tail = "…" + sentence.substring(cut < 0 ? sentence.length() - 40 : cut + 1);
    }
    String message =
        switch (r.reason()) {
          case DANGLING -> "The text stops mid-sentence: \"" + tail + "\" cannot end a sentence";
          case NO_END ->
              "The text may be cut off: its last sentence \""
                  + tail
                  + "\" has no closing punctuation";
          case ELLIPSIS -> "The text ends with an ellipsis: \"" + tail + "\"; it may be cut off";
        };
    Map<String, Object> evidence = new TreeMap<>();
    evidence.put("reason", r.reason().name().toLowerCase(Locale.ROOT));
    if (source != null && !source.isBlank()) {
      String s = source.strip();
      evidence.put("sourceEnding", s.substring(s.offsetByCodePoints(s.length(), -1)));
      if (r.strong() && r.reason() != Truncation.Reason.DANGLING) {
        message += " while the source ends with a full sentence";
      }
    }
    return new Finding(
        TRUNCATED,
        IssueType.OMISSION,
        r.strong() ? Severity.MAJOR : Severity.MINOR,
        Fields.TRANSLATION_TEXT,
        r.span(),
        message,
        List.of(),
        evidence);
  }

  /**
   * A sentence or run of sentences repeated in {@code field}; minor when {@code sourceRepeats} (the
   * source repeats a sentence itself).
   */
  public static Finding repeated(String field, Repeat r, boolean sourceRepeats) {
    String what =
        r.paragraph()
            ? "Paragraph repeated"
            : r.sentences() == 1 ? "Sentence repeated" : r.sentences() + " sentences repeated";
    Map<String, Object> evidence = new TreeMap<>();
    evidence.put("firstStart", r.first().start());
    evidence.put("firstEnd", r.first().end());
    evidence.put("sentences", r.sentences());
    evidence.put("words", r.words());
    if (sourceRepeats) {
      evidence.put("sourceRepeats", true);
    }
    boolean major = !sourceRepeats && (r.sentences() >= 2 || r.words() >= 20);
    return new Finding(
        REPEATED_PARAGRAPH,
        IssueType.DUPLICATION,
        major ? Severity.MAJOR : Severity.MINOR,
        field,
        r.span(),
        what
            + " ("
            + r.words()
            + " words): it already appears at offset "
            + r.first().start()
            + (sourceRepeats ? "; the source repeats a sentence too, so this may be faithful" : ""),
        List.of(),
        evidence);
  }

  /** Garbled characters {@code h} found in {@code text} of {@code field}. */
  public static Finding mojibake(String field, String text, Mojibake.Hit h) {
    String found = h.span().of(text);
    String message =
        switch (h.kind()) {
          case MISDECODED ->
              "Garbled characters \""
                  + found
                  + "\" (UTF-8 read as Windows-1252)"
                  + (h.repaired() == null ? "" : "; they stand for \"" + h.repaired() + "\"");
          case INCOMPLETE ->
              "Garbled characters \""
                  + found
                  + "\": the start of a UTF-8 character read as Windows-1252, its last bytes lost";
          case REPLACEMENT ->
              lengthWord(h.span().length(), "replacement character")
                  + " (U+FFFD): characters were lost when the text was decoded";
          case CONTROL ->
              String.format(Locale.ROOT, "Stray control character U+%04X", (int) found.charAt(0));
        };
    return new Finding(
        MOJIBAKE,
        IssueType.CHARACTERS,
        h.kind() == Mojibake.Kind.CONTROL ? Severity.MINOR : Severity.MAJOR,
        field,
        h.span(),
        message,
        h.repaired() == null ? List.of() : List.of(h.repaired()),
        Map.of("kind", h.kind().name().toLowerCase(Locale.ROOT)));
  }

  private static String lengthWord(int n, String noun) {
    return n == 1 ? "A " + noun : n + " " + noun + "s";
  }
}
