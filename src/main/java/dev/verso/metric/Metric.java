package dev.verso.metric;

import java.util.List;

/**
 * A configured metric. It measures one (document, system) unit in one pass, returning sufficient
 * statistics and findings; its corpus score comes from the column sums of those rows, so resampling
 * for significance tests never re-runs it. Implementations must be thread-safe and stateless
 * between units.
 */
public interface Metric {

  /** Stable UPPER_SNAKE id, e.g. {@code COVERAGE}. */
  String id();

  /** The configuration identity printed with every score. */
  Signature signature();

  /** Names of the statistics, in the order {@link #measure} returns them. */
  List<String> statNames();

  /** Measures one unit. Throwing marks the unit as failed for this metric only. */
  Measurement measure(EvaluationContext unit);

  /** The score for summed statistics (one unit's, or a whole corpus's); NaN when undefined. */
  double score(double[] summedStats);

  /** Whether a larger score is better (false for error rates such as TER). */
  default boolean higherIsBetter() {
    return true;
  }
}
