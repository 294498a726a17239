package dev.verso.bench;

import dev.verso.compare.ComparedMetric;
import dev.verso.compare.Comparison;
import dev.verso.compare.PairedTests;
import dev.verso.compare.StatScorer;
import dev.verso.metric.reference.Bleu;
import dev.verso.metric.reference.Chrf;
import dev.verso.metric.reference.CorpusScoring;
import dev.verso.metric.reference.ReferenceScorer;
import dev.verso.metric.reference.Ter;
import dev.verso.metric.reference.TextLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * BLEU, chrF and TER on the 1,948 WMT21 zh-en segments of {@code ../shared/data/mt-metrics}
 * (sys_DIDI-NLP against ref.en), the work sacreBLEU 2.6 does in 73.5 s, and the paired bootstrap
 * (1000 resamples, BLEU + chrF, 2 systems). Run from the project directory: {@code
 * benchmarks/run.sh ReferenceMetricsBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ReferenceMetricsBench {
  List<String> ref;
  List<String> didi;
  List<String> niu;
  Bleu bleu;
  Chrf chrf;
  Ter ter;
  List<ComparedMetric> compared;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Path.of("..", "shared", "data", "mt-metrics");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "..", "shared", "data", "mt-metrics");
    }
    ref = TextLines.read(dir.resolve("ref.en"));
    didi = TextLines.read(dir.resolve("sys_DIDI-NLP.en"));
    niu = TextLines.read(dir.resolve("sys_NiuTrans.en"));
    bleu = new Bleu();
    chrf = new Chrf(0);
    ter = new Ter();
    compared = new ArrayList<>();
    for (ReferenceScorer s : List.of(bleu, chrf)) {
      compared.add(
          new ComparedMetric(
              s.name(),
              s.signature(1),
              true,
              StatScorer.of(s),
              List.of(CorpusScoring.stats(s, niu, List.of(ref)), CorpusScoring.stats(s, didi, List.of(ref)))));
    }
  }

  private double corpus(ReferenceScorer s) {
    double[][] rows = CorpusScoring.stats(s, didi, List.of(ref));
    return s.score(CorpusScoring.sum(rows, s.statNames().size()));
  }

  @Benchmark
  public double bleu() {
    return corpus(bleu);
  }

  @Benchmark
  public double chrf() {
    return corpus(chrf);
  }

  @Benchmark
  public double ter() {
    return corpus(ter);
  }

  /** BLEU + chrF + TER: the work of {@code sacrebleu ref.en -i sys_DIDI-NLP.en -m bleu chrf ter}. */
  @Benchmark
  public double bleuChrfTer() {
    return corpus(bleu) + corpus(chrf) + corpus(ter);
  }

  /** Paired bootstrap, 1000 resamples, BLEU + chrF, statistics given. */
  @Benchmark
  public Comparison pairedBootstrap() {
    return PairedTests.bootstrap(List.of("NiuTrans", "DIDI-NLP"), compared, 0, 1000, 12345);
  }
}
