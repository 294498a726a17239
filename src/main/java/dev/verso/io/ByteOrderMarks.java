package dev.verso.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The byte-order marks the readers recognise at the start of a file or line. */
public final class ByteOrderMarks {
  private ByteOrderMarks() {}

  /** True when {@code bytes} start with the UTF-8 byte-order mark (EF BB BF). */
  public static boolean utf8(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /**
   * The UTF-16 charset whose byte-order mark {@code bytes} start with (FF FE little-endian, FE FF
   * big-endian), or null when they start with neither.
   */
  public static Charset utf16(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int a = bytes[0] & 0xFF;
    int b = bytes[1] & 0xFF;
    if (a == 0xFF && b == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return a == 0xFE && b == 0xFF ? StandardCharsets.UTF_16BE : null;
  }
}
