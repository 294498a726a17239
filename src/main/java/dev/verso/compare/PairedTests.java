package dev.verso.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paired significance tests of N systems against a baseline on the same units, as sacreBLEU 2.x
 * runs them: paired bootstrap resampling ({@code --paired-bs}) and paired approximate randomisation
 * ({@code --paired-ar}). One NumPy-identical random matrix (seeded like {@code
 * numpy.random.default_rng(seed)}) serves every system and metric; statistics rows are resampled,
 * never re-measured; p = (c + 1) / (n + 1), where c counts resampled differences at least as large
 * as the observed one (for the bootstrap, after centring them on their mean).
 *
 * <p>Ties. sacreBLEU counts resampled differences strictly larger than the observed one. For a
 * continuous statistic that is the same count, but when per-document statistics tie it is not: two
 * identical systems (observed difference 0, every resample 0) get p = 1/(n+1) and are called
 * significantly different, and in approximate randomisation a pair that differs on one document
 * gives every trial exactly the observed difference, so again p = 1/(n+1). The p-value is P(T &ge;
 * t) under the null hypothesis, so here:
 *
 * <ul>
 *   <li>an observed difference of zero gives p = 1 (nothing to explain), for every metric;
 *   <li>a bootstrap over a single document (nothing to resample) gives p = 1;
 *   <li>for Verso's own metrics, whose per-document statistics are small counts that tie often, a
 *       resampled difference equal to the observed one counts as at least as large (within {@link
 *       #TIE_TOLERANCE}, relative, for double-precision sums);
 *   <li>for the reference metrics that sacreBLEU defines (BLEU, chrF, TER: scorers that resample in
 *       float32), the count stays sacreBLEU's strictly-larger one, so those p-values are
 *       sacreBLEU's whenever the observed difference is not zero.
 * </ul>
 */
public final class PairedTests {
  /** sacreBLEU's default number of bootstrap resamples. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** sacreBLEU's default number of randomisation trials. */
  public static final int DEFAULT_TRIALS = 10000;

  /** sacreBLEU's default seed ({@code SACREBLEU_SEED}). */
  public static final long DEFAULT_SEED = 12345;

  /**
   * Relative tolerance within which a resampled difference of double-precision sums counts as equal
   * to the observed one (sums of the same integers in another order differ only in the last bits).
   */
  public static final double TIE_TOLERANCE = 1e-9;

  private PairedTests() {}

  /**
   * Paired bootstrap resampling.
   *
   * @param systems system names, in the order of each metric's {@code statsBySystem}
   * @param baseline index of the baseline system
   */
  public static Comparison bootstrap(
      List<String> systems, List<ComparedMetric> metrics, int baseline, int resamples, long seed) {
    int n = checkedUnits(systems, metrics, baseline);
    if (resamples < 1) {
      throw new IllegalArgumentException("the number of resamples must be positive");
    }
    int[][] idx = new NumpyRandom(seed).choiceMatrix(n, resamples);
    List<Integer> order = order(systems.size(), baseline);
    List<MetricComparison> out = new ArrayList<>();
    for (ComparedMetric m : metrics) {
      StatScorer sc = m.scorer();
      double[][] blStats = m.statsBySystem().get(baseline);
      double blScore = sc.score(sum(blStats));
      Resampled bl = resample(sc, blStats, idx);
      List<SystemResult> results = new ArrayList<>();
      for (int s : order) {
        double[][] st = m.statsBySystem().get(s);
        double score = s == baseline ? blScore : sc.score(sum(st));
        Resampled r = s == baseline ? bl : resample(sc, st, idx);
        Double p = null;
        if (s != baseline) {
          double diff = Math.abs(blScore - score);
          p = n < 2 || noDifference(diff) ? 1.0 : bootstrapP(bl, r, diff, resamples);
        }
        results.add(
            new SystemResult(
                systems.get(s), s == baseline, score, r.mean, r.ci, score - blScore, p));
      }
      out.add(new MetricComparison(m.name(), m.signature(), m.higherIsBetter(), results));
    }
    return new Comparison("bs", resamples, seed, systems.get(baseline), out);
  }

  /**
   * Paired approximate randomisation: in each trial every unit's statistics are swapped between the
   * system and the baseline with probability 1/2.
   */
  public static Comparison approximateRandomization(
      List<String> systems, List<ComparedMetric> metrics, int baseline, int trials, long seed) {
    int n = checkedUnits(systems, metrics, baseline);
    if (trials < 1) {
      throw new IllegalArgumentException("the number of trials must be positive");
    }
    boolean[][] pos = new NumpyRandom(seed).booleanMatrix(n, trials);
    List<Integer> order = order(systems.size(), baseline);
    List<MetricComparison> out = new ArrayList<>();
    for (ComparedMetric m : metrics) {
      StatScorer sc = m.scorer();
      double[][] blStats = m.statsBySystem().get(baseline);
      double[] blTotal = sum(blStats);
      double blScore = sc.score(blTotal);
      List<SystemResult> results = new ArrayList<>();
      for (int s : order) {
        if (s == baseline) {
          results.add(new SystemResult(systems.get(s), true, blScore, null, null, 0.0, null));
          continue;
        }
        double[][] st = m.statsBySystem().get(s);
        double[] total = sum(st);
        double score = sc.score(total);
        double diff = Math.abs(blScore - score);
        if (noDifference(diff)) {
          results.add(
              new SystemResult(systems.get(s), false, score, null, null, score - blScore, 1.0));
          continue;
        }
        boolean ties = !sc.resamplesInFloat32();
        int k = blTotal.length;
        // Trial sums: a = baseline's units where the row is true, the system's elsewhere, i.e.
        // a = total(system) + sum over true units of (baseline - system); b = total(baseline) -
        // that
        // sum. Exact for integer statistics (sacreBLEU sums them as int64).
        double[] delta = new double[n * k];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < k; j++) {
            delta[i * k + j] = blStats[i][j] - st[i][j];
          }
        }
        double[] shift = new double[k];
        double[] a = new double[k];
        double[] b = new double[k];
        int c = 0;
        for (boolean[] row : pos) {
          Arrays.fill(shift, 0);
          for (int i = 0; i < n; i++) {
            if (row[i]) {
              int o = i * k;
              for (int j = 0; j < k; j++) {
                shift[j] += delta[o + j];
              }
            }
          }
          for (int j = 0; j < k; j++) {
            a[j] = total[j] + shift[j];
            b[j] = blTotal[j] - shift[j];
          }
          double t = Math.abs(sc.score(a) - sc.score(b));
          if (ties ? atLeast(t, diff) : t > diff) {
            c++;
          }
        }
        double p = (c + 1.0) / (trials + 1.0);
        results.add(new SystemResult(systems.get(s), false, score, null, null, score - blScore, p));
      }
      out.add(new MetricComparison(m.name(), m.signature(), m.higherIsBetter(), results));
    }
    return new Comparison("ar", trials, seed, systems.get(baseline), out);
  }

  /**
   * A single system's bootstrap estimate, as sacreBLEU's {@code --confidence} prints it: {@code
   * {mean, ci}} where the mean is the exact mean of the resampled scores (Python's {@code
   * statistics.mean}) and ci half the spread between the 2.5% tails.
   */
  public static double[] confidence(StatScorer scorer, double[][] stats, int resamples, long seed) {
    if (stats.length == 0 || resamples < 1) {
      throw new IllegalArgumentException(
          "confidence estimation needs units and at least one resample");
    }
    int[][] idx = new NumpyRandom(seed).choiceMatrix(stats.length, resamples);
    Resampled r = resample(scorer, stats, idx);
    int lower = resamples / 40;
    int upper = resamples - lower - 1;
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    double ci;
    if (r.f != null) {
      float[] sorted = r.f.clone();
      Arrays.sort(sorted);
      for (float v : sorted) {
        total = total.add(new java.math.BigDecimal(v));
      }
      ci = 0.5f * (sorted[upper] - sorted[lower]);
      double mean =
          total
              .divide(java.math.BigDecimal.valueOf(resamples), java.math.MathContext.DECIMAL128)
              .doubleValue();
      return new double[] {(float) mean, ci};
    }
    double[] sorted = r.d.clone();
    Arrays.sort(sorted);
    for (double v : sorted) {
      total = total.add(new java.math.BigDecimal(v));
    }
    ci = 0.5 * (sorted[upper] - sorted[lower]);
    double mean =
        total
            .divide(java.math.BigDecimal.valueOf(resamples), java.math.MathContext.DECIMAL128)
            .doubleValue();
    return new double[] {mean, ci};
  }

  private static int checkedUnits(
      List<String> systems, List<ComparedMetric> metrics, int baseline) {
    if (systems.size() < 2) {
      throw new IllegalArgumentException("paired tests need at least two systems");
    }
    if (baseline < 0 || baseline >= systems.size()) {
      throw new IllegalArgumentException("baseline index " + baseline + " is out of range");
    }
    int n = -1;
    for (ComparedMetric m : metrics) {
      if (m.statsBySystem().size() != systems.size()) {
        throw new IllegalArgumentException(
            "metric "
                + m.name()
                + " has statistics for "
                + m.statsBySystem().size()
                + " systems, expected "
                + systems.size());
      }
      for (double[][] st : m.statsBySystem()) {
        if (n == -1) {
          n = st.length;
        } else if (st.length != n) {
          throw new IllegalArgumentException(
              "all systems must be measured on the same units: "
                  + st.length
                  + " vs "
                  + n
                  + " rows");
        }
      }
    }
    if (n <= 0) {
      throw new IllegalArgumentException("nothing to compare: no units");
    }
    return n;
  }

  private static List<Integer> order(int count, int baseline) {
    List<Integer> o = new ArrayList<>();
    o.add(baseline);
    for (int i = 0; i < count; i++) {
      if (i != baseline) {
        o.add(i);
      }
    }
    return o;
  }

  private static double[] sum(double[][] rows) {
    double[] t = new double[rows[0].length];
    for (double[] r : rows) {
      for (int j = 0; j < t.length; j++) {
        t[j] += r[j];
      }
    }
    return t;
  }

  /** Resampled scores of one system: float32 or float64 values, with sacreBLEU's mean and CI. */
  private static final class Resampled {
    float[] f;
    double[] d;
    Double mean;
    Double ci;
  }

  private static Resampled resample(StatScorer sc, double[][] stats, int[][] idx) {
    int samples = idx.length;
    int k = stats[0].length;
    Resampled r = new Resampled();
    if (sc.resamplesInFloat32()) {
      float[] flat = new float[stats.length * k];
      for (int i = 0; i < stats.length; i++) {
        for (int j = 0; j < k; j++) {
          flat[i * k + j] = (float) stats[i][j];
        }
      }
      float[] acc = new float[k];
      boolean f32 = sc.float32Scores();
      if (f32) {
        r.f = new float[samples];
      } else {
        r.d = new double[samples];
      }
      for (int s = 0; s < samples; s++) {
        Arrays.fill(acc, 0f);
        for (int i : idx[s]) {
          int o = i * k;
          for (int j = 0; j < k; j++) {
            acc[j] += flat[o + j];
          }
        }
        double v = sc.scoreFloat32(acc);
        if (f32) {
          r.f[s] = (float) v;
        } else {
          r.d[s] = v;
        }
      }
    } else {
      r.d = new double[samples];
      double[] acc = new double[k];
      for (int s = 0; s < samples; s++) {
        Arrays.fill(acc, 0);
        for (int i : idx[s]) {
          double[] row = stats[i];
          for (int j = 0; j < k; j++) {
            acc[j] += row[j];
          }
        }
        r.d[s] = sc.score(acc);
      }
    }
    // sacreBLEU's estimate_ci: sort, mean of the sorted values, half the spread of the 2.5% tails.
    int lower = samples / 40;
    int upper = samples - lower - 1;
    if (r.f != null) {
      float[] sorted = r.f.clone();
      Arrays.sort(sorted);
      r.mean = (double) NumpySums.mean(sorted);
      r.ci = (double) (0.5f * (sorted[upper] - sorted[lower]));
    } else {
      double[] sorted = r.d.clone();
      Arrays.sort(sorted);
      r.mean = NumpySums.mean(sorted);
      r.ci = 0.5 * (sorted[upper] - sorted[lower]);
    }
    return r;
  }

  private static double bootstrapP(Resampled bl, Resampled sys, double diff, int samples) {
    int c = 0;
    if (sys.f != null) {
      float[] d = new float[samples];
      for (int s = 0; s < samples; s++) {
        d[s] = Math.abs(sys.f[s] - bl.f[s]);
      }
      float mean = NumpySums.mean(d);
      float threshold = (float) diff;
      for (int s = 0; s < samples; s++) {
        if (d[s] - mean > threshold) {
          c++;
        }
      }
    } else {
      double[] d = new double[samples];
      for (int s = 0; s < samples; s++) {
        d[s] = Math.abs(sys.d[s] - bl.d[s]);
      }
      double mean = NumpySums.mean(d);
      for (int s = 0; s < samples; s++) {
        if (atLeast(d[s] - mean, diff)) {
          c++;
        }
      }
    }
    return (c + 1.0) / (samples + 1.0);
  }

  /**
   * Whether the observed difference is zero: NaN scores on both sides also count as no difference.
   */
  private static boolean noDifference(double diff) {
    return diff == 0.0 || Double.isNaN(diff);
  }

  /** {@code value >= observed}, with ties within {@link #TIE_TOLERANCE} (relative) counted. */
  static boolean atLeast(double value, double observed) {
    return value >= observed - TIE_TOLERANCE * Math.max(1.0, Math.abs(observed));
  }
}
