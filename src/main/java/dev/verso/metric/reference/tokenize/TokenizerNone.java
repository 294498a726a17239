package dev.verso.metric.reference.tokenize;

/** No tokenization: the line is split on whitespace only (for pre-tokenized input). */
public final class TokenizerNone implements Tokenizer {
  @Override
  public String tokenize(String line) {
    return line;
  }

  @Override
  public String signature() {
    return "none";
  }
}
