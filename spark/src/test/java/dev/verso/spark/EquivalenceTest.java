package dev.verso.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Spark evaluation under {@code local[2]} gives the CLI's results: the same report summary (corpus
 * scores and statistics, comparisons, finding counts, errors) and the same per-document results, on a
 * generated two-system corpus in several shards with a malformed line.
 */
class EquivalenceTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static SparkSession spark;

  @TempDir static Path tmp;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("verso-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private record Run(int code, String out, String err) {}

  private static Run spark(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = dev.verso.cli.Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static JsonNode read(Path p) throws IOException {
    return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
  }

  /** Per-document results of a Spark run, by id. */
  private static Map<String, JsonNode> sparkDocuments(Path out) throws IOException {
    Map<String, JsonNode> docs = new TreeMap<>();
    List<Path> parts;
    try (Stream<Path> s = Files.list(out.resolve("documents"))) {
      parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    for (Path p : parts) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        JsonNode d = JSON.readTree(line);
        assertThat(docs.put(d.get("id").asString(), d)).as("document %s written once", d.get("id")).isNull();
      }
    }
    return docs;
  }

  private static Map<String, JsonNode> cliDocuments(JsonNode report) {
    Map<String, JsonNode> docs = new TreeMap<>();
    for (JsonNode d : report.get("documents")) {
      docs.put(d.get("id").asString(), d);
    }
    return docs;
  }

  /** Finding counts by check over every document and system. */
  private static Map<String, Integer> countsByCheck(Iterable<JsonNode> docs) {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode d : docs) {
      for (JsonNode s : d.get("systems")) {
        for (JsonNode f : s.get("findings")) {
          counts.merge(f.get("check").asString(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  @Test
  void generatedCorpusGivesTheCliSummaryAndDocuments() throws IOException {
    Path corpus = tmp.resolve("corpus");
    GeneratedCorpus.write(corpus, 300, 4, Map.of(7, "{\"id\": \"broken\", \"translations\": ", 12, ""));
    Path cliOut = tmp.resolve("cli");
    Path sparkOut = tmp.resolve("spark");

    Run c = cli("evaluate", corpus.toString(), "-o", cliOut.toString(), "--format", "json", "--no-progress", "--threads", "1");
    Run s = spark("evaluate", corpus.toString(), "-o", sparkOut.toString(), "--master", "local[2]", "--partitions", "4");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(s.out()).contains("Evaluated 300 document(s) on Spark (local[2]); 1 input problem(s)");

    JsonNode cliReport = read(cliOut.resolve("report.json"));
    JsonNode sparkReport = read(sparkOut.resolve("report.json"));
    for (String key : List.of("schemaVersion", "tool", "configuration", "metrics", "corpus", "comparisons", "errors")) {
      assertThat(sparkReport.get(key)).as(key).isEqualTo(cliReport.get(key));
    }
    assertThat(sparkReport.get("documentCount").asLong()).isEqualTo(300);
    assertThat(sparkReport.get("documentsFile").asString()).isEqualTo("documents/");

    // the malformed line is reported with its file and line, and everything else is evaluated
    JsonNode error = sparkReport.get("errors").get(0);
    assertThat(sparkReport.get("errors").size()).isEqualTo(1);
    assertThat(error.get("file").asString()).isEqualTo(corpus.resolve("part-1.jsonl").toString());
    assertThat(error.get("line").asInt()).isEqualTo(7);
    assertThat(error.get("message").asString()).isEqualTo("truncated JSON: the line ends before its object is closed");

    // two systems compared with the CLI's seed, on every paired document
    JsonNode comparisons = sparkReport.get("comparisons");
    assertThat(comparisons.get("test").asString()).isEqualTo("bs");
    assertThat(comparisons.get("baseline").asString()).isEqualTo("alpha");
    assertThat(comparisons.get("seed").asLong()).isEqualTo(12345);

    Map<String, JsonNode> sparkDocs = sparkDocuments(sparkOut);
    Map<String, JsonNode> cliDocs = cliDocuments(cliReport);
    assertThat(sparkDocs.keySet()).isEqualTo(cliDocs.keySet());
    assertThat(sparkDocs).hasSize(300);
    for (String id : cliDocs.keySet()) {
      assertThat(sparkDocs.get(id)).as("document %s", id).isEqualTo(cliDocs.get(id));
    }

    // every cross-document check had work, and found exactly what the CLI found
    Map<String, Integer> counts = countsByCheck(sparkDocs.values());
    assertThat(counts).isEqualTo(countsByCheck(cliDocs.values()));
    assertThat(counts.get("ACRONYM_CORPUS_VARIANT")).isPositive();
    assertThat(counts.get("TERM_CORPUS_VARIANT")).isPositive();
    assertThat(counts.get("BOILERPLATE")).isPositive();
  }

  @Test
  void checkAppliesTheCliGatesWithExitCode3() throws IOException {
    Path corpus = tmp.resolve("gated");
    GeneratedCorpus.write(corpus, 40, 2, Map.of());
    Path config = tmp.resolve("gates.json");
    Files.writeString(
        config,
        "{\"gates\": {\"findings\": {\"BOILERPLATE\": {\"max\": 0}}, \"scores\": {\"LENGTH_RATIO\": {\"min\": 0.5}}}}",
        StandardCharsets.UTF_8);
    Run c = cli("check", corpus.toString(), "-o", tmp.resolve("gated-cli").toString(), "--config", config.toString(),
        "--format", "json", "--no-progress");
    Run s = spark("check", corpus.toString(), "-o", tmp.resolve("gated-spark").toString(), "--config", config.toString(),
        "--master", "local[2]");
    assertThat(c.code()).as(c.err()).isEqualTo(3);
    assertThat(s.code()).as(s.err()).isEqualTo(3);
    assertThat(gateLines(s.out())).isEqualTo(gateLines(c.out()));
    assertThat(s.out())
        .contains("FAIL findings.BOILERPLATE.max [beta]: system beta has 8 BOILERPLATE findings, above max 0 by 8")
        .contains("PASS scores.LENGTH_RATIO.min [beta]: LENGTH_RATIO of system beta is 0.7111, within min 0.5000")
        .contains("Quality gate FAILED: 2 of 4 check(s) failed.");
  }

  /** The PASS/FAIL lines, offenders and the verdict. */
  private static List<String> gateLines(String out) {
    List<String> lines = new ArrayList<>();
    boolean in = false;
    for (String l : out.split("\n")) {
      if (l.startsWith("PASS ") || l.startsWith("FAIL ")) {
        in = true;
      }
      if (in && !l.startsWith("Wrote ")) {
        lines.add(l);
      }
    }
    return lines;
  }

  @Test
  void systemsInSeparateFilesAreJoinedByIdAsTheCliJoinsThem() throws IOException {
    Path both = tmp.resolve("both");
    GeneratedCorpus.write(both, 12, 1, Map.of());
    // alpha in one file; beta of the same documents in another, one of them twice (a conflict)
    List<String> alpha = new ArrayList<>();
    List<String> beta = new ArrayList<>();
    for (String line : Files.readAllLines(both.resolve("part-0.jsonl"), StandardCharsets.UTF_8)) {
      ObjectNode a = (ObjectNode) JSON.readTree(line);
      ObjectNode b = a.deepCopy();
      ((ObjectNode) a.get("translations")).remove("beta");
      ObjectNode bt = JSON.createObjectNode();
      bt.set("beta", b.get("translations").get("beta"));
      b.set("translations", bt);
      b.remove("summaries");
      alpha.add(JSON.writeValueAsString(a));
      beta.add(JSON.writeValueAsString(b));
    }
    beta.add(beta.get(3));
    Path split = tmp.resolve("split");
    Files.createDirectories(split);
    Files.write(split.resolve("alpha.jsonl"), alpha, StandardCharsets.UTF_8);
    Files.write(split.resolve("beta.jsonl"), beta, StandardCharsets.UTF_8);
    Path cliOut = tmp.resolve("split-cli");
    Path sparkOut = tmp.resolve("split-spark");
    Run c = cli("evaluate", split.toString(), "-o", cliOut.toString(), "--format", "json", "--no-progress");
    Run s = spark("evaluate", split.toString(), "-o", sparkOut.toString(), "--master", "local[2]");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode cliReport = read(cliOut.resolve("report.json"));
    JsonNode sparkReport = read(sparkOut.resolve("report.json"));
    for (String key : List.of("corpus", "comparisons", "errors")) {
      assertThat(sparkReport.get(key)).as(key).isEqualTo(cliReport.get(key));
    }
    assertThat(sparkReport.get("errors").get(0).get("message").asString())
        .isEqualTo("duplicate document id 'gen-00003' (first seen at " + split.resolve("alpha.jsonl") + ":4): "
            + "system 'beta' is given twice for document 'gen-00003'");
    Map<String, JsonNode> sparkDocs = sparkDocuments(sparkOut);
    assertThat(sparkDocs).hasSize(12);
    assertThat(sparkDocs).isEqualTo(cliDocuments(cliReport));
  }

  @Test
  void aLexiconTheCliLearntGivesTheCliScoresOnSpark() throws IOException {
    Path dir = tmp.resolve("lexicon");
    GeneratedCorpus.write(dir, 12, 1, Map.of());
    // three sentences where CC-CEDICT's "ruins" for 废墟 is rendered as "rubble"
    Files.writeString(dir.resolve("rubble.jsonl"),
        "{\"id\":\"r1\",\"source\":{\"lang\":\"zh\",\"text\":\"地震把整座城市变成了一片废墟。\"},"
            + "\"translations\":{\"alpha\":{\"text\":\"The earthquake turned the whole city into rubble.\"}}}\n"
            + "{\"id\":\"r2\",\"source\":{\"lang\":\"zh\",\"text\":\"救援人员在废墟中寻找幸存者。\"},"
            + "\"translations\":{\"alpha\":{\"text\":\"Rescuers searched the rubble for survivors.\"}}}\n"
            + "{\"id\":\"r3\",\"source\":{\"lang\":\"zh\",\"text\":\"这座古老的寺庙只剩下废墟。\"},"
            + "\"translations\":{\"alpha\":{\"text\":\"Only rubble remains of this ancient temple.\"}}}\n",
        StandardCharsets.UTF_8);
    Path cliOut = tmp.resolve("lexicon-cli");
    Run c = cli("evaluate", dir.toString(), "-o", cliOut.toString(), "--format", "json", "--no-progress", "--learn-lexicon");
    assertThat(c.code()).as(c.err()).isZero();
    String lexicon = cliOut.resolve("learnt-lexicon.tsv").toString();
    assertThat(Files.readString(cliOut.resolve("learnt-lexicon.tsv"), StandardCharsets.UTF_8)).contains("废墟\trubbl\t");
    Run s = spark("evaluate", dir.toString(), "-o", tmp.resolve("lexicon-spark").toString(), "--master", "local[2]",
        "-O", "COVERAGE.lexicon=" + lexicon, "-O", "OMISSION.lexicon=" + lexicon);
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode cliReport = read(cliOut.resolve("report.json"));
    JsonNode sparkReport = read(tmp.resolve("lexicon-spark").resolve("report.json"));
    for (String key : List.of("configuration", "metrics", "corpus", "comparisons", "errors")) {
      assertThat(sparkReport.get(key)).as(key).isEqualTo(cliReport.get(key));
    }
    Map<String, JsonNode> sparkDocs = sparkDocuments(tmp.resolve("lexicon-spark"));
    assertThat(sparkDocs).isEqualTo(cliDocuments(cliReport));
    assertThat(sparkDocs.get("r2").at("/systems/0/details/COVERAGE/beads/0/learnt").toString()).isEqualTo("[[5,7]]");
  }

  @Test
  void aDocumentOverTheFieldLimitIsTheCliErrorAndTheOthersAreEvaluated() throws IOException {
    Path dir = tmp.resolve("limits");
    GeneratedCorpus.write(dir, 6, 1, Map.of());
    ObjectNode huge = (ObjectNode) JSON.readTree(Files.readAllLines(dir.resolve("part-0.jsonl"), StandardCharsets.UTF_8).get(0));
    huge.put("id", "huge");
    ObjectNode text = JSON.createObjectNode();
    text.put("text", "Word ".repeat(50_000));
    ((ObjectNode) huge.get("translations")).set("beta", text);
    Files.writeString(dir.resolve("part-0.jsonl"), JSON.writeValueAsString(huge) + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Path cliOut = tmp.resolve("limits-cli");
    Path sparkOut = tmp.resolve("limits-spark");
    Run c = cli("evaluate", dir.toString(), "-o", cliOut.toString(), "--format", "json", "--no-progress",
        "--max-field-chars", "200000");
    Run s = spark("evaluate", dir.toString(), "-o", sparkOut.toString(), "--master", "local[2]", "--max-field-chars", "200000");
    assertThat(c.code()).as(c.err()).isZero();
    assertThat(s.code()).as(s.err()).isZero();
    JsonNode cliReport = read(cliOut.resolve("report.json"));
    JsonNode sparkReport = read(sparkOut.resolve("report.json"));
    assertThat(sparkReport.get("errors")).isEqualTo(cliReport.get("errors"));
    assertThat(sparkReport.get("errors").get(0).get("message").asString())
        .isEqualTo("document 'huge' not evaluated: field translations.beta has 250,000 characters, over the limit of "
            + "200,000 per field (split the document, or raise the limit with --max-field-chars)");
    Map<String, JsonNode> sparkDocs = sparkDocuments(sparkOut);
    assertThat(sparkDocs).doesNotContainKey("huge").hasSize(6);
    assertThat(sparkDocs).isEqualTo(cliDocuments(cliReport));
    assertThat(sparkReport.get("corpus")).isEqualTo(cliReport.get("corpus"));
  }

  @Test
  void badLimitsAreUsageErrors() {
    Run s = spark("evaluate", "-o", tmp.resolve("bad-limits").toString(), "--master", "local[2]", "--document-timeout", "-1");
    assertThat(s.code()).isEqualTo(2);
    assertThat(s.err()).contains("verso-spark: --document-timeout must be 0 (no limit) or more, got -1");
  }

  @Test
  void parquetInAndOutGiveTheJsonlScores() throws IOException {
    Path corpus = tmp.resolve("pq-source");
    GeneratedCorpus.write(corpus, 30, 2, Map.of());
    Path parquet = tmp.resolve("corpus.parquet");
    spark.read().json(corpus.toString()).write().parquet(parquet.toString());
    Run j = spark("evaluate", corpus.toString(), "-o", tmp.resolve("pq-jsonl").toString(), "--master", "local[2]");
    Run p = spark("evaluate", parquet.toString(), "-o", tmp.resolve("pq-out").toString(), "--master", "local[2]", "--format", "parquet");
    assertThat(j.code()).as(j.err()).isZero();
    assertThat(p.code()).as(p.err()).isZero();
    JsonNode fromJsonl = read(tmp.resolve("pq-jsonl").resolve("report.json"));
    JsonNode fromParquet = read(tmp.resolve("pq-out").resolve("report.json"));
    assertThat(fromParquet.get("corpus")).isEqualTo(fromJsonl.get("corpus"));
    assertThat(fromParquet.get("documentsFormat").asString()).isEqualTo("parquet");
    Map<String, JsonNode> expected = sparkDocuments(tmp.resolve("pq-jsonl"));
    List<org.apache.spark.sql.Row> rows = spark.read().parquet(tmp.resolve("pq-out").resolve("documents").toString()).collectAsList();
    assertThat(rows).hasSize(30);
    for (org.apache.spark.sql.Row r : rows) {
      JsonNode d = JSON.readTree(r.getString(1));
      assertThat(d.get("id").asString()).isEqualTo(r.getString(0));
      // the same results; only the origins differ (a Parquet row has no line)
      assertThat(d.get("systems")).as(r.getString(0)).isEqualTo(expected.get(r.getString(0)).get("systems"));
    }
  }
}
