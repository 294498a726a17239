package dev.verso.report.gate;

import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.report.FindingRow;
import dev.verso.report.gate.QualityGate.Bound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Gate state over a stream of documents ({@link QualityGate#tally}): it takes documents one at a
 * time and keeps only counts and the few worst documents per system and gate, then decides every
 * gate for every system of the corpus.
 */
public final class GateTally {
  /** How many offending documents an outcome names. */
  private static final int WORST = 5;

  private final List<Bound> scores;
  private final List<Bound> findings;
  private final List<Bound> regression;
  private final List<Metric> metricList;
  private final Map<String, Metric> metrics = new LinkedHashMap<>();
  private final JsonNode baseline;
  private final boolean listAll;
  private final Map<MetricOf, Map<String, Double>> baselineByDoc = new HashMap<>();
  // per system and gate: the worst documents so far, best of them last
  private final Map<GateOf, List<Worst>> worstScores = new HashMap<>();
  private final Map<GateOf, List<Worst>> worstDrops = new HashMap<>();
  // per system and finding gate: the count, the documents with most hits, every hit document
  private final Map<GateOf, long[]> counts = new HashMap<>();
  private final Map<GateOf, List<Offender>> offenders = new HashMap<>();
  private final Map<GateOf, TreeSet<String>> hitDocuments = new HashMap<>();

  /** One system's metric (the baseline's per-document scores are kept under it). */
  private record MetricOf(String system, String metric) {}

  /** One system's gate. */
  private record GateOf(String system, Bound bound) {}

  /** A document's value for a score or regression gate, described, with its sort order. */
  private record Worst(String id, double value, String text, double order) {}

  /** A document's number of hits for a finding gate, and the first of them. */
  private record Offender(String id, int hits, FindingRow first) {}

  GateTally(
      List<Bound> scores,
      List<Bound> findings,
      List<Bound> regression,
      List<Metric> metricList,
      JsonNode baseline,
      boolean listAll) {
    this.scores = scores;
    this.findings = findings;
    this.regression = regression;
    this.metricList = List.copyOf(metricList);
    for (Metric m : metricList) {
      metrics.put(m.id(), m);
    }
    for (Bound b : scores) {
      QualityGate.requireMetric(metrics, b.key(), "scores");
    }
    for (Bound b : regression) {
      QualityGate.requireMetric(metrics, b.key(), "regression");
    }
    this.baseline = baseline;
    this.listAll = listAll;
    if (baseline != null) {
      readBaselineDocuments(baseline);
    }
  }

  /** The baseline's per-document scores of the metrics the regression gates name. */
  private void readBaselineDocuments(JsonNode baseline) {
    for (JsonNode d : baseline.path("documents")) {
      for (JsonNode s : d.path("systems")) {
        for (Bound b : regression) {
          JsonNode v = s.path("scores").get(b.key());
          if (v != null && v.isNumber()) {
            baselineByDoc
                .computeIfAbsent(
                    new MetricOf(s.path("system").asString(""), b.key()), k -> new HashMap<>())
                .put(d.path("id").asString(""), v.doubleValue());
          }
        }
      }
    }
  }

  /**
   * Counts one document, whose report rows (findings with suppressions applied) are {@code rows}.
   */
  public void accept(DocumentResult d, List<FindingRow> rows) {
    Map<String, Map<String, Double>> byUnit = new LinkedHashMap<>();
    for (UnitResult u : d.units()) {
      byUnit.put(u.system(), Evaluator.unitScores(metricList, u));
    }
    accept(d.document().id(), byUnit, rows);
  }

  /**
   * Counts one document given by its id, each system's scores (metric id to score) and its report
   * rows.
   */
  public void accept(
      String id, Map<String, Map<String, Double>> scoresBySystem, List<FindingRow> rows) {
    for (var unit : scoresBySystem.entrySet()) {
      String system = unit.getKey();
      acceptScores(id, system, unit.getValue());
      acceptDrops(id, system, unit.getValue());
      for (Bound b : findings) {
        acceptFindings(id, system, b, rows);
      }
    }
  }

  private void acceptScores(String id, String system, Map<String, Double> unitScores) {
    for (Bound b : scores) {
      Double v = unitScores.get(b.key());
      if (v != null && !v.isNaN()) {
        String text = String.format(Locale.ROOT, "%s %.4f", b.key(), v);
        keepWorst(worstScores, new GateOf(system, b), new Worst(id, v, text, b.isMin() ? v : -v));
      }
    }
  }

  private void acceptDrops(String id, String system, Map<String, Double> unitScores) {
    for (Bound b : regression) {
      Double now = unitScores.get(b.key());
      Double was = baselineByDoc.getOrDefault(new MetricOf(system, b.key()), Map.of()).get(id);
      if (now != null && was != null && !now.isNaN()) {
        double drop = metrics.get(b.key()).higherIsBetter() ? was - now : now - was;
        if (drop > 0) {
          String text = String.format(Locale.ROOT, "%s %.4f -> %.4f", b.key(), was, now);
          keepWorst(worstDrops, new GateOf(system, b), new Worst(id, drop, text, -drop));
        }
      }
    }
  }

  private void acceptFindings(String id, String system, Bound b, List<FindingRow> rows) {
    boolean severity = QualityGate.isSeverity(b.key());
    int n = 0;
    FindingRow first = null;
    for (FindingRow f : rows) {
      if (f.system().equals(system)
          && !f.suppressed()
          && (severity
              ? f.finding().severity().equals(b.key().toLowerCase(Locale.ROOT))
              : f.finding().check().equals(b.key()))) {
        if (first == null) {
          first = f;
        }
        n++;
      }
    }
    if (n == 0) {
      return;
    }
    GateOf k = new GateOf(system, b);
    counts.computeIfAbsent(k, x -> new long[1])[0] += n;
    if (listAll) {
      hitDocuments.computeIfAbsent(k, x -> new TreeSet<>()).add(id);
    }
    List<Offender> list = offenders.computeIfAbsent(k, x -> new ArrayList<>());
    list.add(new Offender(id, n, first));
    list.sort(Comparator.comparingInt((Offender o) -> -o.hits()).thenComparing(Offender::id));
    if (list.size() > WORST) {
      list.remove(list.size() - 1);
    }
  }

  /** Keeps the {@link #WORST} entries with the lowest order (ties by document id). */
  private static void keepWorst(Map<GateOf, List<Worst>> lists, GateOf key, Worst entry) {
    List<Worst> list = lists.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(entry);
    list.sort(Comparator.comparingDouble(Worst::order).thenComparing(Worst::id));
    if (list.size() > WORST) {
      list.remove(list.size() - 1);
    }
  }

  /** The outcome of every gate for every system of {@code corpus}. */
  public List<GateOutcome> finish(CorpusTotals corpus) {
    List<GateOutcome> out = new ArrayList<>();
    for (String system : corpus.systems()) {
      Map<String, Double> scoresNow = corpus.scores(system);
      for (Bound b : scores) {
        out.add(scoreOutcome(system, b, scoresNow.get(b.key())));
      }
      for (Bound b : findings) {
        out.add(findingOutcome(system, b));
      }
      for (Bound b : regression) {
        out.add(regressionOutcome(system, b, scoresNow.get(b.key())));
      }
    }
    return out;
  }

  private GateOutcome scoreOutcome(String system, Bound b, Double v) {
    String gate = "scores." + b.key() + "." + b.kind();
    if (v == null || v.isNaN()) {
      String msg =
          b.key() + " has no score for system " + system + " (the metric applied to no document)";
      return new GateOutcome(gate, system, false, Double.NaN, b.limit(), msg, List.of(), List.of());
    }
    boolean ok = b.isMin() ? v >= b.limit() : v <= b.limit();
    List<Worst> worst = worstScores.getOrDefault(new GateOf(system, b), List.of());
    List<Worst> violating =
        worst.stream()
            .filter(w -> b.isMin() ? w.value() < b.limit() : w.value() > b.limit())
            .toList();
    if (!violating.isEmpty()) {
      worst = violating;
    }
    String msg =
        String.format(
            Locale.ROOT,
            "%s of system %s is %.4f, %s %s %.4f%s",
            b.key(),
            system,
            v,
            ok ? "within" : (b.isMin() ? "below" : "above"),
            b.kind(),
            b.limit(),
            ok ? "" : String.format(Locale.ROOT, " by %.4f", Math.abs(v - b.limit())));
    return new GateOutcome(
        gate,
        system,
        ok,
        v,
        b.limit(),
        msg,
        ok ? List.of() : lines(worst),
        ok ? List.of() : violating.stream().map(Worst::id).toList());
  }

  private GateOutcome findingOutcome(String system, Bound b) {
    GateOf k = new GateOf(system, b);
    long n = counts.getOrDefault(k, new long[1])[0];
    boolean ok = n <= b.limit();
    String what =
        QualityGate.isSeverity(b.key())
            ? b.key().toLowerCase(Locale.ROOT) + " findings"
            : b.key() + " findings";
    String msg =
        String.format(
            Locale.ROOT,
            "system %s has %d %s, %s max %d%s",
            system,
            n,
            what,
            ok ? "within" : "above",
            (long) b.limit(),
            ok ? "" : " by " + (n - (long) b.limit()));
    List<Offender> worst = offenders.getOrDefault(k, List.of());
    List<String> lines = worst.stream().map(GateTally::offenderLine).toList();
    List<String> ids =
        listAll
            ? List.copyOf(hitDocuments.getOrDefault(k, new TreeSet<>()))
            : worst.stream().map(Offender::id).sorted().toList();
    return new GateOutcome(
        "findings." + b.key() + ".max",
        system,
        ok,
        n,
        b.limit(),
        msg,
        ok ? List.of() : lines,
        ok ? List.of() : ids);
  }

  /** "doc: hits (first: file:line:column CHECK "text")" for a finding gate's outcome. */
  private static String offenderLine(Offender o) {
    var pos = o.first().filePosition();
    return o.id()
        + ": "
        + o.hits()
        + " (first: "
        + pos.file()
        + ":"
        + pos.line()
        + ":"
        + pos.column()
        + " "
        + o.first().finding().check()
        + " \""
        + abbreviate(o.first().finding().text())
        + "\")";
  }

  private GateOutcome regressionOutcome(String system, Bound b, Double now) {
    String gate = "regression." + b.key() + ".maxDrop";
    Double old = baseline == null ? null : QualityGate.baselineScore(baseline, system, b.key());
    if (old == null || now == null || now.isNaN()) {
      String msg =
          "no baseline score of " + b.key() + " for system " + system + "; regression not checked";
      return new GateOutcome(gate, system, true, Double.NaN, b.limit(), msg, List.of(), List.of());
    }
    boolean higherBetter = metrics.get(b.key()).higherIsBetter();
    double drop = higherBetter ? old - now : now - old;
    boolean ok = drop <= b.limit() + 1e-12;
    String msg =
        String.format(
            Locale.ROOT,
            "%s of system %s went from %.4f to %.4f: %s %.4f, %s maxDrop %.4f",
            b.key(),
            system,
            old,
            now,
            drop > 0 ? "worse by" : "better by",
            Math.abs(drop),
            ok ? "within" : "above",
            b.limit());
    List<Worst> worst = worstDrops.getOrDefault(new GateOf(system, b), List.of());
    return new GateOutcome(
        gate,
        system,
        ok,
        drop,
        b.limit(),
        msg,
        ok ? List.of() : lines(worst),
        ok ? List.of() : worst.stream().map(Worst::id).toList());
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }

  private static List<String> lines(List<Worst> worst) {
    return worst.stream().map(w -> w.id() + ": " + w.text()).toList();
  }
}
