package dev.verso.report.gate;

import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Metric;
import dev.verso.model.Severity;
import dev.verso.report.FindingRow;
import java.util.ArrayList;
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

  /**
   * One limit: a metric id, severity or check id ({@code key}), {@code min}/{@code max}/{@code
   * maxDrop} ({@code kind}) and the bound.
   */
  record Bound(String key, String kind, double limit) {
    boolean isMin() {
      return kind.equals("min");
    }
  }

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
    GateTally t = tally(r.metrics(), baseline, true);
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
  public GateTally tally(List<Metric> metrics, JsonNode baseline, boolean listAll) {
    return new GateTally(scores, findings, regression, metrics, baseline, listAll);
  }

  static void requireMetric(Map<String, Metric> metrics, String id, String section) {
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

  static boolean isSeverity(String key) {
    for (Severity s : Severity.values()) {
      if (s.id().equals(key.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
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

  static Double baselineScore(JsonNode baseline, String system, String metric) {
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
