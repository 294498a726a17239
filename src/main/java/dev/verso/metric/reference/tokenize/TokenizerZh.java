package dev.verso.metric.reference.tokenize;

/**
 * sacreBLEU's {@code zh} tokenizer: every character in its table of CJK ranges becomes a token,
 * then the {@code 13a} punctuation rules apply (without 13a's entity handling and line padding).
 *
 * <p>sacreBLEU's table writes two ranges with five-hex-digit escapes ({@code '\u20000'}, {@code
 * '\u2a6d6'}, {@code '\u2f800'}, {@code '\u2fa1d'}), which Python reads as two-character strings; a
 * single character compared against them falls in U+2001–U+2A6D and U+2F81–U+2FA1. That is what
 * sacreBLEU computes (curly quotes, dashes and ellipses in English text are split off, CJK
 * Extension B is not), so it is reproduced here.
 */
public final class TokenizerZh implements Tokenizer {
  private static final int[][] RANGES = {
    {0x3400, 0x4DB5}, {0x4E00, 0x9FA5}, {0x9FA6, 0x9FBB}, {0xF900, 0xFA2D},
    {0xFA30, 0xFA6A}, {0xFA70, 0xFAD9}, {0x2001, 0x2A6D}, {0x2F81, 0x2FA1},
    {0xFF00, 0xFFEF}, {0x2E80, 0x2EFF}, {0x3000, 0x303F}, {0x31C0, 0x31EF},
    {0x2F00, 0x2FDF}, {0x2FF0, 0x2FFF}, {0x3100, 0x312F}, {0x31A0, 0x31BF},
    {0xFE10, 0xFE1F}, {0xFE30, 0xFE4F}, {0x2600, 0x26FF}, {0x2700, 0x27BF},
    {0x3200, 0x32FF}, {0x3300, 0x33FF}
  };

  /** Whether sacreBLEU's {@code zh} tokenizer isolates code point {@code c}. */
  public static boolean isChineseChar(int c) {
    for (int[] r : RANGES) {
      if (c >= r[0] && c <= r[1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String tokenize(String line) {
    line = PyStrings.strip(line);
    StringBuilder b = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (isChineseChar(c)) {
        b.append(' ').appendCodePoint(c).append(' ');
      } else {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return RegexpTokenizer.apply(b.toString());
  }

  @Override
  public String signature() {
    return "zh";
  }
}
