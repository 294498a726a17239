package dev.verso.cli;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verso.TestFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The --stream path: results equal the in-memory path, and memory stays bounded on a large corpus.
 */
class StreamingTest {
  @TempDir Path dir;

  @Test
  void streamedDocumentsMatchTheInMemoryReport() throws Exception {
    Path in =
        write(
            dir.resolve("c.jsonl"),
            "{\"id\":\"b\",\"translations\":{\"s\":\"The the report.\"}}\n"
                + "{\"id\":\"a\",\"translations\":{\"s\":\"Clean text 北京.\"}}\n"
                + "{\"id\":\"a\",\"translations\":{\"s\":\"Again.\"}}\n"
                + "{\"id\":\"c\",\"translations\":\n");
    TestFiles.Run mem =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("mem").toString(),
            "--format",
            "json",
            "--metrics",
            "DUPLICATION,UNTRANSLATED");
    TestFiles.Run str =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("str").toString(),
            "--format",
            "json,html",
            "--metrics",
            "DUPLICATION,UNTRANSLATED",
            "--stream");
    assertThat(str.exitCode()).as(str.err()).isZero();
    assertThat(str.err())
        .contains(
            in
                + ":3: field 'id': duplicate document id 'a' (documents are not joined by id when streaming)")
        .contains(in + ":4: truncated JSON");
    JsonNode summary = TestFiles.readJson(dir.resolve("str/report.json"));
    assertThat(summary.get("documentsFile").asText()).isEqualTo("report.jsonl");
    assertThat(summary.get("documentCount").asInt()).isEqualTo(2);
    assertThat(summary.get("documents")).isEmpty();
    assertThat(summary.get("errors")).hasSize(2);
    assertThat(TestFiles.validateReport(dir.resolve("str/report.json"))).isEmpty();
    JsonNode full = TestFiles.readJson(dir.resolve("mem/report.json"));
    assertThat(summary.get("corpus")).isEqualTo(full.get("corpus"));
    List<String> lines = Files.readAllLines(dir.resolve("str/report.jsonl"));
    assertThat(lines).hasSize(2);
    // input order when streaming: b first, then a; each line equals the in-memory document entry
    JsonNode b = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(0));
    JsonNode a = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(1));
    assertThat(b).isEqualTo(full.get("documents").get(1));
    assertThat(a).isEqualTo(full.get("documents").get(0));
    assertThat(TestFiles.pageData(dir.resolve("str/report.html"))).contains("The the report.");
  }

  @Test
  void twoHundredThousandDocumentsStreamThroughA256MegabyteHeap() throws Exception {
    Path big = dir.resolve("big.jsonl");
    String[] words =
        "party building meeting ministry commerce federation network social committee reform"
            .split(" ");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 200_000; i++) {
        sb.setLength(0);
        for (int k = 0; k < 12; k++) {
          sb.append(words[(i * 7 + k * 3) % words.length]).append(' ');
        }
        w.write(
            String.format(
                Locale.ROOT,
                "{\"id\":\"d%d\",\"source\":{\"text\":\"商务部开展党建联学共建活动。\"},\"translations\":{\"s\":\"%s.\"}}%n",
                i,
                sb.toString().trim()));
      }
      w.write("{\"id\":\"broken\"\n");
    }
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.verso.cli.Main",
                "evaluate",
                big.toString(),
                "--stream",
                "-o",
                out.toString(),
                "--format",
                "json,html",
                "--metrics",
                "DUPLICATION,UNTRANSLATED,LENGTH_RATIO",
                "--threads",
                "2")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    JsonNode summary = TestFiles.readJson(out.resolve("report.json"));
    assertThat(summary.get("documentCount").asLong()).isEqualTo(200_000L);
    assertThat(summary.get("errors")).hasSize(1);
    assertThat(
            summary.get("corpus").get("systems").get(0).get("documents").get("DUPLICATION").asInt())
        .isEqualTo(200_000);
    long lines;
    try (BufferedReader r = Files.newBufferedReader(out.resolve("report.jsonl"))) {
      lines = r.lines().count();
    }
    assertThat(lines).isEqualTo(200_000L);
    assertThat(Files.readString(out.resolve("report.html")))
        .contains("showing the 200 documents with the most serious findings of 200000");
  }
}
