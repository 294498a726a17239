package dev.verso.metric.builtin;

import dev.verso.metric.CheckSpec;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * DUPLICATION: a word or phrase immediately repeated ("the the", "striving to be an example,
 * striving to be an example"), a typical machine-translation stutter. Words are compared
 * case-insensitively; the two copies may be separated by spaces and commas, dashes or similar, but
 * not by a sentence end. The finding's span is the second copy. Statistics are [repeated words,
 * words]; the score is the share of words that are not repeats.
 */
public final class DuplicationMetric extends FieldScanMetric {
  /** Metric id. */
  public static final String ID = "DUPLICATION";

  /** Words whose doubling is grammatical English ("had had", "that that"). */
  private static final Set<String> LEGITIMATE_DOUBLES =
      Set.of("had", "that", "is", "bye", "no", "very", "so");

  private final int maxPhrase;

  DuplicationMetric(Options o) {
    super(ID, o, List.of("repeatedWords", "words"));
    this.maxPhrase = o.integer("maxPhraseWords", 1);
  }

  private record Word(String norm, int start, int end) {}

  static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int s = i;
        while (i < text.length()) {
          int c = text.codePointAt(i);
          boolean inner =
              (c == '\'' || c == '’' || c == '-')
                  && i + 1 < text.length()
                  && Character.isLetterOrDigit(text.codePointAt(i + 1))
                  && i > s;
          if (!Character.isLetterOrDigit(c) && !inner) {
            break;
          }
          i += Character.charCount(c);
        }
        out.add(new Word(text.substring(s, i).toLowerCase(Locale.ROOT), s, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  /** True when the text between two words joins them inside one sentence. */
  private static boolean joins(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '。' || c == '('
          || c == ')') {
        return false;
      }
    }
    return to - from <= 4;
  }

  @Override
  void scan(String field, String text, List<Finding> out, long[] counts) {
    List<Word> w = words(text);
    counts[1] += w.size();
    int i = 0;
    while (i < w.size()) {
      int found = 0;
      for (int k = Math.min(maxPhrase, (w.size() - i) / 2); k >= 1; k--) {
        if (repeats(text, w, i, k)) {
          found = k;
          break;
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      Word firstStart = w.get(i);
      Word copyStart = w.get(i + found);
      Word copyEnd = w.get(i + 2 * found - 1);
      String phrase = text.substring(firstStart.start(), w.get(i + found - 1).end());
      counts[0] += found;
      out.add(
          new Finding(
              "REPEATED_PHRASE",
              IssueType.DUPLICATION,
              found >= 2 ? Severity.MAJOR : Severity.MINOR,
              field,
              new Span(copyStart.start(), copyEnd.end()),
              "\"" + phrase + "\" is repeated",
              List.of(),
              Map.of("firstStart", firstStart.start(), "words", found)));
      i += 2 * found;
    }
  }

  private static boolean repeats(String text, List<Word> w, int i, int k) {
    for (int j = 0; j < k; j++) {
      if (!w.get(i + j).norm().equals(w.get(i + k + j).norm())) {
        return false;
      }
    }
    for (int j = i; j < i + 2 * k - 1; j++) {
      if (!joins(text, w.get(j).end(), w.get(j + 1).start())) {
        return false;
      }
    }
    if (k == 1) {
      String n = w.get(i).norm();
      return !LEGITIMATE_DOUBLES.contains(n) && !n.chars().allMatch(Character::isDigit);
    }
    return true;
  }

  /** Finds {@link DuplicationMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<CheckSpec> CHECKS =
        List.of(
            new CheckSpec(
                "REPEATED_PHRASE",
                IssueType.DUPLICATION,
                Severity.MINOR,
                "a word or phrase repeated back to back (major when repeated twice or more)"));

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec("maxPhraseWords", "12", "longest repeated phrase looked for, in words"));

    public Provider() {
      super(
          ID,
          "Words or phrases repeated back to back in the translation or summary (machine-translation stutter).",
          OPTIONS,
          CHECKS,
          DuplicationMetric::new);
    }
  }
}
