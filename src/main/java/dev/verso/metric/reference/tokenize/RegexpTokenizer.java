package dev.verso.metric.reference.tokenize;

/**
 * The mteval-v13a punctuation rules shared by the {@code 13a} and {@code zh} tokenizers, applied in
 * sacreBLEU's order with the semantics of its four regular-expression substitutions (each a
 * left-to-right, non-overlapping scan), written as plain loops for speed:
 *
 * <ol>
 *   <li>{@code ([\{-\~\[-\` -\&\(-\+\:-\@\/])} → space, symbol, space;
 *   <li>{@code ([^0-9])([\.,])} → the pair with spaces after each (period/comma after a non-digit);
 *   <li>{@code ([\.,])([^0-9])} → space, period/comma, space, next character (before a non-digit);
 *   <li>{@code ([0-9])(-)} → digit, space, dash, space;
 * </ol>
 *
 * then whitespace is collapsed with Python's whitespace set. Only ASCII digits count as digits.
 */
final class RegexpTokenizer {
  private RegexpTokenizer() {}

  static boolean isSymbol(char c) {
    return (c >= 0x7B && c <= 0x7E)
        || (c >= 0x5B && c <= 0x60)
        || (c >= 0x20 && c <= 0x26)
        || (c >= 0x28 && c <= 0x2B)
        || (c >= 0x3A && c <= 0x40)
        || c == 0x2F;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPeriodComma(char c) {
    return c == '.' || c == ',';
  }

  static String apply(String line) {
    // 1. symbols
    StringBuilder a = new StringBuilder(line.length() + 32);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isSymbol(c)) {
        a.append(' ').append(c).append(' ');
      } else {
        a.append(c);
      }
    }
    // 2. ([^0-9])([.,]) -> "\1 \2 "
    StringBuilder b = new StringBuilder(a.length() + 16);
    int n = a.length();
    int i = 0;
    while (i < n) {
      char c = a.charAt(i);
      if (i + 1 < n
          && !isDigit(c)
          && isPeriodComma(a.charAt(i + 1))
          && !Character.isHighSurrogate(c)) {
        b.append(c).append(' ').append(a.charAt(i + 1)).append(' ');
        i += 2;
      } else {
        b.append(c);
        i++;
      }
    }
    // 3. ([.,])([^0-9]) -> " \1 \2"
    StringBuilder d = new StringBuilder(b.length() + 16);
    n = b.length();
    i = 0;
    while (i < n) {
      char c = b.charAt(i);
      if (i + 1 < n && isPeriodComma(c) && !isDigit(b.charAt(i + 1))) {
        char next = b.charAt(i + 1);
        d.append(' ').append(c).append(' ').append(next);
        i += 2;
        if (Character.isHighSurrogate(next) && i < n && Character.isLowSurrogate(b.charAt(i))) {
          d.append(b.charAt(i));
          i++;
        }
      } else {
        d.append(c);
        i++;
      }
    }
    // 4. ([0-9])(-) -> "\1 \2 "
    StringBuilder e = new StringBuilder(d.length() + 8);
    n = d.length();
    i = 0;
    while (i < n) {
      char c = d.charAt(i);
      if (i + 1 < n && isDigit(c) && d.charAt(i + 1) == '-') {
        e.append(c).append(' ').append('-').append(' ');
        i += 2;
      } else {
        e.append(c);
        i++;
      }
    }
    return PyStrings.normalizeSpaces(e.toString());
  }
}
