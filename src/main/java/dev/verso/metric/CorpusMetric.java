package dev.verso.metric;

import dev.verso.model.Finding;
import java.util.List;
import java.util.Objects;

/**
 * An optional capability of a {@link Metric} whose checks need every document of one system at
 * once, such as one long form abbreviated differently in two documents. The evaluator calls {@link
 * #corpusFindings} once per system after all units, with that system's measurements in document
 * order; the metric reads what it needs from {@link Measurement#details()}, so no text is kept.
 * Corpus findings do not change the summed statistics.
 */
public interface CorpusMetric {

  /** Findings that only show across documents, each tied to the document it points into. */
  List<CorpusFinding> corpusFindings(String system, List<UnitMeasurement> units);

  /** One unit's measurement by this metric, with the id of its document. */
  record UnitMeasurement(String documentId, Measurement measurement) {
    public UnitMeasurement {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(measurement, "measurement");
    }
  }

  /** A finding that points into one document's field. */
  record CorpusFinding(String documentId, Finding finding) {
    public CorpusFinding {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(finding, "finding");
    }
  }
}
