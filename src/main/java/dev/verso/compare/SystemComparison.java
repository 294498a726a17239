package dev.verso.compare;

import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the systems of an evaluation on every metric: a paired test (bootstrap or approximate
 * randomisation) against a baseline over the documents every system has a score for, and a
 * per-document win/tie/loss count against the baseline.
 *
 * @param comparison the paired test's result per metric
 * @param units metric id to the number of paired documents used
 * @param winTieLoss metric id to system to {wins, ties, losses} against the baseline, by document
 *     score
 */
public record SystemComparison(
    Comparison comparison, Map<String, Integer> units, Map<String, Map<String, int[]>> winTieLoss) {

  /** Tests available to {@link #of}. */
  public enum Test {
    /** Paired bootstrap resampling (sacreBLEU {@code --paired-bs}). */
    BOOTSTRAP,
    /** Paired approximate randomisation (sacreBLEU {@code --paired-ar}). */
    RANDOMIZATION
  }

  /**
   * Compares the systems of {@code r}, or returns null when it has fewer than two systems.
   *
   * @param baseline the baseline system, or null for the first system in name order
   * @throws IllegalArgumentException when {@code baseline} is not one of the systems
   */
  public static SystemComparison of(
      EvaluationResult r, String baseline, Test test, int samples, long seed) {
    List<String> systems = new ArrayList<>(r.corpus().systems());
    if (systems.size() < 2) {
      return null;
    }
    if (baseline != null) {
      if (!systems.remove(baseline)) {
        throw new IllegalArgumentException(
            "baseline system '"
                + baseline
                + "' is not among the systems: "
                + String.join(", ", r.corpus().systems()));
      }
      systems.add(0, baseline);
    }
    List<ComparedMetric> compared = new ArrayList<>();
    Map<String, Integer> units = new LinkedHashMap<>();
    Map<String, Map<String, int[]>> wtl = new LinkedHashMap<>();
    for (Metric m : r.metrics()) {
      List<List<double[]>> rows = new ArrayList<>();
      for (int s = 0; s < systems.size(); s++) {
        rows.add(new ArrayList<>());
      }
      Map<String, int[]> counts = new LinkedHashMap<>();
      for (int s = 1; s < systems.size(); s++) {
        counts.put(systems.get(s), new int[3]);
      }
      for (DocumentResult d : r.documents()) {
        double[][] unit = new double[systems.size()][];
        for (UnitResult u : d.units()) {
          int s = systems.indexOf(u.system());
          Measurement ms = u.measurements().get(m.id());
          if (s >= 0 && ms != null && ms.applicable()) {
            unit[s] = ms.stats();
          }
        }
        boolean complete = true;
        for (double[] row : unit) {
          complete &= row != null;
        }
        if (!complete) {
          continue;
        }
        for (int s = 0; s < systems.size(); s++) {
          rows.get(s).add(unit[s]);
        }
        double base = m.score(unit[0]);
        for (int s = 1; s < systems.size(); s++) {
          double v = m.score(unit[s]);
          int[] c = counts.get(systems.get(s));
          if (Double.isNaN(v) || Double.isNaN(base) || Math.abs(v - base) < 1e-12) {
            c[1]++;
          } else if ((v > base) == m.higherIsBetter()) {
            c[0]++;
          } else {
            c[2]++;
          }
        }
      }
      if (rows.get(0).isEmpty()) {
        continue;
      }
      List<double[][]> bySystem = new ArrayList<>();
      for (List<double[]> l : rows) {
        bySystem.add(l.toArray(new double[0][]));
      }
      compared.add(
          new ComparedMetric(
              m.id(), m.signature().text(), m.higherIsBetter(), StatScorer.of(m), bySystem));
      units.put(m.id(), rows.get(0).size());
      wtl.put(m.id(), counts);
    }
    if (compared.isEmpty()) {
      return null;
    }
    Comparison c =
        test == Test.BOOTSTRAP
            ? PairedTests.bootstrap(systems, compared, 0, samples, seed)
            : PairedTests.approximateRandomization(systems, compared, 0, samples, seed);
    return new SystemComparison(c, units, wtl);
  }
}
