package dev.verso.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.metric.reference.tokenize.PyStrings;
import dev.verso.metric.reference.tokenize.TercomTokenizer;
import dev.verso.metric.reference.tokenize.Tokenizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * BLEU, chrF and TER against sacreBLEU 2.6.0's numbers on a bundled 16-segment excerpt (no shared
 * data needed).
 */
class ReferenceMetricsTest {
  private static JsonNode expected;
  private static List<String> ref;
  private static List<String> niu;
  private static List<String> didi;

  @BeforeAll
  static void load() throws Exception {
    expected = Excerpt.expected();
    ref = Excerpt.lines("ref.en");
    niu = Excerpt.lines("sys_NiuTrans.en");
    didi = Excerpt.lines("sys_DIDI-NLP.en");
  }

  private static Map<String, ReferenceScorer> configs() {
    Map<String, ReferenceScorer> m = new LinkedHashMap<>();
    m.put("bleu", new Bleu());
    m.put("bleu_zh", new Bleu("zh", false, "exp", null, false));
    m.put("bleu_intl", new Bleu("intl", false, "exp", null, false));
    m.put("bleu_char", new Bleu("char", false, "exp", null, false));
    m.put("bleu_none", new Bleu("none", false, "exp", null, false));
    m.put("bleu_lc", new Bleu("13a", true, "exp", null, false));
    m.put("bleu_floor", new Bleu("13a", false, "floor", null, false));
    m.put("bleu_addk", new Bleu("13a", false, "add-k", 0.5, false));
    m.put("bleu_nosmooth", new Bleu("13a", false, "none", null, false));
    m.put("chrf", new Chrf(0));
    m.put("chrfpp", new Chrf(2));
    m.put("chrf_eps", new Chrf(6, 0, 2, false, false, true));
    m.put("chrf_lc_ws", new Chrf(6, 0, 2, true, true, false));
    m.put("ter", new Ter());
    m.put("ter_all", new Ter(true, true, true, true));
    return m;
  }

  @Test
  void corpusScoresSignaturesAndTextEqualSacrebleu() {
    for (var e : configs().entrySet()) {
      JsonNode x = expected.get("corpus").get(e.getKey());
      ReferenceScorer s = e.getValue();
      double[] total =
          CorpusScoring.sum(CorpusScoring.stats(s, didi, List.of(ref)), s.statNames().size());
      double score = s.score(total);
      assertThat(score).as(e.getKey()).isEqualTo(x.get("score").asDouble());
      assertThat(s.signature(1))
          .as(e.getKey())
          .isEqualTo(Excerpt.ours(x.get("signature").asString()));
      assertThat(new ScoreText(s.name(), s.signature(1), score, s.verbose(total), 2).line())
          .isEqualTo(Excerpt.ours(x.get("text").asString()));
      double[] total2 =
          CorpusScoring.sum(CorpusScoring.stats(s, didi, List.of(ref, niu)), s.statNames().size());
      assertThat(s.score(total2))
          .as(e.getKey() + " 2 refs")
          .isEqualTo(x.get("score_2refs").asDouble());
    }
  }

  @Test
  void sentenceScoresEqualSacrebleu() {
    Bleu bleu = new Bleu("13a", false, "exp", null, true);
    for (JsonNode x : expected.get("sentence")) {
      int i = x.get("line").asInt() - 1;
      List<String> r = List.of(ref.get(i));
      assertThat(bleu.score(bleu.stats(didi.get(i), r))).isEqualTo(x.get("bleu").asDouble());
      assertThat(new Chrf(0).score(new Chrf(0).stats(didi.get(i), r)))
          .isEqualTo(x.get("chrf").asDouble());
      assertThat(new Chrf(2).score(new Chrf(2).stats(didi.get(i), r)))
          .isEqualTo(x.get("chrfpp").asDouble());
      assertThat(new Ter().score(new Ter().stats(didi.get(i), r)))
          .isEqualTo(x.get("ter").asDouble());
      assertThat(new Ter().score(new Ter().stats(didi.get(i), List.of(ref.get(i), niu.get(i)))))
          .isEqualTo(x.get("ter_2refs").asDouble());
    }
  }

  @Test
  void tokenizersEqualSacrebleuOnQuirkySentences() {
    Map<String, TercomTokenizer> ter =
        Map.of(
            "ter_default", new TercomTokenizer(false, false, false, false),
            "ter_norm_asian", new TercomTokenizer(true, false, true, false),
            "ter_nopunct_cs", new TercomTokenizer(false, true, true, true));
    for (JsonNode x : expected.get("tokenizers")) {
      String in = x.get("input").asString();
      for (String t : List.of("13a", "zh", "intl", "char")) {
        assertThat(Tokenizer.byName(t).tokenize(in))
            .as("%s: %s", t, in)
            .isEqualTo(x.get(t).asString());
      }
      for (var e : ter.entrySet()) {
        assertThat(e.getValue().tokenize(in))
            .as("%s: %s", e.getKey(), in)
            .isEqualTo(x.get(e.getKey()).asString());
      }
    }
  }

  @Test
  void emptyHypothesisScoresZeroAndTerHundred() {
    List<String> r = List.of("Can Andy Lau and Sean Lau “run” up new sparks? - Xinhuanet");
    assertThat(new Bleu().score(new Bleu().stats("", r))).isEqualTo(0.0);
    assertThat(new Chrf(0).score(new Chrf(0).stats("", r))).isEqualTo(0.0);
    assertThat(new Ter().score(new Ter().stats("", r))).isEqualTo(100.0);
    assertThat(new Ter().stats("", r)).containsExactly(12.0, 12.0);
  }

  @Test
  void terCountsShiftsAsSingleEdits() {
    Ter ter = new Ter();
    // One shift of a three-word phrase: 1 edit over 6 reference words.
    assertThat(ter.stats("d e f a b c", List.of("a b c d e f"))).containsExactly(1.0, 6.0);
    assertThat(ter.stats("a b c", List.of("a b c"))).containsExactly(0.0, 3.0);
    assertThat(ter.stats("a x c", List.of("a b c"))).containsExactly(1.0, 3.0);
    assertThat(ter.stats("a b", List.of(""))).containsExactly(2.0, 0.0);
    assertThat(ter.score(new double[] {2, 0})).isEqualTo(100.0);
    assertThat(ter.score(new double[] {0, 0})).isEqualTo(0.0);
  }

  @Test
  void pythonWhitespaceAndCaseRulesApply() {
    assertThat(PyStrings.split(" a\u200bb\u3000c\u00a0d\u001ce\u0085f\ufeffg "))
        .containsExactly("a\u200bb", "c", "d", "e", "f\ufeffg");
    assertThat(PyStrings.rstrip("x \u2028\u3000")).isEqualTo("x");
    assertThat(PyStrings.strip("\u2007 y \u202f")).isEqualTo("y");
    assertThat(PyStrings.lower("İSTANBUL")).isEqualTo("i̇stanbul");
    assertThat(TextLines.split("a \nb\r\n\nc\u2028d\n")).containsExactly("a", "b", "", "c\u2028d");
  }

  @Test
  void printedNumbersRoundLikePython() {
    assertThat(PyFormat.fixed(0.25, 1)).isEqualTo("0.2");
    assertThat(PyFormat.fixed(0.35, 1))
        .isEqualTo("0.3"); // 0.35 is 0.34999999999999997779... in binary
    assertThat(PyFormat.fixed(2.675, 2)).isEqualTo("2.67");
    assertThat(PyFormat.fixed(-0.04, 1)).isEqualTo("-0.0");
    assertThat(PyFormat.jsonNumber(31.886362375762502, 1)).isEqualTo("31.9");
    assertThat(PyFormat.jsonNumber(100.0, 1)).isEqualTo("100.0");
    assertThat(PyFormat.repr(0.000999000999000999)).isEqualTo("0.000999000999000999");
    assertThat(PyFormat.repr(9.999000099990002e-05)).isEqualTo("9.999000099990002e-05");
    assertThat(PyFormat.repr(61.646270751953125)).isEqualTo("61.646270751953125");
    assertThat(PyFormat.repr(1e16)).isEqualTo("1e+16");
    assertThat(PyFormat.repr(3.0)).isEqualTo("3.0");
  }

  @Test
  void zhTokenizerUsesSacrebleusEffectiveRanges() {
    assertThat(TokenizerZhProbe.isChinese(0x2000)).isFalse();
    assertThat(TokenizerZhProbe.isChinese(0x2001)).isTrue();
    assertThat(TokenizerZhProbe.isChinese(0x201C)).isTrue();
    assertThat(TokenizerZhProbe.isChinese(0x2A6D)).isTrue();
    assertThat(TokenizerZhProbe.isChinese(0x2A6E)).isFalse();
    assertThat(TokenizerZhProbe.isChinese(0x20000)).isFalse();
    assertThat(TokenizerZhProbe.isChinese(0x2F81)).isTrue();
    assertThat(TokenizerZhProbe.isChinese(0x2FE0))
        .isFalse(); // 0x2F81..0x2FA1 also lies inside the Kangxi range
    assertThat(Tokenizer.byName("zh").tokenize(".5 and 3."))
        .isEqualTo(".5 and 3."); // no end-of-line padding
    assertThat(Tokenizer.byName("13a").tokenize(".5 and 3.")).isEqualTo(". 5 and 3 .");
  }

  @Test
  void randomTextNeverBreaksTheMetrics() {
    Random rnd = new Random(42);
    String alphabet = "ab c.,-'\"“”—…中文\u200b\u3000\t0123456789$&;:!?()";
    for (int k = 0; k < 300; k++) {
      String h = random(rnd, alphabet);
      String r = random(rnd, alphabet);
      for (ReferenceScorer s : configs().values()) {
        double v = s.score(s.stats(h, List.of(r)));
        assertThat(v).as("%s on %s / %s", s.name(), h, r).isBetween(0.0, 1e6);
      }
    }
  }

  @Test
  void rejectsUnknownTokenizerAndSmoothing() {
    assertThatThrownBy(() -> new Bleu("moses", false, "exp", null, false))
        .hasMessage("unknown tokenizer 'moses' (known: 13a, zh, intl, char, none)");
    assertThatThrownBy(() -> new Bleu("13a", false, "linear", null, false))
        .hasMessage("unknown smoothing method 'linear' (known: exp, floor, add-k, none)");
  }

  private static String random(Random rnd, String alphabet) {
    int n = rnd.nextInt(40);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Access to the zh range table. */
  private static final class TokenizerZhProbe {
    static boolean isChinese(int c) {
      return dev.verso.metric.reference.tokenize.TokenizerZh.isChineseChar(c);
    }
  }
}
