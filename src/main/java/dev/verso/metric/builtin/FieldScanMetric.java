package dev.verso.metric.builtin;

import dev.verso.metric.BaseMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Options;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * A metric that scans the translation's title, its text and the summary each on its own (as
 * DUPLICATION and UNTRANSLATED do): the statistics are [faulty units, units] summed over the fields
 * and the score is the share of units free of faults.
 */
abstract class FieldScanMetric extends BaseMetric {
  FieldScanMetric(String id, Options o, List<String> statNames) {
    super(id, o, statNames);
  }

  /**
   * Adds the faults of {@code text} (never null) in {@code field} to {@code out} and its faulty and
   * total units to {@code counts[0]} and {@code counts[1]}.
   */
  abstract void scan(String field, String text, List<Finding> out, long[] counts);

  @Override
  public final Measurement measure(EvaluationContext unit) {
    List<Finding> findings = new ArrayList<>();
    long[] counts = new long[2];
    String[][] fields = {
      {Fields.TRANSLATION_TITLE, unit.translation().title()},
      {Fields.TRANSLATION_TEXT, unit.translation().text()},
      {Fields.SUMMARY, unit.summary()}
    };
    for (String[] f : fields) {
      if (f[1] != null) {
        scan(f[0], f[1], findings, counts);
      }
    }
    return Measurement.of(new double[] {counts[0], counts[1]}, findings);
  }

  @Override
  public final double score(double[] s) {
    return cleanShare(s);
  }

  /** The share of units free of faults, from statistics [faulty units, units, …]; 1 when none. */
  static double cleanShare(double[] s) {
    return s[1] == 0 ? 1.0 : 1.0 - s[0] / s[1];
  }
}
