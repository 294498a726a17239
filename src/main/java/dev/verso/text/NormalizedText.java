package dev.verso.text;

import dev.verso.model.Span;

/**
 * A normalised copy of a raw text with an offset map back into the raw text, in the manner of
 * Lucene's {@code CharFilter.correctOffset}: every position of {@link #text()} maps to a position
 * of {@link #raw()}, so spans found in the normalised text can be reported against the raw text.
 */
public final class NormalizedText {
  private final String raw;
  private final String text;
  // rawStart[i] = raw offset of the first raw unit behind normalised unit i; rawEnd[i] = end of it.
  private final int[] rawStart;
  private final int[] rawEnd;

  NormalizedText(String raw, String text, int[] rawStart, int[] rawEnd) {
    this.raw = raw;
    this.text = text;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
  }

  /** The text as given. */
  public String raw() {
    return raw;
  }

  /** The normalised text. */
  public String text() {
    return text;
  }

  /** The raw offset for a normalised start offset ({@code 0 <= offset <= text().length()}). */
  public int correctStart(int offset) {
    return offset >= text.length() ? raw.length() : rawStart[offset];
  }

  /** The raw offset for a normalised end offset ({@code 0 <= offset <= text().length()}). */
  public int correctEnd(int offset) {
    if (offset <= 0) {
      return text.isEmpty() ? 0 : rawStart[0];
    }
    return rawEnd[offset - 1];
  }

  /** The raw span behind the normalised range {@code [start, end)}. */
  public Span toRaw(int start, int end) {
    if (start == end) {
      int p = correctStart(start);
      return new Span(p, p);
    }
    return new Span(correctStart(start), correctEnd(end));
  }
}
