package dev.verso.text.en;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two ways {@link AcronymExtractor} matches a short form to the words before it: as the
 * initials of the window's last words, or letter by letter (Schwartz–Hearst).
 */
final class LongFormMatch {
  private LongFormMatch() {}

  /**
   * A refinement run before Schwartz–Hearst: each letter or digit of the short form, right to left,
   * is the initial of one word of the window (function words may be skipped), the last one of the
   * last word. It prefers "Proximal Policy Optimization" for PPO where the letter match stops at
   * "Policy Optimization" (the p inside "Optimization"). Null when the short form is not such an
   * initialism of the window's tail.
   */
  static Span initials(String text, String sf, int from, int to) {
    List<int[]> words =
        new ArrayList<>(); // [start, end) of letter/digit runs, split at spaces and hyphens
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to
          && (Character.isLetterOrDigit(text.charAt(i))
              || text.charAt(i) == '\''
              || text.charAt(i) == '’')) {
        i++;
      }
      if (i > s) {
        words.add(new int[] {s, i});
      }
    }
    int w = words.size() - 1;
    int si = sf.length() - 1;
    boolean last = true;
    while (si >= 0) {
      char c = sf.charAt(si);
      if (!Character.isLetterOrDigit(c)) {
        si--;
        continue;
      }
      if (w < 0) {
        return null;
      }
      int[] word = words.get(w);
      char initial = text.charAt(word[0]);
      if (Character.toLowerCase(initial) == Character.toLowerCase(c)) {
        si--;
        w--;
        last = false;
      } else if (!last
          && (AcronymExtractor.SKIPPABLE.contains(
                  text.substring(word[0], word[1]).toLowerCase(Locale.ROOT))
              || isCompoundTail(text, from, word[0]))) {
        w--; // a function word, or the second part of a compound ("State-owned Assets" = SA)
      } else if (last && si == sf.length() - 1 && c == 's' && sf.length() > 2) {
        si--; // plural short form: "NGOs" for "non-governmental organizations"
      } else {
        return null;
      }
    }
    return new Span(words.get(w + 1)[0], to);
  }

  /** True when the word at {@code start} follows a hyphen that joins it to the word before. */
  private static boolean isCompoundTail(String text, int from, int start) {
    int k = start - 1;
    while (k > from && text.charAt(k) == ' ') {
      k--;
    }
    if (k <= from || text.charAt(k) != '-') {
      return false;
    }
    k--;
    while (k > from && text.charAt(k) == ' ') {
      k--;
    }
    return k >= from && Character.isLetterOrDigit(text.charAt(k));
  }

  /**
   * The Schwartz–Hearst match: the shortest tail of {@code text[from, to)} that starts at a word
   * and contains the short form's letters and digits in order, the first one at a word start; null
   * when there is none or it fails the checks.
   */
  static Span schwartzHearst(String text, String sf, int from, int to) {
    int l = to - 1;
    for (int si = sf.length() - 1; si >= 0; si--) {
      char c = Character.toLowerCase(sf.charAt(si));
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      boolean first = firstAlnum(sf) == si;
      while (l >= from
          && (Character.toLowerCase(text.charAt(l)) != c
              || first && l > from && Character.isLetterOrDigit(text.charAt(l - 1)))) {
        l--;
      }
      if (l < from) {
        return null;
      }
      l--;
    }
    // back to the start of the word holding the first matched character
    int start = l + 1;
    while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start
        && !Character.isLetterOrDigit(text.charAt(end - 1))
        && !(text.charAt(end - 1) == ')' && text.lastIndexOf('(', end - 1) >= start)) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    return new Span(start, end);
  }

  private static int firstAlnum(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
