package dev.verso.metric.reference.tokenize;

import java.util.regex.Pattern;

/**
 * sacreBLEU's {@code intl} tokenizer (mteval-v14 international): Unicode punctuation is split off
 * unless it sits between digits, and every Unicode symbol is split off.
 */
public final class TokenizerIntl implements Tokenizer {
  private static final Pattern PUNCT_AFTER_NON_DIGIT = Pattern.compile("(\\P{N})(\\p{P})");
  private static final Pattern PUNCT_BEFORE_NON_DIGIT = Pattern.compile("(\\p{P})(\\P{N})");
  private static final Pattern SYMBOL = Pattern.compile("(\\p{S})");

  @Override
  public String tokenize(String line) {
    line = PUNCT_AFTER_NON_DIGIT.matcher(line).replaceAll("$1 $2 ");
    line = PUNCT_BEFORE_NON_DIGIT.matcher(line).replaceAll(" $1 $2");
    line = SYMBOL.matcher(line).replaceAll(" $1 ");
    return PyStrings.normalizeSpaces(line);
  }

  @Override
  public String signature() {
    return "intl";
  }
}
