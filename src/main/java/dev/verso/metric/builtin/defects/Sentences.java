package dev.verso.metric.builtin.defects;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A light sentence splitter for defect checks: a sentence ends at . ! ? 。 ！ ？ or an ellipsis,
 * optionally followed by closing quotes or brackets, then whitespace (or the end of the line).
 * Abbreviations split too ("Mr. Wang" gives two pieces), which only matters to checks that compare
 * long sentences.
 */
public final class Sentences {
  private Sentences() {}

  private static final String CLOSERS = "\"'”’)]）」』】》";

  /** The sentences of the line at {@code line} in {@code text}, as spans into {@code text}. */
  public static List<Span> split(String text, Span line) {
    List<Span> out = new ArrayList<>();
    int s = line.start();
    int i = line.start();
    while (i < line.end()) {
      char c = text.charAt(i);
      if (isTerminal(c)) {
        int e = i + 1;
        while (e < line.end()
            && (isTerminal(text.charAt(e)) || CLOSERS.indexOf(text.charAt(e)) >= 0)) {
          e++;
        }
        if (e == line.end()
            || TextLines.isSpace(text.charAt(e))
            || c == '。'
            || c == '！'
            || c == '？') {
          out.add(new Span(s, e));
          while (e < line.end() && TextLines.isSpace(text.charAt(e))) {
            e++;
          }
          s = e;
        }
        i = e;
      } else {
        i++;
      }
    }
    if (s < line.end()) {
      out.add(new Span(s, line.end()));
    }
    return out;
  }

  /** Sentence-final punctuation, full-width included; the ellipsis counts. */
  public static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？' || c == '…';
  }

  /**
   * True when the (trimmed) string ends with sentence punctuation, possibly before closing quotes
   * or brackets.
   */
  public static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && (TextLines.isSpace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && isTerminal(s.charAt(i));
  }
}
