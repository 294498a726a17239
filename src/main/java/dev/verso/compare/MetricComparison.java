package dev.verso.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** All systems' results for one metric, in input order (baseline first), with a ranking. */
public record MetricComparison(
    String metric, String signature, boolean higherIsBetter, List<SystemResult> systems) {

  public MetricComparison {
    systems = List.copyOf(systems);
  }

  /** Systems from best to worst score (ties keep input order). */
  public List<SystemResult> ranking() {
    List<SystemResult> r = new ArrayList<>(systems);
    Comparator<SystemResult> byScore = Comparator.comparingDouble(SystemResult::score);
    r.sort(higherIsBetter ? byScore.reversed() : byScore);
    return r;
  }
}
