package dev.verso.model;

import java.util.Arrays;

/** Derives 1-based line and column numbers from UTF-16 offsets of one text (lines end at '\n'). */
public final class LineMap {
  private final int[] lineStarts;

  public LineMap(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    lineStarts = Arrays.copyOf(starts, n);
  }

  /** 1-based line of the offset. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** 1-based column (in UTF-16 units) of the offset. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }
}
