package dev.verso.text;

/**
 * Normalises raw text for analysis without losing the way back: full-width ASCII forms become
 * half-width, the ideographic and other Unicode spaces become a plain space, runs of horizontal
 * whitespace collapse to one space, line breaks become {@code \n} (runs of them collapse to one,
 * and more than one is kept as a paragraph break {@code \n\n}), typographic double and single
 * quotes become {@code "} and {@code '}, and zero-width characters and soft hyphens are dropped.
 * The result is a {@link NormalizedText} whose offset map points into the raw text.
 */
public final class Normalizer {
  private Normalizer() {}

  /** Normalises {@code raw}; thread-safe and allocation-light. */
  public static NormalizedText normalize(String raw) {
    int n = raw.length();
    StringBuilder out = new StringBuilder(n);
    int[] starts = new int[n];
    int[] ends = new int[n];
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      if (isZeroWidth(c)) {
        i++;
        continue;
      }
      if (isLineBreak(c)) {
        int j = i;
        int breaks = 0;
        while (j < n
            && (isLineBreak(raw.charAt(j))
                || isHorizontalSpace(raw.charAt(j))
                || isZeroWidth(raw.charAt(j)))) {
          char d = raw.charAt(j);
          if (d == '\n'
              || (d == '\r' && (j + 1 >= n || raw.charAt(j + 1) != '\n'))
              || d == '\u2028'
              || d == '\u2029'
              || d == '\u0085') {
            breaks++;
          }
          j++;
        }
        if (out.length() > 0 && j < n) {
          append(out, starts, ends, '\n', i, i + 1);
          if (breaks > 1) {
            append(out, starts, ends, '\n', j - 1, j);
          }
        }
        i = j;
        continue;
      }
      if (isHorizontalSpace(c)) {
        int j = i;
        while (j < n && (isHorizontalSpace(raw.charAt(j)) || isZeroWidth(raw.charAt(j)))) {
          j++;
        }
        if (out.length() > 0 && j < n && !isLineBreak(raw.charAt(j))) {
          append(out, starts, ends, ' ', i, j);
        }
        i = j;
        continue;
      }
      char m = c;
      if (c >= '\uFF01' && c <= '\uFF5E') {
        m = (char) (c - 0xFEE0);
      } else if (c == '\u201C'
          || c == '\u201D'
          || c == '\u201E'
          || c == '\u201F'
          || c == '\u2033') {
        m = '"';
      } else if (c == '\u2018'
          || c == '\u2019'
          || c == '\u201A'
          || c == '\u201B'
          || c == '\u2032') {
        m = '\'';
      }
      append(out, starts, ends, m, i, i + 1);
      i++;
    }
    int len = out.length();
    int[] s = java.util.Arrays.copyOf(starts, len);
    int[] e = java.util.Arrays.copyOf(ends, len);
    return new NormalizedText(raw, out.toString(), s, e);
  }

  private static void append(StringBuilder out, int[] starts, int[] ends, char c, int rs, int re) {
    int k = out.length();
    out.append(c);
    starts[k] = rs;
    ends[k] = re;
  }

  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u0085'
        || c == '\u000B'
        || c == '\u000C';
  }

  static boolean isHorizontalSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u3000'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F';
  }

  static boolean isZeroWidth(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }
}
