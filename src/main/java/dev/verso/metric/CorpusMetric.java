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

  /**
   * The same findings handed to {@code out} one at a time, in the same order; a metric that can
   * find many overrides it so that a run over a large corpus never holds them all. {@code units}
   * may be read from disk on each access, so it is best read in order.
   */
  default void corpusFindings(
      String system, List<UnitMeasurement> units, java.util.function.Consumer<CorpusFinding> out) {
    corpusFindings(system, units).forEach(out);
  }

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
