package dev.verso.metric.builtin;

import dev.verso.metric.CheckSpec;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UNTRANSLATED: runs of letters in a script foreign to the target language (Han, kana, Hangul,
 * Cyrillic, Arabic, … in an English translation) left in the translation's title, text and summary.
 * Statistics are [foreign letters, all letters]; the score is the share of letters that are in the
 * target's script.
 */
public final class UntranslatedMetric extends FieldScanMetric {
  /** Metric id. */
  public static final String ID = "UNTRANSLATED";

  private final int minRun;

  UntranslatedMetric(Options o) {
    super(ID, o, List.of("foreignLetters", "letters"));
    this.minRun = o.integer("minRun", 1);
  }

  /** True for a letter of a script other than Latin (the script of the English target). */
  static boolean isForeignLetter(int cp) {
    if (cp < 0x250) {
      return false; // Basic Latin to Latin Extended-B: Latin or Common letters only, no script
      // look-up
    }
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc != Character.UnicodeScript.LATIN
        && sc != Character.UnicodeScript.COMMON
        && sc != Character.UnicodeScript.INHERITED
        && sc != Character.UnicodeScript.GREEK; // Greek letters are routine in English (α, μ)
  }

  @Override
  void scan(String field, String text, List<Finding> out, long[] counts) {
    int runStart = -1;
    int runLetters = 0;
    int runEnd = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : -1;
      int next = i < text.length() ? i + Character.charCount(cp) : i + 1;
      boolean foreign = cp >= 0 && isForeignLetter(cp);
      // punctuation and spaces inside a run (e.g. 中国，北京) do not end it; a Latin letter does
      boolean joiner =
          cp >= 0 && runStart >= 0 && !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp);
      if (cp >= 0 && Character.isLetter(cp)) {
        counts[1]++;
      }
      if (foreign) {
        counts[0]++;
        if (runStart < 0) {
          runStart = i;
        }
        runLetters++;
        runEnd = next;
      } else if (!joiner || cp < 0) {
        if (runStart >= 0 && runLetters >= minRun) {
          out.add(finding(field, text, runStart, runEnd, runLetters));
        }
        runStart = -1;
        runLetters = 0;
      }
      i = next;
    }
  }

  private static Finding finding(String field, String text, int start, int end, int letters) {
    String run = text.substring(start, end);
    Character.UnicodeScript sc = Character.UnicodeScript.of(run.codePointAt(0));
    return new Finding(
        ID,
        IssueType.UNTRANSLATED,
        letters >= 2 ? Severity.MAJOR : Severity.MINOR,
        field,
        new Span(start, end),
        "untranslated " + scriptName(sc) + " text left in the translation: \"" + run + "\"",
        List.of(),
        Map.of("letters", letters, "script", sc.name()));
  }

  private static String scriptName(Character.UnicodeScript sc) {
    String n = sc.name().toLowerCase(Locale.ROOT);
    return n.equals("han") ? "Chinese (Han)" : Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** Finds {@link UntranslatedMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<CheckSpec> CHECKS =
        List.of(
            new CheckSpec(
                "UNTRANSLATED",
                IssueType.UNTRANSLATED,
                Severity.MAJOR,
                "source-script text left untranslated in the translation (minor for a single letter)"));

    private static final List<OptionSpec> OPTIONS =
        List.of(new OptionSpec("minRun", "1", "report runs of at least this many foreign letters"));

    public Provider() {
      super(
          ID,
          "Letters of a script foreign to the target language (e.g. Chinese characters) left in the translation or summary.",
          OPTIONS,
          CHECKS,
          UntranslatedMetric::new);
    }
  }
}
