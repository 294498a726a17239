package dev.verso.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.metric.reference.Bleu;
import dev.verso.metric.reference.Chrf;
import dev.verso.metric.reference.CorpusScoring;
import dev.verso.metric.reference.Excerpt;
import dev.verso.metric.reference.ReferenceScorer;
import dev.verso.metric.reference.Ter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Paired tests and the NumPy generator against sacreBLEU 2.6.0 / NumPy 2.4 on the bundled excerpt.
 */
class PairedTestsTest {
  private static JsonNode expected;
  private static List<ComparedMetric> metrics;
  private static final List<String> SYSTEMS = List.of("NiuTrans", "DIDI-NLP");

  @BeforeAll
  static void load() throws Exception {
    expected = Excerpt.expected();
    List<String> ref = Excerpt.lines("ref.en");
    List<List<String>> hyps =
        List.of(Excerpt.lines("sys_NiuTrans.en"), Excerpt.lines("sys_DIDI-NLP.en"));
    metrics = new ArrayList<>();
    for (ReferenceScorer s : List.of(new Bleu(), new Chrf(0), new Ter())) {
      List<double[][]> stats = new ArrayList<>();
      for (List<String> h : hyps) {
        stats.add(CorpusScoring.stats(s, h, List.of(ref)));
      }
      metrics.add(
          new ComparedMetric(
              s.name(), s.signature(1), s.higherIsBetter(), StatScorer.of(s), stats));
    }
  }

  private static void assertMatches(Comparison c, JsonNode results) {
    for (MetricComparison mc : c.metrics()) {
      String key = mc.metric().equals("chrF2") ? "chrF2" : mc.metric();
      JsonNode rows = results.get(key);
      for (int i = 0; i < mc.systems().size(); i++) {
        SystemResult r = mc.systems().get(i);
        JsonNode x = rows.get(i);
        assertThat(r.score())
            .as("%s %s score", mc.metric(), r.system())
            .isEqualTo(x.get("score").asDouble());
        assertThat(r.pValue())
            .as("%s %s p", mc.metric(), r.system())
            .isEqualTo(x.get("p_value").isNull() ? null : x.get("p_value").asDouble());
        assertThat(r.mean())
            .as("%s %s mean", mc.metric(), r.system())
            .isEqualTo(x.get("mean").isNull() ? null : x.get("mean").asDouble());
        assertThat(r.ci())
            .as("%s %s ci", mc.metric(), r.system())
            .isEqualTo(x.get("ci").isNull() ? null : x.get("ci").asDouble());
      }
    }
  }

  @Test
  void pairedBootstrapEqualsSacrebleu() {
    JsonNode x = expected.get("paired_bs");
    Comparison c = PairedTests.bootstrap(SYSTEMS, metrics, 0, x.get("n").asInt(), 12345);
    assertMatches(c, x.get("results"));
    assertThat(c.metrics().get(0).systems().get(1).pValue()).isEqualTo(132.0 / 1001.0);
  }

  @Test
  void pairedApproximateRandomizationEqualsSacrebleu() {
    JsonNode x = expected.get("paired_ar");
    Comparison c =
        PairedTests.approximateRandomization(SYSTEMS, metrics, 0, x.get("n").asInt(), 12345);
    assertMatches(c, x.get("results"));
    assertThat(c.metrics().get(2).systems().get(1).pValue()).isEqualTo(66.0 / 2001.0);
  }

  @Test
  void baselineCanBeAnySystemAndRankingsFollowTheMetricsDirection() {
    Comparison c = PairedTests.bootstrap(SYSTEMS, metrics, 1, 200, 12345);
    assertThat(c.baseline()).isEqualTo("DIDI-NLP");
    MetricComparison ter = c.metrics().get(2);
    assertThat(ter.systems().get(0).system()).isEqualTo("DIDI-NLP");
    assertThat(ter.systems().get(0).baseline()).isTrue();
    assertThat(ter.systems().get(1).delta())
        .isEqualTo(ter.systems().get(1).score() - ter.systems().get(0).score());
    // TER: lower is better, so DIDI-NLP (66.3) ranks above NiuTrans (72.4).
    assertThat(ter.ranking())
        .extracting(SystemResult::system)
        .containsExactly("DIDI-NLP", "NiuTrans");
    assertThat(c.metrics().get(0).ranking())
        .extracting(SystemResult::system)
        .containsExactly("DIDI-NLP", "NiuTrans");
  }

  @Test
  void genericMetricsResampleInDoublePrecision() {
    // A toy metric: the ratio of two summed columns (e.g. covered / total anchors).
    StatScorer ratio = s -> s[1] == 0 ? Double.NaN : 100 * s[0] / s[1];
    double[][] a = {{1, 2}, {2, 2}, {0, 3}, {3, 3}, {1, 1}, {0, 2}};
    double[][] b = {{2, 2}, {2, 2}, {3, 3}, {3, 3}, {1, 1}, {2, 2}};
    ComparedMetric m =
        new ComparedMetric("COVERAGE", "COVERAGE|version:x", true, ratio, List.of(a, b));
    Comparison bs = PairedTests.bootstrap(List.of("a", "b"), List.of(m), 0, 1000, 12345);
    SystemResult rb = bs.metrics().get(0).systems().get(1);
    assertThat(rb.score()).isEqualTo(100.0);
    assertThat(rb.mean()).isEqualTo(100.0);
    assertThat(rb.ci()).isEqualTo(0.0);
    assertThat(rb.delta()).isEqualTo(100.0 - 100.0 * 7 / 13);
    assertThat(rb.pValue()).isLessThan(0.05);
    Comparison ar = PairedTests.approximateRandomization(List.of("a", "b"), List.of(m), 0, 500, 1);
    assertThat(ar.metrics().get(0).systems().get(1).pValue()).isBetween(1.0 / 501, 1.0);
    assertThat(ar.metrics().get(0).systems().get(1).pValue() * 501)
        .isCloseTo(
            Math.rint(ar.metrics().get(0).systems().get(1).pValue() * 501),
            org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void identicalSystemsGetPValueOneInBothTestsEvenForSacrebleuMetrics() {
    // sacreBLEU counts only strictly larger differences and would give p = 1 / (n + 1) here, i.e. a
    // "significant" difference between a system and itself; a zero difference gives p = 1.
    ComparedMetric m = metrics.get(0);
    ComparedMetric same =
        new ComparedMetric(
            m.name(),
            m.signature(),
            true,
            m.scorer(),
            List.of(m.statsBySystem().get(0), m.statsBySystem().get(0)));
    assertThat(
            PairedTests.bootstrap(SYSTEMS, List.of(same), 0, 100, 3)
                .metrics()
                .get(0)
                .systems()
                .get(1)
                .pValue())
        .isEqualTo(1.0);
    assertThat(
            PairedTests.approximateRandomization(SYSTEMS, List.of(same), 0, 100, 3)
                .metrics()
                .get(0)
                .systems()
                .get(1)
                .pValue())
        .isEqualTo(1.0);
  }

  /** A Verso-style metric: covered / total, from two summed columns. */
  private static final StatScorer SHARE = s -> s[1] == 0 ? Double.NaN : s[0] / s[1];

  private static double[][] rows(int n, double covered, double total) {
    double[][] r = new double[n][];
    for (int i = 0; i < n; i++) {
      r[i] = new double[] {covered, total};
    }
    return r;
  }

  private static double[] pValues(double[][] a, double[][] b) {
    ComparedMetric m = new ComparedMetric("X", "X|version:1", true, SHARE, List.of(a, b));
    return new double[] {
      PairedTests.bootstrap(List.of("a", "b"), List.of(m), 0, 1000, 12345)
          .metrics()
          .get(0)
          .systems()
          .get(1)
          .pValue(),
      PairedTests.approximateRandomization(List.of("a", "b"), List.of(m), 0, 10000, 12345)
          .metrics()
          .get(0)
          .systems()
          .get(1)
          .pValue()
    };
  }

  @Test
  void aConstantMetricNeverSeparatesSystems() {
    assertThat(pValues(rows(50, 1, 1), rows(50, 1, 1))).containsExactly(1.0, 1.0);
    assertThat(pValues(rows(50, 0, 4), rows(50, 0, 4))).containsExactly(1.0, 1.0);
  }

  @Test
  void equalPerDocumentStatisticsGiveNoStarWhateverTheirSpread() {
    double[][] a = {{1, 2}, {2, 2}, {0, 3}, {3, 3}, {1, 1}, {0, 2}, {5, 9}, {2, 7}};
    assertThat(pValues(a, a.clone())).containsExactly(1.0, 1.0);
  }

  @Test
  void aSystemThatDiffersInOneDocumentIsNotSignificant() {
    double[][] a = rows(40, 3, 4);
    double[][] b = rows(40, 3, 4);
    b[17] = new double[] {1, 4};
    double[] p = pValues(a, b);
    // bootstrap: the centred resampled difference reaches the observed one when the document is
    // drawn at least twice, in 249 of 1000 resamples (P(Poisson(1) >= 2) = 0.26)
    assertThat(p[0]).isEqualTo(250.0 / 1001);
    // randomisation: swapping the document only flips the sign, every trial ties with the observed
    assertThat(p[1]).isEqualTo(1.0);
  }

  @Test
  void aSingleDocumentGivesNoEvidence() {
    double[] p = pValues(new double[][] {{1, 4}}, new double[][] {{4, 4}});
    assertThat(p).containsExactly(1.0, 1.0);
  }

  @Test
  void aRealDifferenceStaysSignificant() {
    double[][] a = rows(60, 2, 4);
    double[][] b = rows(60, 4, 4);
    double[] p = pValues(a, b);
    assertThat(p[0]).isEqualTo(1.0 / 1001);
    assertThat(p[1]).isEqualTo(1.0 / 10001);
  }

  @Test
  void numpyGeneratorStreamsMatch() {
    // numpy's choice(10, size=(2, 5)) draws the same stream as the first row of a 10 x 10 matrix.
    int[][] m = new NumpyRandom(7).choiceMatrix(10, 1);
    JsonNode x = expected.get("rng_seed7").get("choice_10x5");
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 5; c++) {
        assertThat(m[0][5 * r + c]).isEqualTo(x.get(r).get(c).asInt());
      }
    }
    JsonNode big = expected.get("rng_big_seed");
    int[][] m2 = new NumpyRandom(big.get("seed").asLong()).choiceMatrix(1000, 1);
    for (int c = 0; c < 8; c++) {
      assertThat(m2[0][c]).isEqualTo(big.get("choice_1000").get(c).asInt());
    }
    boolean[][] bits = new NumpyRandom(99).booleanMatrix(70, 1);
    for (int c = 0; c < 70; c++) {
      assertThat(bits[0][c] ? 1 : 0).isEqualTo(expected.get("rng_bool_seed99").get(c).asInt());
    }
  }

  @Test
  void float32MeanUsesNumpysPairwiseSummation() {
    JsonNode x = expected.get("pairwise_mean_f32");
    float[] v = new float[x.get("values").size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) x.get("values").get(i).asDouble();
    }
    assertThat((double) NumpySums.mean(v)).isEqualTo(x.get("mean").asDouble());
    float[] sorted = v.clone();
    java.util.Arrays.sort(sorted);
    assertThat((double) NumpySums.mean(sorted)).isEqualTo(x.get("sorted_mean").asDouble());
  }

  @Test
  void comparisonBecomesOrderedJsonReadyMaps() {
    Comparison c = PairedTests.bootstrap(SYSTEMS, metrics.subList(2, 3), 0, 1000, 12345);
    Map<String, Object> m = ComparisonJson.toMap(c, 0.05);
    assertThat(m.keySet())
        .containsExactly("test", "samples", "seed", "baseline", "alpha", "metrics");
    assertThat(m.get("test")).isEqualTo("paired_bootstrap");
    @SuppressWarnings("unchecked")
    Map<String, Object> ter = (Map<String, Object>) ((List<Object>) m.get("metrics")).get(0);
    assertThat(ter.get("metric")).isEqualTo("TER");
    assertThat(ter.get("higherIsBetter")).isEqualTo(false);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> systems = (List<Map<String, Object>>) ter.get("systems");
    assertThat(systems.get(0))
        .containsEntry("system", "NiuTrans")
        .containsEntry("rank", 2)
        .containsEntry("pValue", null);
    assertThat(systems.get(1))
        .containsEntry("system", "DIDI-NLP")
        .containsEntry("rank", 1)
        .containsEntry("significant", true);
  }

  @Test
  void referenceMetricsFromTheRegistryResampleLikeSacrebleu() {
    var reg = dev.verso.metric.MetricRegistry.load();
    StatScorer chrf = StatScorer.of(reg.provider("CHRF").create(Map.of()));
    assertThat(chrf.resamplesInFloat32()).isTrue();
    assertThat(chrf.float32Scores()).isTrue();
    StatScorer bleu = StatScorer.of(reg.provider("BLEU").create(Map.of()));
    assertThat(bleu.resamplesInFloat32()).isTrue();
    assertThat(bleu.float32Scores()).isFalse();
    assertThat(StatScorer.of(reg.provider("LENGTH_RATIO").create(Map.of())).resamplesInFloat32())
        .isFalse();
  }

  @Test
  void rejectsMismatchedInputs() {
    ComparedMetric m = metrics.get(0);
    ComparedMetric bad =
        new ComparedMetric(
            "X", "x", true, m.scorer(), List.of(m.statsBySystem().get(0), new double[3][10]));
    assertThatThrownBy(() -> PairedTests.bootstrap(SYSTEMS, List.of(bad), 0, 10, 1))
        .hasMessage("all systems must be measured on the same units: 3 vs 16 rows");
    assertThatThrownBy(() -> PairedTests.bootstrap(List.of("a"), List.of(), 0, 10, 1))
        .hasMessage("paired tests need at least two systems");
  }
}
