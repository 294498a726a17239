package dev.verso.metric.builtin.defects;

import dev.verso.model.Span;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds text garbled by decoding UTF-8 bytes as Windows-1252 or Latin-1 ("Ã©" for é, "â€™" for ’,
 * "ä¸­" for 中), U+FFFD replacement characters and stray C1 control characters. A run of characters
 * that all stand for bytes 0x80–0xFF in Windows-1252 (Latin-1 for its five undefined bytes) is
 * re-encoded and decoded as UTF-8; each maximal stretch of valid multi-byte sequences is one
 * finding, with the repaired text (repeated up to three times for double encoding) as suggestion.
 * Two-byte sequences count only with lead bytes C2–C7 and CE–D3 (Latin-1 supplement, Latin extended
 * letters as in pinyin, Greek, Cyrillic), so an upper-case "É" before a curly quote is not taken
 * for garbage. A three- or four-byte lead with some but not all continuation bytes ("â€" whose last
 * byte was lost) is reported without a suggestion.
 */
public final class Mojibake {
  private Mojibake() {}

  /** What was found. */
  public enum Kind {
    /** UTF-8 read as a single-byte encoding; a repair is suggested. */
    MISDECODED,
    /** The start of such a sequence whose remaining bytes were lost. */
    INCOMPLETE,
    /** U+FFFD, the mark a decoder leaves for bytes it could not read. */
    REPLACEMENT,
    /** A C1 control character (U+0080–U+009F), which no text should contain. */
    CONTROL
  }

  /** One garbled run with its repair (null when none is known). */
  public record Hit(Span span, Kind kind, String repaired) {}

  private static final char[] CP1252_HIGH = {
    '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
    '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ'
  };

  /** The byte 0x80–0xFF that {@code c} stands for in Windows-1252 (or Latin-1), or -1. */
  static int byteOf(char c) {
    if (c < 0x80) {
      return -1; // ASCII, most of the text, never stands for a high byte
    }
    if (c >= 0xA0 && c <= 0xFF) {
      return c;
    }
    if (c >= 0x80 && c <= 0x9F) {
      return c;
    }
    for (int i = 0; i < CP1252_HIGH.length; i++) {
      if (CP1252_HIGH[i] == c) {
        return 0x80 + i;
      }
    }
    return -1;
  }

  /** The garbled runs of {@code text}, in text order. */
  public static List<Hit> find(String text) {
    List<Hit> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        int e = i;
        while (e < n && text.charAt(e) == '\uFFFD') {
          e++;
        }
        out.add(new Hit(new Span(i, e), Kind.REPLACEMENT, null));
        i = e;
        continue;
      }
      if (byteOf(c) < 0) {
        i++;
        continue;
      }
      int e = i;
      while (e < n && byteOf(text.charAt(e)) >= 0) {
        e++;
      }
      scanRun(text, i, e, out);
      i = e;
    }
    return out;
  }

  /** Scans text[from, to), every character of which stands for a high byte. */
  private static void scanRun(String text, int from, int to, List<Hit> out) {
    int p = from;
    while (p < to) {
      int len = sequenceLength(text, p, to);
      if (len > 0) {
        int s = p;
        while (p < to && (len = sequenceLength(text, p, to)) > 0) {
          p += len;
        }
        out.add(new Hit(new Span(s, p), Kind.MISDECODED, repair(text.substring(s, p))));
        continue;
      }
      int partial = incompleteLength(text, p, to);
      if (partial > 0) {
        out.add(new Hit(new Span(p, p + partial), Kind.INCOMPLETE, null));
        p += partial;
        continue;
      }
      char c = text.charAt(p);
      if (c >= 0x80 && c <= 0x9F) {
        out.add(new Hit(new Span(p, p + 1), Kind.CONTROL, null));
      }
      p++;
    }
  }

  private static boolean continuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** Length of a valid UTF-8 multi-byte sequence spelt at {@code p}, or 0. */
  private static int sequenceLength(String text, int p, int to) {
    int b0 = byteOf(text.charAt(p));
    int need;
    int lo = 0x80;
    int hi = 0xBF;
    if ((b0 >= 0xC2 && b0 <= 0xC7) || (b0 >= 0xCE && b0 <= 0xD3)) {
      need = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      lo = b0 == 0xE0 ? 0xA0 : 0x80;
      hi = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      lo = b0 == 0xF0 ? 0x90 : 0x80;
      hi = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (p + need >= to) {
      return 0;
    }
    int b1 = byteOf(text.charAt(p + 1));
    if (b1 < lo || b1 > hi) {
      return 0;
    }
    for (int k = 2; k <= need; k++) {
      if (!continuation(byteOf(text.charAt(p + k)))) {
        return 0;
      }
    }
    return need + 1;
  }

  /**
   * Length of a three- or four-byte lead followed by fewer continuation bytes than it needs, or 0.
   */
  private static int incompleteLength(String text, int p, int to) {
    int b0 = byteOf(text.charAt(p));
    int need = b0 >= 0xE2 && b0 <= 0xEF ? 2 : b0 >= 0xF0 && b0 <= 0xF4 ? 3 : 0;
    if (need == 0) {
      return 0;
    }
    int k = 1;
    while (k <= need && p + k < to && continuation(byteOf(text.charAt(p + k)))) {
      k++;
    }
    return k > 1 && k <= need ? k : 0;
  }

  /** Re-decodes a misdecoded run, repeating while the result is itself wholly misdecoded. */
  static String repair(String run) {
    String s = decode(run);
    for (int round = 0; round < 2 && s != null; round++) {
      List<Hit> again = find(s);
      if (again.size() != 1
          || again.get(0).kind() != Kind.MISDECODED
          || again.get(0).span().length() != s.length()) {
        break;
      }
      s = again.get(0).repaired();
    }
    return s;
  }

  private static String decode(String run) {
    byte[] bytes = new byte[run.length()];
    for (int i = 0; i < run.length(); i++) {
      bytes[i] = (byte) byteOf(run.charAt(i));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
