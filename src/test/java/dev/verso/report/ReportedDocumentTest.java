package dev.verso.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import dev.verso.io.InputReader;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ReportedDocumentTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Test
  void aDocumentEntryReadBackFromItsJsonIsWrittenToTheSameBytes() throws Exception {
    List<Metric> metrics = MetricRegistry.load().create(List.of(), Map.of());
    Document seed =
        InputReader.readAll(
                List.of(
                    new InputReader.Input(
                        TestFiles.projectDir().resolve("seeds/000_8df2e8391d3de86d.txt"),
                        Document.DEFAULT_SYSTEM)))
            .documents()
            .get(0);
    DocumentResult r = new Evaluator(metrics, 1).evaluate(seed);
    ReportedDocument entry = ReportModel.reported(metrics, r, Suppressions.NONE);
    byte[] written = JSON.writeValueAsBytes(entry.toMap());

    @SuppressWarnings("unchecked")
    ReportedDocument read = ReportedDocument.fromMap(JSON.readValue(written, Map.class));

    assertThat(JSON.writeValueAsBytes(read.toMap())).isEqualTo(written);
    assertThat(read.id()).isEqualTo("000_8df2e8391d3de86d");
    assertThat(read.hasSource()).isTrue();
    assertThat(read.systems()).hasSize(1);
    ReportedUnit unit = read.systems().get(0);
    assertThat(unit.findings()).isEqualTo(entry.systems().get(0).findings());
    assertThat(unit.findings())
        .filteredOn(f -> f.check().equals("OMITTED_CONTENT"))
        .extracting(ReportedFinding::field, ReportedFinding::start, ReportedFinding::end)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("source.text", 42, 46));
    assertThat(unit.scoreValues()).containsKeys("COVERAGE", "OMISSION", "SUMMARY_CONSISTENCY");
  }
}
