package dev.verso.metric.reference;

import dev.verso.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A pure reference-based scorer with sacreBLEU's semantics: per-segment sufficient statistics (one
 * {@code double[]} row per segment, summed for the corpus) and a score from summed rows.
 * Implementations are immutable and thread-safe.
 */
public interface ReferenceScorer {

  /** Version string written in signatures. */
  String VERSION = "verso-" + Version.VERSION;

  /** The display name sacreBLEU uses: {@code BLEU}, {@code chrF2}, {@code chrF2++}, {@code TER}. */
  String name();

  /** Names of the statistics in each row. */
  List<String> statNames();

  /** Reference information for one segment, computed once and reused for every system. */
  Object prepare(List<String> references);

  /** The statistics row of one hypothesis against prepared references. */
  double[] stats(String hypothesis, Object preparedReferences);

  /** The statistics row of one hypothesis against its references. */
  default double[] stats(String hypothesis, List<String> references) {
    return stats(hypothesis, prepare(references));
  }

  /** The score of summed statistics (sacreBLEU's {@code _compute_score_from_stats}). */
  double score(double[] summed);

  /**
   * The score of summed statistics held as float32, computed the way sacreBLEU does when it
   * resamples (numpy float32 arithmetic where sacreBLEU's code produces float32).
   */
  double scoreFloat32(float[] summed);

  /**
   * Whether {@link #scoreFloat32} results are float32 values (so means and differences are float32
   * too).
   */
  boolean float32Scores();

  /** Extra text printed after the score (BLEU's precisions and brevity penalty), or empty. */
  default String verbose(double[] summed) {
    return "";
  }

  /** Whether larger scores are better. */
  default boolean higherIsBetter() {
    return true;
  }

  /**
   * The metric-specific signature fields, in sacreBLEU's order (without nrefs, test fields and
   * version).
   */
  Map<String, String> signatureFields();

  /**
   * The signature {@code nrefs:N|...|version:V}; {@code test} holds e.g. {@code bs:1000,
   * seed:12345} or is empty.
   */
  default String signature(String nrefs, Map<String, String> test) {
    StringJoiner j = new StringJoiner("|");
    j.add("nrefs:" + nrefs);
    test.forEach((k, v) -> j.add(k + ":" + v));
    signatureFields().forEach((k, v) -> j.add(k + ":" + v));
    j.add("version:" + VERSION);
    return j.toString();
  }

  /** The signature without test fields. */
  default String signature(int nrefs) {
    return signature(Integer.toString(nrefs), new LinkedHashMap<>());
  }
}
