package dev.verso.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, read in large blocks: each line's bytes without its '\n' (a '\r'
 * before it is kept, for the caller to report). Reading a byte at a time through a {@code
 * BufferedInputStream} cost about a tenth of a whole evaluation of seed-sized JSON Lines documents.
 */
final class LineReader implements AutoCloseable {
  private final InputStream in;
  private final byte[] block = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  private boolean lastHadNewline = true;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** The next line, or null at the end of the stream (a final line without '\n' is returned). */
  byte[] next() throws IOException {
    byte[] line = null;
    int len = 0;
    while (true) {
      if (pos == end) {
        if (eof || !fill()) {
          lastHadNewline = false;
          return line == null ? null : Arrays.copyOf(line, len);
        }
      }
      int i = pos;
      while (i < end && block[i] != '\n') {
        i++;
      }
      int n = i - pos;
      if (line == null) {
        line = new byte[Math.max(n, 16)];
      } else if (len + n > line.length) {
        line = Arrays.copyOf(line, Math.max(len + n, line.length * 2));
      }
      System.arraycopy(block, pos, line, len, n);
      len += n;
      pos = i;
      if (i < end) {
        pos++; // the '\n'
        lastHadNewline = true;
        return Arrays.copyOf(line, len);
      }
    }
  }

  /** True when the last line returned ended with '\n' (false for a final line without one). */
  boolean endedWithNewline() {
    return lastHadNewline;
  }

  private boolean fill() throws IOException {
    int n = in.read(block, 0, block.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
