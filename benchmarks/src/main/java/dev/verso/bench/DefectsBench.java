package dev.verso.bench;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.builtin.TranslationDefectsMetric;
import dev.verso.model.Document;
import dev.verso.model.Passage;
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
 * Time per document of TRANSLATION_DEFECTS (all four checks) on the plain-text seeds 001–004
 * joined (about 12,000 characters, with their boilerplate); quote the p0.50 line (median). Run from
 * the repository root: {@code benchmarks/run.sh DefectsBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DefectsBench {
  private EvaluationContext unit;
  private Metric defects;

  @Setup
  public void setUp() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (var files = Files.newDirectoryStream(Path.of("seeds"), "00[1-4]_*.txt")) {
      for (Path p : files) {
        sb.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    Document doc =
        Document.of("bench", null, Map.of("s", new Passage(null, sb.toString(), "en")), Map.of());
    unit = EvaluationContext.of(doc, "s");
    defects = new TranslationDefectsMetric.Provider().create(Map.of());
  }

  @Benchmark
  public Measurement translationDefects() {
    return defects.measure(unit);
  }
}
