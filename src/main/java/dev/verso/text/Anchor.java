package dev.verso.text;

import dev.verso.model.Span;

/**
 * A fact in a text that a translation must keep: a number, date, name, organisation, acronym.
 *
 * @param type what kind of fact
 * @param span where it is in the raw text
 * @param text its surface form in the normalised text
 * @param value the normalised value compared across languages (see {@link AnchorType})
 * @param detail a readable extra, e.g. the pinyin of a Chinese name ({@code Wang Bingnan}); empty
 *     if none
 */
public record Anchor(AnchorType type, Span span, String text, String value, String detail) {

  /** An anchor without detail. */
  public Anchor(AnchorType type, Span span, String text, String value) {
    this(type, span, text, value, "");
  }
}
