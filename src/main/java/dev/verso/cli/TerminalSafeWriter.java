package dev.verso.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * A writer for console output that shows control characters instead of sending them: ids, system
 * names and file names come from the input, and an escape sequence in one of them ({@code ESC ] 0 ;
 * … BEL} sets the terminal title, others move the cursor or hide text) must not reach the user's
 * terminal or a CI log. C0 and C1 controls (except newline and tab), DEL and the bidirectional
 * overrides are written as {@code \xNN} or {@code \}{@code uNNNN}.
 */
final class TerminalSafeWriter extends FilterWriter {

  TerminalSafeWriter(Writer out) {
    super(out);
  }

  /** Whether {@code c} is written as an escape. */
  static boolean unsafe(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** {@code s} with every unsafe character escaped. */
  static String escape(String s) {
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

  @Override
  public void write(int c) throws IOException {
    if (unsafe((char) c)) {
      out.write(escape(String.valueOf((char) c)));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    write(new String(cbuf, off, len), 0, len);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    String part = str.substring(off, off + len);
    String safe = escape(part);
    out.write(safe, 0, safe.length());
  }
}
