package dev.verso.model;

/**
 * A half-open range {@code [start, end)} in UTF-16 code units of a raw field text (String/JS
 * indices).
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** Number of UTF-16 units covered. */
  public int length() {
    return end - start;
  }

  /** The covered part of {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }

  /** True when this span lies within a text of the given length. */
  public boolean fitsIn(int textLength) {
    return end <= textLength;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
