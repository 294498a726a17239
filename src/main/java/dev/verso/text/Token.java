package dev.verso.text;

import dev.verso.model.Span;

/**
 * One token of an analysed text.
 *
 * @param span where the token is in the raw text
 * @param text the token as it reads in the normalised text
 * @param key the matching key: lower-cased and stemmed for English, the word itself for Chinese
 * @param kind what sort of token it is
 */
public record Token(Span span, String text, String key, Kind kind) {

  /** Sorts of tokens. */
  public enum Kind {
    /** A word (Chinese word, English word). */
    WORD,
    /** A number written with digits or Chinese numerals. */
    NUMBER,
    /** A run of Latin letters (and digits) inside Chinese text. */
    LATIN,
    /** Punctuation or a symbol. */
    PUNCT
  }

  /** True for words, numbers and Latin runs; false for punctuation. */
  public boolean isContent() {
    return kind != Kind.PUNCT;
  }
}
