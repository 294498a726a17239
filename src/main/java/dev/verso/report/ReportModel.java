package dev.verso.report;

import dev.verso.Version;
import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.InputProblem;
import dev.verso.model.LineMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns an evaluation result into the ordered tree of maps and lists that {@code report.json}
 * serialises (schema {@value #SCHEMA_VERSION}, see {@code docs/report.schema.json}). Key order is
 * fixed and maps are sorted, so the same input always gives byte-identical JSON.
 */
public final class ReportModel {
  /** Version of the JSON report schema; a renamed or removed field bumps the major number. */
  public static final String SCHEMA_VERSION = "1.0.0";

  private ReportModel() {}

  /** The whole report as a tree of {@code LinkedHashMap}s, lists, strings and numbers. */
  public static Map<String, Object> build(EvaluationResult r, ReportContext ctx) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("tool", ordered("name", Version.NAME, "version", Version.VERSION));
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("inputs", ctx.inputs());
    config.put("metrics", r.metrics().stream().map(Metric::id).toList());
    Map<String, Object> opts = new TreeMap<>();
    ctx.metricOptions().forEach((k, v) -> opts.put(k, new TreeMap<>(v)));
    config.put("metricOptions", opts);
    root.put("configuration", config);
    List<Object> metrics = new ArrayList<>();
    for (Metric m : r.metrics()) {
      metrics.add(
          ordered(
              "id", m.id(),
              "signature", m.signature().text(),
              "statNames", m.statNames(),
              "higherIsBetter", m.higherIsBetter()));
    }
    root.put("metrics", metrics);
    List<Object> docs = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      docs.add(document(r.metrics(), d, ctx.suppressions()));
    }
    root.put("documents", docs);
    root.put("corpus", corpus(r.metrics(), r.corpus()));
    if (ctx.comparison() != null) {
      root.put("comparisons", comparisons(ctx.comparison()));
    }
    List<Object> errors = new ArrayList<>();
    for (InputProblem p : r.problems()) {
      errors.add(problem(p));
    }
    root.put("errors", errors);
    return root;
  }

  /** Significance level of the marks in reports. */
  public static final double ALPHA = 0.05;

  /** The system comparison as a report section. */
  public static Map<String, Object> comparisons(dev.verso.compare.SystemComparison sc) {
    var c = sc.comparison();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("test", c.test());
    m.put("samples", c.samples());
    m.put("seed", c.seed());
    m.put("baseline", c.baseline());
    m.put("alpha", ALPHA);
    List<Object> metrics = new ArrayList<>();
    for (var mc : c.metrics()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("metric", mc.metric());
      e.put("signature", mc.signature());
      e.put("higherIsBetter", mc.higherIsBetter());
      e.put("units", sc.units().get(mc.metric()));
      List<Object> systems = new ArrayList<>();
      for (var s : mc.systems()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("system", s.system());
        sm.put("baseline", s.baseline());
        sm.put("score", number(s.score()));
        sm.put("mean", s.mean() == null ? null : number(s.mean()));
        sm.put("ci", s.ci() == null ? null : number(s.ci()));
        sm.put("delta", number(s.delta()));
        sm.put("pValue", s.pValue() == null ? null : number(s.pValue()));
        sm.put("significant", s.significant(ALPHA));
        int[] wtl = s.baseline() ? null : sc.winTieLoss().get(mc.metric()).get(s.system());
        sm.put("wins", wtl == null ? null : wtl[0]);
        sm.put("ties", wtl == null ? null : wtl[1]);
        sm.put("losses", wtl == null ? null : wtl[2]);
        systems.add(sm);
      }
      e.put("systems", systems);
      e.put("ranking", mc.ranking().stream().map(dev.verso.compare.SystemResult::system).toList());
      metrics.add(e);
    }
    m.put("metrics", metrics);
    return m;
  }

  /** One input problem as a report entry. */
  public static Map<String, Object> problem(InputProblem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", p.level().id());
    m.put("file", p.file());
    m.put("line", p.line());
    m.put("field", p.field());
    m.put("message", p.message());
    return m;
  }

  /** One document with its systems, scores and findings, as report.json writes it. */
  public static Map<String, Object> document(
      List<Metric> metrics, DocumentResult d, Suppressions suppressions) {
    return reported(metrics, d, suppressions).toMap();
  }

  /** One document with its systems, scores and findings. */
  public static ReportedDocument reported(
      List<Metric> metrics, DocumentResult d, Suppressions suppressions) {
    List<ReportedUnit> systems = new ArrayList<>();
    for (UnitResult u : d.units()) {
      systems.add(unit(metrics, d, u, suppressions));
    }
    return new ReportedDocument(
        d.document().id(),
        new TreeMap<>(d.document().meta()),
        d.document().origins(),
        d.document().hasSource(),
        d.document().references().size(),
        systems);
  }

  private static ReportedUnit unit(
      List<Metric> metrics, DocumentResult d, UnitResult u, Suppressions suppressions) {
    Map<String, Object> scores = new LinkedHashMap<>();
    Evaluator.unitScores(metrics, u).forEach((k, v) -> scores.put(k, number(v)));
    Map<String, Object> stats = new LinkedHashMap<>();
    Map<String, Object> notApplicable = new LinkedHashMap<>();
    Map<String, Object> details = new LinkedHashMap<>();
    for (Metric mt : metrics) {
      Measurement ms = u.measurements().get(mt.id());
      if (ms == null) {
        continue;
      }
      if (ms.applicable()) {
        stats.put(mt.id(), numbers(ms.stats()));
      } else {
        notApplicable.put(mt.id(), ms.note());
      }
      if (!ms.details().isEmpty()) {
        details.put(mt.id(), ms.details());
      }
    }
    return new ReportedUnit(
        u.system(),
        scores,
        stats,
        notApplicable,
        details,
        new TreeMap<>(u.failures()),
        findings(metrics, d, u, suppressions));
  }

  /** The findings of one unit, each tagged with its metric, in report order. */
  public static List<ReportedFinding> findings(
      List<Metric> metrics, DocumentResult d, UnitResult u, Suppressions suppressions) {
    List<Tagged> all = new ArrayList<>();
    for (Metric mt : metrics) {
      Measurement ms = u.measurements().get(mt.id());
      if (ms != null) {
        for (Finding f : ms.findings()) {
          all.add(new Tagged(mt.id(), f));
        }
      }
    }
    return findings(d.document(), u.system(), all, suppressions);
  }

  /** A finding with the id of the metric that reported it. */
  public record Tagged(String metric, Finding f) {}

  /**
   * Findings of one system's translation of {@code doc}, each tagged with its metric, as report
   * entries in report order.
   */
  public static List<ReportedFinding> findings(
      dev.verso.model.Document doc, String system, List<Tagged> tagged, Suppressions suppressions) {
    List<Tagged> all = new ArrayList<>(tagged);
    all.sort(
        (a, b) -> {
          int c = Evaluator.FINDING_ORDER.compare(a.f(), b.f());
          return c != 0 ? c : a.metric().compareTo(b.metric());
        });
    Map<String, LineMap> lineMaps = new HashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    List<ReportedFinding> out = new ArrayList<>();
    for (Tagged t : all) {
      Finding f = t.f();
      String text = Fields.text(doc, system, f.field());
      String excerpt = text != null && f.span().fitsIn(text.length()) ? f.span().of(text) : "";
      String key = f.check() + "|" + doc.id() + "|" + system + "|" + f.field() + "|" + excerpt;
      int occ = occurrences.merge(key, 1, Integer::sum);
      String id = shortHash(key + "|" + occ);
      int line = 0;
      int column = 0;
      if (text != null && f.span().fitsIn(text.length())) {
        LineMap lm = lineMaps.computeIfAbsent(f.field(), k -> new LineMap(text));
        line = lm.line(f.span().start());
        column = lm.column(f.span().start());
      }
      out.add(
          new ReportedFinding(
              id,
              t.metric(),
              f.check(),
              f.type().id(),
              f.severity().id(),
              f.field(),
              f.span().start(),
              f.span().end(),
              line,
              column,
              excerpt.length() > 500 ? excerpt.substring(0, 500) + "…" : excerpt,
              f.message(),
              f.suggestions(),
              f.evidence(),
              suppressions.suppresses(id, f.check(), doc.id(), excerpt)));
    }
    return out;
  }

  private static Map<String, Object> corpus(List<Metric> metrics, CorpusTotals totals) {
    List<Object> systems = new ArrayList<>();
    for (String sys : totals.systems()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("system", sys);
      Map<String, Object> scores = new LinkedHashMap<>();
      totals.scores(sys).forEach((k, v) -> scores.put(k, number(v)));
      s.put("scores", scores);
      Map<String, Object> stats = new LinkedHashMap<>();
      Map<String, Object> units = new LinkedHashMap<>();
      Map<String, Object> findingCounts = new LinkedHashMap<>();
      for (Metric m : metrics) {
        double[] sum = totals.sum(sys, m.id());
        if (sum != null) {
          stats.put(m.id(), numbers(sum));
        }
        units.put(m.id(), totals.unitCount(sys, m.id()));
        findingCounts.put(m.id(), totals.findingCount(sys, m.id()));
      }
      s.put("stats", stats);
      s.put("documents", units);
      s.put("findings", findingCounts);
      systems.add(s);
    }
    return ordered("systems", systems);
  }

  /** A finite double as is; NaN and infinities as null (JSON has no such numbers). */
  static Object number(double d) {
    return Double.isFinite(d) ? (Object) d : null;
  }

  private static List<Object> numbers(double[] a) {
    List<Object> l = new ArrayList<>(a.length);
    for (double d : a) {
      l.add(number(d));
    }
    return l;
  }

  static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String shortHash(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        sb.append(String.format(java.util.Locale.ROOT, "%02x", h[i]));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
