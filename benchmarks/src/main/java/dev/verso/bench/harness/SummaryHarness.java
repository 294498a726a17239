package dev.verso.bench.harness;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures SUMMARY_CONSISTENCY on QAGS (English news articles with model summaries labelled
 * consistent or not): the article is the translation, there is no source. Reports ROC-AUC of the
 * metric's score against the labels and balanced accuracy with the threshold chosen by 5-fold
 * cross-validation (chosen on four folds, applied to the fifth; the folds are a fixed shuffle), for
 * the whole set and per origin, beside a lexical baseline (share of the summary's word bigrams
 * found in the article) measured the same way. It also reports a fixed split into halves A and B
 * (stratified by origin): threshold chosen on A, AUC and balanced accuracy on B, which is the
 * held-out figure for anything chosen on A; and how often KEY_FACT_OMITTED fires on consistent and
 * inconsistent summaries. With {@code -Dverso.summary.dump=FILE} it writes each summary's sentence
 * details, findings and half as JSON lines, for choosing weights on half A outside Java.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness SummaryHarness [qags.jsonl]}; the file defaults to
 * {@code ../shared/data/summary/qags.jsonl} next to the repository.
 */
public final class SummaryHarness {
  private static final int FOLDS = 5;

  private SummaryHarness() {}

  /** One labelled item with its scores. */
  record Item(String origin, int label, double score, double baseline, boolean omitted, String split) {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/summary/qags.jsonl");
    if (!Files.isRegularFile(file)) {
      System.err.println("no data at " + file.toAbsolutePath() + " (pass the JSONL file as argument)");
      System.exit(2);
    }
    Metric metric = MetricRegistry.load().provider("SUMMARY_CONSISTENCY").create(Map.of());
    ObjectMapper json = JsonMapper.builder().build();
    List<Item> items = new ArrayList<>();
    Map<String, Integer> checks = new TreeMap<>();
    String dump = System.getProperty("verso.summary.dump");
    List<Map<String, Object>> dumpRows = new ArrayList<>();
    long t0 = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        String text = d.get("doc").asString();
        String summary = d.get("summary").asString();
        Document doc = Document.of(d.get("id").asString(), null, Map.of("default", new Passage(null, text, "en")), Map.of("default", summary));
        EvaluationContext unit = EvaluationContext.of(doc, "default");
        Measurement m = metric.measure(unit);
        boolean omitted = false;
        for (Finding f : m.findings()) {
          omitted |= f.check().equals("KEY_FACT_OMITTED");
          checks.merge(f.check() + (d.get("label").asInt() == 1 ? " (consistent)" : " (inconsistent)"), 1, Integer::sum);
        }
        double baseline = bigramShare(dev.verso.metric.Alignments.summary(unit), dev.verso.metric.Alignments.translation(unit));
        String split = d.has("split") ? d.get("split").asString() : null;
        items.add(new Item(d.get("origin").asString(), d.get("label").asInt(), metric.score(m.stats()), baseline, omitted, split));
        if (dump != null) {
          Map<String, Object> row = new java.util.LinkedHashMap<>();
          row.put("id", d.get("id").asString());
          row.put("origin", d.get("origin").asString());
          row.put("label", d.get("label").asInt());
          if (d.has("split")) {
            row.put("split", d.get("split").asString());
            row.put("edit_types", d.get("edit_types"));
          }
          row.put("score", metric.score(m.stats()));
          row.put("sentences", m.details().get("sentences"));
          row.put("findings", m.findings().stream().map(f -> f.check() + " " + f.message()).toList());
          dumpRows.add(row);
        }
      }
    }
    if (dump != null) {
      // per-summary sentence details and the half of the fixed split, for fitting on half A outside Java
      int[] half = halves(items);
      try (java.io.PrintWriter out = new java.io.PrintWriter(Files.newBufferedWriter(Path.of(dump), StandardCharsets.UTF_8))) {
        for (int i = 0; i < dumpRows.size(); i++) {
          dumpRows.get(i).put("half", half[i]);
          out.println(json.writeValueAsString(dumpRows.get(i)));
        }
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.printf(Locale.ROOT, "SUMMARY_CONSISTENCY on %s: %d summaries (%.0f ms)%n", file.getFileName(), items.size(), ms);
    if (items.stream().allMatch(i -> i.split() != null)) {
      // the data brings its own split (SummEdits): threshold on `evaluation`, figures on `test`
      System.out.println("threshold chosen on split=evaluation, AUC and balanced accuracy on split=test:");
      splitReport("all", items, null);
      for (String origin : new java.util.TreeSet<>(items.stream().map(Item::origin).toList())) {
        splitReport(origin, items, origin);
      }
      System.out.println("findings by label: " + checks);
      return;
    }
    report("all", items);
    for (String origin : new java.util.TreeSet<>(items.stream().map(Item::origin).toList())) {
      report(origin, items.stream().filter(i -> i.origin().equals(origin)).toList());
    }
    System.out.println("findings by label: " + checks);
    int[] half = halves(items);
    System.out.println("held-out half (threshold chosen on half A, AUC and balanced accuracy on half B; stratified by origin):");
    heldOut("all", items, half, null);
    for (String origin : new java.util.TreeSet<>(items.stream().map(Item::origin).toList())) {
      heldOut(origin, items, half, origin);
    }
    System.out.println("KEY_FACT_OMITTED fires on (share of summaries with at least one):");
    omissionRates("all", items);
    for (String origin : new java.util.TreeSet<>(items.stream().map(Item::origin).toList())) {
      omissionRates(origin, items.stream().filter(i -> i.origin().equals(origin)).toList());
    }
  }

  /**
   * A fixed split into halves A (0) and B (1), stratified by origin: each origin's items in a fixed
   * shuffle, the first half A. Anything fitted (weights, thresholds) is fitted on A only.
   */
  static int[] halves(List<Item> items) {
    int[] half = new int[items.size()];
    Map<String, List<Integer>> byOrigin = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      byOrigin.computeIfAbsent(items.get(i).origin(), k -> new ArrayList<>()).add(i);
    }
    Random r = new Random(7);
    for (List<Integer> idx : byOrigin.values()) {
      Collections.shuffle(idx, r);
      for (int k = 0; k < idx.size(); k++) {
        half[idx.get(k)] = k < idx.size() / 2 ? 0 : 1;
      }
    }
    return half;
  }

  private static void heldOut(String name, List<Item> items, int[] half, String origin) {
    List<Item> a = new ArrayList<>();
    List<Item> b = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (origin == null || items.get(i).origin().equals(origin)) {
        (half[i] == 0 ? a : b).add(items.get(i));
      }
    }
    System.out.printf(Locale.ROOT, "%-11s n(A)=%3d n(B)=%3d  SUMMARY_CONSISTENCY: AUC(B) %.3f  bal.acc(B) %.3f   | bigram baseline: AUC(B) %.3f  bal.acc(B) %.3f%n",
        name, a.size(), b.size(), auc(b, false), balancedAccuracy(b, bestThreshold(a, false), false),
        auc(b, true), balancedAccuracy(b, bestThreshold(a, true), true));
  }

  /** Threshold chosen on the items of split {@code evaluation}, AUC and balanced accuracy on split {@code test}. */
  private static void splitReport(String name, List<Item> items, String origin) {
    List<Item> eval = new ArrayList<>();
    List<Item> test = new ArrayList<>();
    for (Item i : items) {
      if (origin == null || i.origin().equals(origin)) {
        (i.split().equals("evaluation") ? eval : test).add(i);
      }
    }
    System.out.printf(Locale.ROOT, "%-22s n(eval)=%4d n(test)=%4d  SUMMARY_CONSISTENCY: AUC(test) %.3f  bal.acc(test) %.3f  (eval AUC %.3f) | bigram baseline: AUC(test) %.3f  bal.acc(test) %.3f%n",
        name, eval.size(), test.size(), auc(test, false), balancedAccuracy(test, bestThreshold(eval, false), false), auc(eval, false),
        auc(test, true), balancedAccuracy(test, bestThreshold(eval, true), true));
  }

  private static double balancedAccuracy(List<Item> test, double th, boolean baseline) {
    int tp = 0, tn = 0, pos = 0, neg = 0;
    for (Item i : test) {
      boolean predicted = value(i, baseline) >= th;
      if (i.label() == 1) {
        pos++;
        tp += predicted ? 1 : 0;
      } else {
        neg++;
        tn += predicted ? 0 : 1;
      }
    }
    return 0.5 * ((double) tp / Math.max(1, pos) + (double) tn / Math.max(1, neg));
  }

  private static void omissionRates(String name, List<Item> items) {
    long cons = items.stream().filter(i -> i.label() == 1).count();
    long incons = items.size() - cons;
    long firedCons = items.stream().filter(i -> i.label() == 1 && i.omitted()).count();
    long firedIncons = items.stream().filter(i -> i.label() == 0 && i.omitted()).count();
    System.out.printf(Locale.ROOT, "%-11s consistent %d/%d (%.1f%%)  inconsistent %d/%d (%.1f%%)%n", name,
        firedCons, cons, 100.0 * firedCons / cons, firedIncons, incons, 100.0 * firedIncons / incons);
  }

  private static void report(String name, List<Item> items) {
    System.out.printf(Locale.ROOT, "%-11s n=%3d  SUMMARY_CONSISTENCY: AUC %.3f  bal.acc (5-fold CV) %.3f   | bigram baseline: AUC %.3f  bal.acc %.3f%n",
        name, items.size(), auc(items, false), cvBalancedAccuracy(items, false), auc(items, true), cvBalancedAccuracy(items, true));
  }

  private static double value(Item i, boolean baseline) {
    return baseline ? i.baseline() : i.score();
  }

  /** ROC-AUC: the probability that a consistent summary scores above an inconsistent one (ties count half). */
  static double auc(List<Item> items, boolean baseline) {
    double wins = 0;
    long pairs = 0;
    for (Item p : items) {
      if (p.label() != 1) {
        continue;
      }
      for (Item n : items) {
        if (n.label() != 0) {
          continue;
        }
        pairs++;
        double a = value(p, baseline);
        double b = value(n, baseline);
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return pairs == 0 ? Double.NaN : wins / pairs;
  }

  /** Balanced accuracy on held-out folds, each with the threshold that is best on the other folds. */
  static double cvBalancedAccuracy(List<Item> items, boolean baseline) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(20231));
    int[] fold = new int[items.size()];
    for (int k = 0; k < order.size(); k++) {
      fold[order.get(k)] = k % FOLDS;
    }
    int tp = 0, tn = 0, pos = 0, neg = 0;
    for (int f = 0; f < FOLDS; f++) {
      List<Item> train = new ArrayList<>();
      List<Item> test = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        (fold[i] == f ? test : train).add(items.get(i));
      }
      double th = bestThreshold(train, baseline);
      for (Item i : test) {
        boolean predicted = value(i, baseline) >= th;
        if (i.label() == 1) {
          pos++;
          tp += predicted ? 1 : 0;
        } else {
          neg++;
          tn += predicted ? 0 : 1;
        }
      }
    }
    return 0.5 * ((double) tp / Math.max(1, pos) + (double) tn / Math.max(1, neg));
  }

  private static double bestThreshold(List<Item> train, boolean baseline) {
    List<Double> cands = new ArrayList<>(train.stream().map(i -> value(i, baseline)).distinct().sorted().toList());
    double best = Double.NEGATIVE_INFINITY;
    double bestAcc = -1;
    for (double th : cands) {
      double acc = balancedAccuracy(train, th, baseline);
      if (acc > bestAcc) {
        bestAcc = acc;
        best = th;
      }
    }
    return best;
  }

  /** Share of the summary's lower-cased word bigrams that occur in the article. */
  private static double bigramShare(dev.verso.text.AnalyzedText sum, dev.verso.text.AnalyzedText doc) {
    java.util.Set<String> s = dev.verso.metric.builtin.summary.FactSupport.bigrams(sum, 0, sum.sentences().size());
    java.util.Set<String> d = dev.verso.metric.builtin.summary.FactSupport.bigrams(doc, 0, doc.sentences().size());
    if (s.isEmpty()) {
      return 1;
    }
    long hit = s.stream().filter(d::contains).count();
    return (double) hit / s.size();
  }
}
