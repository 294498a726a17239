package dev.verso.text.en;

import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.IsoDates;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the number-like anchors of {@link EnglishAnchors} at one token: ISO dates, clock times,
 * month dates, ordinals, and cardinals with their scale, as percentages, money, years or plain
 * numbers. One reader serves one text and marks the tokens its anchors use.
 */
final class EnglishNumberAnchors {
  private static final Pattern NUM = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Pattern ORD =
      Pattern.compile("(\\d+)(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLOCK =
      Pattern.compile("([01]?\\d|2[0-4]):([0-5]\\d)(?::[0-5]\\d)?");

  private static final Map<String, Integer> WORD_NUMBERS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("thousand", 1000),
          Map.entry("dozen", 12));

  private static final Map<String, Integer> WORD_ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30),
          Map.entry("fortieth", 40),
          Map.entry("fiftieth", 50),
          Map.entry("hundredth", 100));

  private static final Map<String, Long> SCALES =
      Map.of(
          "hundred",
          100L,
          "thousand",
          1000L,
          "million",
          1_000_000L,
          "billion",
          1_000_000_000L,
          "trillion",
          1_000_000_000_000L,
          "mln",
          1_000_000L,
          "bn",
          1_000_000_000L);

  /** Month names and abbreviations with their numbers (also read by the name finder). */
  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  private static final Map<String, String> CURRENCY_BEFORE =
      Map.of(
          "$", "USD", "us$", "USD", "usd", "USD", "rmb", "CNY", "¥", "CNY", "cny", "CNY", "€",
          "EUR", "£", "GBP", "hk$", "HKD", "eur", "EUR");
  private static final Map<String, String> CURRENCY_AFTER =
      Map.ofEntries(
          Map.entry("yuan", "CNY"),
          Map.entry("rmb", "CNY"),
          Map.entry("renminbi", "CNY"),
          Map.entry("dollars", "USD"),
          Map.entry("dollar", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("euros", "EUR"),
          Map.entry("euro", "EUR"),
          Map.entry("pounds", "GBP"),
          Map.entry("yen", "JPY"),
          Map.entry("cny", "CNY"),
          Map.entry("rubles", "RUB"));

  private final String text;
  private final List<int[]> tokens;
  private final String[] w;
  private final String[] lw;
  private final List<Anchor> out;
  private final boolean[] used;

  /**
   * A reader of {@code text} with its token ranges, their surfaces {@code w} and lower-case forms
   * {@code lw}, adding to {@code out} and marking {@code used}.
   */
  EnglishNumberAnchors(
      String text, List<int[]> tokens, String[] w, String[] lw, List<Anchor> out, boolean[] used) {
    this.text = text;
    this.tokens = tokens;
    this.w = w;
    this.lw = lw;
    this.out = out;
    this.used = used;
  }

  /**
   * Reads a number-like expression at {@code i}; returns the token index after it, or {@code i}.
   */
  int read(int i) {
    // every pattern below that reads digits needs the token to start with one: most tokens are
    // words, and skipping the matchers for them halves the cost of anchor extraction
    boolean digit = startsWithDigit(w[i]);
    if (digit) {
      int end = isoDateOrClock(i);
      if (end > i) {
        return end;
      }
    }
    // Month [day][,] [year]
    String mkey = monthKey(lw[i]);
    if (MONTHS.containsKey(mkey) && Character.isUpperCase(w[i].charAt(0))) {
      return monthFirst(i, mkey);
    }
    if (digit) {
      int end = dayMonth(i);
      if (end > i) {
        return end;
      }
    }
    int end = ordinal(i, digit);
    return end > i ? end : amount(i);
  }

  /**
   * Adds an anchor over tokens {@code from} to {@code to}, marks them used and returns {@code to}.
   */
  private int add(AnchorType type, int from, int to, String value) {
    out.add(EnglishAnchors.anchor(text, tokens, type, from, to, value));
    mark(used, from, to);
    return to;
  }

  /** An ISO date, or a clock time with an optional am/pm, at digit token {@code i}. */
  private int isoDateOrClock(int i) {
    int n = w.length;
    var iso = IsoDates.DIGITS.matcher(w[i]);
    String date = iso.matches() ? IsoDates.ofDigits(iso) : null; // 2023-02-11, 2023/2/11
    if (date != null) {
      return add(AnchorType.DATE, i, i + 1, date);
    }
    var clock = CLOCK.matcher(w[i]);
    if (clock.matches()) {
      int end = i + 1;
      int h = Integer.parseInt(clock.group(1));
      if (end < n && (lw[end].equals("p.m.") || lw[end].equals("pm")) && h < 12) {
        h += 12;
        end++;
      } else if (end < n && (lw[end].equals("a.m.") || lw[end].equals("am"))) {
        end++;
      }
      return add(AnchorType.TIME, i, end, two(h) + ":" + clock.group(2));
    }
    return i;
  }

  /** A month name without its abbreviation dot. */
  static String monthKey(String lw) {
    return lw.endsWith(".") ? lw.substring(0, lw.length() - 1) : lw;
  }

  /**
   * Month [day][,] [year] at capitalised month token {@code i}; a lone month name only when it is
   * not May or March and longer than an abbreviation.
   */
  private int monthFirst(int i, String mkey) {
    int n = w.length;
    int month = MONTHS.get(mkey);
    int j = i + 1;
    int day = 0;
    int year = 0;
    if (j < n && NUM.matcher(w[j]).matches() && isInt(w[j], 1, 31)) {
      day = Integer.parseInt(w[j]);
      j++;
      int k = j < n && w[j].equals(",") ? j + 1 : j;
      if (k < n && isYearToken(w[k])) {
        year = Integer.parseInt(w[k]);
        j = k + 1;
      }
    } else if (j < n && (ORD.matcher(w[j]).matches()) && isInt(w[j].replaceAll("\\D", ""), 1, 31)) {
      day = Integer.parseInt(w[j].replaceAll("\\D", ""));
      j++;
    } else if (j < n && isYearToken(w[j])) {
      year = Integer.parseInt(w[j]);
      j++;
    }
    if (day > 0 || year > 0) {
      String v =
          (year > 0 ? Integer.toString(year) : "-")
              + "-"
              + two(month)
              + (day > 0 ? "-" + two(day) : "");
      if (year == 0) {
        v = "--" + two(month) + (day > 0 ? "-" + two(day) : "");
      }
      return add(AnchorType.DATE, i, j, v);
    }
    if (!mkey.equals("may") && !mkey.equals("march") && w[i].length() > 3) {
      return add(AnchorType.DATE, i, i + 1, "--" + two(month));
    }
    return i;
  }

  /** day Month [year] at digit token {@code i}. */
  private int dayMonth(int i) {
    int n = w.length;
    if (NUM.matcher(w[i]).matches() && isInt(w[i], 1, 31) && i + 1 < n) {
      String m2 = monthKey(lw[i + 1]);
      if (MONTHS.containsKey(m2) && Character.isUpperCase(w[i + 1].charAt(0))) {
        int day = Integer.parseInt(w[i]);
        int j = i + 2;
        String v = "--" + two(MONTHS.get(m2)) + "-" + two(day);
        if (j < n && isYearToken(w[j])) {
          v = w[j] + "-" + two(MONTHS.get(m2)) + "-" + two(day);
          j++;
        }
        return add(AnchorType.DATE, i, j, v);
      }
    }
    return i;
  }

  /** An ordinal in digits (at a digit token) or in words. */
  private int ordinal(int i, boolean digit) {
    var ord = digit ? ORD.matcher(w[i]) : null;
    if (ord != null && ord.matches()) {
      return add(AnchorType.ORDINAL, i, i + 1, ord.group(1));
    }
    Integer wo = wordOrdinal(lw[i]);
    if (wo != null) {
      return add(AnchorType.ORDINAL, i, i + 1, Integer.toString(wo));
    }
    return i;
  }

  /**
   * A cardinal in digits or words with its scale words, read as a percentage, money (currency
   * before or after), a year, or a plain number.
   */
  private int amount(int i) {
    int n = w.length;
    int start = i;
    String cur = null;
    String tok = w[i];
    String ltok = lw[i];
    if (CURRENCY_BEFORE.containsKey(ltok) && i + 1 < n && NUM.matcher(w[i + 1]).matches()) {
      cur = CURRENCY_BEFORE.get(ltok);
      i++;
      tok = w[i];
    } else if (tok.length() > 1 && !startsWithDigit(tok)) {
      String prefix = currencyPrefix(ltok);
      if (prefix != null) {
        cur = CURRENCY_BEFORE.get(prefix);
        tok = tok.substring(prefix.length());
      }
    }
    BigDecimal v = null;
    boolean isWord = false;
    if (cur == null
        && tok.length() > 1
        && tok.endsWith("%")
        && NUM.matcher(tok.substring(0, tok.length() - 1)).matches()) {
      // the tokeniser keeps "97%" whole in some contexts
      return add(
          AnchorType.PERCENT,
          start,
          i + 1,
          canonical(new BigDecimal(tok.substring(0, tok.length() - 1).replace(",", ""))));
    }
    if (startsWithDigit(tok) && NUM.matcher(tok).matches()) {
      v = new BigDecimal(tok.replace(",", ""));
    } else {
      Integer wn = wordNumber(lw[i]);
      if (wn != null) {
        v = BigDecimal.valueOf(wn);
        isWord = true;
      }
    }
    if (v == null) {
      return start;
    }
    int j = i + 1;
    while (j < n && SCALES.containsKey(lw[j]) && EnglishAnchors.adjacentSpace(tokens, j - 1, j)) {
      v = v.multiply(BigDecimal.valueOf(SCALES.get(lw[j])));
      j++;
    }
    if (j < n && (w[j].equals("%") || lw[j].equals("percent") || lw[j].equals("pct"))) {
      return add(AnchorType.PERCENT, start, j + 1, canonical(v));
    }
    if (j + 1 < n && lw[j].equals("per") && lw[j + 1].equals("cent")) {
      return add(AnchorType.PERCENT, start, j + 2, canonical(v));
    }
    if (cur == null && j < n && CURRENCY_AFTER.containsKey(lw[j])) {
      cur = CURRENCY_AFTER.get(lw[j]);
      j++;
    }
    if (cur != null) {
      return add(AnchorType.MONEY, start, j, canonical(v) + " " + cur);
    }
    if (!isWord && j == i + 1 && isYearToken(tok)) {
      return add(AnchorType.DATE, start, j, tok);
    }
    return add(AnchorType.NUMBER, start, j, canonical(v));
  }

  /**
   * The key of {@link #CURRENCY_BEFORE} glued to the number that {@code ltok} ends with ($5,
   * US$94.57, RMB300), or null.
   */
  private static String currencyPrefix(String ltok) {
    if (!Character.isDigit(ltok.charAt(ltok.length() - 1))) {
      return null; // most tokens are words: no number at their end
    }
    for (int k = 1; k <= 3 && k < ltok.length(); k++) {
      String prefix = ltok.substring(0, k);
      if (CURRENCY_BEFORE.containsKey(prefix) && NUM.matcher(ltok.substring(k)).matches()) {
        return prefix;
      }
    }
    return null;
  }

  /** A number word, or a hyphenated compound such as twenty-one. */
  static Integer wordNumber(String lw) {
    return compound(lw, WORD_NUMBERS);
  }

  /** An ordinal word, or a hyphenated compound such as twenty-first. */
  static Integer wordOrdinal(String lw) {
    return compound(lw, WORD_ORDINALS);
  }

  /**
   * The value of {@code lw} in {@code words}, or of tens-hyphen-unit where the tens are a number
   * word (twenty to ninety) and the unit below ten is in {@code words}; null otherwise.
   */
  private static Integer compound(String lw, Map<String, Integer> words) {
    Integer v = words.get(lw);
    if (v != null) {
      return v;
    }
    int dash = lw.indexOf('-');
    if (dash > 0) {
      Integer tens = WORD_NUMBERS.get(lw.substring(0, dash));
      Integer ones = words.get(lw.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int k = from; k < to && k < used.length; k++) {
      used[k] = true;
    }
  }

  private static boolean startsWithDigit(String t) {
    return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
  }

  private static boolean isYearToken(String t) {
    return t.length() == 4 && NUM.matcher(t).matches() && isInt(t, 1800, 2100);
  }

  private static boolean isInt(String t, int lo, int hi) {
    if (t.isEmpty() || t.length() > 9) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    int v = Integer.parseInt(t);
    return v >= lo && v <= hi;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }
}
