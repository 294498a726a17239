package dev.verso.bench.harness;

import dev.verso.bench.TextAnalysisBench;
import dev.verso.text.TextAnalyzer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Text-analysis throughput measured in thread CPU time rather than wall time, so that the figure
 * means "per core" even on a machine shared with other work (where JMH's wall-clock numbers
 * swing). Same corpora as {@link TextAnalysisBench}; 5 warm-up rounds, then the median of 15.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness TextThroughputHarness}.
 */
public final class TextThroughputHarness {
  private TextThroughputHarness() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    TextAnalyzer analyzer = TextAnalyzer.shared();
    for (String lang : List.of("zh", "en")) {
      List<String> docs = TextAnalysisBench.documents(lang);
      long chars = docs.stream().mapToLong(String::length).sum();
      double[] rates = new double[15];
      for (int r = -5; r < rates.length; r++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (String d : docs) {
          analyzer.analyze(d, lang);
        }
        long cpu = mx.getCurrentThreadCpuTime() - t0;
        if (r >= 0) {
          rates[r] = chars / (cpu / 1e9);
        }
      }
      Arrays.sort(rates);
      System.out.printf("%s: %d documents, %d chars; median %.2f M chars per CPU-second (min %.2f, max %.2f)%n",
          lang, docs.size(), chars, rates[rates.length / 2] / 1e6, rates[0] / 1e6, rates[rates.length - 1] / 1e6);
    }
  }
}
