package dev.verso.metric;

import dev.verso.model.Finding;
import java.util.List;
import java.util.Map;

/**
 * What a metric measured on one (document, system) unit: a row of sufficient statistics (summed
 * over units to get corpus scores), the findings, and optional per-segment details for the report.
 *
 * @param stats sufficient statistics, or null when the metric does not apply to this unit
 * @param findings problems found, possibly empty
 * @param details JSON-serialisable extra results (e.g. per-sentence scores), sorted by key
 * @param note why the metric did not apply, when {@code stats} is null
 */
public record Measurement(
    double[] stats, List<Finding> findings, Map<String, Object> details, String note) {

  public Measurement {
    findings = List.copyOf(findings == null ? List.of() : findings);
    details = dev.verso.model.Canonical.map(details);
  }

  /** Statistics and findings, no details. */
  public static Measurement of(double[] stats, List<Finding> findings) {
    return new Measurement(stats, findings, Map.of(), null);
  }

  /** The metric has nothing to measure on this unit (e.g. no source text); the reason is kept. */
  public static Measurement notApplicable(String reason) {
    return new Measurement(null, List.of(), Map.of(), reason);
  }

  /** True when this unit contributes statistics to the corpus score. */
  public boolean applicable() {
    return stats != null;
  }
}
