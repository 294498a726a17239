package dev.verso.metric.reference.tokenize;

/** A sacreBLEU-compatible BLEU tokenizer: turns one line into space-separated tokens. */
public interface Tokenizer {

  /** The tokenized line (tokens separated by single spaces, or raw text for {@code none}). */
  String tokenize(String line);

  /** The name used in signatures and on the command line, e.g. {@code 13a}. */
  String signature();

  /**
   * The tokenizer named {@code name} ({@code 13a}, {@code zh}, {@code intl}, {@code char}, {@code
   * none}).
   */
  static Tokenizer byName(String name) {
    switch (name) {
      case "13a":
        return new Tokenizer13a();
      case "zh":
        return new TokenizerZh();
      case "intl":
        return new TokenizerIntl();
      case "char":
        return new TokenizerChar();
      case "none":
        return new TokenizerNone();
      default:
        throw new IllegalArgumentException(
            "unknown tokenizer '" + name + "' (known: 13a, zh, intl, char, none)");
    }
  }
}
