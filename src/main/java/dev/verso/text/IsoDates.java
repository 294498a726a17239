package dev.verso.text;

/**
 * The values of {@link AnchorType#DATE} anchors: ISO 8601 dates with unknown parts left out ({@code
 * 2024-03-05}, {@code 2024-03}, {@code 2024}, {@code --03-05} for a month and day, {@code ---05}
 * for a day alone). One reading of them for every comparison of dates.
 */
public final class IsoDates {
  private IsoDates() {}

  /**
   * A date in digits as both languages write it: year, then month and day of one or two digits,
   * separated by the same - / or . (2023-02-11, 2023/2/11), not followed by another digit. Groups:
   * 1 year, 3 month, 4 day.
   */
  public static final java.util.regex.Pattern DIGITS =
      java.util.regex.Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

  /**
   * The value ({@code 2023-02-11}) of a date {@link #DIGITS} matched, or null when its month or day
   * is out of range (2023-13-45).
   */
  public static String ofDigits(java.util.regex.MatchResult m) {
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(1), month, day);
  }

  /** A date value as {year, month, day}, -1 where unknown; null when it cannot be read. */
  public static int[] parts(String v) {
    int[] p = {-1, -1, -1};
    try {
      if (v.startsWith("---")) {
        p[2] = Integer.parseInt(v.substring(3));
      } else if (v.startsWith("--")) {
        String[] s = v.substring(2).split("-");
        p[1] = Integer.parseInt(s[0]);
        if (s.length > 1) {
          p[2] = Integer.parseInt(s[1]);
        }
      } else {
        String[] s = v.split("-");
        for (int k = 0; k < Math.min(3, s.length); k++) {
          p[k] = Integer.parseInt(s[k]);
        }
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return p;
  }

  /**
   * True when two date values can name the same day: they share at least one known part and no
   * known part differs ("2024-03" and "--03-05" are compatible, "2024" and "2023-03" are not).
   */
  public static boolean compatible(String a, String b) {
    int[] x = parts(a);
    int[] y = parts(b);
    if (x == null || y == null) {
      return false;
    }
    int common = 0;
    for (int k = 0; k < 3; k++) {
      if (x[k] >= 0 && y[k] >= 0) {
        if (x[k] != y[k]) {
          return false;
        }
        common++;
      }
    }
    return common > 0;
  }
}
