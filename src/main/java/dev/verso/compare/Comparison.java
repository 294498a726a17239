package dev.verso.compare;

import java.util.List;

/**
 * The result of a paired significance test of several systems against a baseline.
 *
 * @param test {@code bs} (paired bootstrap resampling) or {@code ar} (paired approximate
 *     randomisation)
 * @param samples resamples or trials
 * @param seed the random seed
 * @param baseline the baseline system's name
 * @param metrics one comparison per metric
 */
public record Comparison(
    String test, int samples, long seed, String baseline, List<MetricComparison> metrics) {

  public Comparison {
    metrics = List.copyOf(metrics);
  }
}
