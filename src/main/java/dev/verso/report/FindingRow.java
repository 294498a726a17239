package dev.verso.report;

import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.TextPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One finding as reported (the map written to report.json), with its document and system; the
 * common input of the CI outputs (gates, SARIF, JUnit, GitHub annotations).
 */
public record FindingRow(Document document, String system, Map<String, Object> finding) {

  /** All findings of a result in report order. */
  @SuppressWarnings("unchecked")
  public static List<FindingRow> of(EvaluationResult r, Suppressions suppressions) {
    List<FindingRow> out = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      for (UnitResult u : d.units()) {
        for (Object o : ReportModel.findings(r.metrics(), d, u, suppressions)) {
          out.add(new FindingRow(d.document(), u.system(), (Map<String, Object>) o));
        }
      }
    }
    return out;
  }

  /** The findings of one document in report order. */
  @SuppressWarnings("unchecked")
  public static List<FindingRow> of(
      List<dev.verso.metric.Metric> metrics, DocumentResult d, Suppressions suppressions) {
    List<FindingRow> out = new ArrayList<>();
    for (UnitResult u : d.units()) {
      for (Object o : ReportModel.findings(metrics, d, u, suppressions)) {
        out.add(new FindingRow(d.document(), u.system(), (Map<String, Object>) o));
      }
    }
    return out;
  }

  /**
   * This row without what the CI outputs do not read, to keep many of them: its document reduced to
   * id, origin and field positions, its finding to the report entry without evidence.
   */
  public FindingRow slim() {
    Document d =
        new Document(
            document.id(),
            null,
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            List.of(document.origin()),
            false,
            document.positions());
    Map<String, Object> f = new java.util.LinkedHashMap<>(finding);
    f.remove("evidence");
    return new FindingRow(d, system, f);
  }

  /** A string property of the finding. */
  public String get(String key) {
    Object v = finding.get(key);
    return v == null ? null : v.toString();
  }

  /** An integer property of the finding. */
  public int getInt(String key) {
    return ((Number) finding.get(key)).intValue();
  }

  /** True when a suppression accepts it. */
  public boolean suppressed() {
    return Boolean.TRUE.equals(finding.get("suppressed"));
  }

  /** Where the finding starts in its input file (file, line, column). */
  public TextPosition filePosition() {
    TextPosition fieldStart = document.position(system, get("field"));
    int line = Math.max(1, getInt("line"));
    int column = Math.max(1, getInt("column"));
    return fieldStart.offset(line, column);
  }
}
