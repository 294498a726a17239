package dev.verso.io;

import dev.verso.model.InputProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
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
    return read(path, name, false);
  }

  /**
   * Reads {@code path}; with {@code lineBased} (JSONL, CSV, TSV: one record per line) a line that
   * is not valid UTF-8 becomes an error of its own and is read as an empty line, so the other
   * records of the file are kept.
   */
  public static TextFile read(Path path, String name, boolean lineBased) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return failed(name, "cannot read file: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      return failed(
          name, "file is too large to read into memory; split it or evaluate it with --stream");
    }
    return decode(bytes, name, lineBased);
  }

  /** Decodes bytes as a file called {@code name}. */
  public static TextFile decode(byte[] bytes, String name) {
    return decode(bytes, name, false);
  }

  /** Decodes bytes as a file called {@code name}; see {@link #read(Path, String, boolean)}. */
  public static TextFile decode(byte[] bytes, String name, boolean lineBased) {
    List<InputProblem> problems = new ArrayList<>();
    if (bytes.length == 0) {
      return failed(name, "file is empty");
    }
    String text = null;
    int offset = 0;
    java.nio.charset.Charset utf16 = ByteOrderMarks.utf16(bytes);
    if (ByteOrderMarks.utf8(bytes)) {
      offset = 3;
      problems.add(
          InputProblem.warning(
              name, 1, null, "file starts with a UTF-8 byte-order mark; it was ignored"));
    } else if (utf16 != null) {
      java.nio.charset.Charset cs = utf16;
      text = strict(cs, bytes, 2);
      if (text == null) {
        return failed(
            name,
            "file starts with a " + cs.name() + " byte-order mark but is not valid " + cs.name());
      }
      problems.add(
          InputProblem.warning(
              name, 1, null, "file is " + cs.name() + " (byte-order mark); it was read as such"));
    }
    if (text == null) {
      Decoded d = decodeUtf8OrLegacy(bytes, offset, name, lineBased, problems);
      if (d.failure() != null) {
        return d.failure();
      }
      text = d.text();
    }
    text = withLfLineEnds(text, name, problems);
    if (text.isBlank()) {
      problems.add(InputProblem.error(name, 0, null, "file contains only white space"));
      return new TextFile(name, null, List.copyOf(problems));
    }
    return new TextFile(name, text, List.copyOf(problems));
  }

  /** The text of a decoding step, or the failed file when the bytes could not be decoded. */
  private record Decoded(String text, TextFile failure) {}

  /**
   * Decodes bytes without a UTF-16 byte-order mark from {@code offset}: as UTF-8, else in a
   * detected legacy encoding (with a warning), else, for a line-based file, line by line; a binary
   * or (not line-based) invalid file fails.
   */
  private static Decoded decodeUtf8OrLegacy(
      byte[] bytes, int offset, String name, boolean lineBased, List<InputProblem> problems) {
    String text = null;
    Legacy legacy = null;
    int nul = indexOfNul(bytes, offset);
    if (nul >= 0) {
      legacy = LegacyEncodings.detect(bytes, true);
      if (legacy == null && (!lineBased || looksBinary(bytes, offset))) {
        return new Decoded(
            null,
            failed(
                name,
                lineOf(bytes, nul),
                "file contains a NUL byte at byte " + nul + "; it is not a text file"));
      }
    }
    if (legacy == null) {
      // a NUL in a line-based file costs only its line (decodeLines)
      text = nul >= 0 ? null : strict(StandardCharsets.UTF_8, bytes, offset);
    }
    if (text == null && legacy == null && nul < 0 && !LegacyEncodings.mostlyUtf8(bytes, offset)) {
      legacy = LegacyEncodings.detect(bytes, false);
    }
    if (legacy != null) {
      text = legacy.text();
      problems.add(
          InputProblem.warning(
              name,
              1,
              null,
              "file is not UTF-8; it was read as "
                  + legacy.charset()
                  + " (detected); save it as UTF-8 to be sure"));
    } else if (text == null) {
      int bad = firstInvalidUtf8(bytes, offset);
      if (looksBinary(bytes, offset)) {
        return new Decoded(
            null,
            failed(
                name,
                lineOf(bytes, bad),
                String.format(
                    java.util.Locale.ROOT,
                    "file is not text (invalid UTF-8 at byte %d and many control bytes)",
                    bad)));
      }
      if (!lineBased) {
        return new Decoded(null, failed(name, lineOf(bytes, bad), invalidAt(bytes, bad)));
      }
      text = decodeLines(bytes, offset, name, problems);
    }
    return new Decoded(text, null);
  }

  /**
   * {@code text} with CRLF and CR line ends read as LF, with a warning naming the line of the first
   * CR.
   */
  static String withLfLineEnds(String text, String name, List<InputProblem> problems) {
    int firstCr = text.indexOf('\r');
    if (firstCr < 0) {
      return text;
    }
    int line = 1;
    for (int i = 0; i < firstCr; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    problems.add(
        InputProblem.warning(
            name,
            line,
            null,
            "file has Windows (CRLF) or old Mac (CR) line ends; they were read as LF"));
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** A legacy-encoded file's text and the name of its encoding. */
  record Legacy(String charset, String text) {}

  private static String invalidAt(byte[] bytes, int bad) {
    return String.format(
        java.util.Locale.ROOT,
        "invalid UTF-8 at byte %d (0x%02X); save the file as UTF-8",
        bad,
        bytes[bad] & 0xFF);
  }

  /** Decodes line by line: a line with invalid UTF-8 is reported and read as empty. */
  private static String decodeLines(
      byte[] bytes, int offset, String name, List<InputProblem> problems) {
    StringBuilder sb = new StringBuilder(bytes.length);
    int line = 1;
    int start = offset;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String part = strict(StandardCharsets.UTF_8, bytes, start, end - start);
      int nulAt = indexOfNul(bytes, start, end);
      if (nulAt >= 0) {
        problems.add(
            InputProblem.error(
                name,
                line,
                null,
                "line contains a NUL byte at byte " + nulAt + "; this line was skipped"));
      } else if (part == null) {
        int bad = firstInvalidUtf8(bytes, start, end);
        boolean cut = end == bytes.length && bad >= end - 3;
        problems.add(
            InputProblem.error(
                name,
                line,
                null,
                cut
                    ? String.format(
                        java.util.Locale.ROOT,
                        "the file ends inside a UTF-8 character at byte %d (truncated?); this line was skipped",
                        bad)
                    : invalidAt(bytes, bad) + "; this line was skipped"));
      } else {
        sb.append(part);
      }
      if (end < bytes.length) {
        sb.append('\n');
      }
      start = end + 1;
      line++;
    }
    return sb.toString();
  }

  private static String strict(java.nio.charset.Charset cs, byte[] bytes, int offset) {
    return strict(cs, bytes, offset, bytes.length - offset);
  }

  /** Strictly decoded text, or null when the bytes are not valid in {@code cs}. */
  static String strict(java.nio.charset.Charset cs, byte[] bytes, int offset, int length) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int indexOfNul(byte[] bytes, int from) {
    return indexOfNul(bytes, from, bytes.length);
  }

  /** Index of the first NUL byte in [from, to), or -1. */
  private static int indexOfNul(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * More than 10% of the first 8 KB are control bytes other than tab, newline and carriage return.
   */
  private static boolean looksBinary(byte[] bytes, int from) {
    int n = Math.min(bytes.length, from + 8192) - from;
    int control = 0;
    for (int i = from; i < from + n; i++) {
      int c = bytes[i] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
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
    return firstInvalidUtf8(b, from, b.length);
  }

  /**
   * Index of the first byte in [from, to) that starts an invalid UTF-8 sequence (to - 1 when none).
   */
  static int firstInvalidUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int n = utf8Length(b, i, to);
      if (n == 0) {
        return i;
      }
      i += n;
    }
    return Math.max(from, to - 1);
  }

  /**
   * The length in bytes of the well-formed UTF-8 sequence starting at {@code b[i]} and ending
   * before {@code to} (1 for ASCII), or 0 when it is malformed, overlong, a surrogate or beyond
   * U+10FFFF.
   */
  static int utf8Length(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    int n;
    int min;
    if (c < 0x80) {
      return 1;
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
      return 0;
    }
    int cp = c & (0x3F >> n);
    for (int k = 1; k <= n; k++) {
      if (i + k >= to || (b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return 0;
    }
    return n + 1;
  }
}
