package dev.verso.align;

import dev.verso.align.internal.SideFeatures;
import dev.verso.align.internal.SideFeatures.SentenceInput;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
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
    return Math.round(new Search(a, b).similarity(0, 1, 0, 1) * 1000) / 1000.0;
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
    List<Bead> beads = new Search(a, b, prior).run();
    return new Alignment(beads, ss, ts);
  }

  private SideFeatures side(List<SentenceInput> s, String lang, SideFeatures.Keys ids) {
    return lang.equals("zh")
        ? SideFeatures.chinese(s, analyzer.lexicon(), analyzer.matcher(), ids)
        : SideFeatures.english(s, ids);
  }

  /** The search for one bitext. */
  static final class Search {
    final SideFeatures a;
    final SideFeatures b;
    final int n;
    final int m;
    final double ratio;
    double variance = DEFAULT_VARIANCE;

    /** Per shape, the similarity that unrelated blocks of that shape reach by chance. */
    final double[] chance = new double[SHAPES.length];

    Search(SideFeatures a, SideFeatures b) {
      this(a, b, 1.0);
    }

    Search(SideFeatures a, SideFeatures b, double priorRatio) {
      this.a = a;
      this.b = b;
      this.n = a.size();
      this.m = b.size();
      long la = 0;
      long lb = 0;
      for (int x : a.length) {
        la += x;
      }
      for (int x : b.length) {
        lb += x;
      }
      // the document's own ratio, shrunk towards the language pair's: short texts, or an omission,
      // skew it
      this.ratio = (lb + RATIO_PSEUDO_CHARS * priorRatio) / (la + RATIO_PSEUDO_CHARS);
    }

    List<Bead> run() {
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
      int[][] anchors = anchors();
      fitLength(anchors);
      fitChance(anchors);
      return dynamicProgramme(anchors);
    }

    // ---- bead scoring ----

    /**
     * The mean, over the sentences of both blocks, of the weighted share of a sentence's items that
     * find a key on the other side. Averaging per sentence (rather than pooling the items) makes an
     * unrelated sentence inside a bead cost as much as a related one gains.
     */
    double similarity(int i0, int i1, int j0, int j1) {
      double sum = 0;
      for (int i = i0; i < i1; i++) {
        sum += coverage(a, i, b, j0, j1);
      }
      for (int j = j0; j < j1; j++) {
        sum += coverage(b, j, a, i0, i1);
      }
      return sum / ((i1 - i0) + (j1 - j0));
    }

    private double coverage(SideFeatures x, int s, SideFeatures y, int t0, int t1) {
      if (x.totalWeight[s] <= 0) {
        return NEUTRAL_COVERAGE;
      }
      return matched(x, s, y, t0, t1) / x.totalWeight[s];
    }

    private static double matched(SideFeatures x, int s, SideFeatures y, int t0, int t1) {
      double hit = 0;
      int[][] items = x.itemKeys[s];
      for (int q = 0; q < items.length; q++) {
        if (found(items[q], y, t0, t1)) {
          hit += x.itemWeight[s][q];
        }
      }
      return hit;
    }

    private static boolean found(int[] keys, SideFeatures y, int t0, int t1) {
      for (int t = t0; t < t1; t++) {
        int[] pool = y.keys[t];
        if (pool.length == 0) {
          continue;
        }
        for (int k : keys) {
          if (Arrays.binarySearch(pool, k) >= 0) {
            return true;
          }
        }
      }
      return false;
    }

    /** Two-sided Gale–Church log-probability of the lengths of a non-null bead. */
    double lengthLogProb(int i0, int i1, int j0, int j1) {
      double x = 0;
      double y = 0;
      for (int i = i0; i < i1; i++) {
        x += a.length[i];
      }
      for (int j = j0; j < j1; j++) {
        y += b.length[j];
      }
      y /= ratio;
      double mean = (x + y) / 2;
      if (mean <= 0) {
        return 0;
      }
      double delta = Math.abs(y - x) / Math.sqrt(variance * mean);
      double p = 2 * (1 - normalCdf(delta));
      return Math.max(Math.log(Math.max(p, 1e-300)), -25);
    }

    /** The DP score of a bead with shape {@code k}. */
    double beadScore(int k, int i0, int j0) {
      int di = SHAPES[k][0];
      int dj = SHAPES[k][1];
      if (di == 0 || dj == 0) {
        return SHAPE_PRIOR[k];
      }
      double sim =
          pairs == null
              ? similarity(i0, i0 + di, j0, j0 + dj)
              : cachedSimilarity(i0, i0 + di, j0, j0 + dj);
      return LEXICAL_WEIGHT * (sim - chance[k] - MARGIN) * (di + dj)
          + LENGTH_WEIGHT * lengthLogProb(i0, i0 + di, j0, j0 + dj)
          + SHAPE_PRIOR[k];
    }

    // ---- pair cache for the dynamic programme ----

    /**
     * Per source row, per target column in [cacheLo, cacheHi]: {source item mask, target item
     * mask}.
     */
    long[][][][] pairs;

    int[] cacheLo;
    int[] cacheHi;

    /**
     * Which items of source sentence {@code i} are matched by target sentence {@code j} and vice
     * versa, as bit masks, computed once per pair: a bead's coverage is then the OR of its pairs'
     * masks, which is exact because an item is matched by a block iff some sentence of it matches.
     */
    long[][] pair(int i, int j) {
      long[][][] row = pairs[i];
      if (row == null) {
        row = new long[Math.max(0, cacheHi[i] - cacheLo[i] + 1)][][];
        pairs[i] = row;
      }
      int k = j - cacheLo[i];
      if (k < 0 || k >= row.length) {
        return masks(i, j);
      }
      long[][] v = row[k];
      if (v == null) {
        v = masks(i, j);
        row[k] = v;
      }
      return v;
    }

    private long[][] masks(int i, int j) {
      return new long[][] {mask(a, i, b, j), mask(b, j, a, i)};
    }

    private static long[] mask(SideFeatures x, int s, SideFeatures y, int t) {
      int[][] items = x.itemKeys[s];
      long[] m = new long[(items.length + 63) >>> 6];
      int[] pool = y.keys[t];
      if (pool.length == 0) {
        return m;
      }
      for (int q = 0; q < items.length; q++) {
        for (int key : items[q]) {
          if (Arrays.binarySearch(pool, key) >= 0) {
            m[q >>> 6] |= 1L << (q & 63);
            break;
          }
        }
      }
      return m;
    }

    /** {@link #similarity} through the pair cache. */
    double cachedSimilarity(int i0, int i1, int j0, int j1) {
      double sum = 0;
      long[] acc = new long[8];
      for (int i = i0; i < i1; i++) {
        if (a.totalWeight[i] <= 0) {
          sum += NEUTRAL_COVERAGE;
          continue;
        }
        int words = (a.itemKeys[i].length + 63) >>> 6;
        if (acc.length < words) {
          acc = new long[words];
        }
        Arrays.fill(acc, 0, words, 0L);
        for (int j = j0; j < j1; j++) {
          long[] m = pair(i, j)[0];
          for (int w = 0; w < words; w++) {
            acc[w] |= m[w];
          }
        }
        sum += weightOf(a.itemWeight[i], acc, words) / a.totalWeight[i];
      }
      for (int j = j0; j < j1; j++) {
        if (b.totalWeight[j] <= 0) {
          sum += NEUTRAL_COVERAGE;
          continue;
        }
        int words = (b.itemKeys[j].length + 63) >>> 6;
        if (acc.length < words) {
          acc = new long[words];
        }
        Arrays.fill(acc, 0, words, 0L);
        for (int i = i0; i < i1; i++) {
          long[] m = pair(i, j)[1];
          for (int w = 0; w < words; w++) {
            acc[w] |= m[w];
          }
        }
        sum += weightOf(b.itemWeight[j], acc, words) / b.totalWeight[j];
      }
      return sum / ((i1 - i0) + (j1 - j0));
    }

    private static double weightOf(double[] weights, long[] bits, int words) {
      double s = 0;
      for (int w = 0; w < words; w++) {
        long x = bits[w];
        while (x != 0) {
          int q = Long.numberOfTrailingZeros(x);
          s += weights[(w << 6) + q];
          x &= x - 1;
        }
      }
      return s;
    }

    // ---- step 1: anchors ----

    /** Confident 1-1 beads as {i, j} pairs, increasing in both. */
    int[][] anchors() {
      double scale = (double) m / n;
      int[] bestJ = new int[n];
      double[] bestJSim = new double[n];
      int[] bestI = new int[m];
      double[] bestISim = new double[m];
      Arrays.fill(bestJ, -1);
      Arrays.fill(bestI, -1);
      for (int i = 0; i < n; i++) {
        int c = (int) Math.round((i + 0.5) * scale);
        int lo = Math.max(0, c - ANCHOR_BAND);
        int hi = Math.min(m, c + ANCHOR_BAND + 1);
        for (int j = lo; j < hi; j++) {
          double s = similarity(i, i + 1, j, j + 1);
          if (s > bestJSim[i]) {
            bestJSim[i] = s;
            bestJ[i] = j;
          }
          if (s > bestISim[j]) {
            bestISim[j] = s;
            bestI[j] = i;
          }
        }
      }
      List<int[]> cand = new ArrayList<>();
      double minLen = Math.log(0.05);
      for (int i = 0; i < n; i++) {
        int j = bestJ[i];
        if (j >= 0
            && bestI[j] == i
            && bestJSim[i] >= ANCHOR_MIN_SIMILARITY
            && lengthLogProb(i, i + 1, j, j + 1) >= minLen) {
          cand.add(new int[] {i, j});
        }
      }
      return longestChain(cand);
    }

    /** The longest subsequence of pairs (sorted by i, distinct i) strictly increasing in j. */
    static int[][] longestChain(List<int[]> pairs) {
      int k = pairs.size();
      int[] tailIdx = new int[k];
      int[] prev = new int[k];
      int len = 0;
      for (int p = 0; p < k; p++) {
        int j = pairs.get(p)[1];
        int lo = 0;
        int hi = len;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (pairs.get(tailIdx[mid])[1] < j) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        prev[p] = lo > 0 ? tailIdx[lo - 1] : -1;
        tailIdx[lo] = p;
        if (lo == len) {
          len++;
        }
      }
      int[][] out = new int[len][];
      int p = len > 0 ? tailIdx[len - 1] : -1;
      for (int q = len - 1; q >= 0; q--) {
        out[q] = pairs.get(p);
        p = prev[p];
      }
      return out;
    }

    /** Fits the length variance on the anchor beads. */
    void fitLength(int[][] anchors) {
      if (anchors.length < 10) {
        return;
      }
      double[] z = new double[anchors.length];
      for (int q = 0; q < anchors.length; q++) {
        int i = anchors[q][0];
        int j = anchors[q][1];
        double x = a.length[i];
        double y = b.length[j] / ratio;
        double mean = Math.max((x + y) / 2, 1);
        z[q] = (y - x) * (y - x) / mean;
      }
      Arrays.sort(z);
      // trimmed mean: the worst tenth are likely partial matches
      int keep = Math.max(1, (int) Math.floor(z.length * 0.9));
      double sum = 0;
      for (int q = 0; q < keep; q++) {
        sum += z[q];
      }
      variance = Math.max(0.3, sum / keep);
    }

    /**
     * Estimates, per bead shape, the similarity of unrelated blocks: blocks displaced a few
     * sentences from the anchor beads (or from the diagonal when there are few anchors). Bigger
     * blocks share more common words by chance; subtracting this keeps merges from looking better
     * than the beads they merge.
     */
    void fitChance(int[][] anchors) {
      List<int[]> base = new ArrayList<>();
      if (anchors.length >= 10) {
        base.addAll(Arrays.asList(anchors));
      } else {
        for (int i = 0; i < n; i++) {
          base.add(new int[] {i, (int) ((long) i * m / n)});
        }
      }
      int stride = Math.max(1, base.size() / 300);
      for (int k = 0; k < SHAPES.length; k++) {
        int di = SHAPES[k][0];
        int dj = SHAPES[k][1];
        if (di == 0 || dj == 0) {
          continue;
        }
        double sum = 0;
        int count = 0;
        for (int q = 0; q < base.size(); q += stride) {
          int i = base.get(q)[0];
          int j = base.get(q)[1];
          for (int d : new int[] {-6 - dj, 6 + di}) {
            int jj = j + d;
            if (i + di <= n && jj >= 0 && jj + dj <= m) {
              sum += similarity(i, i + di, jj, jj + dj);
              count++;
            }
          }
        }
        chance[k] = count == 0 ? 0 : sum / count;
      }
    }

    // ---- step 2: banded dynamic programme ----

    List<Bead> dynamicProgramme(int[][] anchors) {
      int[] lo = new int[n + 1];
      int[] hi = new int[n + 1];
      band(anchors, lo, hi);
      double[][] score = new double[n + 1][];
      byte[][] back = new byte[n + 1][];
      for (int i = 0; i <= n; i++) {
        score[i] = new double[hi[i] - lo[i] + 1];
        back[i] = new byte[hi[i] - lo[i] + 1];
        Arrays.fill(score[i], Double.NEGATIVE_INFINITY);
        Arrays.fill(back[i], (byte) -1);
      }
      score[0][0] = 0;
      int shapes = SHAPES.length;
      // forward (log-sum-exp) scores and every bead score, kept for the posterior confidence
      double[][] forward = new double[n + 1][];
      float[][] beadAt = new float[n + 1][];
      for (int i = 0; i <= n; i++) {
        forward[i] = new double[hi[i] - lo[i] + 1];
        Arrays.fill(forward[i], Double.NEGATIVE_INFINITY);
        beadAt[i] = new float[(hi[i] - lo[i] + 1) * shapes];
        Arrays.fill(beadAt[i], Float.NaN);
      }
      forward[0][0] = 0;
      int maxShape = 0;
      for (int[] sh : SHAPES) {
        maxShape = Math.max(maxShape, Math.max(sh[0], sh[1]));
      }
      pairs = new long[n][][][];
      cacheLo = new int[n];
      cacheHi = new int[n];
      for (int i = 0; i < n; i++) {
        // row i takes part in beads ending at rows i+1 .. i+maxShape
        cacheLo[i] = Math.max(0, lo[i + 1] - maxShape);
        cacheHi[i] = Math.min(m - 1, hi[Math.min(n, i + maxShape)] - 1);
      }
      for (int i = 0; i <= n; i++) {
        if (i - maxShape - 1 >= 0) {
          pairs[i - maxShape - 1] = null; // no later bead reaches that far back
        }
        for (int j = lo[i]; j <= hi[i]; j++) {
          if (i == 0 && j == 0) {
            continue;
          }
          double best = Double.NEGATIVE_INFINITY;
          int arg = -1;
          double sum = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < SHAPES.length; k++) {
            int pi = i - SHAPES[k][0];
            int pj = j - SHAPES[k][1];
            if (pi < 0 || pj < lo[Math.max(pi, 0)] || pj > hi[pi]) {
              continue;
            }
            double before = score[pi][pj - lo[pi]];
            if (before == Double.NEGATIVE_INFINITY) {
              continue;
            }
            double bead = beadScore(k, pi, pj);
            beadAt[i][(j - lo[i]) * shapes + k] = (float) bead;
            sum = logAdd(sum, forward[pi][pj - lo[pi]] + bead / TEMPERATURE);
            double s = before + bead;
            if (s > best) {
              best = s;
              arg = k;
            }
          }
          score[i][j - lo[i]] = best;
          forward[i][j - lo[i]] = sum;
          back[i][j - lo[i]] = (byte) arg;
        }
      }
      // backward pass over the stored bead scores: no similarity is recomputed
      double[][] backward = new double[n + 1][];
      for (int i = 0; i <= n; i++) {
        backward[i] = new double[hi[i] - lo[i] + 1];
        Arrays.fill(backward[i], Double.NEGATIVE_INFINITY);
      }
      backward[n][m - lo[n]] = 0;
      for (int i = n; i >= 0; i--) {
        for (int j = hi[i]; j >= lo[i]; j--) {
          double sum = backward[i][j - lo[i]];
          for (int k = 0; k < shapes; k++) {
            int ni = i + SHAPES[k][0];
            int nj = j + SHAPES[k][1];
            if (ni > n || nj < lo[ni] || nj > hi[ni]) {
              continue;
            }
            float bead = beadAt[ni][(nj - lo[ni]) * shapes + k];
            if (Float.isNaN(bead)) {
              continue;
            }
            sum = logAdd(sum, bead / TEMPERATURE + backward[ni][nj - lo[ni]]);
          }
          backward[i][j - lo[i]] = sum;
        }
      }
      this.forward = forward;
      this.backward = backward;
      this.beadAt = beadAt;
      this.bandLo = lo;
      pairs = null;
      List<Bead> out = new ArrayList<>();
      int i = n;
      int j = m;
      while (i > 0 || j > 0) {
        int k = back[i][j - lo[i]];
        if (k < 0) {
          throw new IllegalStateException("alignment band lost the path at " + i + "/" + j);
        }
        int pi = i - SHAPES[k][0];
        int pj = j - SHAPES[k][1];
        out.add(new Bead(pi, i, pj, j, 0));
        i = pi;
        j = pj;
      }
      java.util.Collections.reverse(out);
      List<Bead> scored = new ArrayList<>(out.size());
      for (int q = 0; q < out.size(); q++) {
        Bead bd = out.get(q);
        scored.add(new Bead(bd.srcStart(), bd.srcEnd(), bd.tgtStart(), bd.tgtEnd(), posterior(bd)));
      }
      return scored;
    }

    double[][] forward;
    double[][] backward;
    float[][] beadAt;
    int[] bandLo;

    /**
     * The posterior probability of a bead under the scores: the summed weight of all band paths
     * through it over the summed weight of all band paths (forward–backward).
     */
    double posterior(Bead bd) {
      int k = shapeIndex(bd.srcCount(), bd.tgtCount());
      int i0 = bd.srcStart();
      int j0 = bd.tgtStart();
      int i1 = bd.srcEnd();
      int j1 = bd.tgtEnd();
      double total = forward[n][m - bandLo[n]];
      double bead = beadAt[i1][(j1 - bandLo[i1]) * SHAPES.length + k];
      double logP =
          forward[i0][j0 - bandLo[i0]] + bead / TEMPERATURE + backward[i1][j1 - bandLo[i1]] - total;
      return dev.verso.model.Rounding.to3(Math.min(1, Math.exp(logP)));
    }

    private static int shapeIndex(int di, int dj) {
      for (int k = 0; k < SHAPES.length; k++) {
        if (SHAPES[k][0] == di && SHAPES[k][1] == dj) {
          return k;
        }
      }
      throw new IllegalArgumentException(di + "-" + dj);
    }

    private static double logAdd(double x, double y) {
      if (x == Double.NEGATIVE_INFINITY) {
        return y;
      }
      if (y == Double.NEGATIVE_INFINITY) {
        return x;
      }
      return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
    }

    /** Row bands [lo, hi] of target prefix lengths around the path through the anchors. */
    void band(int[][] anchors, int[] lo, int[] hi) {
      double[] px = new double[anchors.length + 2];
      double[] py = new double[anchors.length + 2];
      px[0] = 0;
      py[0] = 0;
      for (int q = 0; q < anchors.length; q++) {
        px[q + 1] = anchors[q][0] + 0.5;
        py[q + 1] = anchors[q][1] + 0.5;
      }
      px[anchors.length + 1] = n;
      py[anchors.length + 1] = m;
      int seg = 0;
      for (int i = 0; i <= n; i++) {
        while (seg < px.length - 2 && px[seg + 1] < i) {
          seg++;
        }
        double x0 = px[seg];
        double x1 = px[seg + 1];
        double y0 = py[seg];
        double y1 = py[seg + 1];
        double c = x1 > x0 ? y0 + (y1 - y0) * (i - x0) / (x1 - x0) : y1;
        // wider far from anchors, where the interpolated path is a guess
        double gap = Math.min(i - x0, x1 - i);
        double w = DP_BAND + Math.max(0, gap) * 0.5 + Math.abs((y1 - y0) - (x1 - x0)) * 0.5;
        lo[i] = (int) Math.max(0, Math.floor(c - w));
        hi[i] = (int) Math.min(m, Math.ceil(c + w));
      }
      lo[0] = 0;
      hi[n] = m;
      for (int i = 1; i <= n; i++) {
        lo[i] = Math.max(lo[i], lo[i - 1]);
      }
      for (int i = n - 1; i >= 0; i--) {
        hi[i] = Math.min(hi[i], hi[i + 1]);
      }
      for (int i = 0; i <= n; i++) {
        if (hi[i] < lo[i]) {
          hi[i] = lo[i];
        }
      }
    }
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
