package dev.verso.bench;

import dev.verso.io.JsonlReader;
import dev.verso.io.ReadResult;
import dev.verso.io.TextFile;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.report.HtmlReporter;
import dev.verso.report.JsonReporter;
import dev.verso.report.ReportContext;
import dev.verso.report.ReportModel;
import dev.verso.report.Suppressions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stages of the reference-free pipeline on generated seed-sized corpora: reading JSONL, every
 * default metric together (the evaluate pipeline, all cores), JSON and HTML report writing. Run:
 * {@code benchmarks/run.sh PipelineBench -p size=1000}; {@code -p size=100000} for the large corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class PipelineBench {
  @Param({"10", "1000"})
  public int size;

  List<Document> docs;
  TextFile jsonl;
  List<Metric> metrics;
  EvaluationResult result;
  ReportContext ctx;

  @Setup(Level.Trial)
  public void setUp() {
    docs = SeedCorpus.generate(size);
    jsonl = TextFile.decode(SeedCorpus.toJsonl(docs).getBytes(StandardCharsets.UTF_8), "bench.jsonl");
    metrics = MetricRegistry.load().create(List.of(), Map.of());
    result = new Evaluator(metrics, Runtime.getRuntime().availableProcessors()).evaluateAll(docs, List.of());
    ctx = new ReportContext(Path.of("target"), new PrintWriter(new StringWriter()), List.of("bench"), Map.of(), Suppressions.NONE);
  }

  @Benchmark
  public ReadResult readJsonl() {
    return JsonlReader.parse(jsonl, Document.DEFAULT_SYSTEM);
  }

  @Benchmark
  public EvaluationResult evaluateAllCores() {
    return new Evaluator(metrics, Runtime.getRuntime().availableProcessors()).evaluateAll(docs, List.of());
  }

  @Benchmark
  public EvaluationResult evaluateOneThread() {
    return new Evaluator(metrics, 1).evaluateAll(docs, List.of());
  }

  @Benchmark
  public byte[] writeJson() {
    return JsonReporter.writerForBenchmarks().writeValueAsBytes(ReportModel.build(result, ctx));
  }

  @Benchmark
  public String writeHtml() {
    return HtmlReporter.render(result, Suppressions.NONE);
  }

  /** One metric at a time over the corpus, one thread: what each built-in metric costs. */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public static class PerMetric {
    // every reference-free built-in (GLOSSARY needs --glossary and is not applicable here); each one
    // pays for the analysis and alignment it needs, as it would if it ran alone
    @Param({"ACRONYM_CONSISTENCY", "ALIGNMENT", "COVERAGE", "DUPLICATION", "LENGTH_RATIO", "SUMMARY_CONSISTENCY",
        "TERM_CONSISTENCY", "TRANSLATION_DEFECTS", "UNTRANSLATED"})
    public String metric;

    List<Document> docs;
    Metric m;

    @Setup(Level.Trial)
    public void setUp() {
      docs = SeedCorpus.generate(100);
      m = MetricRegistry.load().create(List.of(metric), Map.of()).get(0);
    }

    /** Time per document (100 documents per call). */
    @Benchmark
    @org.openjdk.jmh.annotations.OperationsPerInvocation(100)
    public int measureEach() {
      int n = 0;
      for (Document d : docs) {
        for (String s : d.translations().keySet()) {
          n += m.measure(EvaluationContext.of(d, s)).findings().size();
        }
      }
      return n;
    }
  }
}
