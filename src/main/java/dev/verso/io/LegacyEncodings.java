package dev.verso.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Set;

/**
 * Recognises the legacy encodings Chinese text still comes in (GB18030/GBK and Big5, with ICU's
 * statistical {@link CharsetDetector}; UTF-16 without a byte-order mark, by where its NUL bytes
 * are). A guess is only taken when the whole file decodes strictly in the guessed encoding;
 * anything else stays an error.
 */
final class LegacyEncodings {
  private LegacyEncodings() {}

  /** Encodings a file may be read in when it is not UTF-8. */
  private static final Set<String> ACCEPTED = Set.of("GB18030", "Big5");

  /** ICU's confidence (0–100) below which a guess is not taken. */
  private static final int MIN_CONFIDENCE = 10;

  /**
   * The file's text in the legacy encoding ICU recognises, or null.
   *
   * @param utf16Only the file contains NUL bytes: only UTF-16 (recognised by where its NULs are)
   *     fits
   */
  static TextFile.Legacy detect(byte[] bytes, boolean utf16Only) {
    if (utf16Only) {
      // UTF-16 is only taken from its NUL pattern: ICU also guesses UTF-16 for plain ASCII with
      // one damaged byte, and real UTF-16 text has ASCII line ends and spaces, hence NULs
      return utf16ByNulPattern(bytes);
    }
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    CharsetMatch[] all;
    try {
      all = d.detectAll();
    } catch (RuntimeException e) {
      return null;
    }
    for (CharsetMatch m : all) {
      String name = m.getName();
      if (m.getConfidence() < MIN_CONFIDENCE || !ACCEPTED.contains(name)) {
        continue;
      }
      String text = TextFile.strict(Charset.forName(name), bytes, 0, bytes.length);
      if (text != null && text.indexOf('\0') < 0) {
        return new TextFile.Legacy(name, text);
      }
    }
    return null;
  }

  /**
   * UTF-16 without a byte-order mark, recognised by its NUL bytes: ASCII characters (markup,
   * digits, line ends) have a zero high byte, so the zeros sit almost all at odd offsets (LE) or at
   * even offsets (BE).
   */
  private static TextFile.Legacy utf16ByNulPattern(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    int even = 0;
    int odd = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    Charset cs;
    if (odd > 0 && even * 20 <= odd) {
      cs = java.nio.charset.StandardCharsets.UTF_16LE;
    } else if (even > 0 && odd * 20 <= even) {
      cs = java.nio.charset.StandardCharsets.UTF_16BE;
    } else {
      return null;
    }
    String text = TextFile.strict(cs, bytes, 0, bytes.length);
    if (text == null || text.indexOf('\0') >= 0) {
      return null;
    }
    return new TextFile.Legacy(cs.name(), text);
  }

  /**
   * Whether most of the non-ASCII bytes form valid UTF-8 sequences, or only a few bytes are
   * invalid: such a file is UTF-8 with damaged bytes, not a legacy encoding, and its damaged lines
   * are reported rather than guessed.
   */
  static boolean mostlyUtf8(byte[] b, int from) {
    int valid = 0;
    int invalid = 0;
    int i = from;
    while (i < b.length) {
      int n = TextFile.utf8Length(b, i, b.length);
      if (n == 0) {
        invalid++;
        i++;
      } else {
        if (n > 1) {
          valid++;
        }
        i += n;
      }
    }
    return valid >= 4 * invalid || invalid <= 3;
  }
}
