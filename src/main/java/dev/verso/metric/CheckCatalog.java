package dev.verso.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every check id the available metrics declare, with the metric that declares it; used to reject a
 * gate or suppression that names a check no metric can report (a misspelt id would otherwise never
 * fire and the gate would pass silently).
 */
public final class CheckCatalog {
  private final Map<String, String> metricOf;
  private final List<String> undeclared;

  private CheckCatalog(Map<String, String> metricOf, List<String> undeclared) {
    this.metricOf = Collections.unmodifiableMap(metricOf);
    this.undeclared = List.copyOf(undeclared);
  }

  /** The catalogue of the given providers. */
  public static CheckCatalog of(List<MetricProvider> providers) {
    Map<String, String> metricOf = new TreeMap<>();
    List<String> undeclared = new ArrayList<>();
    for (MetricProvider p : providers) {
      // built-in metrics declare every check they report (BLEU, ALIGNMENT … report none); a
      // plug-in that declares none may be older than declarations and report anything
      if (p.checks().isEmpty() && !p.getClass().getName().startsWith("dev.verso.metric.")) {
        undeclared.add(p.id());
      }
      for (CheckSpec c : p.checks()) {
        metricOf.putIfAbsent(c.id(), p.id());
      }
    }
    return new CheckCatalog(metricOf, undeclared);
  }

  /** Check id to the id of the (first) metric that declares it, sorted by check id. */
  public Map<String, String> checks() {
    return metricOf;
  }

  /**
   * Why {@code id} is not a known check id, with the closest known one, or null when it is known,
   * or when a metric that declares no checks (an older plug-in) might report it.
   */
  public String unknown(String id) {
    if (metricOf.containsKey(id) || !undeclared.isEmpty()) {
      return null;
    }
    String best = closest(id, metricOf.keySet());
    return "unknown check id '"
        + id
        + "'"
        + (best == null ? "" : " (did you mean " + best + "?)")
        + "; `verso metrics` lists every check";
  }

  /**
   * The known id nearest to {@code id} by edit distance (the first of equals), or null for none.
   */
  public static String closest(String id, Iterable<String> known) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
    for (String k : known) {
      int d = lev.apply(id, k);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    return best;
  }
}
