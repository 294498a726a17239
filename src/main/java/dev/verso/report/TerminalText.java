package dev.verso.report;

import java.util.Locale;

/**
 * Text as a terminal shows it: control characters from the input (ids, system names, file names)
 * are written as escapes so that none reaches the terminal or a CI log, and columns are measured in
 * the cells the text takes there.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * Whether {@code c} is written as an escape: C0 and C1 controls (except newline and tab), DEL and
   * the bidirectional overrides.
   */
  public static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** {@code s} with every unsafe character written as {@code \xNN} or {@code \}{@code uNNNN}. */
  public static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (sb == null) {
          sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        sb.append(
            c <= 0xff
                ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                : String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * The cells {@code s} takes on a terminal once escaped: two for East Asian wide and full-width
   * characters (Chinese system names), one for others.
   */
  public static int width(String s) {
    String shown = escape(s);
    int w = 0;
    for (int i = 0; i < shown.length(); ) {
      int cp = shown.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe30 && cp <= 0xfe4f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x20000 && cp <= 0x3fffd);
  }
}
