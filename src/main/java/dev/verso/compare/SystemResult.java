package dev.verso.compare;

/**
 * One system's result for one metric in a paired comparison.
 *
 * @param score the corpus score
 * @param mean the bootstrap mean (null for approximate randomisation)
 * @param ci half-width of the 95% bootstrap confidence interval (null for approximate
 *     randomisation)
 * @param delta score minus the baseline's score (0 for the baseline)
 * @param pValue the paired test's p-value against the baseline (null for the baseline)
 */
public record SystemResult(
    String system,
    boolean baseline,
    double score,
    Double mean,
    Double ci,
    double delta,
    Double pValue) {

  /**
   * Whether the difference to the baseline is significant at level {@code alpha}: p &lt;= alpha,
   * what sacreBLEU marks with a star.
   */
  public boolean significant(double alpha) {
    return pValue != null && pValue <= alpha;
  }
}
