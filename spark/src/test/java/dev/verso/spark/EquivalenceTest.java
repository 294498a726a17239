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
}
