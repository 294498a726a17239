package dev.verso.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One system's part of a document entry in report.json: its scores (null where a score is not a
 * number), summed statistics, the notes of metrics that did not apply, metric details, metric
 * failures and findings. {@link #toMap} gives the entry as written, its keys in the order of the
 * components.
 */
public record ReportedUnit(
    String system,
    Map<String, Object> scores,
    Map<String, Object> stats,
    Map<String, Object> notApplicable,
    Map<String, Object> details,
    Map<String, Object> failures,
    List<ReportedFinding> findings) {

  /** The entry as report.json writes it. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("system", system);
    m.put("scores", scores);
    m.put("stats", stats);
    m.put("notApplicable", notApplicable);
    m.put("details", details);
    m.put("failures", failures);
    m.put("findings", ReportedFinding.toMaps(findings));
    return m;
  }

  /** An entry read back from report.json. */
  @SuppressWarnings("unchecked")
  public static ReportedUnit fromMap(Map<String, Object> m) {
    List<ReportedFinding> findings = new ArrayList<>();
    for (Object f : (List<Object>) m.get("findings")) {
      findings.add(ReportedFinding.fromMap((Map<String, Object>) f));
    }
    return new ReportedUnit(
        (String) m.get("system"),
        (Map<String, Object>) m.get("scores"),
        (Map<String, Object>) m.get("stats"),
        (Map<String, Object>) m.get("notApplicable"),
        (Map<String, Object>) m.get("details"),
        (Map<String, Object>) m.get("failures"),
        findings);
  }

  /** This entry with other findings. */
  public ReportedUnit withFindings(List<ReportedFinding> other) {
    return new ReportedUnit(system, scores, stats, notApplicable, details, failures, other);
  }

  /** The scores as numbers, NaN where the entry has null. */
  public Map<String, Double> scoreValues() {
    Map<String, Double> out = new LinkedHashMap<>();
    scores.forEach((k, v) -> out.put(k, v == null ? Double.NaN : ((Number) v).doubleValue()));
    return out;
  }
}
