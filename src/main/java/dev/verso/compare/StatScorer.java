package dev.verso.compare;

import dev.verso.metric.Metric;
import dev.verso.metric.reference.ReferenceMetric;
import dev.verso.metric.reference.ReferenceScorer;

/**
 * Turns summed sufficient statistics into a score: what the paired tests need from a metric. Any
 * metric with summable statistics fits ({@link #of(Metric)}); reference metrics ({@link
 * #of(ReferenceScorer)}) also resample in float32 exactly as sacreBLEU does, so p-values, means and
 * intervals equal sacreBLEU's.
 */
public interface StatScorer {

  /** The score of summed statistics. */
  double score(double[] summed);

  /**
   * Whether bootstrap resamples are summed in float32 and scored with {@link #scoreFloat32}
   * (sacreBLEU's way).
   */
  default boolean resamplesInFloat32() {
    return false;
  }

  /** The score of float32-summed statistics (only used when {@link #resamplesInFloat32()}). */
  default double scoreFloat32(float[] summed) {
    double[] d = new double[summed.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = summed[i];
    }
    return score(d);
  }

  /**
   * Whether {@link #scoreFloat32} returns float32 values (then means, intervals and differences are
   * float32).
   */
  default boolean float32Scores() {
    return false;
  }

  /**
   * A scorer for a Verso metric: resampling in double precision, except for the reference metrics
   * (BLEU, CHRF, CHRF_PP, TER), which resample like sacreBLEU.
   */
  static StatScorer of(Metric metric) {
    if (metric instanceof ReferenceMetric rm) {
      return of(rm.scorer());
    }
    return metric::score;
  }

  /** A scorer for a reference metric, resampling like sacreBLEU. */
  static StatScorer of(ReferenceScorer scorer) {
    return new StatScorer() {
      @Override
      public double score(double[] summed) {
        return scorer.score(summed);
      }

      @Override
      public boolean resamplesInFloat32() {
        return true;
      }

      @Override
      public double scoreFloat32(float[] summed) {
        return scorer.scoreFloat32(summed);
      }

      @Override
      public boolean float32Scores() {
        return scorer.float32Scores();
      }
    };
  }
}
