package dev.verso.report;

import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Metric;
import dev.verso.model.InputProblem;
import dev.verso.model.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A short summary on the console: corpus scores per system, finding counts, input problems. */
public final class ConsoleReporter implements Reporter {

  @Override
  public String format() {
    return "console";
  }

  @Override
  public Path write(EvaluationResult r, ReportContext ctx) {
    PrintWriter out = ctx.console();
    // counted from the corpus totals, so a streamed run (whose documents are not kept) prints the
    // same counts as an in-memory one
    out.printf(
        Locale.ROOT,
        "Evaluated %d document(s), %d system translation(s)%n",
        r.corpus().documentCount(),
        r.corpus().systemUnitCount());
    List<String> header = new ArrayList<>();
    header.add("system");
    // metrics that applied to no document (e.g. BLEU without references) are left out of the table
    List<Metric> shown = new ArrayList<>();
    for (Metric m : r.metrics()) {
      if (r.corpus().systems().stream()
          .anyMatch(sys -> r.corpus().scores(sys).containsKey(m.id()))) {
        shown.add(m);
        header.add(m.id());
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (String sys : r.corpus().systems()) {
      List<String> row = new ArrayList<>();
      row.add(sys);
      Map<String, Double> scores = r.corpus().scores(sys);
      for (Metric m : shown) {
        Double v = scores.get(m.id());
        row.add(
            v == null ? "n/a" : Double.isNaN(v) ? "NaN" : String.format(Locale.ROOT, "%.4f", v));
      }
      rows.add(row);
    }
    printTable(out, header, rows);
    List<String> skipped = new ArrayList<>();
    for (Metric m : r.metrics()) {
      if (!shown.contains(m)) {
        skipped.add(m.id());
      }
    }
    if (!skipped.isEmpty()) {
      out.println("Not applicable to any document: " + String.join(", ", skipped));
    }
    if (ctx.comparison() != null) {
      printComparison(out, ctx.comparison());
    }
    StringBuilder sb = new StringBuilder("Findings:");
    for (Severity s : Severity.values()) {
      sb.append(' ').append(s.id()).append(' ').append(r.corpus().findingCount(s));
    }
    out.println(sb);
    long errors = r.problems().stream().filter(p -> p.level() == InputProblem.Level.ERROR).count();
    long warnings = r.problems().size() - errors;
    if (!r.problems().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "Input problems: %d error(s), %d warning(s) (listed in the report's errors)%n",
          errors,
          warnings);
    }
    out.flush();
    return null;
  }

  /** The comparison as a table: one row per system, one column per metric, like sacreBLEU's. */
  static void printComparison(PrintWriter out, dev.verso.compare.SystemComparison sc) {
    var c = sc.comparison();
    out.printf(
        Locale.ROOT,
        "%s against baseline %s (%d %s, seed %d; * p <= %.2f):%n",
        c.test().equals("bs") ? "Paired bootstrap resampling" : "Paired approximate randomisation",
        c.baseline(),
        c.samples(),
        c.test().equals("bs") ? "resamples" : "trials",
        c.seed(),
        ReportModel.ALPHA);
    List<String> header = new ArrayList<>();
    header.add("system");
    for (var m : c.metrics()) {
      header.add(m.metric() + (c.test().equals("bs") ? " (mean ± 95% CI)" : ""));
    }
    List<String> systems =
        c.metrics().get(0).systems().stream().map(dev.verso.compare.SystemResult::system).toList();
    List<List<String>> rows = new ArrayList<>();
    for (String sys : systems) {
      List<String> row = new ArrayList<>();
      row.add(sys.equals(c.baseline()) ? "Baseline: " + sys : sys);
      for (var m : c.metrics()) {
        var r = m.systems().stream().filter(x -> x.system().equals(sys)).findFirst().orElseThrow();
        StringBuilder cell = new StringBuilder(String.format(Locale.ROOT, "%.4f", r.score()));
        if (r.mean() != null) {
          cell.append(String.format(Locale.ROOT, " (%.4f ± %.4f)", r.mean(), r.ci()));
        }
        if (r.pValue() != null) {
          cell.append(
              String.format(
                  Locale.ROOT,
                  " p=%.4f%s",
                  r.pValue(),
                  r.significant(ReportModel.ALPHA) ? "*" : ""));
        }
        row.add(cell.toString());
      }
      rows.add(row);
    }
    printTable(out, header, rows);
  }

  /** Prints a left-aligned text table. */
  static void printTable(PrintWriter out, List<String> header, List<List<String>> rows) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = TerminalText.width(header.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], TerminalText.width(r.get(i)));
      }
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      line.append(i == 0 ? "" : "  ").append(pad(header.get(i), w[i]));
    }
    out.println(line.toString().stripTrailing());
    for (List<String> r : rows) {
      line.setLength(0);
      for (int i = 0; i < w.length; i++) {
        line.append(i == 0 ? "" : "  ").append(pad(r.get(i), w[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - TerminalText.width(s)));
  }
}
