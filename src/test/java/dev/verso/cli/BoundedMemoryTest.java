package dev.verso.cli;

import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verso.TestFiles;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default {@code evaluate} (no {@code --stream}) keeps bounded memory: results are spilled to
 * disk as documents are evaluated, and its reports are byte for byte those of the evaluation held
 * in memory.
 */
class BoundedMemoryTest {
  @TempDir Path dir;

  /** Small documents of one template, so that cross-document checks fire on every one. */
  private static void smallCorpus(Path file, int n) throws Exception {
    String[] words =
        "party building meeting ministry commerce federation network social committee reform"
            .split(" ");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
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
    }
  }

  private static Process verso(Path log, String heap, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java, heap, "-cp", System.getProperty("java.class.path"), "dev.verso.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .directory(TestFiles.projectDir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  @Test
  void thirtyThousandDocumentsRunWithDefaultsInA160MegabyteHeap() throws Exception {
    // held in memory, these documents and their results need more than 160 MB (measured: the
    // evaluation ran out of memory there before results were spilled)
    Path corpus = dir.resolve("small.jsonl");
    smallCorpus(corpus, 30_000);
    Path out = dir.resolve("out");
    Path log = dir.resolve("log.txt");
    Process p = verso(log, "-Xmx160m", "evaluate", corpus.toString(), "-o", out.toString());
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    JsonNode report = TestFiles.readJson(out.resolve("report.json"));
    assertThat(report.get("documents")).hasSize(30_000);
    assertThat(report.get("documents").get(0).get("id").asText()).isEqualTo("d0");
    assertThat(report.get("documents").get(1).get("id").asText()).isEqualTo("d1");
    assertThat(report.get("documents").get(29_999).get("id").asText()).isEqualTo("d29999");
    assertThat(report.get("corpus").get("systems").get(0).get("documents").get("COVERAGE").asInt())
        .isEqualTo(30_000);
    assertThat(Files.readString(out.resolve("report.html")))
        .contains(
            "texts and side-by-side views for the 200 documents with the most serious findings;")
        .contains(" scores and findings for all 30000 ");
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly("report.html", "report.json");
    }
  }

  @Test
  void spilledReportsEqualTheReportsOfAnEvaluationHeldInMemory() throws Exception {
    // two systems (a comparison), documents split over two files (joined by id), a repeated id,
    // and cross-document findings (boilerplate, acronym and term variants) patched into spilled
    // documents
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      String src = "中国网络社会组织联合会（网联）召开会议。商务部开展党建联学共建活动" + i + "次。";
      String t1 =
          (i % 3 == 0
                  ? "The China Federation of Network Social Organizations (CFNSO) held a meeting."
                  : "The China Federation of Network Social Organizations (CNSO) held a meeting.")
              + " The Ministry of Commerce held "
              + i
              + " party building events. Source: Xinhua.";
      String t2 = "The federation met. Commerce ministry events: " + (i + 1) + ". Source: Xinhua.";
      a.append(
          String.format(
              Locale.ROOT,
              "{\"id\":\"doc%d\",\"source\":{\"text\":\"%s\"},\"translations\":{\"one\":\"%s\"},"
                  + "\"summaries\":{\"one\":\"The federation held a meeting.\"}}%n",
              i,
              src,
              t1));
      b.append(
          String.format(
              Locale.ROOT, "{\"id\":\"doc%d\",\"translations\":{\"two\":\"%s\"}}%n", i, t2));
    }
    b.append("{\"id\":\"doc7\",\"translations\":{\"two\":\"A second rendering.\"}}\n");
    Path one = write(dir.resolve("in/one.jsonl"), a.toString());
    Path two = write(dir.resolve("in/two.jsonl"), b.toString());
    // seven documents in full: chosen after the cross-document findings are added
    String[] common = {"evaluate", one.toString(), two.toString(), "--html-documents", "7"};
    Path spilled = dir.resolve("spilled");
    Path held = dir.resolve("held");
    List<String> first = new ArrayList<>(List.of(common));
    first.addAll(List.of("-o", spilled.toString(), "--format", "json,html", "--threads", "2"));
    List<String> second = new ArrayList<>(List.of(common));
    // the MQM export needs every result at once, so this run keeps them in memory
    second.addAll(
        List.of("-o", held.toString(), "--format", "json,html,mqm-tsv", "--threads", "1"));
    Process p1 = verso(dir.resolve("1.log"), "-Xmx1g", first.toArray(String[]::new));
    assertThat(p1.waitFor(5, TimeUnit.MINUTES)).isTrue();
    Process p2 = verso(dir.resolve("2.log"), "-Xmx1g", second.toArray(String[]::new));
    assertThat(p2.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p1.exitValue()).as(Files.readString(dir.resolve("1.log"))).isZero();
    assertThat(p2.exitValue()).as(Files.readString(dir.resolve("2.log"))).isZero();
    String json = Files.readString(spilled.resolve("report.json"));
    assertThat(json)
        .contains("ACRONYM_CORPUS_VARIANT")
        .contains("\"comparisons\"")
        .contains("duplicate document id 'doc7'");
    assertThat(json).isEqualTo(Files.readString(held.resolve("report.json")));
    assertThat(Files.readString(spilled.resolve("report.html")))
        .isEqualTo(Files.readString(held.resolve("report.html")));
  }

  @Test
  void checkGatesInBoundedMemoryAsWhenEveryResultIsHeld() throws Exception {
    StringBuilder a = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      a.append(
          String.format(
              Locale.ROOT,
              "{\"id\":\"d%d\",\"source\":{\"text\":\"中国网络社会组织联合会（网联）召开第%d次会议。\"},"
                  + "\"translations\":{\"s\":\"The China Federation of Network Social Organizations (%s)"
                  + " held meeting %d. Source: Xinhua.\"}}%n",
              i,
              i,
              i % 4 == 0 ? "CFNSO" : "CNSO",
              i));
    }
    Path in = write(dir.resolve("gated.jsonl"), a.toString());
    Path gates =
        write(
            dir.resolve("gates.json"),
            "{\"gates\":{\"scores\":{\"COVERAGE\":{\"min\":0.99}},\"findings\":{\"minor\":{\"max\":3},"
                + "\"ACRONYM_CORPUS_VARIANT\":{\"max\":0},\"BOILERPLATE\":{\"max\":100}}}}");
    TestFiles.Run bounded = checkWithCiOutputs(in, gates, dir.resolve("b"), "json");
    // the MQM export needs every result at once, so this run keeps them in memory
    TestFiles.Run held = checkWithCiOutputs(in, gates, dir.resolve("h"), "json,mqm-tsv");
    assertThat(bounded.exitCode()).as(bounded.err()).isEqualTo(3);
    assertThat(held.exitCode()).as(held.err()).isEqualTo(3);
    assertThat(withoutWroteLines(bounded.out()))
        .contains("FAIL findings.ACRONYM_CORPUS_VARIANT.max [s]: system s has 9")
        .contains("gated.jsonl:2:")
        .contains("::warning file=")
        .isEqualTo(withoutWroteLines(held.out()));
    for (String f : List.of("out.sarif", "junit.xml")) {
      assertThat(Files.readString(dir.resolve("b/" + f)))
          .as(f)
          .isEqualTo(Files.readString(dir.resolve("h/" + f)));
    }
    assertThat(Files.readString(dir.resolve("b/report.json")))
        .isEqualTo(Files.readString(dir.resolve("h/report.json")));
  }

  private static String withoutWroteLines(String out) {
    return out.lines()
        .filter(l -> !l.startsWith("Wrote "))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  /** {@code verso check} with SARIF, JUnit and GitHub outputs written into {@code out}. */
  private static TestFiles.Run checkWithCiOutputs(Path in, Path gates, Path out, String formats) {
    return TestFiles.verso(
        "check",
        in.toString(),
        "--config",
        gates.toString(),
        "-o",
        out.toString(),
        "--format",
        formats,
        "--sarif",
        out.resolve("out.sarif").toString(),
        "--junit",
        out.resolve("junit.xml").toString(),
        "--github");
  }
}
