package dev.verso.metric.reference.tokenize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * String operations with Python 3 semantics, which sacreBLEU's numbers depend on: the whitespace
 * set of {@code str.split()} / {@code str.strip()} (it differs from {@link Character#isWhitespace})
 * and {@code str.lower()}.
 */
public final class PyStrings {
  private PyStrings() {}

  /**
   * True for the code points Python's {@code str.isspace()} accepts: U+0009–U+000D, U+001C–U+001F,
   * U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (not
   * U+200B or U+FEFF).
   */
  public static boolean isSpace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    return c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** Python's {@code s.split()}: runs of whitespace separate tokens; no empty tokens. */
  public static String[] split(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !isSpace(s.charAt(i))) {
        i++;
      }
      out.add(s.substring(start, i));
    }
    return out.toArray(new String[0]);
  }

  /** Python's {@code ' '.join(s.split())}. */
  public static String normalizeSpaces(String s) {
    return String.join(" ", split(s));
  }

  /** Python's {@code ''.join(s.split())}: the text without any whitespace. */
  public static String removeSpaces(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Python's {@code s.rstrip()}. */
  public static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Python's {@code s.strip()}. */
  public static String strip(String s) {
    int end = s.length();
    while (end > 0 && isSpace(s.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    return s.substring(start, end);
  }

  /** Python's {@code s.lower()} (full Unicode lower-casing, locale independent). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The code points of {@code s}. */
  public static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }
}
