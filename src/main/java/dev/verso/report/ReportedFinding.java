package dev.verso.report;

import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a system's {@code findings} in report.json (the contract CI pipelines read): the
 * finding with its stable id, its metric, where it is (field offsets, and line and column in the
 * field) and whether a suppression accepts it. {@link #toMap} gives the entry as written, its keys
 * in the order of the components; the core builds JSON from maps, not by reflection, so that it
 * runs beside other Jackson versions (Spark).
 *
 * @param id short hash of check, document, system, field, excerpt and occurrence
 * @param line line of {@code start} in the field, from 1 (0 when the span is not in the text)
 * @param column column of {@code start} in that line, from 1 (0 likewise)
 * @param text the excerpt the span covers, cut at 500 characters
 * @param evidence the check's machine-readable facts; null only in the page's slim entries, where
 *     it is left out
 */
public record ReportedFinding(
    String id,
    String metric,
    String check,
    String type,
    String severity,
    String field,
    int start,
    int end,
    int line,
    int column,
    String text,
    String message,
    List<String> suggestions,
    Map<String, Object> evidence,
    boolean suppressed) {

  /** The entry as report.json writes it (evidence left out when null). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("metric", metric);
    m.put("check", check);
    m.put("type", type);
    m.put("severity", severity);
    m.put("field", field);
    m.put("start", start);
    m.put("end", end);
    m.put("line", line);
    m.put("column", column);
    m.put("text", text);
    m.put("message", message);
    m.put("suggestions", suggestions);
    if (evidence != null) {
      m.put("evidence", evidence);
    }
    m.put("suppressed", suppressed);
    return m;
  }

  /** An entry read back from report.json (a map as {@link #toMap} writes it). */
  @SuppressWarnings("unchecked")
  public static ReportedFinding fromMap(Map<String, Object> m) {
    return new ReportedFinding(
        (String) m.get("id"),
        (String) m.get("metric"),
        (String) m.get("check"),
        (String) m.get("type"),
        (String) m.get("severity"),
        (String) m.get("field"),
        ((Number) m.get("start")).intValue(),
        ((Number) m.get("end")).intValue(),
        ((Number) m.get("line")).intValue(),
        ((Number) m.get("column")).intValue(),
        (String) m.get("text"),
        (String) m.get("message"),
        (List<String>) m.get("suggestions"),
        (Map<String, Object>) m.get("evidence"),
        Boolean.TRUE.equals(m.get("suppressed")));
  }

  /** Entries as report.json writes them. */
  public static List<Map<String, Object>> toMaps(List<ReportedFinding> findings) {
    List<Map<String, Object>> out = new ArrayList<>(findings.size());
    for (ReportedFinding f : findings) {
      out.add(f.toMap());
    }
    return out;
  }

  /** This entry without its evidence (the page keeps evidence for its full views only). */
  public ReportedFinding withoutEvidence() {
    return new ReportedFinding(
        id,
        metric,
        check,
        type,
        severity,
        field,
        start,
        end,
        line,
        column,
        text,
        message,
        suggestions,
        null,
        suppressed);
  }

  /** The finding this entry reports, tagged with its metric. */
  public ReportModel.Tagged tagged() {
    return new ReportModel.Tagged(
        metric,
        new Finding(
            check,
            IssueType.fromId(type),
            Severity.parse(severity),
            field,
            new Span(start, end),
            message,
            suggestions,
            evidence == null ? Map.of() : evidence));
  }
}
