package dev.verso.compare;

import java.util.List;

/**
 * One metric to compare systems on: its name and signature, its direction, its scorer and, per
 * system (in the order of the system names), one statistics row per unit. All systems must have
 * rows for the same units in the same order.
 */
public record ComparedMetric(
    String name,
    String signature,
    boolean higherIsBetter,
    StatScorer scorer,
    List<double[][]> statsBySystem) {

  public ComparedMetric {
    statsBySystem = List.copyOf(statsBySystem);
  }
}
