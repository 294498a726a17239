package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.zh.Pinyin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which source anchors of a block the target renders: a glossary term as its caller found it,
 * another anchor through the {@link AnchorMatcher} (each target anchor matched once), then by its
 * type through numbers in words, dates with month names, names by pinyin or sound, organisations by
 * their words or acronym. Anchors go before plain words: they take the target words they are made
 * of from the pool.
 */
final class AnchorCoverage {
  private final AnalyzedText src;
  private final AnalyzedText tgt;
  private final Span nearRange;
  private final Map<String, Integer> pool;
  private final BilingualLexicon lexicon;
  private final AnchorMatcher matcher;
  private final List<Anchor> tgtAnchors;
  private final List<Anchor> nearAnchors;
  private final boolean[] tgtUsed;
  private List<Token> nearWords; // the target tokens in nearRange, listed on first use

  /**
   * Matches against the anchors of {@code tgt} in {@code tgtRange} (each used once) and in {@code
   * nearRange} (the neighbouring beads too, reusable), taking rendered words from {@code pool}.
   */
  AnchorCoverage(
      AnalyzedText src,
      AnalyzedText tgt,
      Span tgtRange,
      Span nearRange,
      Map<String, Integer> pool,
      BilingualLexicon lexicon,
      AnchorMatcher matcher) {
    this.src = src;
    this.tgt = tgt;
    this.tgtAnchors = BlockCoverage.within(tgt.anchors(), tgtRange);
    this.tgtUsed = new boolean[tgtAnchors.size()];
    this.nearRange = nearRange;
    this.nearAnchors = BlockCoverage.within(tgt.anchors(), nearRange);
    this.pool = pool;
    this.lexicon = lexicon;
    this.matcher = matcher;
  }

  /**
   * Whether each of {@code srcAnchors} (in text order) is rendered; a term of {@code terms} as
   * given there, its rendering's words taken from the pool.
   */
  Map<Anchor, Boolean> cover(List<Anchor> srcAnchors, Map<Anchor, Boolean> terms) {
    Map<Anchor, Boolean> anchorCovered = new HashMap<>();
    for (Anchor a : srcAnchors) {
      if (terms.containsKey(a)) {
        anchorCovered.put(a, terms.get(a));
        if (terms.get(a)) {
          for (String k : BilingualLexicon.keysOf(a.value())) {
            TargetPool.consume(
                Set.of(k), pool); // the rendering's words stand for the term, not for other words
          }
        }
        continue;
      }
      anchorCovered.put(a, rendered(a));
    }
    return anchorCovered;
  }

  /** Whether the target renders the (non-term) anchor {@code a}. */
  private boolean rendered(Anchor a) {
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
    if (!hit && a.type() == AnchorType.MONEY) {
      // the amount in words ("hundreds of billions of dollars" for 千亿美元)
      hit = EnglishNumbers.inTarget(a.value().split(" ")[0], tgt, nearRange);
    }
    if (!hit && a.type() == AnchorType.DATE) {
      hit = dateInTarget(a.value(), tgt, nearRange);
    }
    if (!hit && a.type() == AnchorType.PERSON) {
      hit =
          nameInTarget(matcher.personKeys(a.text()))
              || Transliterations.soundsLikeAWord(a.text(), tgt, nearRange, lexicon)
              || surnameInTarget(Pinyin.surnameKey(a.text()));
    }
    if (!hit && a.type() == AnchorType.PERSON) {
      hit = glossedInTarget(a.text());
    }
    if (!hit && a.type() == AnchorType.LATIN) {
      hit = codeInTarget(a.text());
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
    return hit;
  }

  private static final Pattern GLOSS_ACRONYM = Pattern.compile("\\(([A-Z]{2,6})\\)");

  private static final Pattern GLOSS_NAME_WORD = Pattern.compile("\\b[A-Z][A-Za-z]+\\b");

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");

  /**
   * True when the target renders a proper name the dictionary knows as a whole by the name its
   * gloss gives (国民党 "Guomindang or Kuomintang (KMT)" as Kuomintang or KMT, 微信 "Weixin or WeChat
   * (…)" as WeChat): a capitalised word of the gloss's name part (before its first comma or
   * semicolon, outside brackets) or the acronym in brackets there, written as a word of the target.
   * A name the dictionary does not know is never read character by character (李明 is not "plum
   * bright"), and a description ("President of the PRC") is not taken for the name.
   */
  private boolean glossedInTarget(String name) {
    if (lexicon.cedict() == null || nearRange == null) {
      return false;
    }
    for (var e : lexicon.cedict().lookup(name)) {
      if (!e.isProperName()) {
        continue;
      }
      for (String g : e.glosses()) {
        String head = g.split("[,;]", 2)[0];
        var acronym = GLOSS_ACRONYM.matcher(head);
        while (acronym.find()) {
          if (codeInTarget(acronym.group(1))) {
            return true;
          }
        }
        var words = GLOSS_NAME_WORD.matcher(BRACKETS.matcher(head).replaceAll(" "));
        while (words.find()) {
          if (!EnglishStemmer.isStopWord(words.group().toLowerCase(Locale.ROOT))
              && capitalisedWordInTarget(words.group())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when {@code word} is a word of the near range, with its capital. */
  private boolean capitalisedWordInTarget(String word) {
    for (Token t : nearWords()) {
      if (t.text().equals(word)) {
        return true;
      }
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
      if (!BlockCoverage.inside(t.span(), range)
          || w.length() < 2
          || w.length() > 6
          || !w.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
        continue;
      }
      if (units == null) {
        units = new ArrayList<>();
        for (Token s : src.tokens()) {
          if (!BlockCoverage.inside(s.span(), span)
              || ChineseFunctionWords.ALL.contains(s.text())) {
            continue;
          }
          for (List<List<String>> group : Glosses.sensesOf(s, lexicon)) {
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
      if (!BlockCoverage.inside(t.span(), span)
          || t.kind() == Token.Kind.PUNCT
          || ChineseFunctionWords.ALL.contains(t.text())) {
        continue;
      }
      Set<String> keys = Glosses.keysOf(t, lexicon);
      if (keys.isEmpty()) {
        continue;
      }
      content++;
      if (TargetPool.consumeSenses(Glosses.sensesOf(t, lexicon), copy)) {
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

  private static final Pattern DATE_PARTS = Pattern.compile("[-–/]+");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(st|nd|rd|th)$");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

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
      if (BlockCoverage.inside(t.span(), range)) {
        // 2023-2027 is two years
        for (String part : DATE_PARTS.split(t.text().toLowerCase(Locale.ROOT))) {
          String w = ORDINAL_SUFFIX.matcher(part).replaceAll("");
          words.add(LEADING_ZEROS.matcher(w).replaceFirst(""));
        }
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
   * True when the near range names the person by the surname alone: a capitalised word equal to
   * {@code surname}, not an English function word (He, She, An) and not followed by another
   * capitalised word (Xi said ↔ 习近平; not the Li of another person's Li Qiang).
   */
  private boolean surnameInTarget(String surname) {
    if (surname == null) {
      return false;
    }
    List<Token> words = nearWords();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).text();
      String lower = w.toLowerCase(Locale.ROOT);
      if (words.get(i).kind() != Token.Kind.WORD
          || !Character.isUpperCase(w.charAt(0))
          || !surname.equals(lower)
          || EnglishStemmer.isStopWord(lower)) {
        continue;
      }
      boolean nameGoesOn =
          i + 1 < words.size()
              && words.get(i + 1).kind() == Token.Kind.WORD
              && Character.isUpperCase(words.get(i + 1).text().charAt(0));
      if (!nameGoesOn) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when one to three consecutive tokens of the near range, their letters and digits run
   * together, spell the code {@code code} (5G, A380) in any case.
   */
  private boolean codeInTarget(String code) {
    String want = AnchorMatcher.letters(code);
    return !want.isEmpty() && runOfUpToThree(false, AnchorMatcher::letters, want::equals);
  }

  /**
   * True when some pinyin key of a name equals one to three consecutive words of the near range run
   * together.
   */
  private boolean nameInTarget(Set<String> keys) {
    return !keys.isEmpty()
        && runOfUpToThree(true, w -> w.toLowerCase(Locale.ROOT).replace("-", ""), keys::contains);
  }

  /**
   * True when one to three consecutive tokens of the near range, each turned into {@code part} and
   * run together, satisfy {@code match}; with {@code wordsOnly} a run stops at a token that is no
   * word.
   */
  private boolean runOfUpToThree(
      boolean wordsOnly,
      java.util.function.UnaryOperator<String> part,
      java.util.function.Predicate<String> match) {
    List<Token> words = nearWords();
    for (int i = 0; i < words.size(); i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < Math.min(words.size(), i + 3); j++) {
        Token w = words.get(j);
        if (wordsOnly && w.kind() != Token.Kind.WORD) {
          break;
        }
        b.append(part.apply(w.text()));
        if (match.test(b.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The target tokens inside the near range (none without one), listed once per block. */
  private List<Token> nearWords() {
    if (nearWords == null) {
      nearWords = new ArrayList<>();
      if (nearRange != null) {
        for (Token t : tgt.tokens()) {
          if (BlockCoverage.inside(t.span(), nearRange)) {
            nearWords.add(t);
          }
        }
      }
    }
    return nearWords;
  }
}
