package dev.verso.metric.reference;

import dev.verso.metric.reference.tokenize.PyStrings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * chrF and chrF++ exactly as sacreBLEU 2.x computes them: character n-grams up to {@code charOrder}
 * over the text without whitespace (code points), word n-grams up to {@code wordOrder} over
 * whitespace tokens with one ASCII punctuation character split off, F-beta over averaged precision
 * and recall of the orders that have both hypothesis and reference n-grams ("effective order"), or
 * sacreBLEU's eps smoothing. With several references, the reference with the best segment F-score
 * counts (the first one on ties).
 *
 * <p>Statistics row: for each order (characters first, then words) {@code [hyp, ref, match]}.
 */
public final class Chrf implements ReferenceScorer {
  private static final String PUNCTS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final double EPS = 1e-16;
  private static final ThreadLocal<Ngrams.CodePoints> CODE_POINTS =
      ThreadLocal.withInitial(Ngrams.CodePoints::new);

  private final int charOrder;
  private final int wordOrder;
  private final int beta;
  private final boolean lowercase;
  private final boolean whitespace;
  private final boolean epsSmoothing;
  private final int order;

  /** A chrF scorer; chrF is (6, 0, 2), chrF++ is (6, 2, 2). */
  public Chrf(
      int charOrder,
      int wordOrder,
      int beta,
      boolean lowercase,
      boolean whitespace,
      boolean epsSmoothing) {
    if (charOrder < 1 || wordOrder < 0 || beta < 0) {
      throw new IllegalArgumentException(
          "chrF: character order must be at least 1, word order and beta at least 0");
    }
    this.charOrder = charOrder;
    this.wordOrder = wordOrder;
    this.beta = beta;
    this.lowercase = lowercase;
    this.whitespace = whitespace;
    this.epsSmoothing = epsSmoothing;
    this.order = charOrder + wordOrder;
  }

  /** chrF with sacreBLEU's defaults and the given word order (0 for chrF, 2 for chrF++). */
  public Chrf(int wordOrder) {
    this(6, wordOrder, 2, false, false, false);
  }

  @Override
  public String name() {
    return "chrF" + beta + "+".repeat(wordOrder);
  }

  @Override
  public List<String> statNames() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= order; i++) {
      String kind = i <= charOrder ? "char" + i : "word" + (i - charOrder);
      names.add(kind + "_hyp");
      names.add(kind + "_ref");
      names.add(kind + "_match");
    }
    return names;
  }

  @Override
  public Map<String, String> signatureFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("case", lowercase ? "lc" : "mixed");
    m.put("eff", epsSmoothing ? "no" : "yes");
    m.put("nc", Integer.toString(charOrder));
    m.put("nw", Integer.toString(wordOrder));
    m.put("space", whitespace ? "yes" : "no");
    return m;
  }

  /**
   * Tokens for word n-grams: whitespace tokens with one ASCII punctuation mark split off the end,
   * else the start.
   */
  static List<String> removePunctuation(String sent) {
    List<String> out = new ArrayList<>();
    for (String w : PyStrings.split(sent)) {
      if (w.codePointCount(0, w.length()) == 1) {
        out.add(w);
      } else if (PUNCTS.indexOf(w.charAt(w.length() - 1)) >= 0) {
        out.add(w.substring(0, w.length() - 1));
        out.add(w.substring(w.length() - 1));
      } else if (PUNCTS.indexOf(w.charAt(0)) >= 0) {
        out.add(w.substring(0, 1));
        out.add(w.substring(1));
      } else {
        out.add(w);
      }
    }
    return out;
  }

  private String preprocess(String s) {
    return lowercase ? PyStrings.lower(s) : s;
  }

  /** One segment's references, kept as preprocessed text. */
  private record Refs(List<String> texts) {}

  @Override
  public Object prepare(List<String> references) {
    List<String> t = new ArrayList<>(references.size());
    for (String r : references) {
      t.add(preprocess(r));
    }
    return new Refs(t);
  }

  private int[] chars(Ngrams.CodePoints ids, String s) {
    if (whitespace) {
      return ids.encodeAll(s);
    }
    return ids.encodeWithoutSpaces(s);
  }

  @Override
  public double[] stats(String hypothesis, Object prepared) {
    List<String> refs = ((Refs) prepared).texts();
    String hyp = preprocess(hypothesis);
    Ngrams.CodePoints ids = CODE_POINTS.get();
    ids.reset();
    int[] hc = chars(ids, hyp);
    int[][] rc = new int[refs.size()][];
    for (int i = 0; i < rc.length; i++) {
      rc[i] = chars(ids, refs.get(i));
    }
    int charMax = ids.maxId();
    Ngrams.Dictionary words = new Ngrams.Dictionary();
    int[] hw = null;
    int[][] rw = new int[refs.size()][];
    if (wordOrder > 0) {
      hw = words.encode(removePunctuation(hyp).toArray(new String[0]));
      for (int i = 0; i < rw.length; i++) {
        rw[i] = words.encode(removePunctuation(refs.get(i)).toArray(new String[0]));
      }
    }
    var fallback = Ngrams.newFallback();
    long[][] hypKeys = new long[order][];
    for (int n = 1; n <= charOrder; n++) {
      hypKeys[n - 1] = Ngrams.sortedKeys(hc, n, charMax, fallback);
    }
    for (int n = 1; n <= wordOrder; n++) {
      hypKeys[charOrder + n - 1] = Ngrams.sortedKeys(hw, n, words.maxId(), fallback);
    }
    double[] best = null;
    double bestF = -1.0;
    for (int r = 0; r < refs.size(); r++) {
      double[] st = new double[3 * order];
      for (int n = 1; n <= order; n++) {
        long[] rk =
            n <= charOrder
                ? Ngrams.sortedKeys(rc[r], n, charMax, fallback)
                : Ngrams.sortedKeys(rw[r], n - charOrder, words.maxId(), fallback);
        long[] hk = hypKeys[n - 1];
        st[3 * (n - 1)] = rk.length > 0 ? hk.length : 0;
        st[3 * (n - 1) + 1] = rk.length;
        st[3 * (n - 1) + 2] = Ngrams.clippedMatches(hk, rk);
      }
      double f = score(st);
      if (f > bestF) {
        bestF = f;
        best = st;
      }
    }
    return best == null ? new double[0] : best;
  }

  @Override
  public double score(double[] s) {
    return score(s, Arithmetic.FLOAT64);
  }

  @Override
  public double scoreFloat32(float[] s) {
    // numpy float32 statistics: every operation that involves them stays in float32.
    return score(Arithmetic.widen(s), Arithmetic.FLOAT32);
  }

  /** The chrF of summed statistics with every operation done in {@code arithmetic}. */
  private double score(double[] s, Arithmetic arithmetic) {
    double factor = arithmetic.round((double) beta * beta);
    double onePlusFactor = arithmetic.round(1 + factor);
    double eps = arithmetic.round(EPS);
    double score = 0.0;
    int effective = 0;
    double avgPrec = 0.0;
    double avgRec = 0.0;
    for (int i = 0; i < order; i++) {
      double nHyp = s[3 * i];
      double nRef = s[3 * i + 1];
      double nMatch = s[3 * i + 2];
      double prec = nHyp > 0 ? arithmetic.round(nMatch / nHyp) : eps;
      double rec = nRef > 0 ? arithmetic.round(nMatch / nRef) : eps;
      double denom = arithmetic.round(arithmetic.round(factor * prec) + rec);
      score =
          arithmetic.round(
              score + (denom > 0 ? fScore(onePlusFactor, prec, rec, denom, arithmetic) : eps));
      if (nHyp > 0 && nRef > 0) {
        avgPrec = arithmetic.round(avgPrec + prec);
        avgRec = arithmetic.round(avgRec + rec);
        effective++;
      }
    }
    if (epsSmoothing) {
      return arithmetic.round(arithmetic.round(100 * score) / order);
    }
    if (effective == 0) {
      return 0.0;
    }
    avgPrec = arithmetic.round(avgPrec / effective);
    avgRec = arithmetic.round(avgRec / effective);
    if (arithmetic.round(avgPrec + avgRec) != 0) {
      double denom = arithmetic.round(arithmetic.round(factor * avgPrec) + avgRec);
      return arithmetic.round(100 * fScore(onePlusFactor, avgPrec, avgRec, denom, arithmetic));
    }
    return 0.0;
  }

  /** {@code (1 + beta²) · prec · rec / denom}, each step in {@code arithmetic}. */
  private static double fScore(
      double onePlusFactor, double prec, double rec, double denom, Arithmetic arithmetic) {
    double product = arithmetic.round(arithmetic.round(onePlusFactor * prec) * rec);
    return arithmetic.round(product / denom);
  }

  @Override
  public boolean float32Scores() {
    return true;
  }
}
