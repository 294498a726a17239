package dev.verso.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Comparison} as plain ordered maps and lists (JSON-ready, deterministic), e.g. for the
 * {@code comparisons} section of {@code report.json}.
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  /**
   * {@code {test, samples, seed, baseline, alpha, metrics: [{metric, signature, higherIsBetter,
   * systems: [{system, baseline, rank, score, mean, ci, delta, pValue, significant}]}]}}; systems
   * keep input order (baseline first), {@code rank} is 1 for the best score.
   */
  public static Map<String, Object> toMap(Comparison c, double alpha) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("test", c.test().equals("bs") ? "paired_bootstrap" : "paired_approximate_randomization");
    m.put("samples", c.samples());
    m.put("seed", c.seed());
    m.put("baseline", c.baseline());
    m.put("alpha", alpha);
    List<Object> metrics = new ArrayList<>();
    for (MetricComparison mc : c.metrics()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("metric", mc.metric());
      x.put("signature", mc.signature());
      x.put("higherIsBetter", mc.higherIsBetter());
      List<SystemResult> ranking = mc.ranking();
      List<Object> systems = new ArrayList<>();
      for (SystemResult r : mc.systems()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("system", r.system());
        s.put("baseline", r.baseline());
        s.put("rank", ranking.indexOf(r) + 1);
        s.put("score", r.score());
        s.put("mean", r.mean());
        s.put("ci", r.ci());
        s.put("delta", r.delta());
        s.put("pValue", r.pValue());
        s.put("significant", r.baseline() ? null : r.significant(alpha));
        systems.add(s);
      }
      x.put("systems", systems);
      metrics.add(x);
    }
    m.put("metrics", metrics);
    return m;
  }
}
