package dev.verso.cli;

import dev.verso.compare.ComparedMetric;
import dev.verso.compare.Comparison;
import dev.verso.compare.ComparisonText;
import dev.verso.compare.FancyGrid;
import dev.verso.compare.MetricComparison;
import dev.verso.compare.PairedTests;
import dev.verso.compare.StatScorer;
import dev.verso.compare.SystemResult;
import dev.verso.metric.reference.CorpusScoring;
import dev.verso.metric.reference.PyFormat;
import dev.verso.metric.reference.ReferenceScorer;
import dev.verso.metric.reference.ScoreText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printed results of {@code verso score}: one system's scores (with an optional confidence
 * interval), a table of several systems, or a paired comparison, in sacreBLEU's text or JSON.
 */
final class ScoreOutput {
  private final ScoreCommand cmd;
  private final PrintWriter out;
  private final List<String> names;
  private final Map<String, ReferenceScorer> scorers;
  private final Map<String, List<double[][]>> stats;
  private final int nrefs;

  /**
   * @param names the systems' names
   * @param scorers metric name to scorer, in sacreBLEU's order
   * @param stats metric name to each system's per-segment statistics
   * @param nrefs the number of references
   */
  ScoreOutput(
      ScoreCommand cmd,
      PrintWriter out,
      List<String> names,
      Map<String, ReferenceScorer> scorers,
      Map<String, List<double[][]>> stats,
      int nrefs) {
    this.cmd = cmd;
    this.out = out;
    this.names = names;
    this.scorers = scorers;
    this.stats = stats;
    this.nrefs = nrefs;
  }

  void printSingle() {
    List<String> results = new ArrayList<>();
    for (var e : scorers.entrySet()) {
      ReferenceScorer s = e.getValue();
      double[][] rows = stats.get(e.getKey()).get(0);
      double[] total = CorpusScoring.sum(rows, s.statNames().size());
      double score = s.score(total);
      double mean = -1;
      double ci = -1;
      String sig;
      if (cmd.confidence) {
        double[] mc = PairedTests.confidence(StatScorer.of(s), rows, cmd.confidenceN, cmd.seed);
        mean = mc[0];
        ci = mc[1];
        Map<String, String> t = new LinkedHashMap<>();
        t.put("bs", Integer.toString(cmd.confidenceN));
        t.put("seed", Long.toString(cmd.seed));
        sig = s.signature(Integer.toString(nrefs), t);
      } else {
        sig = s.signature(nrefs);
      }
      ScoreText text = new ScoreText(s.name(), sig, score, mean, ci, s.verbose(total), cmd.width);
      if (cmd.scoreOnly) {
        results.add(ScoreText.scoreWithConfidence(score, mean, ci, cmd.width));
      } else {
        results.add(cmd.format.equals("json") ? text.json() : text.line());
      }
    }
    if (cmd.format.equals("json")) {
      out.println(
          results.size() > 1 ? "[\n" + String.join(",\n", results) + "\n]" : results.get(0));
      return;
    }
    if (results.size() == 1 || cmd.scoreOnly) {
      results.forEach(out::println);
      return;
    }
    // Align the lines on their '=' as sacreBLEU does.
    int w = 0;
    for (String r : results) {
      w = Math.max(w, r.indexOf('=') - 1);
    }
    for (String r : results) {
      int len = r.indexOf('=') - 1;
      out.println(" ".repeat(w - len) + r);
    }
  }

  void printMulti() {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, String> sigs = new LinkedHashMap<>();
    for (var e : scorers.entrySet()) {
      ReferenceScorer s = e.getValue();
      List<String> col = new ArrayList<>();
      for (double[][] rows : stats.get(e.getKey())) {
        col.add(PyFormat.fixed(s.score(CorpusScoring.sum(rows, s.statNames().size())), cmd.width));
      }
      columns.put(s.name(), col);
      sigs.put(s.name(), s.signature(nrefs));
    }
    if (cmd.format.equals("json")) {
      StringBuilder b = new StringBuilder("[\n");
      for (int i = 0; i < names.size(); i++) {
        b.append("    {\n        \"system\": ").append(ScoreText.quote(names.get(i)));
        for (var c : columns.entrySet()) {
          b.append(",\n        ")
              .append(ScoreText.quote(c.getKey()))
              .append(": ")
              .append(ScoreText.quote(c.getValue().get(i)));
        }
        b.append("\n    }").append(i + 1 < names.size() ? ",\n" : "\n");
      }
      out.println(b.append(']'));
      return;
    }
    List<String> headers = new ArrayList<>();
    headers.add("System");
    headers.addAll(columns.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(names.get(i));
      for (List<String> c : columns.values()) {
        row.add(c.get(i));
      }
      rows.add(row);
    }
    out.println(FancyGrid.render(headers, rows));
    out.println();
    printSignatures(sigs);
  }

  private void printSignatures(Map<String, String> sigs) {
    out.println("-----------------");
    out.println("Metric signatures");
    out.println("-----------------");
    for (var e : sigs.entrySet()) {
      out.println(String.format(Locale.ROOT, " - %-10s %s", e.getKey(), e.getValue()));
    }
  }

  void printPaired() {
    int base = 0;
    if (cmd.baseline != null) {
      base = names.indexOf(cmd.baseline);
      if (base < 0) {
        throw new UsageException(
            "--baseline '" + cmd.baseline + "' is not one of the systems " + names);
      }
    }
    List<ComparedMetric> compared = new ArrayList<>();
    Map<String, String> sigs = new LinkedHashMap<>();
    int n = cmd.pairedBs ? cmd.pairedBsN : cmd.pairedArN;
    if (n == 0) {
      // As sacreBLEU: 0 means the default number of resamples or trials.
      n = cmd.pairedBs ? PairedTests.DEFAULT_RESAMPLES : PairedTests.DEFAULT_TRIALS;
    } else if (n < 0) {
      throw new UsageException("the number of resamples/trials must not be negative");
    }
    for (var e : scorers.entrySet()) {
      ReferenceScorer s = e.getValue();
      Map<String, String> t = new LinkedHashMap<>();
      t.put(cmd.pairedBs ? "bs" : "ar", Integer.toString(n));
      t.put("seed", Long.toString(cmd.seed));
      String sig = s.signature(Integer.toString(nrefs), t);
      sigs.put(s.name(), sig);
      compared.add(
          new ComparedMetric(
              s.name(), sig, s.higherIsBetter(), StatScorer.of(s), stats.get(e.getKey())));
    }
    Comparison c =
        cmd.pairedBs
            ? PairedTests.bootstrap(names, compared, base, n, cmd.seed)
            : PairedTests.approximateRandomization(names, compared, base, n, cmd.seed);
    if (cmd.format.equals("json")) {
      out.println(json(c));
      return;
    }
    out.println(ComparisonText.table(c, cmd.width));
    out.println();
    out.print(ComparisonText.notes(c));
    out.println();
    printSignatures(sigs);
    out.println();
    out.print(ComparisonText.rankings(c, cmd.width));
  }

  /**
   * sacreBLEU's JSON for paired tests (a list of systems with score, p_value, mean, ci per metric),
   * plus delta and significance.
   */
  static String json(Comparison c) {
    StringBuilder b = new StringBuilder("[\n");
    int systems = c.metrics().get(0).systems().size();
    for (int i = 0; i < systems; i++) {
      SystemResult first = c.metrics().get(0).systems().get(i);
      String name = first.baseline() ? "Baseline: " + first.system() : first.system();
      b.append("    {\n        \"system\": ").append(ScoreText.quote(name));
      for (MetricComparison m : c.metrics()) {
        SystemResult r = m.systems().get(i);
        b.append(",\n        ").append(ScoreText.quote(m.metric())).append(": {\n");
        b.append("            \"score\": ").append(PyFormat.repr(r.score())).append(",\n");
        b.append("            \"p_value\": ").append(num(r.pValue())).append(",\n");
        b.append("            \"mean\": ").append(num(r.mean())).append(",\n");
        b.append("            \"ci\": ").append(num(r.ci())).append(",\n");
        b.append("            \"delta\": ").append(PyFormat.repr(r.delta())).append(",\n");
        b.append("            \"significant\": ")
            .append(
                r.pValue() == null ? "null" : Boolean.toString(r.significant(ComparisonText.ALPHA)))
            .append("\n        }");
      }
      b.append("\n    }").append(i + 1 < systems ? ",\n" : "\n");
    }
    return b.append(']').toString();
  }

  private static String num(Double d) {
    return d == null ? "null" : PyFormat.repr(d);
  }
}
