package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentMetricTest {
  private final Metric metric = new AlignmentMetric.Provider().create(Map.of());

  @Test
  void exposesTheBeadsOfSeed000WithSpansConfidenceAndSummarySupport() {
    Document doc = SeedDocuments.load("000");
    Measurement m = metric.measure(EvaluationContext.of(doc, "default"));
    assertThat(m.stats()).containsExactly(3.0, 3.0);
    assertThat(metric.score(m.stats())).isEqualTo(1.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> beads = (List<Map<String, Object>>) m.details().get("beads");
    assertThat(beads).hasSize(3);
    assertThat(beads.get(0))
        .containsEntry("src", List.of(0))
        .containsEntry("tgt", List.of(0))
        .containsEntry("srcSpans", List.of(List.of(0, 47)))
        .containsEntry("tgtSpans", List.of(List.of(0, 246)))
        .containsEntry("confidence", 0.982);
    assertThat(beads.get(2))
        .containsEntry("srcSpans", List.of(List.of(134, 150)))
        .containsEntry("tgtSpans", List.of(List.of(706, 816)));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> support =
        (List<Map<String, Object>>) m.details().get("summarySupport");
    assertThat(support).hasSize(4);
    assertThat(support.get(0)).containsEntry("tgt", List.of(0)).containsEntry("src", List.of(0));
    assertThat(support.get(3)).containsEntry("tgt", List.of(2)).containsEntry("src", List.of(2));
    assertThat(m.details().get("translationCovered")).isEqualTo(List.of(true, true, true));
    assertThat((Double) m.details().get("titleMatch")).isBetween(0.5, 1.0);
  }

  @Test
  void doesNotApplyWithoutASource() {
    Document doc = SeedDocuments.load("001");
    Measurement m = metric.measure(EvaluationContext.of(doc, "default"));
    assertThat(m.applicable()).isFalse();
    assertThat(m.note()).isEqualTo("no source text");
  }

  @Test
  void doesNotApplyToABlankSourceAndLeavesAnEmptyTranslationUnaligned() {
    Document blank =
        Document.of(
            "b",
            new Passage("标题", " ", "zh"),
            Map.of("s", new Passage(null, "Text.", "en")),
            Map.of());
    assertThat(metric.measure(EvaluationContext.of(blank, "s")).note()).isEqualTo("no source text");
    Document empty =
        Document.of(
            "e",
            new Passage(null, "你好。再见。", "zh"),
            Map.of("s", new Passage(null, "", "en")),
            Map.of());
    Measurement m = metric.measure(EvaluationContext.of(empty, "s"));
    assertThat(m.stats()).containsExactly(0.0, 2.0);
    assertThat(metric.score(m.stats())).isEqualTo(0.0);
  }

  @Test
  void pairsPreSegmentedLinesWithoutAligning() {
    Document doc =
        new Document(
            "seg:1",
            new Passage(null, "你好。再见。", "zh"),
            Map.of("s", new Passage(null, "Hello.", "en")),
            Map.of(),
            List.of(),
            Map.of(),
            List.of(),
            true,
            Map.of());
    Measurement m = metric.measure(EvaluationContext.of(doc, "s"));
    assertThat(m.stats()).containsExactly(1.0, 1.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> beads = (List<Map<String, Object>>) m.details().get("beads");
    assertThat(beads).hasSize(1);
    assertThat(beads.get(0))
        .containsEntry("srcSpans", List.of(List.of(0, 6)))
        .containsEntry("tgtSpans", List.of(List.of(0, 6)))
        .containsEntry("confidence", 1.0);
  }
}
