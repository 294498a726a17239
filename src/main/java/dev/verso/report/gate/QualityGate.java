package dev.verso.report.gate;

import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Severity;
import dev.verso.report.FindingRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Quality gates read from the {@code gates} section of a configuration:
 *
 * <pre>{"scores": {"COVERAGE": {"min": 0.9}, "TER": {"max": 0.6}},
 * "findings": {"major": {"max": 0}, "ACRONYM_DRIFT": {"max": 0}},
 * "regression": {"COVERAGE": {"maxDrop": 0.01}}}</pre>
 *
 * Score gates bound each system's corpus score. Finding gates bound each system's number of
 * unsuppressed findings of a severity (exactly that severity) or of a check id. Regression gates,
 * given a baseline report, bound how much a system's corpus score may get worse (a drop for
 * higher-is-better metrics, a rise otherwise). Every system is checked separately.
 */
public final class QualityGate {
  private static final Set<String> SECTIONS = Set.of("scores", "findings", "regression");
  private static final int WORST = 5;

  private record Bound(String key, String kind, double limit) {}

  private final List<Bound> scores;
  private final List<Bound> findings;
  private final List<Bound> regression;

  private QualityGate(List<Bound> scores, List<Bound> findings, List<Bound> regression) {
    this.scores = scores;
    this.findings = findings;
    this.regression = regression;
  }

  /**
   * Parses a gates section strictly.
   *
   * @throws IllegalArgumentException naming an unknown section, key or a bad limit
   */
  public static QualityGate parse(JsonNode gates) {
    if (gates == null || !gates.isObject()) {
      throw new IllegalArgumentException("'gates' must be an object with scores, findings and/or regression");
    }
    for (String k : gates.propertyNames()) {
      if (!SECTIONS.contains(k)) {
        throw new IllegalArgumentException("unknown gates section '" + k + "' (known: findings, regression, scores)");
      }
    }
    return new QualityGate(
        bounds(gates.get("scores"), "scores", Set.of("min", "max")),
        bounds(gates.get("findings"), "findings", Set.of("max")),
        bounds(gates.get("regression"), "regression", Set.of("maxDrop")));
  }

  private static List<Bound> bounds(JsonNode section, String name, Set<String> kinds) {
    List<Bound> out = new ArrayList<>();
    if (section == null) {
      return out;
    }
    if (!section.isObject()) {
      throw new IllegalArgumentException("'gates." + name + "' must be an object");
    }
    for (Map.Entry<String, JsonNode> e : new TreeMap<>(toMap(section)).entrySet()) {
      if (!e.getValue().isObject()) {
        throw new IllegalArgumentException("'gates." + name + "." + e.getKey() + "' must be an object such as {\"" + kinds.iterator().next() + "\": 1}");
      }
      for (Map.Entry<String, JsonNode> b : e.getValue().properties()) {
        if (!kinds.contains(b.getKey())) {
          throw new IllegalArgumentException(
              "unknown limit 'gates." + name + "." + e.getKey() + "." + b.getKey() + "' (known: " + String.join(", ", new java.util.TreeSet<>(kinds)) + ")");
        }
        if (!b.getValue().isNumber()) {
          throw new IllegalArgumentException("'gates." + name + "." + e.getKey() + "." + b.getKey() + "' must be a number");
        }
        out.add(new Bound(e.getKey(), b.getKey(), b.getValue().doubleValue()));
      }
    }
    return out;
  }

  private static Map<String, JsonNode> toMap(JsonNode n) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      m.put(e.getKey(), e.getValue());
    }
    return m;
  }

  /** True when any regression gate is configured (they need a baseline). */
  public boolean needsBaseline() {
    return !regression.isEmpty();
  }

  /** Number of configured limits. */
  public int size() {
    return scores.size() + findings.size() + regression.size();
  }

  /**
   * Applies every gate to every system.
   *
   * @param baseline an earlier report.json, or null
   * @throws IllegalArgumentException when a gate names an unknown metric
   */
  public List<GateOutcome> apply(EvaluationResult r, List<FindingRow> rows, JsonNode baseline) {
    Map<String, Metric> metrics = new LinkedHashMap<>();
    for (Metric m : r.metrics()) {
      metrics.put(m.id(), m);
    }
    for (Bound b : scores) {
      requireMetric(metrics, b.key(), "scores");
    }
    for (Bound b : regression) {
      requireMetric(metrics, b.key(), "regression");
    }
    List<GateOutcome> out = new ArrayList<>();
    for (String system : r.corpus().systems()) {
      Map<String, Double> corpus = r.corpus().scores(system);
      for (Bound b : scores) {
        Double v = corpus.get(b.key());
        String gate = "scores." + b.key() + "." + b.kind();
        if (v == null || v.isNaN()) {
          out.add(new GateOutcome(gate, system, false, Double.NaN, b.limit(),
              b.key() + " has no score for system " + system + " (the metric applied to no document)", List.of(), List.of()));
          continue;
        }
        boolean ok = b.kind().equals("min") ? v >= b.limit() : v <= b.limit();
        List<String[]> worst = worstByScore(r, system, metrics.get(b.key()), b.kind().equals("min"));
        List<String[]> violating =
            worst.stream()
                .filter(w -> b.kind().equals("min") ? Double.parseDouble(w[1]) < b.limit() : Double.parseDouble(w[1]) > b.limit())
                .toList();
        if (!violating.isEmpty()) {
          worst = violating;
        }
        String msg = String.format(Locale.ROOT, "%s of system %s is %.4f, %s %s %.4f%s", b.key(), system, v,
            ok ? "within" : (b.kind().equals("min") ? "below" : "above"), b.kind(), b.limit(),
            ok ? "" : String.format(Locale.ROOT, " by %.4f", Math.abs(v - b.limit())));
        out.add(new GateOutcome(gate, system, ok, v, b.limit(), msg, ok ? List.of() : lines(worst),
            ok ? List.of() : violating.stream().map(w -> w[0]).toList()));
      }
      for (Bound b : findings) {
        boolean severity = isSeverity(b.key());
        List<FindingRow> hits =
            rows.stream()
                .filter(f -> f.system().equals(system) && !f.suppressed())
                .filter(f -> severity ? f.get("severity").equals(b.key().toLowerCase(Locale.ROOT)) : f.get("check").equals(b.key()))
                .toList();
        int n = hits.size();
        boolean ok = n <= b.limit();
        String what = severity ? b.key().toLowerCase(Locale.ROOT) + " findings" : b.key() + " findings";
        String msg = String.format(Locale.ROOT, "system %s has %d %s, %s max %d%s", system, n, what,
            ok ? "within" : "above", (long) b.limit(), ok ? "" : " by " + (n - (long) b.limit()));
        Map<String, List<FindingRow>> byDoc = new TreeMap<>();
        for (FindingRow f : hits) {
          byDoc.computeIfAbsent(f.document().id(), k -> new ArrayList<>()).add(f);
        }
        List<String> offenders =
            byDoc.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<FindingRow>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
                .limit(WORST)
                .map(e -> {
                  FindingRow f = e.getValue().get(0);
                  var pos = f.filePosition();
                  return e.getKey() + ": " + e.getValue().size() + " (first: " + pos.file() + ":" + pos.line() + ":" + pos.column()
                      + " " + f.get("check") + " \"" + abbreviate(f.get("text")) + "\")";
                })
                .toList();
        out.add(new GateOutcome("findings." + b.key() + ".max", system, ok, n, b.limit(), msg,
            ok ? List.of() : offenders, ok ? List.of() : List.copyOf(byDoc.keySet())));
      }
      for (Bound b : regression) {
        String gate = "regression." + b.key() + ".maxDrop";
        Double old = baseline == null ? null : baselineScore(baseline, system, b.key());
        Double now = corpus.get(b.key());
        if (old == null || now == null || now.isNaN()) {
          out.add(new GateOutcome(gate, system, true, Double.NaN, b.limit(),
              "no baseline score of " + b.key() + " for system " + system + "; regression not checked", List.of(), List.of()));
          continue;
        }
        boolean higherBetter = metrics.get(b.key()).higherIsBetter();
        double drop = higherBetter ? old - now : now - old;
        boolean ok = drop <= b.limit() + 1e-12;
        String msg = String.format(Locale.ROOT, "%s of system %s went from %.4f to %.4f: %s %.4f, %s maxDrop %.4f", b.key(), system, old, now,
            drop > 0 ? "worse by" : "better by", Math.abs(drop), ok ? "within" : "above", b.limit());
        List<String[]> worst = worstRegressions(r, system, metrics.get(b.key()), baseline);
        out.add(new GateOutcome(gate, system, ok, drop, b.limit(), msg, ok ? List.of() : lines(worst),
            ok ? List.of() : worst.stream().map(w -> w[0]).toList()));
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }

  private static void requireMetric(Map<String, Metric> metrics, String id, String section) {
    if (!metrics.containsKey(id)) {
      throw new IllegalArgumentException(
          "gates." + section + " names metric " + id + ", which this run does not compute (run: " + String.join(", ", metrics.keySet()) + ")");
    }
  }

  private static boolean isSeverity(String key) {
    for (Severity s : Severity.values()) {
      if (s.id().equals(key.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lines(List<String[]> worst) {
    return worst.stream().map(w -> w[0] + ": " + w[2]).toList();
  }

  /** The documents with the worst unit scores: [id, score, description]. */
  private static List<String[]> worstByScore(EvaluationResult r, String system, Metric m, boolean lowIsBad) {
    List<String[]> all = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      for (UnitResult u : d.units()) {
        if (!u.system().equals(system)) {
          continue;
        }
        Double v = Evaluator.unitScores(r.metrics(), u).get(m.id());
        if (v != null && !v.isNaN()) {
          all.add(new String[] {d.document().id(), Double.toString(v), String.format(Locale.ROOT, "%s %.4f", m.id(), v)});
        }
      }
    }
    all.sort(Comparator.comparingDouble((String[] a) -> lowIsBad ? Double.parseDouble(a[1]) : -Double.parseDouble(a[1])).thenComparing(a -> a[0]));
    return all.subList(0, Math.min(WORST, all.size()));
  }

  private static Double baselineScore(JsonNode baseline, String system, String metric) {
    JsonNode systems = baseline.path("corpus").path("systems");
    for (JsonNode s : systems) {
      if (system.equals(s.path("system").asString(null))) {
        JsonNode v = s.path("scores").get(metric);
        return v == null || !v.isNumber() ? null : v.doubleValue();
      }
    }
    return null;
  }

  private static List<String[]> worstRegressions(EvaluationResult r, String system, Metric m, JsonNode baseline) {
    Map<String, Double> old = new TreeMap<>();
    for (JsonNode d : baseline.path("documents")) {
      for (JsonNode s : d.path("systems")) {
        JsonNode v = s.path("scores").get(m.id());
        if (system.equals(s.path("system").asString(null)) && v != null && v.isNumber()) {
          old.put(d.path("id").asString(""), v.doubleValue());
        }
      }
    }
    List<String[]> all = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      for (UnitResult u : d.units()) {
        Double now = Evaluator.unitScores(r.metrics(), u).get(m.id());
        Double was = old.get(d.document().id());
        if (u.system().equals(system) && now != null && was != null && !now.isNaN()) {
          double drop = m.higherIsBetter() ? was - now : now - was;
          if (drop > 0) {
            all.add(new String[] {d.document().id(), Double.toString(drop),
                String.format(Locale.ROOT, "%s %.4f -> %.4f", m.id(), was, now)});
          }
        }
      }
    }
    all.sort(Comparator.comparingDouble((String[] a) -> -Double.parseDouble(a[1])).thenComparing(a -> a[0]));
    return all.subList(0, Math.min(WORST, all.size()));
  }
}
