package dev.verso.bench;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.builtin.AcronymConsistencyMetric;
import dev.verso.metric.builtin.TermConsistencyMetric;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time per document of the acronym extractor and of the ACRONYM_CONSISTENCY and TERM_CONSISTENCY
 * metrics on a news-sized English text (the bundled seeds 000 and 002 joined, about 5,000
 * characters); quote the p0.50 line (median). Run from the repository root: {@code benchmarks/run.sh ConsistencyBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConsistencyBench {
  private String text;
  private EvaluationContext unit;
  private Metric acronyms;
  private Metric terms;

  @Setup
  public void setUp() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (var files = Files.newDirectoryStream(Path.of("seeds"), "00[02]_*.txt")) {
      for (Path p : files) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (line.startsWith("translated_content: ")) {
            sb.append(line.substring("translated_content: ".length())).append('\n');
          } else if (!line.contains(": ") || !line.matches("^[a-z_]+: .*")) {
            sb.append(line).append('\n');
          }
        }
      }
    }
    text = sb.toString();
    Document doc =
        Document.of("bench", null, Map.of("s", new Passage(null, text, "en")), Map.of());
    unit = EvaluationContext.of(doc, "s");
    acronyms = new AcronymConsistencyMetric.Provider().create(Map.of());
    terms = new TermConsistencyMetric.Provider().create(Map.of());
  }

  @Benchmark
  public List<AcronymDefinition> extractAcronyms() {
    return AcronymExtractor.extract(text);
  }

  @Benchmark
  public Measurement acronymConsistency() {
    return acronyms.measure(unit);
  }

  @Benchmark
  public Measurement termConsistency() {
    return terms.measure(unit);
  }
}
