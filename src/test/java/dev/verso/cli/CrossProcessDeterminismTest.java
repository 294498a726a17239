package dev.verso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same bytes, across separate JVMs: {@code Map.of}, {@code Set.of} and hash-ordered
 * collections iterate in a different order in every JVM, so a comparison inside one JVM proves
 * nothing. Each run here is its own process.
 */
class CrossProcessDeterminismTest {
  @TempDir static Path dir;
  static Path corpus;

  /** A two-system corpus from the seeds: system b drops each translation's second sentence. */
  @BeforeAll
  static void twoSystemCorpus() throws Exception {
    StringBuilder sb = new StringBuilder();
    List<Path> seeds;
    try (Stream<Path> s = Files.list(TestFiles.projectDir().resolve("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    int n = 0;
    for (int copy = 0; copy < 8; copy++) {
      for (Path seed : seeds) {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String source = field(text, "resulting_text");
        String translation = field(text, "translated_content");
        if (translation == null) {
          continue;
        }
        String shorter = translation.replaceFirst("(?s)^([^.]*\\.)[^.]*\\.", "$1");
        var doc = json.createObjectNode();
        doc.put("id", "doc" + n++);
        if (source != null) {
          doc.putObject("source").put("lang", "zh").put("text", source);
        }
        var tr = doc.putObject("translations");
        tr.putObject("a").put("text", translation);
        tr.putObject("b").put("text", copy % 2 == 0 ? shorter : translation);
        sb.append(json.writeValueAsString(doc)).append('\n');
      }
    }
    corpus = TestFiles.write(dir.resolve("corpus.jsonl"), sb.toString());
  }

  private static String field(String record, String key) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?ms)^" + key + ":\\s*(.*?)(?=^[a-z_]+:|\\z)")
            .matcher(record);
    if (!m.find()) {
      return null;
    }
    String v = m.group(1).trim();
    return v.isEmpty() || v.equals("nan") ? null : v;
  }

  private static void run(Path log, String... args) throws Exception {
    runIn(TestFiles.projectDir(), log, args);
  }

  private static void runIn(Path workingDir, Path log, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.verso.cli.Main"));
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd)
            .directory(workingDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
  }

  /**
   * The SHA-256 of report.json for the generated two-system corpus. A pure optimisation must leave
   * it as it is (issue 21: results must not change). A change that is meant to change results
   * updates it, and its commit says which scores or findings moved and why.
   */
  static final String REPORT_DIGEST =
      "ed740dd92ec92ce50b6ba8b1a067b38fc53cab450e41322b170627a06dda0eae";

  @Test
  void generatedCorpusGivesThePinnedReport() throws Exception {
    // relative names, so that the report names the same input file on every machine
    runIn(
        dir,
        dir.resolve("digest.log"),
        "evaluate",
        "corpus.jsonl",
        "-o",
        "digest",
        "--no-progress");
    byte[] report = Files.readAllBytes(dir.resolve("digest/report.json"));
    String digest =
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(report));
    assertThat(digest).as("SHA-256 of report.json").isEqualTo(REPORT_DIGEST);
  }

  @Test
  void seedsGiveIdenticalReportsInTwoProcesses() throws Exception {
    for (String k : List.of("1", "2")) {
      run(
          dir.resolve("seeds" + k + ".log"),
          "evaluate",
          "seeds",
          "--glossary",
          "glossaries/seeds.tsv",
          "-o",
          dir.resolve("seeds" + k).toString(),
          "--no-progress");
    }
    for (String f : List.of("report.json", "report.html")) {
      assertThat(Files.mismatch(dir.resolve("seeds1").resolve(f), dir.resolve("seeds2").resolve(f)))
          .as(f)
          .isEqualTo(-1L);
    }
  }

  @Test
  void twoSystemsGiveIdenticalReportsWithOneAndTwoThreads() throws Exception {
    Path gates =
        TestFiles.write(
            dir.resolve("gates.json"),
            "{\"gates\": {\"findings\": {\"critical\": {\"max\": 1000}}}}");
    for (String t : List.of("1", "2")) {
      Path out = dir.resolve("two" + t);
      run(
          dir.resolve("two" + t + ".log"),
          "check",
          corpus.toString(),
          "--config",
          gates.toString(),
          "-o",
          out.toString(),
          "--threads",
          t,
          "--no-progress",
          "--sarif",
          out.resolve("verso.sarif").toString(),
          "--junit",
          out.resolve("verso-junit.xml").toString());
      run(
          dir.resolve("stream" + t + ".log"),
          "evaluate",
          corpus.toString(),
          "--stream",
          "-o",
          dir.resolve("stream" + t).toString(),
          "--threads",
          t,
          "--no-progress");
    }
    for (String f : List.of("report.json", "report.html", "verso.sarif", "verso-junit.xml")) {
      assertThat(Files.mismatch(dir.resolve("two1").resolve(f), dir.resolve("two2").resolve(f)))
          .as(f)
          .isEqualTo(-1L);
    }
    for (String f : List.of("report.json", "report.jsonl", "report.html")) {
      assertThat(
              Files.mismatch(dir.resolve("stream1").resolve(f), dir.resolve("stream2").resolve(f)))
          .as(f)
          .isEqualTo(-1L);
    }
    // the corpus has nested evidence maps (acronym definitions) whose order used to vary by JVM
    String report = Files.readString(dir.resolve("two1/report.json"));
    assertThat(report).contains("\"comparisons\"").contains("\"definitions\"");
  }
}
