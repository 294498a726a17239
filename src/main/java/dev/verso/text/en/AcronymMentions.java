package dev.verso.text.en;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds words in English text that look like acronyms: at least two capital letters and no
 * lower-case ones ({@code CPC}, {@code MOFCOM}, {@code R&D}, {@code MPU6050}), a plural {@code s}
 * allowed ({@code NGOs}), and dotted initials ({@code U.S.}). Roman numerals made of I, V and X
 * ({@code II}, {@code XIX}) and words on lines written all in capitals (headlines) are left out.
 * Stateless and thread-safe.
 */
public final class AcronymMentions {

  /**
   * One acronym-like word.
   *
   * @param form the word as written, e.g. {@code NGOs} or {@code U.S.}
   * @param base the form compared across a document: without plural {@code s} and dots, e.g. {@code
   *     NGO}, {@code US}
   * @param span where the word stands
   */
  public record Mention(String form, String base, Span span) {}

  private AcronymMentions() {}

  /** Every acronym-like word of {@code text}, in text order. */
  public static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      scanLine(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void scanLine(String text, int from, int to, List<Mention> out) {
    List<Mention> found = new ArrayList<>();
    int words = 0;
    int lowerWords = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!isWordChar(c)) {
        i++;
        continue;
      }
      int s = i;
      int dotted = dottedInitialsEnd(text, i, to);
      if (dotted > 0) {
        String form = text.substring(s, dotted);
        found.add(new Mention(form, form.replace(".", ""), new Span(s, dotted)));
        words++;
        i = dotted;
        continue;
      }
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
      String w = text.substring(s, i);
      if (any(w, Character::isLetter)) {
        words++;
        String base = acronymBase(w);
        if (base != null && !isRomanNumeral(base)) {
          found.add(new Mention(w, base, new Span(s, i)));
        }
        if (any(w, Character::isLowerCase)) {
          lowerWords++;
        }
      }
    }
    // a headline in capitals (at least three words, at most one in five with a lower-case letter):
    // its words are not acronyms
    if (words >= 3 && lowerWords * 5 <= words) {
      return;
    }
    out.addAll(found);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '&';
  }

  /** End of "U.S." / "U.K." style initials starting at {@code i}, or -1. */
  private static int dottedInitialsEnd(String text, int i, int to) {
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return -1;
    }
    int j = i;
    int n = 0;
    while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
      j += 2;
      n++;
    }
    if (n < 2 || j < to && Character.isLetterOrDigit(text.charAt(j))) {
      return -1;
    }
    return j;
  }

  /**
   * The base form of an acronym-like word (plural {@code s} removed), or null when the word is not
   * one: it must start with a capital letter and have at least two capitals and no other lower-case
   * letter.
   */
  public static String acronymBase(String word) {
    String w = word;
    if (w.length() > 2 && w.endsWith("s") && Character.isUpperCase(w.charAt(w.length() - 2))) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return null;
    }
    int caps = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLowerCase(c)) {
        return null;
      }
      if (Character.isUpperCase(c)) {
        caps++;
      }
    }
    return caps >= 2 ? w : null;
  }

  /**
   * True when a UTF-16 unit of {@code w} passes {@code test} (a loop: the stream was a hot spot).
   */
  private static boolean any(String w, java.util.function.IntPredicate test) {
    for (int i = 0; i < w.length(); i++) {
      if (test.test(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRomanNumeral(String s) {
    return s.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
  }
}
