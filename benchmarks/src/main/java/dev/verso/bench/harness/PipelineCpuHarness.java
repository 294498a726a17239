package dev.verso.bench.harness;

import dev.verso.metric.Alignments;
import dev.verso.bench.SeedCorpus;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the reference-free pipeline spends its CPU, per seed-sized document, measured in thread CPU
 * time (so the figures mean "per core" even on a shared machine): the shared analysis and
 * alignment once, then every default metric on the already analysed unit. Rounds over a generated
 * corpus; the first rounds warm the JIT and are not counted; medians over the measured rounds.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness PipelineCpuHarness [documents per round] [rounds] [length]}:
 * with {@code length} K each document is K generated documents run together (texts joined by
 * paragraphs), to see how the cost grows with document length.
 */
public final class PipelineCpuHarness {
  private PipelineCpuHarness() {}

  /** Runs each {@code k} consecutive documents together into one. */
  static List<Document> lengthen(List<Document> docs, int k) {
    if (k == 1) {
      return docs;
    }
    List<Document> out = new ArrayList<>();
    for (int i = 0; i + k <= docs.size(); i += k) {
      List<Document> group = docs.subList(i, i + k);
      Document first = group.get(0);
      Map<String, Passage> tr = new java.util.TreeMap<>();
      for (String sys : first.translations().keySet()) {
        tr.put(sys, new Passage(first.translations().get(sys).title(), join(group, d -> d.translations().get(sys) == null ? null : d.translations().get(sys).text()), "en"));
      }
      Passage src = first.source() == null ? null
          : new Passage(first.source().title(), join(group, d -> d.source() == null ? null : d.source().text()), first.source().lang());
      Map<String, String> su = new java.util.TreeMap<>();
      for (String sys : first.summaries().keySet()) {
        su.put(sys, join(group, d -> d.summaries().get(sys)));
      }
      out.add(new Document(first.id(), src, tr, su, first.references(), first.meta(), first.origins(), false, Map.of()));
    }
    return out;
  }

  private static String join(List<Document> group, java.util.function.Function<Document, String> f) {
    StringBuilder b = new StringBuilder();
    for (Document d : group) {
      String t = f.apply(d);
      if (t != null) {
        b.append(b.length() == 0 ? "" : "\n\n").append(t);
      }
    }
    return b.toString();
  }

  public static void main(String[] args) {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int length = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int warm = 3;
    List<Document> seeds = SeedCorpus.seeds();
    List<Metric> metrics = MetricRegistry.load().create(List.of(), Map.of());
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, double[]> perDoc = new LinkedHashMap<>();
    perDoc.put("analysis", new double[rounds]);
    perDoc.put("alignment", new double[rounds]);
    for (Metric m : metrics) {
      perDoc.put(m.id(), new double[rounds]);
    }
    perDoc.put("total", new double[rounds]);
    for (int r = -warm; r < rounds; r++) {
      int from = (r + warm) * perRound;
      List<Document> docs = lengthen(SeedCorpus.generate(seeds, from * length, (from + perRound) * length), length);
      Map<String, Long> cpu = new HashMap<>();
      int units = 0;
      for (Document d : docs) {
        Map<Object, Object> docCache = new HashMap<>();
        for (String system : d.translations().keySet()) {
          units++;
          EvaluationContext unit = new EvaluationContext(d, system, docCache);
          long t0 = mx.getCurrentThreadCpuTime();
          Alignments.source(unit);
          Alignments.translation(unit);
          Alignments.summary(unit);
          long t1 = mx.getCurrentThreadCpuTime();
          Alignments.of(unit);
          Alignments.summarySupport(unit);
          long t2 = mx.getCurrentThreadCpuTime();
          cpu.merge("analysis", t1 - t0, Long::sum);
          cpu.merge("alignment", t2 - t1, Long::sum);
          for (Metric m : metrics) {
            long a = mx.getCurrentThreadCpuTime();
            m.measure(unit);
            cpu.merge(m.id(), mx.getCurrentThreadCpuTime() - a, Long::sum);
          }
          cpu.merge("total", mx.getCurrentThreadCpuTime() - t0, Long::sum);
        }
      }
      if (r >= 0) {
        for (var e : cpu.entrySet()) {
          perDoc.get(e.getKey())[r] = e.getValue() / 1e3 / units;
        }
      }
    }
    System.out.printf("%d rounds of %d documents of %d seed size(s) after %d warm-up rounds; CPU µs per document (median, min, max)%n",
        rounds, perRound, length, warm);
    for (var e : perDoc.entrySet()) {
      double[] v = e.getValue().clone();
      Arrays.sort(v);
      System.out.printf("  %-22s %9.1f %9.1f %9.1f%n", e.getKey(), v[v.length / 2], v[0], v[v.length - 1]);
    }
    double[] total = perDoc.get("total").clone();
    Arrays.sort(total);
    double med = total[total.length / 2];
    System.out.printf("=> %.0f documents per CPU-second; %.0f per second on %d cores if they scale linearly%n",
        1e6 / med, 1e6 / med * Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors());
  }
}
