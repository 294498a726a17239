package dev.verso.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.reference.Bleu;
import dev.verso.metric.reference.Chrf;
import dev.verso.metric.reference.CorpusScoring;
import dev.verso.metric.reference.GoldenData;
import dev.verso.metric.reference.ReferenceScorer;
import dev.verso.metric.reference.Ter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * sacreBLEU 2.6.0's {@code --paired-bs} and {@code --paired-ar} results and its NumPy index matrix
 * ({@code golden.json}: {@code paired_bootstrap}, {@code paired_approximate_randomization}, {@code
 * rng_check}) reproduced exactly. Skipped without the shared data; {@link PairedTestsTest} covers
 * the same code without it.
 */
class SacrebleuSignificanceGoldenTest {
  private static JsonNode golden;
  private static List<ComparedMetric> metrics;
  private static final List<String> SYSTEMS = List.of("NiuTrans", "DIDI-NLP");

  @BeforeAll
  static void load() throws Exception {
    GoldenData.assumePresent();
    golden = GoldenData.golden();
    List<String> ref = GoldenData.lines("ref.en");
    List<List<String>> hyps =
        List.of(GoldenData.lines("sys_NiuTrans.en"), GoldenData.lines("sys_DIDI-NLP.en"));
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

  @Test
  void indexMatrixEqualsNumpy() {
    JsonNode rc = golden.get("rng_check");
    int n = rc.get("N").asInt();
    int[][] idx =
        new NumpyRandom(rc.get("seed").asLong()).choiceMatrix(n, rc.get("n_samples").asInt());
    for (int i = 0; i < 20; i++) {
      assertThat(idx[0][i]).isEqualTo(rc.get("idxs_row0_first20").get(i).asInt());
      assertThat(idx[1][i]).isEqualTo(rc.get("idxs_row1_first20").get(i).asInt());
      assertThat(idx[idx.length - 1][i]).isEqualTo(rc.get("idxs_last_row_first20").get(i).asInt());
    }
    boolean[][] pos = new NumpyRandom(rc.get("seed").asLong()).booleanMatrix(n, 1);
    for (int i = 0; i < 20; i++) {
      assertThat(pos[0][i]).isEqualTo(rc.get("ar_pos_sel_row0_first20").get(i).asBoolean());
    }
  }

  @Test
  void pairedBootstrapEqualsSacrebleu() {
    JsonNode g = golden.get("paired_bootstrap");
    Comparison c =
        PairedTests.bootstrap(
            SYSTEMS, metrics, 0, g.get("n_samples").asInt(), g.get("seed").asLong());
    assertThat(c.baseline()).isEqualTo(g.get("baseline").asString());
    for (MetricComparison mc : c.metrics()) {
      for (SystemResult r : mc.systems()) {
        JsonNode e = g.get("systems").get(r.system()).get(mc.metric());
        assertThat(r.score())
            .as("%s %s score", r.system(), mc.metric())
            .isEqualTo(e.get("score").asDouble());
        assertThat(r.mean())
            .as("%s %s mean", r.system(), mc.metric())
            .isEqualTo(e.get("mean").asDouble());
        assertThat(r.ci())
            .as("%s %s ci", r.system(), mc.metric())
            .isEqualTo(e.get("ci").asDouble());
        if (e.get("p_value").isNull()) {
          assertThat(r.pValue()).isNull();
        } else {
          assertThat(r.pValue())
              .as("%s %s p", r.system(), mc.metric())
              .isEqualTo(e.get("p_value").asDouble());
        }
      }
    }
  }

  @Test
  void pairedApproximateRandomizationEqualsSacrebleu() {
    JsonNode g = golden.get("paired_approximate_randomization");
    Comparison c =
        PairedTests.approximateRandomization(
            SYSTEMS, metrics, 0, g.get("n_samples").asInt(), g.get("seed").asLong());
    for (MetricComparison mc : c.metrics()) {
      for (SystemResult r : mc.systems()) {
        JsonNode e = g.get("systems").get(r.system()).get(mc.metric());
        assertThat(r.score()).isEqualTo(e.get("score").asDouble());
        assertThat(r.mean()).isNull();
        if (e.get("p_value").isNull()) {
          assertThat(r.pValue()).isNull();
        } else {
          assertThat(r.pValue())
              .as("%s %s p", r.system(), mc.metric())
              .isEqualTo(e.get("p_value").asDouble());
        }
      }
    }
  }

  @Test
  void testSignaturesEqualSacrebleu() {
    JsonNode bs = golden.get("paired_bootstrap").get("signatures");
    JsonNode ar = golden.get("paired_approximate_randomization").get("signatures");
    for (ReferenceScorer s : List.of(new Bleu(), new Chrf(0), new Ter())) {
      Map<String, String> t = new LinkedHashMap<>();
      t.put("bs", "1000");
      t.put("seed", "12345");
      assertThat(s.signature("1", t)).isEqualTo(GoldenData.ours(bs.get(s.name()).asString()));
      t.clear();
      t.put("ar", "10000");
      t.put("seed", "12345");
      assertThat(s.signature("1", t)).isEqualTo(GoldenData.ours(ar.get(s.name()).asString()));
    }
  }
}
