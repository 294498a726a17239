package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a number in English text in the forms the anchor extractor leaves alone: digits glued to a
 * word ("closer-40000"), magnitude words ("a billion", "hundreds of billions", "thousands"),
 * "decades" for 数十 and "both"/"pair" for 两.
 */
final class EnglishNumbers {
  /** Runs of characters that are neither letters, digits, points nor commas. */
  private static final Pattern NON_NUMBER_WORD = Pattern.compile("[^\\p{L}\\p{N}.,]+");

  /** The English words for zero to twenty, by value. */
  static final List<String> SMALL =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  private static final String[] SCALE_WORDS = {
    "trillion", "billion", "million", "thousand", "hundred"
  };
  private static final long[] SCALES = {
    1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 100L
  };

  private EnglishNumbers() {}

  /** True when {@code value} (a decimal string) is written in {@code tgt} inside {@code range}. */
  static boolean inTarget(String value, AnalyzedText tgt, Span range) {
    if (range == null) {
      return false;
    }
    BigDecimal v;
    try {
      v = new BigDecimal(value).stripTrailingZeros();
    } catch (NumberFormatException e) {
      return false;
    }
    Set<String> words = new HashSet<>();
    Set<String> decades = new HashSet<>();
    for (Token t : tgt.tokens()) {
      if (t.span().start() >= range.start() && t.span().end() <= range.end()) {
        for (String part : NON_NUMBER_WORD.split(t.text().toLowerCase(Locale.ROOT))) {
          String w = part.replaceAll("[.,]+$", "").replace(",", "");
          if (!w.isEmpty()) {
            words.add(w);
            if (w.endsWith("s") && w.length() > 3) {
              words.add(w.substring(0, w.length() - 1));
            }
            if (w.length() > 2 && w.endsWith("s") && Character.isDigit(w.charAt(0))) {
              decades.add(w.substring(0, w.length() - 1)); // 90s, 1990s
            }
          }
        }
      }
    }
    return written(v, words) || decade(v, decades);
  }

  /** True when {@code v} is a decade (10 to 90) the target writes as one (90年代 ↔ 1990s, 90s). */
  private static boolean decade(BigDecimal v, Set<String> decades) {
    if (decades.isEmpty() || v.scale() > 0) {
      return false;
    }
    int n = v.intValue();
    if (v.compareTo(BigDecimal.valueOf(n)) != 0 || n < 10 || n > 90 || n % 10 != 0) {
      return false;
    }
    for (String century : List.of("", "18", "19", "20")) {
      if (decades.contains(century + n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean written(BigDecimal v, Set<String> words) {
    if (words.contains(v.toPlainString())) {
      return true;
    }
    if (v.scale() > 0 || v.signum() < 0) {
      return false;
    }
    long n;
    try {
      n = v.longValueExact();
    } catch (ArithmeticException e) {
      return false;
    }
    if (n < SMALL.size() && words.contains(SMALL.get((int) n))) {
      return true;
    }
    if (n == 2
        && (words.contains("both")
            || words.contains("pair")
            || words.contains("couple")
            || words.contains("twice")
            || words.contains("double"))) {
      return true;
    }
    if (n == 10 && (words.contains("decade") || words.contains("dozen"))) {
      return true;
    }
    for (int k = 0; k < SCALES.length; k++) {
      if (n >= SCALES[k] && n % SCALES[k] == 0) {
        long m = n / SCALES[k];
        return words.contains(SCALE_WORDS[k]) && (m == 1 || written(BigDecimal.valueOf(m), words));
      }
    }
    return false;
  }
}
