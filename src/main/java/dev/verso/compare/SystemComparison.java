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
    List<Map<String, Map<String, double[]>>> docs = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      docs.add(applicableStats(d));
    }
    return of(r.metrics(), r.corpus().systems(), docs, baseline, test, samples, seed);
  }

  /** One document's applicable statistics: system to metric id to statistics. */
  public static Map<String, Map<String, double[]>> applicableStats(DocumentResult d) {
    Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
    for (UnitResult u : d.units()) {
      Map<String, double[]> m = new LinkedHashMap<>();
      for (var e : u.measurements().entrySet()) {
        Measurement ms = e.getValue();
        if (ms.applicable()) {
          m.put(e.getKey(), ms.stats());
        }
      }
      out.put(u.system(), m);
    }
    return out;
  }

  /**
   * Compares {@code corpusSystems} over documents given by their applicable statistics (system to
   * metric id to statistics, in report order), or returns null when there are fewer than two
   * systems.
   *
   * @param baseline the baseline system, or null for the first system in name order
   * @throws IllegalArgumentException when {@code baseline} is not one of the systems
   */
  public static SystemComparison of(
      List<Metric> metricList,
      List<String> corpusSystems,
      Iterable<Map<String, Map<String, double[]>>> documents,
      String baseline,
      Test test,
      int samples,
      long seed) {
    List<String> systems = new ArrayList<>(corpusSystems);
    if (systems.size() < 2) {
      return null;
    }
    if (baseline != null) {
      if (!systems.remove(baseline)) {
        throw new IllegalArgumentException(
            "baseline system '"
                + baseline
                + "' is not among the systems: "
                + String.join(", ", corpusSystems));
      }
      systems.add(0, baseline);
    }
    int n = systems.size();
    List<List<List<double[]>>> rows = new ArrayList<>(); // metric, system, document
    List<Map<String, int[]>> counts = new ArrayList<>();
    for (int k = 0; k < metricList.size(); k++) {
      List<List<double[]>> bySystem = new ArrayList<>();
      Map<String, int[]> c = new LinkedHashMap<>();
      for (int s = 0; s < n; s++) {
        bySystem.add(new ArrayList<>());
        if (s > 0) {
          c.put(systems.get(s), new int[3]);
        }
      }
      rows.add(bySystem);
      counts.add(c);
    }
    for (Map<String, Map<String, double[]>> doc : documents) {
      for (int k = 0; k < metricList.size(); k++) {
        Metric m = metricList.get(k);
        double[][] unit = new double[n][];
        boolean complete = true;
        for (int s = 0; s < n && complete; s++) {
          unit[s] = doc.getOrDefault(systems.get(s), Map.of()).get(m.id());
          complete = unit[s] != null;
        }
        if (complete) {
          addPaired(m, systems, unit, rows.get(k), counts.get(k));
        }
      }
    }
    List<ComparedMetric> compared = new ArrayList<>();
    Map<String, Integer> units = new LinkedHashMap<>();
    Map<String, Map<String, int[]>> wtl = new LinkedHashMap<>();
    for (int k = 0; k < metricList.size(); k++) {
      Metric m = metricList.get(k);
      if (rows.get(k).get(0).isEmpty()) {
        continue;
      }
      List<double[][]> bySystem = new ArrayList<>();
      for (List<double[]> l : rows.get(k)) {
        bySystem.add(l.toArray(new double[0][]));
      }
      compared.add(
          new ComparedMetric(
              m.id(), m.signature().text(), m.higherIsBetter(), StatScorer.of(m), bySystem));
      units.put(m.id(), rows.get(k).get(0).size());
      wtl.put(m.id(), counts.get(k));
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

  /** Adds one document scored by every system: its rows and the win/tie/loss counts. */
  private static void addPaired(
      Metric m,
      List<String> systems,
      double[][] unit,
      List<List<double[]>> rows,
      Map<String, int[]> counts) {
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
}
