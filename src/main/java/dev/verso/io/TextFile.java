package dev.verso.io;

import dev.verso.model.InputProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file decoded strictly as UTF-8. A byte-order mark is dropped and CRLF line ends are read
 * as LF, each with a warning; invalid UTF-8 and empty files are errors naming the line.
 *
 * @param name the file name used in messages
 * @param content decoded text with '\n' line ends, or null when the file could not be read
 * @param problems warnings and errors met while reading
 */
public record TextFile(String name, String content, List<InputProblem> problems) {

  /** Reads {@code path}, naming it {@code name} in messages. */
  public static TextFile read(Path path, String name) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return failed(name, "cannot read file: " + e.getMessage());
    }
    return decode(bytes, name);
  }

  /** Decodes bytes as a file called {@code name}. */
  public static TextFile decode(byte[] bytes, String name) {
    List<InputProblem> problems = new ArrayList<>();
    if (bytes.length == 0) {
      return failed(name, "file is empty");
    }
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
      problems.add(
          InputProblem.warning(name, 1, null, "file starts with a UTF-8 byte-order mark; it was ignored"));
    }
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return failed(name, lineOf(bytes, i), "file contains a NUL byte at byte " + i + "; it is not a text file");
      }
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      CharBuffer cb = dec.decode(in);
      text = cb.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, offset);
      return failed(
          name,
          lineOf(bytes, bad),
          String.format(
              java.util.Locale.ROOT,
              "invalid UTF-8 at byte %d (0x%02X); save the file as UTF-8",
              bad,
              bytes[bad] & 0xFF));
    }
    if (text.indexOf('\r') >= 0) {
      int firstCr = text.indexOf('\r');
      int line = 1;
      for (int i = 0; i < firstCr; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      text = text.replace("\r\n", "\n").replace('\r', '\n');
      problems.add(
          InputProblem.warning(
              name, line, null, "file has Windows (CRLF) or old Mac (CR) line ends; they were read as LF"));
    }
    if (text.isBlank()) {
      problems.add(InputProblem.error(name, 0, null, "file contains only white space"));
      return new TextFile(name, null, List.copyOf(problems));
    }
    return new TextFile(name, text, List.copyOf(problems));
  }

  /** True when the file was decoded. */
  public boolean ok() {
    return content != null;
  }

  private static TextFile failed(String name, String message) {
    return failed(name, 0, message);
  }

  private static TextFile failed(String name, int line, String message) {
    return new TextFile(name, null, List.of(InputProblem.error(name, line, null, message)));
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Index of the first byte that starts an invalid UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int n;
      int min;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (b[i + k] & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += n + 1;
    }
    return Math.max(from, b.length - 1);
  }
}
