package dev.verso.metric.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Scores whole corpora: per-segment statistics rows (computed in parallel, order kept) and their
 * sums.
 */
public final class CorpusScoring {
  private CorpusScoring() {}

  /**
   * Prepared references per segment.
   *
   * @param referenceStreams one list per reference set, each as long as the hypotheses
   */
  public static Object[] prepare(
      ReferenceScorer scorer, List<List<String>> referenceStreams, int segments) {
    Object[] out = new Object[segments];
    IntStream.range(0, segments)
        .parallel()
        .forEach(i -> out[i] = scorer.prepare(referencesOf(referenceStreams, i)));
    return out;
  }

  /** The references of segment {@code i} . */
  public static List<String> referencesOf(List<List<String>> referenceStreams, int i) {
    List<String> refs = new ArrayList<>(referenceStreams.size());
    for (List<String> stream : referenceStreams) {
      refs.add(stream.get(i));
    }
    return refs;
  }

  /** One statistics row per hypothesis. */
  public static double[][] stats(
      ReferenceScorer scorer, List<String> hypotheses, Object[] prepared) {
    double[][] rows = new double[hypotheses.size()][];
    IntStream.range(0, hypotheses.size())
        .parallel()
        .forEach(i -> rows[i] = scorer.stats(hypotheses.get(i), prepared[i]));
    return rows;
  }

  /** One statistics row per hypothesis. */
  public static double[][] stats(
      ReferenceScorer scorer, List<String> hypotheses, List<List<String>> referenceStreams) {
    return stats(scorer, hypotheses, prepare(scorer, referenceStreams, hypotheses.size()));
  }

  /** Column sums. */
  public static double[] sum(double[][] rows, int width) {
    double[] total = new double[width];
    for (double[] r : rows) {
      for (int k = 0; k < width; k++) {
        total[k] += r[k];
      }
    }
    return total;
  }
}
