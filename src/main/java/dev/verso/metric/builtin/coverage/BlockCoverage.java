package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of one Chinese source block (an aligned bead, or a title) have a rendering in its
 * English target block: anchors through the {@link AnchorMatcher}, content words through the
 * glossary and CC-CEDICT glosses (falling back to the glosses of their characters), each target
 * word standing for at most one source word per key. Function words carry no weight; anchors weigh
 * {@link #ANCHOR_WEIGHT}, other content words 1.
 */
public final class BlockCoverage {
  /** Weight of an anchor (number, date, name, organisation, acronym, glossary term). */
  public static final double ANCHOR_WEIGHT = 3.0;

  /** The {@link Anchor#detail()} that marks a glossary term passed to {@link #measure}. */
  public static final String TERM = "glossary term";

  /** Weight of a time-of-day anchor (下午), a softer fact than a date. */
  public static final double TIME_WEIGHT = 1.5;

  /**
   * One weighed unit of the source: a content word or an anchor.
   *
   * @param span in the raw source text
   * @param text its surface
   * @param weight how much it counts
   * @param anchor the anchor, or null for a plain word
   * @param covered whether the target renders it
   */
  public record Item(Span span, String text, double weight, Anchor anchor, boolean covered) {}

  /**
   * The coverage of one block.
   *
   * @param items the source items in text order
   * @param covered summed weight of covered items
   * @param total summed weight of all items
   * @param runs spans of runs of consecutive uncovered plain words (with their weight)
   * @param unmatchedTarget target content words no source item took (many of them: a free
   *     paraphrase)
   */
  public record Result(
      List<Item> items, double covered, double total, List<Run> runs, int unmatchedTarget) {
    /** Summed weight of the uncovered anchors. */
    public double uncoveredAnchors() {
      double w = 0;
      for (Item it : items) {
        w += it.anchor() != null && !it.covered() ? it.weight() : 0;
      }
      return w;
    }

    /** Covered share of the weight; 1 when there is nothing to cover. */
    public double share() {
      return total == 0 ? 1.0 : covered / total;
    }

    /** Summed weight of the uncovered items. */
    public double uncovered() {
      return total - covered;
    }

    /** The heaviest uncovered run's weight, 0 when none. */
    public double longestRun() {
      double m = 0;
      for (Run r : runs) {
        m = Math.max(m, r.weight());
      }
      return m;
    }
  }

  /**
   * A run of consecutive uncovered source words (function words inside it included).
   *
   * @param span in the raw source text
   * @param weight the summed weight of its content words
   * @param words its content words
   */
  public record Run(Span span, double weight, List<String> words) {}

  /**
   * Chinese function words: particles, pronouns, copula, conjunctions, common prepositions and
   * degree adverbs, which a translation need not render word for word.
   */
  static final Set<String> ZH_FUNCTION =
      Set.of(
          "的",
          "地",
          "得",
          "了",
          "着",
          "过",
          "之",
          "其",
          "所",
          "者",
          "也",
          "都",
          "就",
          "又",
          "还",
          "才",
          "便",
          "在",
          "是",
          "为",
          "以",
          "于",
          "与",
          "及",
          "和",
          "同",
          "跟",
          "并",
          "而",
          "且",
          "或",
          "或者",
          "及其",
          "把",
          "被",
          "对",
          "对于",
          "关于",
          "从",
          "自",
          "向",
          "往",
          "到",
          "由",
          "给",
          "让",
          "使",
          "将",
          "要",
          "会",
          "能",
          "可",
          "可以",
          "应",
          "应该",
          "该",
          "此",
          "这",
          "那",
          "这个",
          "那个",
          "这些",
          "那些",
          "这样",
          "那样",
          "个",
          "些",
          "等",
          "等等",
          "们",
          "我",
          "你",
          "他",
          "她",
          "它",
          "我们",
          "你们",
          "他们",
          "她们",
          "它们",
          "咱们",
          "自己",
          "呢",
          "吗",
          "吧",
          "啊",
          "呀",
          "嘛",
          "哦",
          "很",
          "非常",
          "更",
          "最",
          "太",
          "比较",
          "已",
          "已经",
          "正在",
          "曾",
          "曾经",
          "一",
          "一个",
          "一些",
          "有",
          "没有",
          "没",
          "不",
          "上",
          "中",
          "下",
          "里",
          "内",
          "即",
          "则",
          "但",
          "但是",
          "因为",
          "所以",
          "如果",
          "虽然",
          "因此",
          "而且",
          "并且",
          "然后",
          "什么",
          "怎么",
          "如何",
          "这么",
          "那么",
          "啦",
          "嗯",
          "哪",
          "哪里",
          "这里",
          "那里",
          "当",
          "通过",
          "按照",
          "根据",
          "进行",
          "加以",
          "予以",
          "将会",
          "不会",
          "会不会",
          "就会",
          "也会",
          "都会",
          "还会",
          "可能",
          "能够",
          "需要",
          "必须",
          "一定",
          // time and manner frames, light verbs, discourse adverbs, quantifiers, directional
          // complements
          "时候",
          "的时候",
          "时",
          "之后",
          "以后",
          "之前",
          "以前",
          "之间",
          "当中",
          "其中",
          "发生",
          "使得",
          "一样",
          "一般",
          "像",
          "好像",
          "就像",
          "似的",
          "才能",
          "其他",
          "其它",
          "那儿",
          "这儿",
          "究竟",
          "到底",
          "是否",
          "还有",
          "同时",
          "一下",
          "一直",
          "总是",
          "真的",
          "其实",
          "实际上",
          "确实",
          "只是",
          "只",
          "仅",
          "仅仅",
          "而已",
          "就是",
          "也就是",
          "那就是",
          "还是",
          "只要",
          "不过",
          "可是",
          "然而",
          "而是",
          "比如",
          "例如",
          "某些",
          "有些",
          "一切",
          "所有",
          "每",
          "每个",
          "各",
          "各种",
          "任何",
          "一种",
          "这种",
          "那种",
          "大家",
          "起来",
          "出来",
          "下去",
          "上去",
          "过来",
          "回来",
          "一起",
          "互相",
          "相互",
          "分别",
          "正");

  private BlockCoverage() {}

  /**
   * Measures how much of {@code src} inside {@code srcRange} is rendered by {@code tgt} inside
   * {@code tgtRange}; anchors also count as rendered when they appear in {@code nearRange} of the
   * target (the neighbouring beads, to forgive a sentence boundary drawn differently). Glossary
   * terms found in the source are given as anchors (detail {@link #TERM}) with whether each is
   * rendered; a term outranks the analyser's anchors and words it overlaps.
   */
  public static Result measure(
      AnalyzedText src,
      Span srcRange,
      AnalyzedText tgt,
      Span tgtRange,
      Span nearRange,
      BilingualLexicon lexicon,
      AnchorMatcher matcher,
      Map<Anchor, Boolean> terms) {
    List<Anchor> termAnchors = new ArrayList<>();
    for (Anchor t : terms.keySet()) {
      if (inside(t.span(), srcRange)) {
        termAnchors.add(t);
      }
    }
    List<Anchor> srcAnchors = new ArrayList<>(termAnchors);
    for (Anchor a : within(src.anchors(), srcRange)) {
      if (termAnchors.stream().anyMatch(t -> overlaps(t.span(), a.span()))) {
        continue;
      }
      boolean named = a.type() == AnchorType.ORGANIZATION || a.type() == AnchorType.PERSON;
      boolean checked = named || a.type() == AnchorType.NUMBER;
      if (!checked
          || (agreesWithWords(a, src, named)
              && !(named && notAName(a, lexicon))
              && !numeralInAWord(a, src.raw(), lexicon))) {
        srcAnchors.add(a);
      }
    }
    List<Anchor> tgtAnchors = within(tgt.anchors(), tgtRange);
    List<Anchor> nearAnchors = within(tgt.anchors(), nearRange);
    Map<String, Integer> pool = new HashMap<>();
    for (Token t : tgt.tokens()) {
      if (inside(t.span(), tgtRange) && t.kind() != Token.Kind.PUNCT) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (!EnglishStemmer.isStopWord(lower)) {
          String base = IrregularForms.base(lower);
          pool.merge(base == null ? t.key() : EnglishStemmer.stem(base), 1, Integer::sum);
          if (lower.indexOf('-') > 0) {
            for (String part : BilingualLexicon.keysOf(lower)) {
              pool.merge(part, 1, Integer::sum);
            }
          }
        }
      }
    }
    // anchors first: they claim the target words they are made of
    Map<Anchor, Boolean> anchorCovered = new HashMap<>();
    boolean[] tgtUsed = new boolean[tgtAnchors.size()];
    srcAnchors.sort((x, y) -> x.span().compareTo(y.span()));
    for (Anchor a : srcAnchors) {
      if (terms.containsKey(a)) {
        anchorCovered.put(a, terms.get(a));
        if (terms.get(a)) {
          for (String k : BilingualLexicon.keysOf(a.value())) {
            consume(
                Set.of(k), pool); // the rendering's words stand for the term, not for other words
          }
        }
        continue;
      }
      boolean hit = false;
      for (int k = 0; k < tgtAnchors.size() && !hit; k++) {
        if (!tgtUsed[k] && matcher.matches(a, tgtAnchors.get(k))) {
          tgtUsed[k] = true;
          hit = true;
        }
      }
      for (int k = 0; k < nearAnchors.size() && !hit; k++) {
        hit = matcher.matches(a, nearAnchors.get(k));
      }
      if (!hit && (a.type() == AnchorType.NUMBER || a.type() == AnchorType.ORDINAL)) {
        hit = EnglishNumbers.inTarget(a.value(), tgt, nearRange);
      }
      if (!hit && a.type() == AnchorType.DATE) {
        hit = dateInTarget(a.value(), tgt, nearRange);
      }
      if (!hit && a.type() == AnchorType.PERSON) {
        hit =
            nameInTarget(matcher.personKeys(a.text()), tgt, nearRange)
                || soundsLikeAWord(a.text(), tgt, nearRange, lexicon);
      }
      if (!hit && a.type() == AnchorType.ORGANIZATION) {
        hit =
            wordsCovered(a.text(), src, a.span(), pool, lexicon, false) * 2 >= 1
                || acronymInTarget(src, a.span(), tgt, nearRange, lexicon);
      }
      if (!hit && (a.type() == AnchorType.TIME || a.type() == AnchorType.LATIN)) {
        hit = wordsCovered(a.text(), src, a.span(), pool, lexicon, false) > 0;
      }
      if (hit && a.type() == AnchorType.ORGANIZATION) {
        wordsCovered(a.text(), src, a.span(), pool, lexicon, true);
      }
      anchorCovered.put(a, hit);
    }
    Set<Span> sounded = transliteratedSingles(src, srcRange, srcAnchors, tgt, tgtRange, lexicon);
    List<Item> items = new ArrayList<>();
    List<Run> runs = new ArrayList<>();
    double covered = 0;
    double total = 0;
    int runStart = -1;
    int runEnd = -1;
    double runWeight = 0;
    List<String> runWords = new ArrayList<>();
    Anchor pendingAnchor = null; // an unrendered anchor just before the current token
    Span previous = null; // the previous token of the range
    int ai = 0;
    List<Token> tokens = src.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!inside(t.span(), srcRange)) {
        continue;
      }
      Anchor anchor = null;
      while (ai < srcAnchors.size() && srcAnchors.get(ai).span().end() <= t.span().start()) {
        Anchor a = srcAnchors.get(ai++);
        double w = weight(a);
        boolean c = anchorCovered.get(a);
        items.add(new Item(a.span(), a.text(), w, a, c));
        total += w;
        covered += c ? w : 0;
      }
      for (Anchor a : srcAnchors) {
        if (overlaps(a.span(), t.span())) {
          anchor = a;
          break;
        }
      }
      if (anchor != null) {
        previous = t.span();
      }
      if (anchor != null && !anchorCovered.get(anchor) && runWeight > 0) {
        if (runEnd < anchor.span().end()) {
          runWeight += weight(anchor);
        }
        runEnd = Math.max(runEnd, anchor.span().end());
        continue; // an unrendered anchor inside a dropped clause belongs to it
      }
      if (anchor != null && !anchorCovered.get(anchor)) {
        pendingAnchor = anchor;
        continue;
      }
      boolean breaksRun = t.kind() == Token.Kind.PUNCT || anchor != null;
      boolean classifier =
          previous != null
              && previous.end() == t.span().start()
              && t.text().length() == 1
              && numeric(previous, tokens, srcAnchors);
      if (!breaksRun && (ZH_FUNCTION.contains(t.text()) || classifier)) {
        previous = t.span();
        continue; // neither counts nor breaks a run
      }
      previous = t.span();
      if (breaksRun) {
        pendingAnchor = null;
        if (runWeight > 0) {
          runs.add(new Run(new Span(runStart, runEnd), runWeight, List.copyOf(runWords)));
        }
        runWeight = 0;
        runWords.clear();
        continue;
      }
      Set<String> keys = keysOf(t, lexicon);
      if (keys.isEmpty()) {
        continue; // nothing we could recognise in English: neither counted nor blamed
      }
      boolean c =
          sounded.contains(t.span())
              || consumeSenses(sensesOf(t, lexicon), pool)
              || (maybeTransliteration(t.text(), lexicon)
                  && soundsLikeAWord(t.text(), tgt, tgtRange, lexicon, false));
      items.add(new Item(t.span(), t.text(), 1.0, null, c));
      total += 1.0;
      if (c) {
        covered += 1.0;
        if (runWeight > 0) {
          runs.add(new Run(new Span(runStart, runEnd), runWeight, List.copyOf(runWords)));
        }
        runWeight = 0;
        runWords.clear();
        pendingAnchor = null;
      } else {
        if (runWeight == 0) {
          runStart = pendingAnchor != null ? pendingAnchor.span().start() : t.span().start();
          runWeight += pendingAnchor != null ? weight(pendingAnchor) : 0;
        }
        runEnd = t.span().end();
        runWeight += 1.0;
        runWords.add(t.text());
      }
    }
    while (ai < srcAnchors.size()) {
      Anchor a = srcAnchors.get(ai++);
      double w = weight(a);
      boolean c = anchorCovered.get(a);
      items.add(new Item(a.span(), a.text(), w, a, c));
      total += w;
      covered += c ? w : 0;
    }
    if (runWeight > 0) {
      runs.add(new Run(new Span(runStart, runEnd), runWeight, List.copyOf(runWords)));
    }
    int unmatched = 0;
    for (Token t : tgt.tokens()) {
      if (inside(t.span(), tgtRange)
          && t.kind() == Token.Kind.WORD
          && !EnglishStemmer.isStopWord(t.text().toLowerCase(Locale.ROOT))) {
        String base = IrregularForms.base(t.text().toLowerCase(Locale.ROOT));
        String k = base == null ? t.key() : EnglishStemmer.stem(base);
        Integer left = pool.get(k);
        if (left != null && left > 0) {
          unmatched++;
          pool.merge(k, -1, Integer::sum);
        }
      }
    }
    return new Result(items, covered, total, runs, unmatched);
  }

  /**
   * False for an anchor that the tokenisation contradicts: one that cuts through a word (十 inside
   * 十分 "very") or, for organisations, contains a function word (将会 "will" read as a name ending in
   * 会 "association"). Such anchors count as their plain words instead.
   */
  static boolean agreesWithWords(Anchor a, AnalyzedText src, boolean noFunctionWords) {
    Span s = a.span();
    for (Token t : src.tokens()) {
      if (t.span().end() <= s.start() || t.span().start() >= s.end()) {
        continue;
      }
      if (t.span().start() < s.start()
          || t.span().end() > s.end()
          || (noFunctionWords && ZH_FUNCTION.contains(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a name or organisation anchor that is an ordinary word the analyser took for one: a
   * common CC-CEDICT word (a name; an organisation of two characters: 社会 "society", 到处
   * "everywhere"), a reduplicated pair (点点, 天天), or a name or organisation with an aspect particle
   * or function character after its first character (曾有过 "once had", 到了别处 "to elsewhere").
   */
  static boolean notAName(Anchor a, BilingualLexicon lexicon) {
    String w = a.text();
    if (commonWord(w, lexicon) && (a.type() == AnchorType.PERSON || w.length() <= 2)) {
      return true; // a longer common word can be a generic institution (市政府 "city government")
    }
    if (w.length() == 2 && w.charAt(0) == w.charAt(1)) {
      return true;
    }
    for (int i = 1; i < w.length(); i++) {
      String ch = w.substring(i, i + 1);
      if (PARTICLES.indexOf(w.charAt(i)) >= 0
          || (a.type() == AnchorType.PERSON && ZH_FUNCTION.contains(ch))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NUMBER_WORDS =
      Set.of(
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
          "hundr",
          "thousand",
          "million",
          "billion",
          "percent",
          "half",
          "first",
          "second",
          "third",
          "tenth",
          "number",
          "numer",
          "singl",
          "doubl",
          "pair",
          "both",
          "twice");

  /**
   * True for a one-character numeral that opens a word whose first sense is not a number (十分
   * "very", 一样 "same", 万分 "extremely"): the segmenter split the word, the numeral is no number.
   */
  static boolean numeralInAWord(Anchor a, String raw, BilingualLexicon lexicon) {
    if (a.type() != AnchorType.NUMBER
        || a.text().length() != 1
        || lexicon.cedict() == null
        || a.span().end() >= raw.length()) {
      return false;
    }
    var entries = lexicon.cedict().lookup(raw.substring(a.span().start(), a.span().end() + 1));
    if (entries.isEmpty() || entries.get(0).glosses().isEmpty()) {
      return false;
    }
    String first = entries.get(0).glosses().get(0).split(";")[0];
    if (first.matches(".*\\d.*")) {
      return false;
    }
    for (String k : BilingualLexicon.keysOf(first)) {
      if (NUMBER_WORDS.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** Aspect and structural particles, which no name or organisation contains. */
  private static final String PARTICLES = "了着过的地得吗呢吧";

  /**
   * True for a word of two or more characters that CC-CEDICT lacks or knows only as a proper name:
   * perhaps a transliteration.
   */
  static boolean maybeTransliteration(String word, BilingualLexicon lexicon) {
    if (word.codePointCount(0, word.length()) < 2
        || lexicon.cedict() == null
        || lexicon.glossary().get(word) != null) {
      return false;
    }
    var entries = lexicon.cedict().lookup(word);
    for (var e : entries) {
      if (!e.isProperName()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Spans of single-character tokens that the segmenter cut out of a transliterated name (哈|德|森 for
   * 哈德森 ↔ Hudson): a maximal sequence of two to six adjacent one-character words (no function
   * words, no anchors), or its longest prefix of at least two, that sounds like a capitalised
   * target word.
   */
  static Set<Span> transliteratedSingles(
      AnalyzedText src,
      Span srcRange,
      List<Anchor> anchors,
      AnalyzedText tgt,
      Span tgtRange,
      BilingualLexicon lexicon) {
    Set<Span> out = new java.util.HashSet<>();
    if (tgtRange == null) {
      return out;
    }
    List<Token> tokens = src.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size()
          && single(tokens.get(j), srcRange, anchors)
          && (j == i || tokens.get(j - 1).span().end() == tokens.get(j).span().start())) {
        j++;
      }
      if (j - i >= 2) {
        for (int end = Math.min(j, i + 6); end - i >= 2; end--) {
          StringBuilder b = new StringBuilder();
          for (int k = i; k < end; k++) {
            b.append(tokens.get(k).text());
          }
          if (soundsLikeAWord(b.toString(), tgt, tgtRange, lexicon, false)) {
            for (int k = i; k < end; k++) {
              out.add(tokens.get(k).span());
            }
            break;
          }
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static boolean single(Token t, Span range, List<Anchor> anchors) {
    if (!inside(t.span(), range)
        || t.kind() != Token.Kind.WORD
        || t.text().codePointCount(0, t.text().length()) != 1
        || ZH_FUNCTION.contains(t.text())) {
      return false;
    }
    for (Anchor a : anchors) {
      if (overlaps(a.span(), t.span())) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a capitalised word of the target range sounds like the pinyin of {@code han} (戈达德 ↔
   * Goddard).
   */
  static boolean soundsLikeAWord(
      String han, AnalyzedText tgt, Span range, BilingualLexicon lexicon) {
    return soundsLikeAWord(han, tgt, range, lexicon, true);
  }

  /**
   * As above; without {@code sentenceInitial}, a capitalised word that opens a sentence does not
   * count (it may be any word).
   */
  static boolean soundsLikeAWord(
      String han, AnalyzedText tgt, Span range, BilingualLexicon lexicon, boolean sentenceInitial) {
    if (range == null) {
      return false;
    }
    Token previous = null;
    for (Token t : tgt.tokens()) {
      if (!inside(t.span(), range)) {
        continue;
      }
      boolean initial =
          previous == null
              || (previous.kind() == Token.Kind.PUNCT && ".!?:\"“".contains(previous.text()));
      if (t.kind() == Token.Kind.WORD
          && t.text().length() >= 3
          && (sentenceInitial || !initial)
          && Character.isUpperCase(t.text().charAt(0))
          && SoundMatch.transliterates(han, t.text(), lexicon.cedict())) {
        return true;
      }
      previous = t;
    }
    return false;
  }

  /**
   * True when an all-capital word of the target range is the acronym of the organisation at {@code
   * span} (NASA).
   */
  private static boolean acronymInTarget(
      AnalyzedText src, Span span, AnalyzedText tgt, Span range, BilingualLexicon lexicon) {
    if (range == null) {
      return false;
    }
    List<List<String>> units = null;
    for (Token t : tgt.tokens()) {
      String w = t.text();
      if (!inside(t.span(), range)
          || w.length() < 2
          || w.length() > 6
          || !w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        continue;
      }
      if (units == null) {
        units = new ArrayList<>();
        for (Token s : src.tokens()) {
          if (!inside(s.span(), span) || ZH_FUNCTION.contains(s.text())) {
            continue;
          }
          for (List<List<String>> group : sensesOf(s, lexicon)) {
            List<String> initials = new ArrayList<>();
            for (List<String> sense : group) {
              StringBuilder b = new StringBuilder();
              for (String k : sense) {
                b.append(k.charAt(0));
              }
              initials.add(b.toString());
            }
            units.add(initials);
          }
        }
      }
      if (SoundMatch.acronymOf(w, units)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when CC-CEDICT knows {@code word} only as a common word, never as a proper name (点点 "a
   * little").
   */
  static boolean commonWord(String word, BilingualLexicon lexicon) {
    var entries = lexicon.cedict().lookup(word);
    if (entries.isEmpty()) {
      return false;
    }
    for (var e : entries) {
      if (e.isProperName()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the token at {@code span} is a number or part of a numeric anchor (so a following 本,
   * 家, 位 is a classifier).
   */
  private static boolean numeric(Span span, List<Token> tokens, List<Anchor> anchors) {
    for (Anchor a : anchors) {
      if (overlaps(a.span(), span)
          && (a.type() == AnchorType.NUMBER || a.type() == AnchorType.ORDINAL)) {
        return true;
      }
    }
    for (Token t : tokens) {
      if (t.span().equals(span)) {
        return t.kind() == Token.Kind.NUMBER;
      }
    }
    return false;
  }

  /** The weight of an anchor. */
  static double weight(Anchor a) {
    return a.type() == AnchorType.TIME ? TIME_WEIGHT : ANCHOR_WEIGHT;
  }

  /**
   * English keys of a Chinese token: its own glosses, else the glosses of its non-function
   * characters.
   */
  static Set<String> keysOf(Token t, BilingualLexicon lexicon) {
    if (t.kind() == Token.Kind.LATIN) {
      return Set.of(t.key());
    }
    if (t.kind() == Token.Kind.NUMBER) {
      return Set.of();
    }
    Set<String> keys = lexicon.englishKeys(t.text());
    if (!keys.isEmpty() || t.text().codePointCount(0, t.text().length()) < 2) {
      return keys;
    }
    Set<String> out = new LinkedHashSet<>();
    String w = t.text();
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (!ZH_FUNCTION.contains(ch)) {
        out.addAll(lexicon.englishKeys(ch));
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  /**
   * The gloss senses of a Chinese token, grouped: one group for a word the glossary or CC-CEDICT
   * knows (each sense a list of keys), else one group per non-function character.
   */
  static List<List<List<String>>> sensesOf(Token t, BilingualLexicon lexicon) {
    if (t.kind() == Token.Kind.LATIN) {
      return List.of(List.of(List.of(t.key())));
    }
    if (t.kind() == Token.Kind.NUMBER) {
      return List.of();
    }
    List<List<String>> own = senses(t.text(), lexicon);
    if (!own.isEmpty() || t.text().codePointCount(0, t.text().length()) < 2) {
      return own.isEmpty() ? List.of() : List.of(own);
    }
    List<List<List<String>>> out = new ArrayList<>();
    String w = t.text();
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (!ZH_FUNCTION.contains(ch)) {
        List<List<String>> s = senses(ch, lexicon);
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  private static List<List<String>> senses(String word, BilingualLexicon lexicon) {
    if (lexicon.glossary().get(word) != null) {
      return List.of(List.copyOf(lexicon.englishKeys(word)));
    }
    if (lexicon.cedict() == null) {
      return List.of();
    }
    var dict = lexicon.cedict();
    return SENSES
        .computeIfAbsent(dict, d -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(word, w -> List.copyOf(dict.senseKeys(w)));
  }

  /**
   * Sense keys per dictionary and word, cached (the dictionary parses and stems them on each call).
   */
  private static final Map<Object, Map<String, List<List<String>>>> SENSES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * For each group, takes from the pool the target words of the one sense that has most of its keys
   * there (a multi-word sense such as "black hole" takes both words, while a synonym list
   * "universe; cosmos; space" takes only the word that renders it); true if any group was found.
   */
  static boolean consumeSenses(List<List<List<String>>> groups, Map<String, Integer> pool) {
    boolean hit = false;
    for (List<List<String>> group : groups) {
      List<String> best = null;
      int bestCount = 0;
      for (List<String> sense : group) {
        int n = 0;
        for (String k : sense) {
          n += find(k, pool) != null ? 1 : 0;
        }
        if (n > bestCount) {
          bestCount = n;
          best = sense;
        }
      }
      if (best != null) {
        hit = true;
        consume(new LinkedHashSet<>(best), pool);
      }
    }
    return hit;
  }

  /** Takes one target occurrence of every key of {@code keys} found in the pool; true if any. */
  static boolean consume(Set<String> keys, Map<String, Integer> pool) {
    boolean hit = false;
    for (String k : keys) {
      String found = find(k, pool);
      if (found != null) {
        hit = true;
        pool.merge(found, -1, Integer::sum);
      }
    }
    return hit;
  }

  /**
   * The pool key matching {@code k}: itself, else one sharing a prefix of at least 6 letters, else
   * one with the same derivational {@link #root}.
   */
  private static String find(String k, Map<String, Integer> pool) {
    Integer n = pool.get(k);
    if (n != null && n > 0) {
      return k;
    }
    String prefix = k.length() >= 6 ? k.substring(0, 6) : null;
    String root = root(k);
    String derived = null;
    for (Map.Entry<String, Integer> e : pool.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      if (prefix != null && e.getKey().startsWith(prefix)) {
        return e.getKey();
      }
      if (derived == null && root != null && root.equals(root(e.getKey()))) {
        derived = e.getKey();
      }
    }
    return derived;
  }

  /**
   * Derivational endings left on Porter stems (societi / social, scienc / scientif, histori /
   * histor).
   */
  private static final String[] DERIVATIONAL = {
    "ific", "iti", "ic", "al", "ous", "iv", "ism", "ist", "i", "e", "y"
  };

  /**
   * The root of a Porter stem without one derivational ending, or null when less than five letters
   * would remain: two stems with the same root are derivations of one word (society, social).
   */
  static String root(String stem) {
    for (String end : DERIVATIONAL) {
      if (stem.endsWith(end) && stem.length() - end.length() >= 5) {
        return stem.substring(0, stem.length() - end.length());
      }
    }
    return stem.length() >= 5 ? stem : null;
  }

  /**
   * Share of the gloss-bearing words of an anchor found in the pool; consumes them when {@code
   * take}.
   */
  private static double wordsCovered(
      String text,
      AnalyzedText src,
      Span span,
      Map<String, Integer> pool,
      BilingualLexicon lexicon,
      boolean take) {
    int content = 0;
    int hit = 0;
    Map<String, Integer> copy = take ? pool : new HashMap<>(pool);
    for (Token t : src.tokens()) {
      if (!inside(t.span(), span)
          || t.kind() == Token.Kind.PUNCT
          || ZH_FUNCTION.contains(t.text())) {
        continue;
      }
      Set<String> keys = keysOf(t, lexicon);
      if (keys.isEmpty()) {
        continue;
      }
      content++;
      if (consumeSenses(sensesOf(t, lexicon), copy)) {
        hit++;
      }
    }
    return content == 0 ? 0 : (double) hit / content;
  }

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /**
   * True when every known part of an ISO-like date value ({@code 2023-04-06}, {@code --03}) is
   * written in the target range: the year and day as numbers, the month by its English name.
   * Catches dates the English anchor extractor leaves alone ("In March this year").
   */
  static boolean dateInTarget(String value, AnalyzedText tgt, Span range) {
    if (range == null) {
      return false;
    }
    int[] p = dev.verso.text.IsoDates.parts(value);
    if (p == null) {
      return false;
    }
    Set<String> words = new java.util.HashSet<>();
    for (Token t : tgt.tokens()) {
      if (inside(t.span(), range)) {
        String w = t.text().toLowerCase(Locale.ROOT).replaceAll("(st|nd|rd|th)$", "");
        words.add(w.replaceFirst("^0+(?=\\d)", ""));
      }
    }
    if (p[0] >= 0 && !words.contains(String.valueOf(p[0]))) {
      return false;
    }
    if (p[1] >= 0 && (p[1] < 1 || p[1] > 12 || !words.contains(MONTHS.get(p[1] - 1)))) {
      return false;
    }
    if (p[2] >= 0 && !words.contains(String.valueOf(p[2]))) {
      return false;
    }
    return p[0] >= 0 || p[1] >= 0 || p[2] >= 0;
  }

  /**
   * True when some pinyin key of a name equals one to three consecutive target words run together.
   */
  private static boolean nameInTarget(Set<String> keys, AnalyzedText tgt, Span range) {
    if (range == null || keys.isEmpty()) {
      return false;
    }
    List<Token> words = new ArrayList<>();
    for (Token t : tgt.tokens()) {
      if (inside(t.span(), range)) {
        words.add(t);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 3); j++) {
        Token w = words.get(j);
        if (w.kind() != Token.Kind.WORD) {
          break;
        }
        b.append(w.text().toLowerCase(Locale.ROOT).replace("-", ""));
        if (keys.contains(b.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  static List<Anchor> within(List<Anchor> anchors, Span range) {
    List<Anchor> out = new ArrayList<>();
    if (range == null) {
      return out;
    }
    for (Anchor a : anchors) {
      if (inside(a.span(), range)) {
        out.add(a);
      }
    }
    return out;
  }

  static boolean inside(Span s, Span range) {
    return range != null && s.start() >= range.start() && s.end() <= range.end();
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
