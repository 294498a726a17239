package dev.verso.metric;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Column sums of the statistics of every unit, per system and metric, added in document order so
 * that the corpus scores are identical whatever the number of threads.
 */
public final class CorpusTotals {
  private final List<Metric> metrics;
  private final Map<String, Map<String, double[]>> sums = new TreeMap<>();
  private final Map<String, Map<String, Integer>> units = new TreeMap<>();
  private final Map<String, Map<String, Integer>> findings = new TreeMap<>();
  private final long[] bySeverity = new long[dev.verso.model.Severity.values().length];
  private long documents;
  private long systemUnits;

  public CorpusTotals(List<Metric> metrics) {
    this.metrics = List.copyOf(metrics);
  }

  /** Adds one document's results. */
  public void add(DocumentResult doc) {
    documents++;
    systemUnits += doc.units().size();
    for (UnitResult u : doc.units()) {
      for (dev.verso.model.Finding f : u.findings()) {
        bySeverity[f.severity().ordinal()]++;
      }
      Map<String, double[]> bySystem = sums.computeIfAbsent(u.system(), k -> new TreeMap<>());
      Map<String, Integer> counts = units.computeIfAbsent(u.system(), k -> new TreeMap<>());
      Map<String, Integer> fc = findings.computeIfAbsent(u.system(), k -> new TreeMap<>());
      for (var e : u.measurements().entrySet()) {
        double[] s = e.getValue().stats();
        if (s == null) {
          continue;
        }
        double[] acc = bySystem.computeIfAbsent(e.getKey(), k -> new double[s.length]);
        if (acc.length != s.length) {
          throw new IllegalStateException(
              "metric "
                  + e.getKey()
                  + " returned "
                  + s.length
                  + " statistics, expected "
                  + acc.length);
        }
        for (int i = 0; i < s.length; i++) {
          acc[i] += s[i];
        }
        counts.merge(e.getKey(), 1, Integer::sum);
        fc.merge(e.getKey(), e.getValue().findings().size(), Integer::sum);
      }
    }
  }

  /**
   * Counts one document of {@code units} (document, system) units, for callers that add its
   * measurements with {@link #add(String, String, double[], int)} and its findings with {@link
   * #addFindings}.
   */
  public void addDocument(int units) {
    documents++;
    systemUnits += units;
  }

  /** Counts {@code n} findings of one severity (see {@link #addDocument}). */
  public void addFindings(dev.verso.model.Severity severity, long n) {
    bySeverity[severity.ordinal()] += n;
  }

  /** Documents added. */
  public long documentCount() {
    return documents;
  }

  /** (document, system) units added. */
  public long systemUnitCount() {
    return systemUnits;
  }

  /** Findings of one severity over every unit added, suppressed ones included. */
  public long findingCount(dev.verso.model.Severity severity) {
    return bySeverity[severity.ordinal()];
  }

  /**
   * Adds one unit's measurement by one metric given only its statistics and number of findings, for
   * callers that keep no {@link DocumentResult} (distributed runs); units must come in document
   * order for sums identical to {@link #add(DocumentResult)}'s.
   *
   * @param stats the statistics, or null when the metric did not apply (then nothing is added)
   */
  public void add(String system, String metricId, double[] stats, int findingCount) {
    Map<String, double[]> bySystem = sums.computeIfAbsent(system, k -> new TreeMap<>());
    Map<String, Integer> counts = units.computeIfAbsent(system, k -> new TreeMap<>());
    Map<String, Integer> fc = findings.computeIfAbsent(system, k -> new TreeMap<>());
    if (stats == null) {
      return;
    }
    double[] acc = bySystem.computeIfAbsent(metricId, k -> new double[stats.length]);
    if (acc.length != stats.length) {
      throw new IllegalStateException(
          "metric "
              + metricId
              + " returned "
              + stats.length
              + " statistics, expected "
              + acc.length);
    }
    for (int i = 0; i < stats.length; i++) {
      acc[i] += stats[i];
    }
    counts.merge(metricId, 1, Integer::sum);
    fc.merge(metricId, findingCount, Integer::sum);
  }

  /** Systems seen, sorted. */
  public List<String> systems() {
    return List.copyOf(sums.keySet());
  }

  /** The summed statistics of a system for a metric, or null when no unit applied. */
  public double[] sum(String system, String metricId) {
    double[] s = sums.getOrDefault(system, Map.of()).get(metricId);
    return s == null ? null : Arrays.copyOf(s, s.length);
  }

  /** How many units of {@code system} contributed to {@code metricId}. */
  public int unitCount(String system, String metricId) {
    return units.getOrDefault(system, Map.of()).getOrDefault(metricId, 0);
  }

  /** How many findings {@code metricId} reported for {@code system}. */
  public int findingCount(String system, String metricId) {
    return findings.getOrDefault(system, Map.of()).getOrDefault(metricId, 0);
  }

  /**
   * Corpus scores of a system: metric id to score, for metrics with at least one applicable unit.
   */
  public Map<String, Double> scores(String system) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Metric m : metrics) {
      double[] s = sum(system, m.id());
      if (s != null) {
        out.put(m.id(), m.score(s));
      }
    }
    return out;
  }
}
