package dev.verso.cli;

import dev.verso.compare.PairedTests;
import dev.verso.compare.SystemComparison;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison of systems {@code --compare}, {@code --samples}, {@code --baseline-system} and
 * {@code --seed} ask for, checked before anything is evaluated and run on the per-document
 * statistics afterwards.
 */
final class SystemComparisonOptions {
  private final EvaluateCommand cmd;

  SystemComparisonOptions(EvaluateCommand cmd) {
    this.cmd = cmd;
  }

  SystemComparison compareSystems(EvaluationResult result) {
    List<Map<String, Map<String, double[]>>> docs = new ArrayList<>();
    for (dev.verso.metric.DocumentResult d : result.documents()) {
      docs.add(SystemComparison.applicableStats(d));
    }
    return compareSystems(result.metrics(), result.corpus().systems(), docs);
  }

  SystemComparison compareSystems(
      List<Metric> chosen,
      List<String> systemNames,
      Iterable<Map<String, Map<String, double[]>>> documents) {
    Comparing c = comparing();
    if (c == null) {
      return null;
    }
    try {
      return SystemComparison.of(
          chosen, systemNames, documents, cmd.baselineSystem, c.test(), c.samples(), cmd.seed);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The paired test and its number of samples, from --compare and --samples. */
  record Comparing(SystemComparison.Test test, int samples) {}

  /**
   * The comparison --compare and --samples ask for, or null for none; checked before anything is
   * evaluated.
   */
  Comparing comparing() {
    SystemComparison.Test test;
    int n;
    switch (cmd.compare) {
      case "none" -> {
        return null;
      }
      case "bs" -> {
        test = SystemComparison.Test.BOOTSTRAP;
        n = cmd.samples != null ? cmd.samples : PairedTests.DEFAULT_RESAMPLES;
      }
      case "ar" -> {
        test = SystemComparison.Test.RANDOMIZATION;
        n = cmd.samples != null ? cmd.samples : PairedTests.DEFAULT_TRIALS;
      }
      default ->
          throw new UsageException("--compare must be bs, ar or none, got '" + cmd.compare + "'");
    }
    if (n < 1) {
      throw new UsageException("--samples must be at least 1");
    }
    return new Comparing(test, n);
  }
}
