package dev.verso.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verso.TestFiles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check a built-in metric reports is one it declares, and gates may only name declared
 * checks.
 */
class DeclaredChecksTest {
  @TempDir Path dir;

  @Test
  void everyReportedCheckIsDeclaredByItsMetric() throws Exception {
    Path extra =
        TestFiles.write(
            dir.resolve("in/extra.jsonl"),
            "{\"id\":\"x1\",\"source\":{\"text\":\"中国网络社会组织联合会（中网联）于2023年4月6日在北京召开会议，3000人参加。会议强调加强合作。\"},"
                + "\"translations\":{\"a\":{\"text\":\"The the China Federation of Network Social Organizations (CFNSO) met. The CNSO said 中文 stays."
                + " Menu | Home | Share. Menu | Home | Share.\"},\"b\":{\"text\":\"The federation met in Shanghai on 5 May 2021 with 12 people.\"}},"
                + "\"summaries\":{\"a\":\"The federation did not meet in Beijing in 2019.\"}}\n");
    TestFiles.Run run =
        TestFiles.verso(
            "evaluate",
            TestFiles.projectDir().resolve("seeds").toString(),
            extra.toString(),
            TestFiles.projectDir().resolve("examples/forum-notice.xlf").toString(),
            "--glossary",
            TestFiles.projectDir().resolve("glossaries/seeds.tsv").toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = TestFiles.readJson(dir.resolve("out/report.json"));
    Map<String, Set<String>> reported = new TreeMap<>();
    for (JsonNode d : report.get("documents")) {
      for (JsonNode s : d.get("systems")) {
        for (JsonNode f : s.get("findings")) {
          reported
              .computeIfAbsent(f.get("metric").asText(), k -> new TreeSet<>())
              .add(f.get("check").asText());
        }
      }
    }
    assertThat(reported.keySet()).hasSizeGreaterThanOrEqualTo(6);
    for (MetricProvider p : MetricRegistry.load().providers()) {
      Set<String> declared = p.checks().stream().map(CheckSpec::id).collect(Collectors.toSet());
      assertThat(declared).as(p.id()).containsAll(reported.getOrDefault(p.id(), Set.of()));
    }
  }

  @Test
  void anUnknownCheckIdIsRefusedWithTheClosestKnownOne() {
    CheckCatalog catalog = CheckCatalog.of(MetricRegistry.load().providers());
    assertThat(catalog.unknown("ACRONYM_DRIFT")).isNull();
    assertThat(catalog.unknown("ACRONYM_DRIFTT"))
        .isEqualTo(
            "unknown check id 'ACRONYM_DRIFTT' (did you mean ACRONYM_DRIFT?); `verso metrics` lists every check");
    assertThat(catalog.checks())
        .containsEntry("UNSUPPORTED_WORD", "SUMMARY_CONSISTENCY")
        .containsEntry("MISSING_NUMBER", "COVERAGE");
  }
}
