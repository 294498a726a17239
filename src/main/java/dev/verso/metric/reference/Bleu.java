package dev.verso.metric.reference;

import dev.verso.metric.reference.tokenize.PyStrings;
import dev.verso.metric.reference.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BLEU exactly as sacreBLEU 2.x computes it: tokenization ({@code 13a} by default), clipped n-gram
 * matches up to order 4 against the maximum count over references, closest reference length
 * (shorter wins ties), smoothing {@code exp} (default), {@code floor}, {@code add-k} or {@code
 * none}, optional effective order (for sentence-level scores).
 *
 * <p>Statistics row: {@code [hyp_len, ref_len, correct_1..4, total_1..4]}.
 */
public final class Bleu implements ReferenceScorer {
  /** Highest n-gram order. */
  public static final int MAX_ORDER = 4;

  private final Tokenizer tokenizer;
  private final boolean lowercase;
  private final String smoothMethod;
  private final double smoothValue;
  private final boolean effectiveOrder;

  /**
   * A BLEU scorer.
   *
   * @param tokenizer tokenizer name: 13a, zh, intl, char, none
   * @param smoothMethod exp, floor, add-k or none
   * @param smoothValue the floor/add-k value, or null for the default (0.1 and 1)
   */
  public Bleu(
      String tokenizer,
      boolean lowercase,
      String smoothMethod,
      Double smoothValue,
      boolean effectiveOrder) {
    this.tokenizer = Tokenizer.byName(tokenizer);
    this.lowercase = lowercase;
    this.smoothMethod = smoothMethod;
    switch (smoothMethod) {
      case "exp":
      case "none":
        this.smoothValue = 0;
        break;
      case "floor":
        this.smoothValue = smoothValue == null ? 0.1 : smoothValue;
        break;
      case "add-k":
        this.smoothValue = smoothValue == null ? 1 : smoothValue;
        break;
      default:
        throw new IllegalArgumentException(
            "unknown smoothing method '" + smoothMethod + "' (known: exp, floor, add-k, none)");
    }
    this.effectiveOrder = effectiveOrder;
  }

  /** sacreBLEU's defaults: 13a, mixed case, exp smoothing, no effective order. */
  public Bleu() {
    this("13a", false, "exp", null, false);
  }

  @Override
  public String name() {
    return "BLEU";
  }

  @Override
  public List<String> statNames() {
    return List.of(
        "hyp_len",
        "ref_len",
        "correct_1",
        "correct_2",
        "correct_3",
        "correct_4",
        "total_1",
        "total_2",
        "total_3",
        "total_4");
  }

  @Override
  public Map<String, String> signatureFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("case", lowercase ? "lc" : "mixed");
    m.put("eff", effectiveOrder ? "yes" : "no");
    m.put("tok", tokenizer.signature());
    String smooth = smoothMethod;
    if (smoothMethod.equals("floor") || smoothMethod.equals("add-k")) {
      smooth += "[" + String.format(Locale.ROOT, "%.2f", smoothValue) + "]";
    }
    m.put("smooth", smooth);
    return m;
  }

  private String[] tokens(String line) {
    if (lowercase) {
      line = PyStrings.lower(line);
    }
    return PyStrings.split(tokenizer.tokenize(PyStrings.rstrip(line)));
  }

  /** Tokenized references of one segment. */
  private record Refs(List<String[]> tokens) {}

  @Override
  public Object prepare(List<String> references) {
    List<String[]> t = new ArrayList<>(references.size());
    for (String r : references) {
      t.add(tokens(r));
    }
    return new Refs(t);
  }

  @Override
  public double[] stats(String hypothesis, Object prepared) {
    List<String[]> refs = ((Refs) prepared).tokens();
    String[] hyp = tokens(hypothesis);
    Ngrams.Dictionary dict = new Ngrams.Dictionary();
    int[] h = dict.encode(hyp);
    int[][] r = new int[refs.size()][];
    int refLen = -1;
    int closestDiff = -1;
    for (int i = 0; i < r.length; i++) {
      r[i] = dict.encode(refs.get(i));
      int len = r[i].length;
      int diff = Math.abs(hyp.length - len);
      if (closestDiff == -1 || diff < closestDiff) {
        closestDiff = diff;
        refLen = len;
      } else if (diff == closestDiff && len < refLen) {
        refLen = len;
      }
    }
    double[] row = new double[2 + 2 * MAX_ORDER];
    row[0] = hyp.length;
    row[1] = Math.max(refLen, 0);
    var fallback = Ngrams.newFallback();
    int maxId = dict.maxId();
    for (int n = 1; n <= MAX_ORDER; n++) {
      long[] hk = Ngrams.sortedKeys(h, n, maxId, fallback);
      long[][] rk = new long[r.length][];
      for (int i = 0; i < r.length; i++) {
        rk[i] = Ngrams.sortedKeys(r[i], n, maxId, fallback);
      }
      int correct = 0;
      if (rk.length == 1) {
        correct = Ngrams.clippedMatches(hk, rk[0]);
      } else {
        for (int i = 0; i < hk.length; ) {
          int j = i;
          while (j < hk.length && hk[j] == hk[i]) {
            j++;
          }
          int best = 0;
          for (long[] ref : rk) {
            best = Math.max(best, Ngrams.count(ref, hk[i]));
          }
          correct += Math.min(j - i, best);
          i = j;
        }
      }
      row[1 + n] = correct;
      row[1 + MAX_ORDER + n] = hk.length;
    }
    return row;
  }

  /** The full BLEU result for summed statistics. */
  public BleuScore result(double[] s) {
    return result(s, Arithmetic.FLOAT64);
  }

  /**
   * The BLEU result for summed statistics with every operation on the n-gram counts done in {@code
   * arithmetic}; sys_len and ref_len are integers either way (as in sacreBLEU).
   */
  private BleuScore result(double[] s, Arithmetic arithmetic) {
    int sysLen = (int) s[0];
    int refLen = (int) s[1];
    double[] correct = new double[MAX_ORDER];
    double[] total = new double[MAX_ORDER];
    for (int n = 0; n < MAX_ORDER; n++) {
      correct[n] = s[2 + n];
      total[n] = s[2 + MAX_ORDER + n];
    }
    double bp = 1.0;
    if (sysLen < refLen) {
      bp = sysLen > 0 ? Math.exp(1 - (double) refLen / sysLen) : 0.0;
    }
    double[] precisions = new double[MAX_ORDER];
    boolean anyCorrect = false;
    for (double c : correct) {
      anyCorrect |= c != 0;
    }
    if (!anyCorrect) {
      return new BleuScore(0.0, correct, total, precisions, bp, sysLen, refLen);
    }
    int effOrder = smoothedPrecisions(correct, total, precisions, arithmetic);
    double logSum = 0.0;
    for (int n = 0; n < effOrder; n++) {
      logSum += myLog(precisions[n]);
    }
    double score = bp * Math.exp(logSum / effOrder);
    return new BleuScore(score, correct, total, precisions, bp, sysLen, refLen);
  }

  /**
   * Fills {@code precisions} (percentages) with the configured smoothing, adding add-k's value to
   * {@code correct} and {@code total} in place; returns the order the geometric mean runs over.
   */
  private int smoothedPrecisions(
      double[] correct, double[] total, double[] precisions, Arithmetic arithmetic) {
    double smoothMteval = 1.0;
    int effOrder = MAX_ORDER;
    double sv = arithmetic.round(smoothValue);
    for (int n = 1; n <= MAX_ORDER; n++) {
      if (smoothMethod.equals("add-k") && n > 1) {
        correct[n - 1] = arithmetic.round(correct[n - 1] + sv);
        total[n - 1] = arithmetic.round(total[n - 1] + sv);
      }
      if (total[n - 1] == 0) {
        break;
      }
      if (effectiveOrder) {
        effOrder = n;
      }
      if (correct[n - 1] == 0) {
        if (smoothMethod.equals("exp")) {
          smoothMteval *= 2;
          precisions[n - 1] =
              arithmetic.round(100.0 / arithmetic.round(smoothMteval * total[n - 1]));
        } else if (smoothMethod.equals("floor")) {
          precisions[n - 1] =
              arithmetic.round(arithmetic.round(100.0 * smoothValue) / total[n - 1]);
        }
      } else {
        precisions[n - 1] =
            arithmetic.round(arithmetic.round(100.0 * correct[n - 1]) / total[n - 1]);
      }
    }
    return effOrder;
  }

  private static double myLog(double x) {
    return x == 0.0 ? -9999999999.0 : Math.log(x);
  }

  @Override
  public double score(double[] summed) {
    return result(summed).score();
  }

  @Override
  public double scoreFloat32(float[] s) {
    // sacreBLEU: sys_len and ref_len become Python ints; the n-gram counts stay numpy float32, so
    // each precision is a float32 (NumPy 2 keeps float32 when mixed with a Python float).
    return result(Arithmetic.widen(s), Arithmetic.FLOAT32).score();
  }

  @Override
  public boolean float32Scores() {
    return false;
  }

  @Override
  public String verbose(double[] summed) {
    return result(summed).verbose();
  }

  /** A BLEU result with sacreBLEU's details. */
  public record BleuScore(
      double score,
      double[] counts,
      double[] totals,
      double[] precisions,
      double bp,
      int sysLen,
      int refLen) {

    /** {@code sys_len / ref_len}, 0 when there is no reference text. */
    public double ratio() {
      return refLen == 0 ? 0 : (double) sysLen / refLen;
    }

    /**
     * sacreBLEU's text after the score: {@code 61.4/37.4/25.2/17.9 (BP = 1.000 ratio = 1.065
     * hyp_len = 75942 ref_len = 71331)}.
     */
    public String verbose() {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < precisions.length; i++) {
        if (i > 0) {
          b.append('/');
        }
        b.append(PyFormat.fixed(precisions[i], 1));
      }
      b.append(" (BP = ").append(PyFormat.fixed(bp, 3));
      b.append(" ratio = ").append(PyFormat.fixed(ratio(), 3));
      b.append(" hyp_len = ").append(sysLen);
      b.append(" ref_len = ").append(refLen).append(')');
      return b.toString();
    }
  }
}
