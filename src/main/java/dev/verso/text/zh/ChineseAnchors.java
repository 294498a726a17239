package dev.verso.text.zh;

import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.lexicon.Cedict;
import dev.verso.text.zh.ChineseSegmenter.ZhToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds anchors in segmented Chinese text: numbers read in context (年 月 日 届 大 中全会 第 % 元), parts of
 * the day, person names with pinyin, Latin words and acronyms, and organisation names ending in an
 * organisational suffix. Spans are in normalised offsets. Stateless.
 */
public final class ChineseAnchors {
  private ChineseAnchors() {}

  static final Map<String, String> PARTS_OF_DAY =
      Map.of(
          "上午",
          "morning",
          "早上",
          "morning",
          "清晨",
          "morning",
          "凌晨",
          "early morning",
          "中午",
          "noon",
          "下午",
          "afternoon",
          "傍晚",
          "evening",
          "晚上",
          "evening",
          "晚间",
          "evening",
          "夜间",
          "night");

  static final Map<String, String> CURRENCIES =
      Map.of(
          "元", "CNY", "人民币", "CNY", "块", "CNY", "美元", "USD", "欧元", "EUR", "日元", "JPY", "英镑", "GBP",
          "港元", "HKD", "港币", "HKD", "卢布", "RUB");

  /** Suffixes that end organisation names. */
  static final List<String> ORG_SUFFIXES =
      List.of(
          "委员会", "联合会", "协会", "中心", "办公室", "办公厅", "部", "司", "局", "厅", "署", "院", "所", "委", "会", "处",
          "集团", "公司", "银行", "大学", "学院", "基金会", "联盟", "支部", "党委", "组织部", "政府", "法院", "检察院", "研究院",
          "研究所", "科");

  /** Words that never belong inside an organisation name. */
  static final Set<String> ORG_BREAKERS =
      Set.of(
          "的", "与", "和", "及", "同", "跟", "在", "为", "由", "对", "向", "从", "将", "把", "被", "是", "了", "等",
          "并", "也", "到", "于", "以及", "或", "其", "这", "那", "各", "该", "我", "我们", "他", "他们", "她");

  /** Anchors of {@code text} given its tokens. */
  public static List<Anchor> extract(String text, List<ZhToken> segmented, Cedict cedict) {
    List<Anchor> out = new ArrayList<>();
    List<ZhToken> tokens = splitNumeralsInTerms(text, segmented, cedict);
    for (int i = 0; i < tokens.size(); i++) {
      ZhToken t = tokens.get(i);
      String w = text.substring(t.start(), t.end());
      if (t.kind() == Token.Kind.NUMBER) {
        i = number(text, tokens, i, out);
      } else if (t.name()) {
        String latin = Pinyin.name(w);
        out.add(
            new Anchor(
                AnchorType.PERSON, new Span(t.start(), t.end()), w, Pinyin.key(latin), latin));
      } else if (t.kind() == Token.Kind.LATIN) {
        i = latin(text, tokens, i, out);
      } else if (PARTS_OF_DAY.containsKey(w)) {
        out.add(new Anchor(AnchorType.TIME, new Span(t.start(), t.end()), w, PARTS_OF_DAY.get(w)));
      }
    }
    organisations(text, tokens, cedict, out);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /**
   * Glossary terms are whole tokens (党的二十大); for anchors, numerals inside a word the dictionary
   * does not know are read on their own, so 二十大 is still found.
   */
  private static List<ZhToken> splitNumeralsInTerms(
      String text, List<ZhToken> tokens, Cedict cedict) {
    List<ZhToken> out = new ArrayList<>(tokens.size());
    for (ZhToken t : tokens) {
      if (t.kind() != Token.Kind.WORD
          || t.name()
          || t.end() - t.start() < 3
          || cedict.contains(text.substring(t.start(), t.end()))) {
        out.add(t);
        continue;
      }
      int p = t.start();
      int k = t.start();
      while (k < t.end()) {
        if (ChineseNumerals.isNumeralChar(text.charAt(k))) {
          int j = k;
          while (j < t.end() && ChineseNumerals.isNumeralChar(text.charAt(j))) {
            j++;
          }
          if (j - k >= 2 || (j < t.end() && "届大年月日".indexOf(text.charAt(j)) >= 0)) {
            if (k > p) {
              out.add(new ZhToken(p, k, Token.Kind.WORD, false));
            }
            out.add(new ZhToken(k, j, Token.Kind.NUMBER, false));
            p = j;
          }
          k = j;
        } else {
          k++;
        }
      }
      if (p < t.end()) {
        out.add(new ZhToken(p, t.end(), Token.Kind.WORD, false));
      }
    }
    return out;
  }

  private static boolean startsAt(String text, int pos, String s) {
    return text.startsWith(s, pos);
  }

  private static boolean endsAt(String text, int pos, String s) {
    return pos >= s.length() && text.startsWith(s, pos - s.length());
  }

  private static int number(String text, List<ZhToken> tokens, int i, List<Anchor> out) {
    ZhToken t = tokens.get(i);
    String w = text.substring(t.start(), t.end());
    BigDecimal v = ChineseNumerals.parse(w);
    if (v == null) {
      return i;
    }
    String val = ChineseNumerals.canonical(v);
    int s = t.start();
    int e = t.end();
    // dates: [year年][month月][day日/号]
    if (startsAt(text, e, "年") && isYear(w, v)) {
      String date = val;
      int end = e + 1;
      int j = tokenAt(tokens, i + 1, end);
      int[] md = j < 0 ? null : monthDay(text, tokens, j, end);
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
    // ordinals
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
    // percentages
    if (startsAt(text, e, "%") || startsAt(text, e, "‰")) {
      out.add(new Anchor(AnchorType.PERCENT, new Span(s, e + 1), text.substring(s, e + 1), val));
      return i;
    }
    if (endsAt(text, s, "百分之")) {
      out.add(new Anchor(AnchorType.PERCENT, new Span(s - 3, e), text.substring(s - 3, e), val));
      return i;
    }
    // money
    for (Map.Entry<String, String> c : CURRENCIES.entrySet()) {
      if (startsAt(text, e, c.getKey())) {
        int end = e + c.getKey().length();
        out.add(
            new Anchor(
                AnchorType.MONEY,
                new Span(s, end),
                text.substring(s, end),
                val + " " + c.getValue()));
        return i;
      }
    }
    if (endsAt(text, s, "人民币")) {
      out.add(
          new Anchor(AnchorType.MONEY, new Span(s - 3, e), text.substring(s - 3, e), val + " CNY"));
      return i;
    }
    // clock time: 15时30分, 9点
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
    if (w.equals("一")) {
      return i; // too frequent as an article-like word to be a fact
    }
    out.add(new Anchor(AnchorType.NUMBER, new Span(s, e), w, val));
    return i;
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
    if (mv == null || !isInt(mv, 1, 12) || !startsAt(text, m.end(), "月")) {
      return null;
    }
    int end = m.end() + 1;
    int day = 0;
    int next = tokenAt(tokens, j + 1, end);
    if (next >= 0 && tokens.get(next).kind() == Token.Kind.NUMBER) {
      ZhToken d = tokens.get(next);
      BigDecimal dv = ChineseNumerals.parse(text.substring(d.start(), d.end()));
      if (dv != null
          && isInt(dv, 1, 31)
          && (startsAt(text, d.end(), "日") || startsAt(text, d.end(), "号"))) {
        day = dv.intValue();
        end = d.end() + 1;
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

  /** Latin runs: acronyms, or words (joined across single spaces) as one LATIN anchor. */
  private static int latin(String text, List<ZhToken> tokens, int i, List<Anchor> out) {
    ZhToken t = tokens.get(i);
    String w = text.substring(t.start(), t.end());
    if (dev.verso.text.en.EnglishAnchors.isAcronym(w)) {
      out.add(
          new Anchor(
              AnchorType.ACRONYM,
              new Span(t.start(), t.end()),
              w,
              dev.verso.text.en.EnglishAnchors.acronymKey(w)));
      return i;
    }
    int j = i;
    while (j + 1 < tokens.size()) {
      ZhToken nx = tokens.get(j + 1);
      String nw = text.substring(nx.start(), nx.end());
      if (nx.kind() != Token.Kind.LATIN
          || dev.verso.text.en.EnglishAnchors.isAcronym(nw)
          || nx.start() - tokens.get(j).end() > 1
          || (nx.start() > tokens.get(j).end() && text.charAt(tokens.get(j).end()) != ' ')) {
        break;
      }
      j++;
    }
    int end = tokens.get(j).end();
    String phrase = text.substring(t.start(), end);
    out.add(
        new Anchor(
            AnchorType.LATIN, new Span(t.start(), end), phrase, phrase.toLowerCase(Locale.ROOT)));
    return j;
  }

  private static void organisations(
      String text, List<ZhToken> tokens, Cedict cedict, List<Anchor> out) {
    int n = tokens.size();
    boolean[] part = new boolean[n];
    boolean[] suffix = new boolean[n];
    for (int k = 0; k < n; k++) {
      ZhToken t = tokens.get(k);
      String w = text.substring(t.start(), t.end());
      part[k] = orgPart(text, t, w, cedict);
      suffix[k] = part[k] && endsWithSuffix(w);
    }
    int i = 0;
    while (i < tokens.size()) {
      // the longest chain of adjacent content words ending in an organisational suffix
      int best = -1;
      int j = i;
      while (j < tokens.size() && j - i < 10) {
        ZhToken t = tokens.get(j);
        if (j > i && t.start() != tokens.get(j - 1).end()) {
          break;
        }
        if (!part[j]) {
          break;
        }
        if (suffix[j] && (j > i || t.end() - t.start() >= 2)) {
          best = j;
        }
        j++;
      }
      if (best >= 0) {
        int s = tokens.get(i).start();
        int e = tokens.get(best).end();
        String surface = text.substring(s, e);
        out.add(new Anchor(AnchorType.ORGANIZATION, new Span(s, e), surface, surface));
        i = best + 1;
      } else {
        i++;
      }
    }
  }

  private static boolean endsWithSuffix(String w) {
    for (String suf : ORG_SUFFIXES) {
      if (w.endsWith(suf) && !w.equals("会") && !w.equals("所") && !w.equals("处")) {
        return true;
      }
    }
    return false;
  }

  private static boolean orgPart(String text, ZhToken t, String w, Cedict cedict) {
    if (t.kind() == Token.Kind.PUNCT || t.name() || ORG_BREAKERS.contains(w)) {
      return false;
    }
    if (t.kind() == Token.Kind.NUMBER) {
      return t.end() < text.length()
          && (text.charAt(t.end()) == '届' || text.charAt(t.end()) == '中');
    }
    if (t.kind() != Token.Kind.WORD) {
      return t.kind() == Token.Kind.LATIN;
    }
    if (PARTS_OF_DAY.containsKey(w)) {
      return false;
    }
    Boolean cached = NOUN_LIKE.get(w);
    if (cached == null) {
      cached = nounLike(w, cedict);
      if (NOUN_LIKE.size() < 200_000) { // bounded: unseen words are recomputed, never hoarded
        NOUN_LIKE.put(w, cached);
      }
    }
    return cached;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> NOUN_LIKE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * True unless every dictionary sense of {@code w} is a verb ("to ..."); unknown words count as
   * names' parts.
   */
  private static boolean nounLike(String w, Cedict cedict) {
    List<Cedict.Entry> entries = cedict.lookup(w);
    if (entries.isEmpty()) {
      return w.length() == 1 ? endsWithSuffix(w) : true;
    }
    // a word whose every sense is a verb ("to ...") ends the name
    boolean verbOnly = true;
    for (Cedict.Entry e : entries) {
      for (String g : e.glosses()) {
        if (!g.startsWith("to ")
            && !g.startsWith("variant of")
            && !g.startsWith("surname")
            && !g.startsWith("CL:")
            && !g.startsWith("(")) {
          verbOnly = false;
        }
      }
    }
    return !verbOnly;
  }
}
