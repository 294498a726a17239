package dev.verso.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.reference.tokenize.TercomTokenizer;
import dev.verso.metric.reference.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Compares (bit for bit) every corpus, sentence and tokenizer value in {@code
 * ../shared/data/mt-metrics/golden.json} (sacreBLEU 2.6.0 on WMT21 zh-en) with ours. Skipped when
 * the shared data is absent; {@link ReferenceMetricsTest} covers the same code without it.
 */
class SacrebleuGoldenTest {
  private static JsonNode golden;
  private static List<String> ref;
  private static final Map<String, String> FILES =
      Map.of("NiuTrans", "sys_NiuTrans.en", "DIDI-NLP", "sys_DIDI-NLP.en");

  @BeforeAll
  static void load() throws Exception {
    GoldenData.assumePresent();
    golden = GoldenData.golden();
    ref = GoldenData.lines("ref.en");
  }

  private static double[] corpus(ReferenceScorer s, List<String> hyps) {
    double[][] rows = CorpusScoring.stats(s, hyps, List.of(ref));
    return CorpusScoring.sum(rows, s.statNames().size());
  }

  private static void assertBleu(JsonNode g, Bleu bleu, List<String> hyps) {
    double[] st = corpus(bleu, hyps);
    Bleu.BleuScore r = bleu.result(st);
    assertThat(r.score()).isEqualTo(g.get("score").asDouble());
    for (int n = 0; n < 4; n++) {
      assertThat(r.counts()[n]).isEqualTo(g.get("counts").get(n).asDouble());
      assertThat(r.totals()[n]).isEqualTo(g.get("totals").get(n).asDouble());
      assertThat(r.precisions()[n]).isEqualTo(g.get("precisions").get(n).asDouble());
    }
    assertThat(r.sysLen()).isEqualTo(g.get("sys_len").asInt());
    assertThat(r.refLen()).isEqualTo(g.get("ref_len").asInt());
    String sig = bleu.signature(1);
    assertThat(sig).isEqualTo(GoldenData.ours(g.get("signature").asString()));
    assertThat(new ScoreText("BLEU", sig, r.score(), r.verbose(), 1).line())
        .isEqualTo(GoldenData.ours(g.get("text_w1").asString()));
  }

  @Test
  void corpusBleuVariantsEqualSacrebleu() throws Exception {
    for (var e : FILES.entrySet()) {
      JsonNode g = golden.get("corpus").get(e.getKey());
      List<String> hyps = GoldenData.lines(e.getValue());
      assertBleu(g.get("BLEU"), new Bleu(), hyps);
      assertBleu(g.get("BLEU_tok_zh"), new Bleu("zh", false, "exp", null, false), hyps);
      assertBleu(g.get("BLEU_tok_intl"), new Bleu("intl", false, "exp", null, false), hyps);
      assertBleu(g.get("BLEU_lc"), new Bleu("13a", true, "exp", null, false), hyps);
      assertBleu(g.get("BLEU_smooth_none"), new Bleu("13a", false, "none", null, false), hyps);
    }
  }

  private static void assertSimple(JsonNode g, ReferenceScorer s, double[] st) {
    double score = s.score(st);
    assertThat(score).isEqualTo(g.get("score").asDouble());
    String sig = s.signature(1);
    assertThat(sig).isEqualTo(GoldenData.ours(g.get("signature").asString()));
    assertThat(new ScoreText(s.name(), sig, score, "", 1).line())
        .isEqualTo(GoldenData.ours(g.get("text_w1").asString()));
  }

  @Test
  void corpusChrfAndTerEqualSacrebleu() throws Exception {
    for (var e : FILES.entrySet()) {
      JsonNode g = golden.get("corpus").get(e.getKey());
      List<String> hyps = GoldenData.lines(e.getValue());
      Chrf chrf = new Chrf(0);
      double[] st = corpus(chrf, hyps);
      assertSimple(g.get("chrF"), chrf, st);
      for (int k = 0; k < st.length; k++) {
        assertThat(st[k]).isEqualTo(g.get("chrF").get("stats").get(k).asDouble());
      }
      Chrf chrfpp = new Chrf(2);
      st = corpus(chrfpp, hyps);
      assertSimple(g.get("chrF++"), chrfpp, st);
      for (int k = 0; k < st.length; k++) {
        assertThat(st[k]).isEqualTo(g.get("chrF++").get("stats").get(k).asDouble());
      }
      Chrf eps = new Chrf(6, 0, 2, false, false, true);
      assertSimple(g.get("chrF_eps"), eps, corpus(eps, hyps));
      Ter ter = new Ter();
      st = corpus(ter, hyps);
      assertSimple(g.get("TER"), ter, st);
      assertThat(st[0]).isEqualTo(g.get("TER").get("num_edits").asDouble());
      assertThat(st[1]).isEqualTo(g.get("TER").get("ref_length").asDouble());
    }
  }

  @Test
  void sentenceScoresEqualSacrebleu() throws Exception {
    Bleu bleu = new Bleu("13a", false, "exp", null, true);
    Chrf chrf = new Chrf(0);
    Chrf chrfpp = new Chrf(2);
    Ter ter = new Ter();
    JsonNode sigs = golden.get("sentence_signatures");
    assertThat(bleu.signature(1)).isEqualTo(GoldenData.ours(sigs.get("BLEU").asString()));
    assertThat(chrf.signature(1)).isEqualTo(GoldenData.ours(sigs.get("chrF").asString()));
    assertThat(chrfpp.signature(1)).isEqualTo(GoldenData.ours(sigs.get("chrF++").asString()));
    assertThat(ter.signature(1)).isEqualTo(GoldenData.ours(sigs.get("TER").asString()));
    int checked = 0;
    for (var e : FILES.entrySet()) {
      List<String> hyps = GoldenData.lines(e.getValue());
      for (JsonNode s : golden.get("sentence").get(e.getKey())) {
        int i = s.get("line").asInt() - 1;
        List<String> refs = List.of(ref.get(i));
        Bleu.BleuScore b = bleu.result(bleu.stats(hyps.get(i), refs));
        assertThat(b.score()).as("BLEU line %d", i + 1).isEqualTo(s.get("BLEU").asDouble());
        for (int n = 0; n < 4; n++) {
          assertThat(b.counts()[n]).isEqualTo(s.get("BLEU_counts").get(n).asDouble());
          assertThat(b.totals()[n]).isEqualTo(s.get("BLEU_totals").get(n).asDouble());
        }
        assertThat(b.sysLen()).isEqualTo(s.get("BLEU_sys_len").asInt());
        assertThat(b.refLen()).isEqualTo(s.get("BLEU_ref_len").asInt());
        assertThat(chrf.score(chrf.stats(hyps.get(i), refs)))
            .as("chrF line %d", i + 1)
            .isEqualTo(s.get("chrF").asDouble());
        assertThat(chrfpp.score(chrfpp.stats(hyps.get(i), refs)))
            .as("chrF++ line %d", i + 1)
            .isEqualTo(s.get("chrF++").asDouble());
        assertThat(ter.score(ter.stats(hyps.get(i), refs)))
            .as("TER line %d", i + 1)
            .isEqualTo(s.get("TER").asDouble());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(100);
  }

  @Test
  void emptyHypothesisEdgeCasesEqualSacrebleu() {
    for (JsonNode c : golden.get("edge_cases_empty_hypothesis").get("Online-W")) {
      List<String> refs = new ArrayList<>();
      c.get("refs").forEach(r -> refs.add(r.asString()));
      String hyp = c.get("hyp").asString();
      assertThat(new Bleu().score(new Bleu().stats(hyp, refs))).isEqualTo(c.get("BLEU").asDouble());
      assertThat(new Chrf(0).score(new Chrf(0).stats(hyp, refs)))
          .isEqualTo(c.get("chrF").asDouble());
      assertThat(new Ter().score(new Ter().stats(hyp, refs))).isEqualTo(c.get("TER").asDouble());
    }
  }

  @Test
  void tokenizerVectorsEqualSacrebleu() {
    TercomTokenizer terDefault = new TercomTokenizer(false, false, false, false);
    TercomTokenizer terNormAsian = new TercomTokenizer(true, false, true, false);
    int checked = 0;
    for (var group : golden.get("tokenizer_vectors").properties()) {
      for (JsonNode v : group.getValue()) {
        String in = v.get("input").asString();
        for (String tok : List.of("13a", "zh", "intl", "char", "none")) {
          assertThat(Tokenizer.byName(tok).tokenize(in))
              .as("%s %s line %s", tok, group.getKey(), v.get("line"))
              .isEqualTo(v.get(tok).asString());
          checked++;
        }
        assertThat(terDefault.tokenize(in)).isEqualTo(v.get("tercom_default").asString());
        assertThat(terNormAsian.tokenize(in))
            .isEqualTo(v.get("tercom_normalized_asian").asString());
        checked += 2;
      }
    }
    for (var group : golden.get("tokenizer_quirk_lines").properties()) {
      for (JsonNode v : group.getValue()) {
        String in = v.get("input").asString();
        assertThat(Tokenizer.byName("13a").tokenize(in)).isEqualTo(v.get("13a").asString());
        assertThat(Tokenizer.byName("zh").tokenize(in)).isEqualTo(v.get("zh").asString());
        checked += 2;
      }
    }
    assertThat(checked).isEqualTo(36 * 7 + 12 * 2);
  }
}
