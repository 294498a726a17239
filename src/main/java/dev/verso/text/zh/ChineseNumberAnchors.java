package dev.verso.text.zh;

import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.IsoDates;
import dev.verso.text.Token;
import dev.verso.text.zh.ChineseSegmenter.ZhToken;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The anchor one Chinese number token makes, read in its context (年 月 日, 第 届 大 中全会, % 百分之, 元 and
 * other currencies, 时 点 分): a date, ordinal, percentage, amount of money, clock time or plain
 * number. Used by {@link ChineseAnchors}.
 */
final class ChineseNumberAnchors {
  static final Map<String, String> CURRENCIES =
      Map.of(
          "元", "CNY", "人民币", "CNY", "块", "CNY", "美元", "USD", "欧元", "EUR", "日元", "JPY", "英镑", "GBP",
          "港元", "HKD", "港币", "HKD", "卢布", "RUB");

  /** 余 and 多 after a number: "more than" (500余万, 3万余人). */
  static final String MORE_THAN = "余多";

  /** What a step returns when the number does not have its context. */
  private static final int NONE = -1;

  private final String text;
  private final List<ZhToken> tokens;
  private final int i;
  private final List<Anchor> out;
  private final String w;
  private final BigDecimal v;
  private final String val;
  private final int s;
  private final int e;

  private ChineseNumberAnchors(
      String text, List<ZhToken> tokens, int i, List<Anchor> out, String w, BigDecimal v) {
    this.text = text;
    this.tokens = tokens;
    this.i = i;
    this.s = tokens.get(i).start();
    this.e = tokens.get(i).end();
    this.out = out;
    this.w = w;
    this.v = v;
    this.val = ChineseNumerals.canonical(v);
  }

  /**
   * Adds the anchor of the number token {@code i} (if it reads as a number) to {@code out}; returns
   * the index of the last token it took.
   */
  static int read(String text, List<ZhToken> tokens, int i, List<Anchor> out) {
    ZhToken t = tokens.get(i);
    String w = text.substring(t.start(), t.end());
    BigDecimal v = ChineseNumerals.parse(w);
    if (v == null) {
      return i;
    }
    return new ChineseNumberAnchors(text, tokens, i, out, w, v).anchor();
  }

  /** Tries the readings in context in turn; a number in no context is a plain number. */
  private int anchor() {
    if (reduplicated(w)) {
      return i; // 千千万万 "thousands upon thousands", 三三两两 "in twos and threes": no count
    }
    for (IntSupplier step :
        List.<IntSupplier>of(
            this::digitDateOrClock,
            this::date,
            this::ordinal,
            this::percent,
            this::money,
            this::clock)) {
      int last = step.getAsInt();
      if (last != NONE) {
        return last;
      }
    }
    if (w.equals("一")) {
      return i; // too frequent as an article-like word to be a fact
    }
    int approx = approximateScale();
    if (approx != NONE) {
      return approx;
    }
    out.add(new Anchor(AnchorType.NUMBER, new Span(s, e), w, val));
    return i;
  }

  /**
   * A number, 余 or 多 "more than", then a scale (500余万 "over 5 million", 20多万 "200,000-odd"): the
   * number times the scale.
   */
  private int approximateScale() {
    if (e + 1 >= text.length() || MORE_THAN.indexOf(text.charAt(e)) < 0) {
      return NONE;
    }
    int end = e + 1;
    BigDecimal scale = BigDecimal.ONE;
    while (end < text.length() && ChineseNumerals.unit(text.charAt(end)) > 0) {
      scale = scale.multiply(BigDecimal.valueOf(ChineseNumerals.unit(text.charAt(end))));
      end++;
    }
    if (end == e + 1) {
      return NONE;
    }
    String amount = ChineseNumerals.canonical(v.multiply(scale));
    int stop = moneyEndingAt(end, amount); // 20多万元 "over 200,000 yuan"
    if (stop >= 0) {
      return firstAfter(tokens, i + 1, stop) - 1;
    }
    out.add(new Anchor(AnchorType.NUMBER, new Span(s, end), text.substring(s, end), amount));
    return firstAfter(tokens, i + 1, end) - 1;
  }

  /**
   * A date or clock time written in ASCII digits as in English: 2023-02-11 (also with / or .) and
   * 13:09 or 13:09:10, so that the translation's copy of it matches as one date or time.
   */
  private int digitDateOrClock() {
    if (s > 0 && ChineseNumerals.isAsciiDigit(text.charAt(s - 1))) {
      return NONE;
    }
    var iso = IsoDates.DIGITS.matcher(text).region(s, text.length());
    String date = iso.lookingAt() ? IsoDates.ofDigits(iso) : null;
    if (date != null) {
      return lastToken(iso.end(), date, AnchorType.DATE);
    }
    var clock = DIGIT_CLOCK.matcher(text).region(s, text.length());
    int hour = clock.lookingAt() ? Integer.parseInt(clock.group(1)) : -1;
    if (hour >= 0 && (hour < 24 || (hour == 24 && clock.group(2).equals("00")))) {
      return lastToken(clock.end(), two(hour) + ":" + clock.group(2), AnchorType.TIME);
    }
    return NONE;
  }

  /** Adds an anchor of {@code type} from this number to {@code end}; returns its last token. */
  private int lastToken(int end, String value, AnchorType type) {
    out.add(new Anchor(type, new Span(s, end), text.substring(s, end), value));
    return firstAfter(tokens, i + 1, end) - 1;
  }

  private static final java.util.regex.Pattern DIGIT_CLOCK =
      java.util.regex.Pattern.compile("(\\d{1,2}):([0-5]\\d)(?::[0-5]\\d)?(?!\\d)");

  /** Dates: [year年][month月][day日/号]. */
  private int date() {
    if (unit(text, e, "年") > 0 && isYear(w, v)) {
      return yearDate();
    }
    int[] md = monthDay(text, tokens, i, s);
    if (md != null) {
      String date = "--" + two(md[0]) + (md[1] > 0 ? "-" + two(md[1]) : "");
      out.add(new Anchor(AnchorType.DATE, new Span(s, md[2]), text.substring(s, md[2]), date));
      return md[3] - 1;
    }
    if ((startsAt(text, e, "日") || startsAt(text, e, "号")) && isInt(v, 1, 31)) {
      out.add(
          new Anchor(
              AnchorType.DATE,
              new Span(s, e + 1),
              text.substring(s, e + 1),
              "---" + two(v.intValue())));
      return i;
    }
    return NONE;
  }

  /** A date that starts with its year, with the month and day that follow if any. */
  private int yearDate() {
    String date = val;
    int end = unit(text, e, "年");
    int j = tokenAt(tokens, i + 1, afterSpace(text, end));
    int[] md = j < 0 ? null : monthDay(text, tokens, j, afterSpace(text, end));
    j = j < 0 ? i + 1 : j;
    if (md != null) {
      date = val + "-" + two(md[0]) + (md[1] > 0 ? "-" + two(md[1]) : "");
      end = md[2];
      j = md[3];
    } else {
      j = firstAfter(tokens, i + 1, end);
    }
    out.add(new Anchor(AnchorType.DATE, new Span(s, end), text.substring(s, end), date));
    return j - 1;
  }

  /** Ordinals: 第N, N届, N中全会, and N大 of a party congress. */
  private int ordinal() {
    if (endsAt(text, s, "第")) {
      int end = e;
      out.add(
          new Anchor(AnchorType.ORDINAL, new Span(s - 1, end), text.substring(s - 1, end), val));
      return i;
    }
    if (startsAt(text, e, "届") || startsAt(text, e, "中全会")) {
      int end = e + (startsAt(text, e, "届") ? 1 : 3);
      out.add(new Anchor(AnchorType.ORDINAL, new Span(s, end), text.substring(s, end), val));
      return i;
    }
    if (startsAt(text, e, "大") && isCongress(text, s, e + 1)) {
      out.add(new Anchor(AnchorType.ORDINAL, new Span(s, e + 1), text.substring(s, e + 1), val));
      return i;
    }
    return NONE;
  }

  /** Percentages: N%, N‰ and 百分之N. */
  private int percent() {
    if (startsAt(text, e, "%") || startsAt(text, e, "‰")) {
      out.add(new Anchor(AnchorType.PERCENT, new Span(s, e + 1), text.substring(s, e + 1), val));
      return i;
    }
    if (endsAt(text, s, "百分之")) {
      out.add(new Anchor(AnchorType.PERCENT, new Span(s - 3, e), text.substring(s - 3, e), val));
      return i;
    }
    return NONE;
  }

  /**
   * Adds a MONEY anchor of {@code amount} from this number to the currency at {@code pos} (元, 美元
   * …); returns the currency's end, or -1 (and adds nothing) when no currency is there.
   */
  private int moneyEndingAt(int pos, String amount) {
    for (Map.Entry<String, String> c : CURRENCIES.entrySet()) {
      if (startsAt(text, pos, c.getKey())) {
        int end = pos + c.getKey().length();
        out.add(
            new Anchor(
                AnchorType.MONEY,
                new Span(s, end),
                text.substring(s, end),
                amount + " " + c.getValue()));
        return end;
      }
    }
    return -1;
  }

  /** Money: N followed by a currency, or 人民币N. */
  private int money() {
    if (moneyEndingAt(e, val) >= 0) {
      return i;
    }
    if (endsAt(text, s, "人民币")) {
      out.add(
          new Anchor(AnchorType.MONEY, new Span(s - 3, e), text.substring(s - 3, e), val + " CNY"));
      return i;
    }
    return NONE;
  }

  /** Clock time: 15时30分, 9点30分, 15时. */
  private int clock() {
    if ((startsAt(text, e, "时") || startsAt(text, e, "点")) && isInt(v, 0, 24)) {
      int end = e + 1;
      int minute = 0;
      int mi = tokenAt(tokens, i + 1, end);
      if (mi >= 0 && tokens.get(mi).kind() == Token.Kind.NUMBER) {
        ZhToken m = tokens.get(mi);
        BigDecimal mv = ChineseNumerals.parse(text.substring(m.start(), m.end()));
        if (mv != null && isInt(mv, 0, 59) && startsAt(text, m.end(), "分")) {
          minute = mv.intValue();
          end = m.end() + 1;
          out.add(
              new Anchor(
                  AnchorType.TIME,
                  new Span(s, end),
                  text.substring(s, end),
                  two(v.intValue()) + ":" + two(minute)));
          return mi;
        }
      }
      if (startsAt(text, e, "时")) {
        out.add(
            new Anchor(
                AnchorType.TIME,
                new Span(s, end),
                text.substring(s, end),
                two(v.intValue()) + ":00"));
        return i;
      }
    }
    return NONE;
  }

  /**
   * True for a numeral idiom of vague quantity: a doubled unit character (千千万万, 万万) or two doubled
   * numerals (三三两两 "in twos and threes"). A year read digit by digit (二〇〇八, 一九九九) repeats digits
   * and stays a number.
   */
  static boolean reduplicated(String w) {
    for (int k = 1; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c == w.charAt(k - 1) && ChineseNumerals.unit(c) > 0) {
        return true;
      }
    }
    return w.length() == 4
        && w.charAt(0) == w.charAt(1)
        && w.charAt(2) == w.charAt(3)
        && w.charAt(0) != w.charAt(2)
        && w.chars().allMatch(ch -> ch > 0x7f);
  }

  /**
   * The position after the unit {@code u} (年, 月, 日) at {@code pos}, one space before it allowed as
   * web text writes it (1990 年3 月); -1 when it is not there.
   */
  private static int unit(String text, int pos, String u) {
    int p = afterSpace(text, pos);
    return text.startsWith(u, p) ? p + u.length() : -1;
  }

  /** {@code pos}, or the position after the one space at {@code pos}. */
  private static int afterSpace(String text, int pos) {
    return pos < text.length() && text.charAt(pos) == ' ' ? pos + 1 : pos;
  }

  private static boolean startsAt(String text, int pos, String s) {
    return text.startsWith(s, pos);
  }

  private static boolean endsAt(String text, int pos, String s) {
    return pos >= s.length() && text.startsWith(s, pos - s.length());
  }

  /**
   * Month and optional day starting at token {@code j} (right at {@code pos}): {month, day or 0,
   * end, next token}.
   */
  private static int[] monthDay(String text, List<ZhToken> tokens, int j, int pos) {
    if (j >= tokens.size()
        || tokens.get(j).start() != pos
        || tokens.get(j).kind() != Token.Kind.NUMBER) {
      return null;
    }
    ZhToken m = tokens.get(j);
    BigDecimal mv = ChineseNumerals.parse(text.substring(m.start(), m.end()));
    if (mv == null || !isInt(mv, 1, 12) || unit(text, m.end(), "月") < 0) {
      return null;
    }
    int end = unit(text, m.end(), "月");
    int day = 0;
    int next = tokenAt(tokens, j + 1, afterSpace(text, end));
    if (next >= 0 && tokens.get(next).kind() == Token.Kind.NUMBER) {
      ZhToken d = tokens.get(next);
      BigDecimal dv = ChineseNumerals.parse(text.substring(d.start(), d.end()));
      int dayEnd = Math.max(unit(text, d.end(), "日"), unit(text, d.end(), "号"));
      if (dv != null && isInt(dv, 1, 31) && dayEnd > 0) {
        day = dv.intValue();
        end = dayEnd;
      }
    }
    int after = tokenAt(tokens, j + 1, end);
    return new int[] {mv.intValue(), day, end, after < 0 ? firstAfter(tokens, j + 1, end) : after};
  }

  /**
   * Index of the token that starts exactly at {@code pos}, searching from {@code from}; -1 if none.
   */
  private static int tokenAt(List<ZhToken> tokens, int from, int pos) {
    for (int k = from; k < tokens.size() && tokens.get(k).start() <= pos; k++) {
      if (tokens.get(k).start() == pos) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the first token starting at or after {@code pos}. */
  private static int firstAfter(List<ZhToken> tokens, int from, int pos) {
    int k = from;
    while (k < tokens.size() && tokens.get(k).start() < pos) {
      k++;
    }
    return k;
  }

  /** True when 大 after a number means a party congress (党的二十大, 二十大精神, 十九大以来). */
  private static boolean isCongress(String text, int numStart, int after) {
    if (endsAt(text, numStart, "的") || endsAt(text, numStart, "党") || endsAt(text, numStart, "第")) {
      return true;
    }
    for (String f :
        List.of("精神", "报告", "代表", "以来", "召开", "开幕", "闭幕", "期间", "会议", "胜利", "主题", "党章", "上")) {
      if (startsAt(text, after, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(String w, BigDecimal v) {
    return v.scale() <= 0 && w.length() == 4 && v.intValue() >= 1000 && v.intValue() <= 2999;
  }

  private static boolean isInt(BigDecimal v, int lo, int hi) {
    return v.stripTrailingZeros().scale() <= 0
        && v.compareTo(BigDecimal.valueOf(lo)) >= 0
        && v.compareTo(BigDecimal.valueOf(hi)) <= 0;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
