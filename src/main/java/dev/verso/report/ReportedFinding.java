package dev.verso.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.List;
import java.util.Map;

/**
 * One entry of a system's {@code findings} in report.json (the contract CI pipelines read): the
 * finding with its stable id, its metric, where it is (field offsets, and line and column in the
 * field) and whether a suppression accepts it. The components are written in this order.
 *
 * @param id short hash of check, document, system, field, excerpt and occurrence
 * @param line line of {@code start} in the field, from 1 (0 when the span is not in the text)
 * @param column column of {@code start} in that line, from 1 (0 likewise)
 * @param text the excerpt the span covers, cut at 500 characters
 * @param evidence the check's machine-readable facts; null only in the page's slim entries, where
 *     it is left out
 */
@JsonPropertyOrder({
  "id",
  "metric",
  "check",
  "type",
  "severity",
  "field",
  "start",
  "end",
  "line",
  "column",
  "text",
  "message",
  "suggestions",
  "evidence",
  "suppressed"
})
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
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> evidence,
    boolean suppressed) {

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
    IssueType issueType = null;
    for (IssueType t : IssueType.values()) {
      if (t.id().equals(type)) {
        issueType = t;
      }
    }
    return new ReportModel.Tagged(
        metric,
        new Finding(
            check,
            issueType,
            Severity.parse(severity),
            field,
            new Span(start, end),
            message,
            suggestions,
            evidence == null ? Map.of() : evidence));
  }
}
