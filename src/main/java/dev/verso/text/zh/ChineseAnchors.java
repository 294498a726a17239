package dev.verso.text.zh;

import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.lexicon.Cedict;
import dev.verso.text.zh.ChineseSegmenter.ZhToken;
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
      int code = codeEnd(text, tokens, i);
      if (code > i) {
        String phrase = text.substring(t.start(), tokens.get(code).end());
        out.add(
            new Anchor(
                AnchorType.LATIN,
                new Span(t.start(), tokens.get(code).end()),
                phrase,
                phrase.toLowerCase(Locale.ROOT)));
        i = code;
      } else if (t.kind() == Token.Kind.NUMBER) {
        i = ChineseNumberAnchors.read(text, tokens, i, out);
      } else if (t.name() && !approximation(text, tokens, i)) {
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
    return joinCutNumerals(text, out);
  }

  /**
   * A number the segmenter cut after a numeral that it joined to the word before (第二|十届 for 第二十届,
   * 第十|二届): the numerals at the end of that word go to the number.
   */
  private static List<ZhToken> joinCutNumerals(String text, List<ZhToken> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      ZhToken prev = tokens.get(i - 1);
      ZhToken t = tokens.get(i);
      if (t.kind() != Token.Kind.NUMBER
          || prev.kind() != Token.Kind.WORD
          || prev.name()
          || prev.end() != t.start()
          || text.charAt(prev.start()) != '第'
          || !ChineseNumerals.isNumeralChar(text.charAt(t.start()))) {
        continue; // only an ordinal's numeral: 周五|十点 is Friday at ten, not fifty
      }
      int k = prev.end();
      while (k > prev.start() && ChineseNumerals.isNumeralChar(text.charAt(k - 1))) {
        k--;
      }
      if (k == prev.end()
          || k == prev.start()
          || ChineseNumerals.parse(text.substring(k, t.end())) == null) {
        continue; // no numeral at the end, or the word is all numerals (一些 stays a word)
      }
      tokens.set(i - 1, new ZhToken(prev.start(), k, Token.Kind.WORD, false));
      tokens.set(i, new ZhToken(k, t.end(), Token.Kind.NUMBER, false));
    }
    return tokens;
  }

  /**
   * The last token of a code written in ASCII letters and digits without a break (5G, G20, A380),
   * which the segmenter cuts into a number and a Latin word, starting at token {@code i}; {@code i}
   * when there is none. Such a code is one LATIN anchor, not a number; digits followed by a
   * lower-case unit (350km) stay a number.
   */
  private static int codeEnd(String text, List<ZhToken> tokens, int i) {
    ZhToken first = tokens.get(i);
    if (first.kind() == Token.Kind.NUMBER
        && (first.end() >= text.length() || !Character.isUpperCase(text.charAt(first.end())))) {
      return i; // digits and then lower case are a number and its unit (350km, 20kg)
    }
    boolean digits = false;
    boolean letters = false;
    int j = i;
    while (j < tokens.size()) {
      ZhToken t = tokens.get(j);
      if (j > i && t.start() != tokens.get(j - 1).end()) {
        break;
      }
      if (t.kind() == Token.Kind.LATIN) {
        letters = true;
      } else if (t.kind() == Token.Kind.NUMBER && asciiDigits(text, t)) {
        digits = true;
      } else {
        break;
      }
      j++;
    }
    return digits && letters ? j - 1 : i;
  }

  private static boolean asciiDigits(String text, ZhToken t) {
    for (int k = t.start(); k < t.end(); k++) {
      if (!ChineseNumerals.isAsciiDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when token {@code i} starts with 余 or 多 right after a number (3万余人 "over 30,000 people"):
   * "more than", not the surname 余 of a name 余人.
   */
  private static boolean approximation(String text, List<ZhToken> tokens, int i) {
    ZhToken t = tokens.get(i);
    return i > 0
        && tokens.get(i - 1).kind() == Token.Kind.NUMBER
        && tokens.get(i - 1).end() == t.start()
        && ChineseNumberAnchors.MORE_THAN.indexOf(text.charAt(t.start())) >= 0;
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
