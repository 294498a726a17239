package dev.verso.report;

import static dev.verso.TestFiles.validateReport;
import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verso.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
  @TempDir Path dir;

  private Path mixedCorpus() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.copy(
        TestFiles.projectDir().resolve("seeds/000_8df2e8391d3de86d.txt"),
        in.resolve("000_8df2e8391d3de86d.txt"));
    Files.copy(
        TestFiles.projectDir().resolve("seeds/003_5350cc78e79839d4.txt"),
        in.resolve("003_5350cc78e79839d4.txt"));
    write(
        in.resolve("more.jsonl"),
        "{\"id\":\"j1\",\"source\":{\"text\":\"今天下午开会。\"},\"translations\":{\"A\":{\"text\":\"A meeting was held this afternoon.\"},\"B\":\"Meeting meeting this afternoon 今天.\"}}\n"
            + "{\"id\":\"broken\",\"translations\":\n");
    write(in.resolve("rows.csv"), "id,translated_content\nc1,\"Row text, with a comma.\"\n");
    return in;
  }

  @Test
  void mixedDirectoryGivesSchemaValidDeterministicReports() throws Exception {
    Path in = mixedCorpus();
    TestFiles.Run run1 =
        verso("evaluate", in.toString(), "-o", dir.resolve("r1").toString(), "--threads", "2");
    assertThat(run1.exitCode()).as(run1.err()).isZero();
    assertThat(run1.err())
        .contains("more.jsonl:2: truncated JSON: the line ends before its object is closed");
    TestFiles.Run run2 =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("r2").toString(),
            "--threads",
            "1",
            "--format",
            "json");
    assertThat(run2.exitCode()).isZero();
    Path json1 = dir.resolve("r1/report.json");
    assertThat(validateReport(json1)).isEmpty();
    assertThat(Files.readString(json1)).isEqualTo(Files.readString(dir.resolve("r2/report.json")));

    JsonNode r = TestFiles.readJson(json1);
    assertThat(r.get("documents"))
        .extracting(d -> d.get("id").asText())
        .containsExactly("000_8df2e8391d3de86d", "003_5350cc78e79839d4", "c1", "j1");
    JsonNode j1 = r.get("documents").get(3);
    assertThat(j1.get("systems"))
        .extracting(s -> s.get("system").asText())
        .containsExactly("A", "B");
    JsonNode f = j1.get("systems").get(1).get("findings");
    assertThat(f)
        .extracting(
            x ->
                x.get("check").asText()
                    + "@"
                    + x.get("start").asInt()
                    + "-"
                    + x.get("end").asInt()
                    + ":"
                    + x.get("text").asText())
        .containsExactly("REPEATED_PHRASE@8-15:meeting", "UNTRANSLATED@31-33:今天");
    JsonNode seed3 = null;
    for (JsonNode x : r.get("documents").get(1).get("systems").get(0).get("findings")) {
      if (seed3 == null && x.get("check").asText().equals("REPEATED_PHRASE")) {
        seed3 = x;
      }
    }
    assertThat(seed3).isNotNull();
    assertThat(seed3.get("check").asText()).isEqualTo("REPEATED_PHRASE");
    assertThat(seed3.get("line").asInt()).isEqualTo(15);
    assertThat(seed3.get("text").asText()).isEqualTo("striving to be an example");
    assertThat(r.get("errors")).hasSize(1);
    assertThat(r.get("errors").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(r.get("corpus").get("systems"))
        .extracting(s -> s.get("system").asText())
        .containsExactly("A", "B", "default");
  }

  @Test
  void hostileInputIsEscapedInTheHtml() throws Exception {
    String hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)> & \u2028 end";
    write(
        dir.resolve("in/evil.jsonl"),
        "{\"id\":\"<b>evil</b>\",\"translations\":{\"sys\\\"<i>\":{\"title\":\""
            + hostile.replace("\u2028", "\\u2028")
            + "\",\"text\":\"the the "
            + hostile.replace("\u2028", "\\u2028")
            + "\"}}}\n");
    TestFiles.Run run =
        verso(
            "evaluate",
            dir.resolve("in").toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "html,json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img")
        .doesNotContain("<b>evil")
        .doesNotContain("\u2028");
    // only the two script elements of the page itself
    assertThat(html.split("<script", -1)).hasSize(3);
    assertThat(html.split("</script>", -1)).hasSize(3);
    // the page's data is compressed; inside, the JSON is escaped as well
    String data = TestFiles.pageData(dir.resolve("out/report.html"));
    assertThat(data)
        .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)")
        .contains("\\u2028")
        .doesNotContain("<")
        .doesNotContain("\u2028");
    assertThat(data.chars().allMatch(c -> c < 0x7f)).as("ASCII").isTrue();
    assertThat(html).contains("<td>sys&quot;&lt;i&gt;</td>");
    assertThat(validateReport(dir.resolve("out/report.json"))).isEmpty();
  }

  @Test
  void crossDocumentFindingsLandInTheDocumentTheyPointInto() throws Exception {
    write(
        dir.resolve("cc/c.jsonl"),
        "{\"id\":\"a\",\"translations\":{\"s\":\"The National Development and Reform Commission (NDRC) met. The NDRC agreed.\"}}\n"
            + "{\"id\":\"b\",\"translations\":{\"s\":\"The National Development and Reform Commission (NDRFC) met on Friday.\"}}\n");
    TestFiles.Run run =
        verso(
            "evaluate",
            dir.resolve("cc").toString(),
            "-o",
            dir.resolve("cc-out").toString(),
            "--format",
            "json",
            "--threads",
            "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = TestFiles.readJson(dir.resolve("cc-out/report.json"));
    assertThat(r.get("documents").get(0).get("systems").get(0).get("findings")).isEmpty();
    JsonNode f = r.get("documents").get(1).get("systems").get(0).get("findings").get(0);
    assertThat(f.get("check").asText()).isEqualTo("ACRONYM_CORPUS_VARIANT");
    assertThat(f.get("start").asInt()).isEqualTo(48);
    assertThat(f.get("end").asInt()).isEqualTo(53);
    assertThat(f.get("message").asText())
        .isEqualTo(
            "\"National Development and Reform Commission\" is abbreviated \"NDRFC\" here but \"NDRC\" in document a of system s");
    JsonNode corpus = r.get("corpus").get("systems").get(0).get("findings");
    assertThat(corpus.get("ACRONYM_CONSISTENCY").asInt()).isEqualTo(1);
    assertThat(validateReport(dir.resolve("cc-out/report.json"))).isEmpty();
  }

  @Test
  void reportsAreWrittenAtomically() throws Exception {
    Path out = dir.resolve("atomic");
    AtomicFiles.write(
        out.resolve("a.txt"),
        o -> o.write("first".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      AtomicFiles.write(
          out.resolve("a.txt"),
          o -> {
            o.write("half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new java.io.IOException("disk full");
          });
    } catch (java.io.IOException expected) {
      assertThat(expected).hasMessage("disk full");
    }
    assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("first");
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.txt");
    }
  }

  @Test
  void resultsDoNotDependOnTheDefaultLocale() throws Exception {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TestFiles.Run tr =
          verso("evaluate", "seeds", "-o", dir.resolve("tr").toString(), "--format", "json");
      Locale.setDefault(Locale.ROOT);
      TestFiles.Run root =
          verso("evaluate", "seeds", "-o", dir.resolve("root").toString(), "--format", "json");
      assertThat(tr.exitCode()).isZero();
      assertThat(root.exitCode()).isZero();
      assertThat(Files.readString(dir.resolve("tr/report.json")))
          .isEqualTo(Files.readString(dir.resolve("root/report.json")));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
