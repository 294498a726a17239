package dev.verso.compare;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verso.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * evaluate with several systems compares them: reproducible for a seed, in JSON, HTML and console.
 */
class SystemComparisonTest {
  @TempDir Path dir;

  private Path corpus() throws Exception {
    return write(
        dir.resolve("c.jsonl"),
        "{\"id\":\"1\",\"source\":{\"text\":\"今天下午开会。\"},\"translations\":{\"A\":\"A meeting was held this afternoon.\",\"B\":\"Meeting meeting this afternoon 今天.\"}}\n"
            + "{\"id\":\"2\",\"source\":{\"text\":\"商务部签署备忘录。\"},\"translations\":{\"A\":\"The Ministry of Commerce signed a memorandum.\",\"B\":\"The the ministry signed.\"}}\n"
            + "{\"id\":\"3\",\"source\":{\"text\":\"他们讨论了计划。\"},\"translations\":{\"A\":\"They discussed the plan.\",\"B\":\"They discussed the plan.\"}}\n");
  }

  @Test
  void comparesSystemsWithAPairedBootstrapReproducibly() throws Exception {
    Path in = corpus();
    TestFiles.Run run =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o1").toString(),
            "--metrics",
            "DUPLICATION,UNTRANSLATED");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Paired bootstrap resampling against baseline A (1000 resamples, seed 12345; * p <= 0.05):")
        .contains("B            0.8462 (0.8432 ± 0.1250) p=0.0010*");
    verso(
        "evaluate",
        in.toString(),
        "-o",
        dir.resolve("o2").toString(),
        "--metrics",
        "DUPLICATION,UNTRANSLATED",
        "--threads",
        "1");
    assertThat(Files.readString(dir.resolve("o1/report.json")))
        .isEqualTo(Files.readString(dir.resolve("o2/report.json")));
    assertThat(TestFiles.validateReport(dir.resolve("o1/report.json"))).isEmpty();
    JsonNode c = TestFiles.readJson(dir.resolve("o1/report.json")).get("comparisons");
    assertThat(c.get("test").asText()).isEqualTo("bs");
    assertThat(c.get("baseline").asText()).isEqualTo("A");
    JsonNode dup = c.get("metrics").get(0);
    assertThat(dup.get("metric").asText()).isEqualTo("DUPLICATION");
    assertThat(dup.get("units").asInt()).isEqualTo(3);
    JsonNode b = dup.get("systems").get(1);
    assertThat(b.get("system").asText()).isEqualTo("B");
    assertThat(b.get("score").asDouble()).isEqualTo(11.0 / 13.0);
    assertThat(b.get("pValue").asDouble()).isEqualTo(1.0 / 1001.0);
    assertThat(b.get("significant").asBoolean()).isTrue();
    assertThat(b.get("wins").asInt()).isZero();
    assertThat(b.get("ties").asInt()).isEqualTo(1);
    assertThat(b.get("losses").asInt()).isEqualTo(2);
    assertThat(dup.get("ranking")).extracting(JsonNode::asText).containsExactly("A", "B");
    assertThat(TestFiles.pageData(dir.resolve("o1/report.html"))).contains("\"comparisons\"");
  }

  @Test
  void approximateRandomizationWithAChosenBaseline() throws Exception {
    TestFiles.Run run =
        verso(
            "evaluate",
            corpus().toString(),
            "-o",
            dir.resolve("ar").toString(),
            "--metrics",
            "DUPLICATION",
            "--compare",
            "ar",
            "--baseline-system",
            "B",
            "--samples",
            "999",
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode c = TestFiles.readJson(dir.resolve("ar/report.json")).get("comparisons");
    assertThat(c.get("test").asText()).isEqualTo("ar");
    assertThat(c.get("samples").asInt()).isEqualTo(999);
    JsonNode a = c.get("metrics").get(0).get("systems").get(1);
    assertThat(a.get("system").asText()).isEqualTo("A");
    assertThat(a.get("mean").isNull()).isTrue();
    double p = a.get("pValue").asDouble();
    assertThat(p * 1000).isCloseTo(Math.rint(p * 1000), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(a.get("wins").asInt()).isEqualTo(2);
    TestFiles.Run bad =
        verso(
            "evaluate",
            corpus().toString(),
            "-o",
            dir.resolve("x").toString(),
            "--baseline-system",
            "Z");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("verso: baseline system 'Z' is not among the systems: A, B\n");
  }
}
