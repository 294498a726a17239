package dev.verso.metric;

import java.util.List;
import java.util.Map;

/**
 * A factory for one metric, found with {@link java.util.ServiceLoader} through {@code
 * META-INF/services/dev.verso.metric.MetricProvider}. Implementations need a public no-argument
 * constructor.
 */
public interface MetricProvider {

  /** The metric id, stable UPPER_SNAKE. */
  String id();

  /** One sentence saying what the metric measures. */
  String description();

  /** The options {@link #create} accepts, with defaults. */
  default List<OptionSpec> options() {
    return List.of();
  }

  /**
   * Every check the metric's findings can carry. Built-in metrics declare all of theirs; gates and
   * suppressions may only name declared checks (unless a plug-in declares none).
   */
  default List<CheckSpec> checks() {
    return List.of();
  }

  /** Whether {@code evaluate} runs this metric when the user does not list metrics. */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * Creates the metric with the given options (missing ones take their defaults).
   *
   * @throws IllegalArgumentException for an unknown option or a bad value, naming it
   */
  Metric create(Map<String, String> options);
}
