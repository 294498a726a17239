package dev.verso.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A box-drawn table in the layout of Python tabulate's {@code fancy_grid} as sacreBLEU prints it:
 * the first column right-aligned, the others centred, multi-line cells, one padding space per side
 * and two extra characters of room around each header.
 */
public final class FancyGrid {
  private FancyGrid() {}

  /** The table (no trailing newline). {@code rows} hold cells that may contain {@code \n}. */
  public static String render(List<String> headers, List<List<String>> rows) {
    int cols = headers.size();
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = headers.get(c).codePointCount(0, headers.get(c).length()) + 2;
      for (List<String> row : rows) {
        for (String line : row.get(c).split("\n", -1)) {
          width[c] = Math.max(width[c], len(line));
        }
      }
    }
    StringBuilder b = new StringBuilder();
    rule(b, width, '╒', '═', '╤', '╕');
    line(b, width, headers);
    rule(b, width, '╞', '═', '╪', '╡');
    for (int r = 0; r < rows.size(); r++) {
      List<String[]> cells = new ArrayList<>();
      int height = 1;
      for (String cell : rows.get(r)) {
        String[] lines = cell.split("\n", -1);
        cells.add(lines);
        height = Math.max(height, lines.length);
      }
      for (int h = 0; h < height; h++) {
        List<String> parts = new ArrayList<>();
        for (String[] lines : cells) {
          parts.add(h < lines.length ? lines[h] : "");
        }
        line(b, width, parts);
      }
      if (r + 1 < rows.size()) {
        rule(b, width, '├', '─', '┼', '┤');
      }
    }
    rule(b, width, '╘', '═', '╧', '╛');
    b.setLength(b.length() - 1);
    return b.toString();
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  private static void rule(
      StringBuilder b, int[] width, char left, char fill, char mid, char right) {
    b.append(left);
    for (int c = 0; c < width.length; c++) {
      if (c > 0) {
        b.append(mid);
      }
      b.append(String.valueOf(fill).repeat(width[c] + 2));
    }
    b.append(right).append('\n');
  }

  private static void line(StringBuilder b, int[] width, List<String> cells) {
    b.append('│');
    for (int c = 0; c < width.length; c++) {
      String s = cells.get(c);
      int pad = width[c] - len(s);
      String cell;
      if (c == 0) {
        cell = " ".repeat(pad) + s;
      } else {
        int left = pad / 2;
        cell = " ".repeat(left) + s + " ".repeat(pad - left);
      }
      b.append(' ').append(cell).append(' ').append('│');
    }
    b.append('\n');
  }
}
