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
 * One finding as reported (its report.json entry), with its document and system; the common input
 * of the CI outputs (gates, SARIF, JUnit, GitHub annotations).
 */
public record FindingRow(Document document, String system, ReportedFinding finding) {

  /** All findings of a result in report order. */
  public static List<FindingRow> of(EvaluationResult r, Suppressions suppressions) {
    List<FindingRow> out = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      for (UnitResult u : d.units()) {
        for (ReportedFinding f : ReportModel.findings(r.metrics(), d, u, suppressions)) {
          out.add(new FindingRow(d.document(), u.system(), f));
        }
      }
    }
    return out;
  }

  /** The findings of one document in report order. */
  public static List<FindingRow> of(
      List<dev.verso.metric.Metric> metrics, DocumentResult d, Suppressions suppressions) {
    List<FindingRow> out = new ArrayList<>();
    for (UnitResult u : d.units()) {
      for (ReportedFinding f : ReportModel.findings(metrics, d, u, suppressions)) {
        out.add(new FindingRow(d.document(), u.system(), f));
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
    return new FindingRow(d, system, finding.withoutEvidence());
  }

  /** True when a suppression accepts it. */
  public boolean suppressed() {
    return finding.suppressed();
  }

  /** Where the finding starts in its input file (file, line, column). */
  public TextPosition filePosition() {
    TextPosition fieldStart = document.position(system, finding.field());
    int line = Math.max(1, finding.line());
    int column = Math.max(1, finding.column());
    return fieldStart.offset(line, column);
  }
}
