package dev.verso.spark;

import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics of one run, created once per JVM (per executor) and shared by every task and partition
 * in it: dictionaries and models load once per executor, not once per document or partition. Metrics
 * are thread-safe (the CLI shares them between its threads too).
 */
public final class Engine {
  /** What a run's metrics are made from; small and serialisable, shipped with every task. */
  public record Settings(List<String> metricIds, Map<String, Map<String, String>> metricOptions) implements Serializable {
    /** Copies into sorted maps, so that equal settings are equal and hash alike. */
    public Settings {
      metricIds = List.copyOf(metricIds);
      Map<String, Map<String, String>> o = new TreeMap<>();
      metricOptions.forEach((k, v) -> o.put(k, new TreeMap<>(v)));
      metricOptions = o;
    }
  }

  /**
   * The CLI's per-document bounds: a document with a field longer than {@code maxFieldChars} is
   * not evaluated, and one whose evaluation runs past {@code timeoutSeconds} (0: no limit) is given
   * up; both become errors of the run.
   */
  public record Limits(int maxFieldChars, int timeoutSeconds) implements Serializable {
    /** The CLI's defaults. */
    public static final Limits DEFAULT =
        new Limits(Evaluator.DEFAULT_MAX_FIELD_CHARS, Evaluator.DEFAULT_TIMEOUT_SECONDS);

    /** Rejects a field limit under 1 and a negative time limit. */
    public Limits {
      if (maxFieldChars < 1) {
        throw new IllegalArgumentException("--max-field-chars must be at least 1, got " + maxFieldChars);
      }
      if (timeoutSeconds < 0) {
        throw new IllegalArgumentException("--document-timeout must be 0 (no limit) or more, got " + timeoutSeconds);
      }
    }
  }

  private static final Map<Settings, Engine> ENGINES = new LinkedHashMap<>();

  private final List<Metric> metrics;
  private final Evaluator evaluator;

  private Engine(Settings s) {
    this.metrics = MetricRegistry.load().create(s.metricIds(), s.metricOptions());
    this.evaluator = new Evaluator(metrics, 1);
  }

  /** The engine for {@code s} in this JVM, created on first use. */
  public static Engine get(Settings s) {
    synchronized (ENGINES) {
      return ENGINES.computeIfAbsent(s, Engine::new);
    }
  }

  /** The metrics, in the order the report lists them. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** The single-threaded evaluator (Spark runs one task per core). */
  public Evaluator evaluator() {
    return evaluator;
  }

  /** The metric with this id. */
  public Metric metric(String id) {
    for (Metric m : metrics) {
      if (m.id().equals(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no metric " + id + " in this run");
  }
}
