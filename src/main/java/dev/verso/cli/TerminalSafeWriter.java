package dev.verso.cli;

import dev.verso.report.TerminalText;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

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

  @Override
  public void write(int c) throws IOException {
    if (TerminalText.unsafe((char) c)) {
      out.write(TerminalText.escape(String.valueOf((char) c)));
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
    String safe = TerminalText.escape(part);
    out.write(safe, 0, safe.length());
  }
}
