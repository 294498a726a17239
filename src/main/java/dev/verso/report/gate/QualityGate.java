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
      throw new IllegalArgumentException(
          "'gates' must be an object with scores, findings and/or regression");
    }
    for (String k : gates.propertyNames()) {
      if (!SECTIONS.contains(k)) {
        throw new IllegalArgumentException(
            "unknown gates section '" + k + "' (known: findings, regression, scores)");
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
        throw new IllegalArgumentException(
            "'gates."
                + name
                + "."
                + e.getKey()
                + "' must be an object such as {\""
                + kinds.iterator().next()
                + "\": 1}");
      }
      for (Map.Entry<String, JsonNode> b : e.getValue().properties()) {
        if (!kinds.contains(b.getKey())) {
          throw new IllegalArgumentException(
              "unknown limit 'gates."
                  + name
                  + "."
                  + e.getKey()
                  + "."
                  + b.getKey()
                  + "' (known: "
                  + String.join(", ", new java.util.TreeSet<>(kinds))
                  + ")");
        }
        if (!b.getValue().isNumber()) {
          throw new IllegalArgumentException(
              "'gates." + name + "." + e.getKey() + "." + b.getKey() + "' must be a number");
        }
        if (name.equals("findings")
            && !isSeverity(e.getKey())
            && !dev.verso.metric.CheckSpec.isCheckId(e.getKey())) {
          throw new IllegalArgumentException(
              "'gates.findings."
                  + e.getKey()
                  + "' is neither a severity (critical, major, minor, info) nor a check id"
                  + " (check ids are UPPER_SNAKE, e.g. ACRONYM_DRIFT)");
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

  /** The check ids the findings gates name (keys that are not severities), sorted. */
  public List<String> findingChecks() {
    return findings.stream()
        .map(Bound::key)
        .filter(k -> !isSeverity(k))
        .distinct()
        .sorted()
        .toList();
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
    Tally t = new Tally(r.metrics(), baseline, true);
    Map<String, List<FindingRow>> rowsByDoc = new LinkedHashMap<>();
    for (FindingRow f : rows) {
      rowsByDoc.computeIfAbsent(f.document().id(), k -> new ArrayList<>()).add(f);
    }
    for (DocumentResult d : r.documents()) {
      t.accept(d, rowsByDoc.getOrDefault(d.document().id(), List.of()));
    }
    return t.finish(r.corpus());
  }

  /**
   * A tally that takes documents one at a time ({@code evaluate --stream} never holds them all) and
   * keeps only counts and the few worst documents per gate; {@link #apply} uses it too.
   *
   * @param baseline an earlier report.json, or null
   * @param listAll keep the ids of every offending document (for JUnit), not only the worst
   * @throws IllegalArgumentException when a gate names an unknown metric
   */
  public Tally tally(List<Metric> metrics, JsonNode baseline, boolean listAll) {
    return new Tally(metrics, baseline, listAll);
  }

  /** Gate state over a stream of documents; see {@link #tally}. */
  public final class Tally {
    private final List<Metric> metricList;
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final JsonNode baseline;
    private final boolean listAll;
    private final Map<String, Map<String, Double>> baselineByDoc = new TreeMap<>();
    // per system and gate: the worst documents so far, [id, value, description], best of them last
    private final Map<String, List<String[]>> worstScores = new TreeMap<>();
    private final Map<String, List<String[]>> worstDrops = new TreeMap<>();
    // per system and finding gate: the count, the documents with most hits, every hit document
    private final Map<String, long[]> counts = new TreeMap<>();
    private final Map<String, List<Offender>> offenders = new TreeMap<>();
    private final Map<String, java.util.TreeSet<String>> hitDocuments = new TreeMap<>();

    private record Offender(String id, int hits, FindingRow first) {}

    private Tally(List<Metric> metricList, JsonNode baseline, boolean listAll) {
      this.metricList = List.copyOf(metricList);
      for (Metric m : metricList) {
        metrics.put(m.id(), m);
      }
      for (Bound b : scores) {
        requireMetric(metrics, b.key(), "scores");
      }
      for (Bound b : regression) {
        requireMetric(metrics, b.key(), "regression");
      }
      this.baseline = baseline;
      this.listAll = listAll;
      if (baseline != null) {
        for (JsonNode d : baseline.path("documents")) {
          for (JsonNode s : d.path("systems")) {
            for (Bound b : regression) {
              JsonNode v = s.path("scores").get(b.key());
              if (v != null && v.isNumber()) {
                baselineByDoc
                    .computeIfAbsent(
                        s.path("system").asString("") + "\u0000" + b.key(), k -> new TreeMap<>())
                    .put(d.path("id").asString(""), v.doubleValue());
              }
            }
          }
        }
      }
    }

    /**
     * Counts one document, whose report rows (findings with suppressions applied) are {@code rows}.
     */
    public void accept(DocumentResult d, List<FindingRow> rows) {
      Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
      for (UnitResult u : d.units()) {
        scores.put(u.system(), Evaluator.unitScores(metricList, u));
      }
      accept(d.document().id(), scores, rows);
    }

    /**
     * Counts one document given by its id, each system's scores (metric id to score) and its report
     * rows.
     */
    public void accept(
        String id, Map<String, Map<String, Double>> scoresBySystem, List<FindingRow> rows) {
      for (var unit : scoresBySystem.entrySet()) {
        String system = unit.getKey();
        Map<String, Double> unitScores = unit.getValue();
        for (Bound b : scores) {
          Double v = unitScores.get(b.key());
          if (v != null && !v.isNaN()) {
            boolean lowIsBad = b.kind().equals("min");
            keepWorst(
                worstScores,
                key(system, b),
                new String[] {
                  id, Double.toString(v), String.format(Locale.ROOT, "%s %.4f", b.key(), v)
                },
                lowIsBad ? v : -v);
          }
        }
        for (Bound b : regression) {
          Double now = unitScores.get(b.key());
          Double was = baselineByDoc.getOrDefault(system + "\u0000" + b.key(), Map.of()).get(id);
          if (now != null && was != null && !now.isNaN()) {
            double drop = metrics.get(b.key()).higherIsBetter() ? was - now : now - was;
            if (drop > 0) {
              keepWorst(
                  worstDrops,
                  key(system, b),
                  new String[] {
                    id,
                    Double.toString(drop),
                    String.format(Locale.ROOT, "%s %.4f -> %.4f", b.key(), was, now)
                  },
                  -drop);
            }
          }
        }
        for (Bound b : findings) {
          boolean severity = isSeverity(b.key());
          int n = 0;
          FindingRow first = null;
          for (FindingRow f : rows) {
            if (f.system().equals(system)
                && !f.suppressed()
                && (severity
                    ? f.get("severity").equals(b.key().toLowerCase(Locale.ROOT))
                    : f.get("check").equals(b.key()))) {
              if (first == null) {
                first = f;
              }
              n++;
            }
          }
          if (n == 0) {
            continue;
          }
          String k = key(system, b);
          counts.computeIfAbsent(k, x -> new long[1])[0] += n;
          if (listAll) {
            hitDocuments.computeIfAbsent(k, x -> new java.util.TreeSet<>()).add(id);
          }
          List<Offender> list = offenders.computeIfAbsent(k, x -> new ArrayList<>());
          list.add(new Offender(id, n, first));
          list.sort(Comparator.comparingInt((Offender o) -> -o.hits()).thenComparing(Offender::id));
          if (list.size() > WORST) {
            list.remove(list.size() - 1);
          }
        }
      }
    }

    /** The outcome of every gate for every system of {@code corpus}. */
    public List<GateOutcome> finish(dev.verso.metric.CorpusTotals corpus) {
      List<GateOutcome> out = new ArrayList<>();
      for (String system : corpus.systems()) {
        Map<String, Double> scoresNow = corpus.scores(system);
        for (Bound b : scores) {
          Double v = scoresNow.get(b.key());
          String gate = "scores." + b.key() + "." + b.kind();
          if (v == null || v.isNaN()) {
            out.add(
                new GateOutcome(
                    gate,
                    system,
                    false,
                    Double.NaN,
                    b.limit(),
                    b.key()
                        + " has no score for system "
                        + system
                        + " (the metric applied to no document)",
                    List.of(),
                    List.of()));
            continue;
          }
          boolean ok = b.kind().equals("min") ? v >= b.limit() : v <= b.limit();
          List<String[]> worst = worstScores.getOrDefault(key(system, b), List.of());
          List<String[]> violating =
              worst.stream()
                  .filter(
                      w ->
                          b.kind().equals("min")
                              ? Double.parseDouble(w[1]) < b.limit()
                              : Double.parseDouble(w[1]) > b.limit())
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
                  ok ? "within" : (b.kind().equals("min") ? "below" : "above"),
                  b.kind(),
                  b.limit(),
                  ok ? "" : String.format(Locale.ROOT, " by %.4f", Math.abs(v - b.limit())));
          out.add(
              new GateOutcome(
                  gate,
                  system,
                  ok,
                  v,
                  b.limit(),
                  msg,
                  ok ? List.of() : lines(worst),
                  ok ? List.of() : violating.stream().map(w -> w[0]).toList()));
        }
        for (Bound b : findings) {
          String k = key(system, b);
          long n = counts.getOrDefault(k, new long[1])[0];
          boolean ok = n <= b.limit();
          boolean severity = isSeverity(b.key());
          String what =
              severity ? b.key().toLowerCase(Locale.ROOT) + " findings" : b.key() + " findings";
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
          List<String> lines =
              worst.stream()
                  .map(
                      o -> {
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
                            + o.first().get("check")
                            + " \""
                            + abbreviate(o.first().get("text"))
                            + "\")";
                      })
                  .toList();
          List<String> ids =
              listAll
                  ? List.copyOf(hitDocuments.getOrDefault(k, new java.util.TreeSet<>()))
                  : worst.stream().map(Offender::id).sorted().toList();
          out.add(
              new GateOutcome(
                  "findings." + b.key() + ".max",
                  system,
                  ok,
                  n,
                  b.limit(),
                  msg,
                  ok ? List.of() : lines,
                  ok ? List.of() : ids));
        }
        for (Bound b : regression) {
          String gate = "regression." + b.key() + ".maxDrop";
          Double old = baseline == null ? null : baselineScore(baseline, system, b.key());
          Double now = scoresNow.get(b.key());
          if (old == null || now == null || now.isNaN()) {
            out.add(
                new GateOutcome(
                    gate,
                    system,
                    true,
                    Double.NaN,
                    b.limit(),
                    "no baseline score of "
                        + b.key()
                        + " for system "
                        + system
                        + "; regression not checked",
                    List.of(),
                    List.of()));
            continue;
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
          List<String[]> worst = worstDrops.getOrDefault(key(system, b), List.of());
          out.add(
              new GateOutcome(
                  gate,
                  system,
                  ok,
                  drop,
                  b.limit(),
                  msg,
                  ok ? List.of() : lines(worst),
                  ok ? List.of() : worst.stream().map(w -> w[0]).toList()));
        }
      }
      return out;
    }
  }

  private static String key(String system, Bound b) {
    return system + "\u0000" + b.key() + "\u0000" + b.kind();
  }

  /**
   * Keeps the {@link #WORST} entries with the lowest {@code badness} order (ties by document id).
   */
  private static void keepWorst(
      Map<String, List<String[]>> lists, String key, String[] entry, double order) {
    List<String[]> list = lists.computeIfAbsent(key, k -> new ArrayList<>());
    list.add(new String[] {entry[0], entry[1], entry[2], Double.toString(order)});
    list.sort(
        Comparator.comparingDouble((String[] a) -> Double.parseDouble(a[3]))
            .thenComparing(a -> a[0]));
    if (list.size() > WORST) {
      list.remove(list.size() - 1);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 39) + "…" : s;
  }

  private static void requireMetric(Map<String, Metric> metrics, String id, String section) {
    if (!metrics.containsKey(id)) {
      throw new IllegalArgumentException(
          "gates."
              + section
              + " names metric "
              + id
              + ", which this run does not compute (run: "
              + String.join(", ", metrics.keySet())
              + ")");
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

  /**
   * Checks that {@code baseline} has the shape of a Verso report.json where the regression gates
   * read it: a {@code corpus.systems} list of {@code {system, scores}} with numeric (or null)
   * scores.
   *
   * @throws IllegalArgumentException naming the first field that does not fit
   */
  public static void validateBaseline(JsonNode baseline) {
    if (baseline == null || !baseline.isObject()) {
      throw new IllegalArgumentException("not a Verso report: expected a JSON object");
    }
    JsonNode systems = baseline.path("corpus").path("systems");
    if (!baseline.path("corpus").isObject() || !systems.isArray()) {
      throw new IllegalArgumentException(
          "not a Verso report: field 'corpus.systems' is missing or not a list");
    }
    int i = 0;
    for (JsonNode s : systems) {
      String at = "corpus.systems[" + i++ + "]";
      if (!s.path("system").isString()) {
        throw new IllegalArgumentException("field '" + at + ".system' is missing or not a string");
      }
      JsonNode scores = s.path("scores");
      if (!scores.isObject()) {
        throw new IllegalArgumentException("field '" + at + ".scores' is missing or not an object");
      }
      for (Map.Entry<String, JsonNode> e : scores.properties()) {
        if (!e.getValue().isNumber() && !e.getValue().isNull()) {
          throw new IllegalArgumentException(
              "field '" + at + ".scores." + e.getKey() + "' is not a number");
        }
      }
    }
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
}
