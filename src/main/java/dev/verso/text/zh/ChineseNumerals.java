package dev.verso.text.zh;

import java.math.BigDecimal;

/**
 * Parses numbers written with Chinese numerals, Arabic digits or a mix ({@code 4.5万}, {@code
 * 两千零二十三}, {@code 二〇二三}).
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The digit value of a Chinese numeral character, or -1. */
  public static int digit(char c) {
    switch (c) {
      case '零':
      case '〇':
      case '○':
        return 0;
      case '一':
      case '壹':
        return 1;
      case '二':
      case '两':
      case '贰':
      case '兩':
        return 2;
      case '三':
      case '叁':
        return 3;
      case '四':
      case '肆':
        return 4;
      case '五':
      case '伍':
        return 5;
      case '六':
      case '陆':
      case '陸':
        return 6;
      case '七':
      case '柒':
        return 7;
      case '八':
      case '捌':
        return 8;
      case '九':
      case '玖':
        return 9;
      default:
        return -1;
    }
  }

  /** The multiplier of a unit character (十 百 千 万 亿), or 0. */
  public static long unit(char c) {
    switch (c) {
      case '十':
      case '拾':
        return 10;
      case '百':
      case '佰':
        return 100;
      case '千':
      case '仟':
        return 1000;
      case '万':
      case '萬':
        return 10_000;
      case '亿':
      case '億':
        return 100_000_000;
      default:
        return 0;
    }
  }

  /** True for characters that can be part of a Chinese numeral. */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /** True for an ASCII digit. */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The value of {@code s}, or null when it is not a number. Accepts Arabic numbers with thousands
   * separators and decimals, Chinese numerals with units, digit-by-digit Chinese numerals, and
   * Arabic numbers followed by Chinese units.
   */
  public static BigDecimal parse(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    int i = 0;
    BigDecimal lead = null;
    if (isAsciiDigit(s.charAt(0))) {
      Arabic a = arabicPrefix(s);
      if (a.end() == s.length()) {
        return a.value();
      }
      lead = a.value();
      i = a.end();
    } else {
      BigDecimal d = digitByDigit(s);
      if (d != null) {
        return d;
      }
    }
    return withUnits(s, i, lead);
  }

  /** An Arabic number at the start of a text: its value and the offset just past it. */
  record Arabic(BigDecimal value, int end) {}

  /**
   * The Arabic number {@code s} starts with (it starts with an ASCII digit): digits, thousands
   * separators and one decimal point, each comma and point followed by a digit.
   */
  static Arabic arabicPrefix(String s) {
    int n = s.length();
    int j = 0;
    StringBuilder b = new StringBuilder();
    while (j < n) {
      char c = s.charAt(j);
      if (isAsciiDigit(c)) {
        b.append(c);
      } else if (c == '.' && j + 1 < n && isAsciiDigit(s.charAt(j + 1)) && b.indexOf(".") < 0) {
        b.append('.');
      } else if (c == ',' && j + 1 < n && isAsciiDigit(s.charAt(j + 1))) {
        // thousands separator
      } else {
        break;
      }
      j++;
    }
    return new Arabic(new BigDecimal(b.toString()), j);
  }

  /**
   * The value of a number written digit by digit (二〇二三): only digits, no units, more than one
   * digit, no 两; else null.
   */
  static BigDecimal digitByDigit(String s) {
    int n = s.length();
    for (int k = 0; k < n; k++) {
      if (digit(s.charAt(k)) < 0) {
        return null;
      }
    }
    if (n <= 1 || s.indexOf('两') >= 0) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append((char) ('0' + digit(s.charAt(k))));
    }
    return new BigDecimal(b.toString());
  }

  /**
   * The value of the Chinese numeral with units (两千零二十三, 4.5万) from offset {@code i} of {@code s},
   * after an Arabic {@code lead} (or null): digits set the pending number, 十 百 千 multiply it into
   * the section, 万 the section into the total and 亿 everything so far. Null when a character is no
   * numeral or nothing was read.
   */
  static BigDecimal withUnits(String s, int i, BigDecimal lead) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal num = lead == null ? BigDecimal.ZERO : lead;
    boolean any = lead != null;
    for (int k = i; k < s.length(); k++) {
      char c = s.charAt(k);
      int d = digit(c);
      long u = unit(c);
      if (d >= 0) {
        num = BigDecimal.valueOf(d);
        any = true;
      } else if (u == 10 || u == 100 || u == 1000) {
        if (num.signum() == 0) {
          num = BigDecimal.ONE;
        }
        section = section.add(num.multiply(BigDecimal.valueOf(u)));
        num = BigDecimal.ZERO;
        any = true;
      } else if (u == 10_000) {
        BigDecimal sec = section.add(num);
        if (sec.signum() == 0) {
          sec = BigDecimal.ONE;
        }
        total = total.add(sec.multiply(BigDecimal.valueOf(u)));
        section = BigDecimal.ZERO;
        num = BigDecimal.ZERO;
        any = true;
      } else if (u == 100_000_000) {
        BigDecimal all = total.add(section).add(num);
        if (all.signum() == 0) {
          all = BigDecimal.ONE;
        }
        total = all.multiply(BigDecimal.valueOf(u));
        section = BigDecimal.ZERO;
        num = BigDecimal.ZERO;
        any = true;
      } else {
        return null;
      }
    }
    return any ? total.add(section).add(num) : null;
  }

  /** The canonical decimal string of a number ({@code 4000}, {@code 4.5}). */
  public static String canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }
}
