package dev.verso.metric.builtin.defects;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The non-blank lines of a text, each with the span of its content without surrounding whitespace.
 */
public final class TextLines {
  private TextLines() {}

  /** One non-blank line: its index among the non-blank lines and its trimmed span. */
  public record Line(int index, Span span, String text) {

    /** Number of words (runs of letters or digits). */
    public int words() {
      return TextLines.countWords(text);
    }
  }

  /** Splits {@code text} at \n, \r\n and \r and drops blank lines. */
  public static List<Line> of(String text) {
    List<Line> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int e = i;
      while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
        e++;
      }
      int s = i;
      int t = e;
      while (s < t && isSpace(text.charAt(s))) {
        s++;
      }
      while (t > s && isSpace(text.charAt(t - 1))) {
        t--;
      }
      if (t > s) {
        out.add(new Line(out.size(), new Span(s, t), text.substring(s, t)));
      }
      if (e < n && text.charAt(e) == '\r' && e + 1 < n && text.charAt(e + 1) == '\n') {
        e++;
      }
      i = e + 1;
    }
    return out;
  }

  /** Whitespace including the no-break and ideographic spaces. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u3000'
        || c == '\u2007'
        || c == '\u202F';
  }

  /** Number of runs of letters or digits in {@code s}. */
  public static int countWords(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      boolean w =
          Character.isLetterOrDigit(cp)
              || (in
                  && (cp == '\'' || cp == '’')
                  && i + 1 < s.length()
                  && Character.isLetter(s.codePointAt(i + 1)));
      if (w && !in) {
        words++;
      }
      in = w;
      i += Character.charCount(cp);
    }
    return words;
  }
}
