package dev.verso.metric;

import dev.verso.Version;
import java.util.List;

/**
 * A convenient base for a {@link Metric}: it holds the id, the signature and the names of the
 * statistics, so that a metric writes only its measurement (and its score, unless that is the share
 * of its first two statistics). Implementing {@link Metric} directly works just as well.
 */
public abstract class BaseMetric implements Metric {
  private final String id;
  private final Signature signature;
  private final List<String> statNames;

  /** A metric whose signature is {@code signature}. */
  protected BaseMetric(String id, Signature signature, List<String> statNames) {
    this.id = id;
    this.signature = signature;
    this.statNames = List.copyOf(statNames);
  }

  /** A metric whose signature is its id with every option's value and Verso's version. */
  protected BaseMetric(String id, Options options, List<String> statNames) {
    this(id, Signature.of(id, options.asMap(), Version.VERSION), statNames);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Signature signature() {
    return signature;
  }

  @Override
  public final List<String> statNames() {
    return statNames;
  }

  /**
   * The score of most metrics: the share {@code s[0] / s[1]} of the first two statistics; NaN when
   * {@code s[1]} is 0 (nothing was measured). A metric whose score is anything else overrides it.
   */
  @Override
  public double score(double[] s) {
    return s[1] == 0 ? Double.NaN : s[0] / s[1];
  }
}
