package dev.verso.metric.builtin.defects;

import dev.verso.metric.builtin.defects.TextLines.Line;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds sentences and paragraphs repeated later in the same text. Sentences are compared after
 * lower-casing and keeping only letters and digits; a sentence of at least {@code minWords} words
 * that already occurred starts a repeat, and the following sentences join it while they repeat the
 * sentences after the first occurrence (short ones included), so a repeated paragraph is one
 * finding. Repeats inside one sentence ("the the") are left to the DUPLICATION metric.
 */
public final class RepeatedText {
  private RepeatedText() {}

  /**
   * One repeat.
   *
   * @param span the later copy
   * @param first the first occurrence
   * @param sentences number of sentences repeated
   * @param words number of words repeated
   * @param paragraph true when the repeat covers whole lines
   */
  public record Repeat(Span span, Span first, int sentences, int words, boolean paragraph) {}

  private record Unit(Span span, String key, int words, int line) {}

  /** The repeats among {@code lines} of {@code text}, skipping lines inside {@code excluded}. */
  public static List<Repeat> find(
      String text, List<Line> lines, List<Span> excluded, int minWords) {
    List<Unit> units = new ArrayList<>();
    for (Line l : lines) {
      if (excluded.stream()
          .anyMatch(s -> s.start() <= l.span().start() && l.span().end() <= s.end())) {
        continue;
      }
      for (Span s : Sentences.split(text, l.span())) {
        String key = key(s.of(text));
        if (!key.isEmpty()) {
          units.add(new Unit(s, key, TextLines.countWords(s.of(text)), l.index()));
        }
      }
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    List<Repeat> out = new ArrayList<>();
    int j = 0;
    while (j < units.size()) {
      Unit u = units.get(j);
      Integer k = firstIndex.get(u.key());
      if (k == null || u.words() < minWords) {
        firstIndex.putIfAbsent(u.key(), j);
        j++;
        continue;
      }
      int start = j;
      int firstEnd = k;
      int words = u.words();
      j++;
      while (j < units.size()
          && firstEnd + 1 < start
          && units.get(firstEnd + 1).key().equals(units.get(j).key())) {
        words += units.get(j).words();
        firstEnd++;
        j++;
      }
      Span span = new Span(units.get(start).span().start(), units.get(j - 1).span().end());
      Span first = new Span(units.get(k).span().start(), units.get(firstEnd).span().end());
      out.add(new Repeat(span, first, j - start, words, coversLines(lines, span)));
    }
    return out;
  }

  private static boolean coversLines(List<Line> lines, Span span) {
    boolean startOk = false;
    boolean endOk = false;
    for (Line l : lines) {
      startOk |= l.span().start() == span.start();
      endOk |= l.span().end() == span.end();
    }
    return startOk && endOk;
  }

  /**
   * The comparison key: lower-case words of letters and digits ({@code \p{L}}, {@code \p{N}})
   * joined by single spaces. One pass over the characters (this runs on every sentence of every
   * translation; splitting with a pattern was 3% of a large run's CPU).
   */
  static String key(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) || isNumber(cp)) {
        if (gap && sb.length() > 0) {
          sb.append(' ');
        }
        gap = false;
        sb.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  /** The characters of {@code \p{N}}: decimal digits, letter numbers and other numbers. */
  private static boolean isNumber(int cp) {
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }
}
