package dev.verso.align;

import dev.verso.align.internal.SideFeatures;
import dev.verso.align.internal.SideFeatures.SentenceInput;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the sentences of a Chinese source with those of its English translation.
 *
 * <p>Two steps. First, confident 1-1 anchor beads: within a band around the diagonal, pairs of
 * sentences that are each other's best lexical match (dictionary glosses, numbers, dates, pinyin
 * names, acronyms, glossary terms, weighted by inverse sentence frequency) and have plausible
 * lengths; the longest monotone chain of them is kept. Second, a dynamic programme over beads of up
 * to five sentences a side (0-1, 1-0, 1-1, 1-2, 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, 1-5)
 * restricted to a band around the path through the anchors, scoring each bead by lexical
 * similarity, a Gale–Church length model (ratio and variance fitted per document, the variance on
 * the anchor beads) and a prior on its shape. Time and memory grow with the number of sentences
 * times the band width, so a chapter of 5,000 sentences aligns in about a second. Thread-safe.
 */
public final class SentenceAligner {
  /** Bead shapes the dynamic programme considers, as {source count, target count}. */
  static final int[][] SHAPES = {
    {1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {2, 3}, {3, 2}, {1, 4}, {4, 1},
    {1, 5}
  };

  /**
   * Log-prior of each shape in {@link #SHAPES} order (rough frequencies of literary and news
   * bitexts).
   */
  static final double[] SHAPE_PRIOR = {
    0.0, -2.0, -2.0, -0.9, -1.3, -2.6, -1.8, -2.8, -3.0, -3.4, -2.7, -4.5, -3.5
  };

  /**
   * Expected English characters per Chinese character (fitted on the WMT21 news references, the
   * same figure as LENGTH_RATIO's default).
   */
  public static final double ZH_EN_RATIO = 3.32;

  /**
   * Source characters' worth of weight the language pair's ratio gets against the document's own.
   */
  static final double RATIO_PSEUDO_CHARS = 300;

  /**
   * Coverage a sentence must exceed (beyond chance) to be worth its place in a bead: below it, a
   * sentence is better left in a 1-0 or 0-1 bead than merged into a neighbour.
   */
  static final double MARGIN = 0.2;

  /**
   * Coverage assumed for a sentence without any matchable item (only punctuation or unknown words).
   */
  static final double NEUTRAL_COVERAGE = 0.3;

  /**
   * Temperature of the bead posteriors used as confidence: the scores are divided by it before
   * forward–backward. 0.5 makes the posteriors roughly calibrated on the development chapters.
   */
  static final double TEMPERATURE = 0.5;

  /** Weight of lexical similarity per sentence in a bead. */
  static final double LEXICAL_WEIGHT = 3.0;

  /**
   * Weight of the length log-probability (small: the per-document variance, fitted on anchor beads,
   * is optimistic).
   */
  static final double LENGTH_WEIGHT = 0.15;

  /** Default Gale–Church variance per source character, used until anchors give an estimate. */
  static final double DEFAULT_VARIANCE = 1.6;

  /** Half-width of the anchor search band, in target sentences. */
  static final int ANCHOR_BAND = 40;

  /** Base half-width of the dynamic programme's band around the anchor path. */
  static final int DP_BAND = 12;

  /** Minimum lexical similarity of an anchor bead. */
  static final double ANCHOR_MIN_SIMILARITY = 0.25;

  private final TextAnalyzer analyzer;

  /** An aligner using {@code analyzer}'s lexicon (glossary first, then CC-CEDICT). */
  public SentenceAligner(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The aligner over the shared analyser (no user glossary). */
  public static SentenceAligner shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final SentenceAligner INSTANCE = new SentenceAligner(TextAnalyzer.shared());
  }

  /** Aligns the sentences of two analysed texts (the source Chinese, the target English). */
  public Alignment align(AnalyzedText source, AnalyzedText target) {
    List<Span> ss = source.sentences().stream().map(s -> s.span()).toList();
    List<Span> ts = target.sentences().stream().map(s -> s.span()).toList();
    return align(
        SideFeatures.sentencesOf(source),
        SideFeatures.sentencesOf(target),
        ss,
        ts,
        source.lang(),
        target.lang());
  }

  /**
   * Aligns pre-split sentences: each string is analysed on its own (a sentence the analyser would
   * split further is still one sentence here). Spans are relative to each sentence.
   */
  public Alignment alignSentences(
      List<String> source, String sourceLang, List<String> target, String targetLang) {
    List<SentenceInput> s = new ArrayList<>();
    List<Span> ss = new ArrayList<>();
    for (String x : source) {
      s.add(whole(x, sourceLang));
      ss.add(new Span(0, x.length()));
    }
    List<SentenceInput> t = new ArrayList<>();
    List<Span> ts = new ArrayList<>();
    for (String x : target) {
      t.add(whole(x, targetLang));
      ts.add(new Span(0, x.length()));
    }
    String sl = TextAnalyzer.isChinese(sourceLang) ? "zh" : "en";
    String tl = TextAnalyzer.isChinese(targetLang) ? "zh" : "en";
    return align(s, t, ss, ts, sl, tl);
  }

  /**
   * The lexical similarity of two single segments (e.g. two titles) in [0, 1]: the weighted share
   * of the words and anchors of both that find a counterpart on the other side. Rarity weights are
   * not available for one pair, so every item weighs the same.
   */
  public double similarity(String source, String sourceLang, String target, String targetLang) {
    SideFeatures.Keys ids = new SideFeatures.Keys();
    String sl = TextAnalyzer.isChinese(sourceLang) ? "zh" : "en";
    String tl = TextAnalyzer.isChinese(targetLang) ? "zh" : "en";
    SideFeatures a = side(List.of(whole(source, sourceLang)), sl, ids);
    SideFeatures b = side(List.of(whole(target, targetLang)), tl, ids);
    return Math.round(new BeadScorer(a, b, 1.0).similarity(0, 1, 0, 1) * 1000) / 1000.0;
  }

  private SentenceInput whole(String text, String lang) {
    AnalyzedText a = analyzer.analyze(text, lang);
    List<Token> tokens = a.tokens();
    List<Anchor> anchors = a.anchors();
    return new SentenceInput(text, tokens, anchors);
  }

  private Alignment align(
      List<SentenceInput> src,
      List<SentenceInput> tgt,
      List<Span> ss,
      List<Span> ts,
      String sl,
      String tl) {
    SideFeatures.Keys ids = new SideFeatures.Keys();
    SideFeatures a = side(src, sl, ids);
    SideFeatures b = side(tgt, tl, ids);
    double prior =
        sl.equals("zh") && tl.equals("en")
            ? ZH_EN_RATIO
            : sl.equals("en") && tl.equals("zh") ? 1 / ZH_EN_RATIO : 1.0;
    List<Bead> beads = search(a, b, prior);
    return new Alignment(beads, ss, ts);
  }

  private SideFeatures side(List<SentenceInput> s, String lang, SideFeatures.Keys ids) {
    return lang.equals("zh")
        ? SideFeatures.chinese(s, analyzer.lexicon(), analyzer.matcher(), ids)
        : SideFeatures.english(s, ids);
  }

  /**
   * Aligns one bitext: anchors first, then the length model and chance similarities fitted on them,
   * then the banded dynamic programme around them.
   */
  static List<Bead> search(SideFeatures a, SideFeatures b, double priorRatio) {
    int n = a.size();
    int m = b.size();
    if (n == 0 || m == 0) {
      List<Bead> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new Bead(i, i + 1, 0, 0, 1.0));
      }
      for (int j = 0; j < m; j++) {
        out.add(new Bead(n, n, j, j + 1, 1.0));
      }
      return out;
    }
    BeadScorer scorer = new BeadScorer(a, b, priorRatio);
    int[][] anchors = AnchorFinder.anchors(scorer);
    scorer.fitLength(anchors);
    scorer.fitChance(anchors);
    return new BandedProgramme(scorer, Band.around(anchors, n, m)).run();
  }

  /** Standard normal CDF (Abramowitz–Stegun 7.1.26 on erf, error below 1.5e-7). */
  static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.3275911 * x);
    double y =
        1
            - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
                    + 0.254829592)
                * t
                * Math.exp(-x * x);
    return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
  }
}
