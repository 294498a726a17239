package dev.verso.metric.reference.tokenize;

import java.util.regex.Pattern;

/**
 * The mteval-v13a punctuation rules shared by the {@code 13a} and {@code zh} tokenizers: ASCII
 * symbols are separated, periods and commas are separated unless next to an ASCII digit, and a dash
 * after a digit is separated; then whitespace is collapsed (Python's whitespace set).
 */
final class RegexpTokenizer {
  private static final Pattern SYMBOLS = Pattern.compile("([{-~\\[-` -&(-+:-@/])");
  private static final Pattern PERIOD_COMMA_AFTER = Pattern.compile("([^0-9])([.,])");
  private static final Pattern PERIOD_COMMA_BEFORE = Pattern.compile("([.,])([^0-9])");
  private static final Pattern DASH_AFTER_DIGIT = Pattern.compile("([0-9])(-)");

  private RegexpTokenizer() {}

  static String apply(String line) {
    line = SYMBOLS.matcher(line).replaceAll(" $1 ");
    line = PERIOD_COMMA_AFTER.matcher(line).replaceAll("$1 $2 ");
    line = PERIOD_COMMA_BEFORE.matcher(line).replaceAll(" $1 $2");
    line = DASH_AFTER_DIGIT.matcher(line).replaceAll("$1 $2 ");
    return PyStrings.normalizeSpaces(line);
  }
}
