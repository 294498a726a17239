package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in check with good and bad examples: the text, and the exact findings expected ({@code
 * CHECK field start-end "covered text"}), run by one generic test.
 */
class BuiltinMetricsTest {

  static Document doc(String sourceText, String translation, String summary) {
    return Document.of(
        "d",
        sourceText == null ? null : new Passage(null, sourceText, "zh"),
        Map.of("sys", new Passage(null, translation, "en")),
        summary == null ? Map.of() : Map.of("sys", summary));
  }

  static Measurement run(String metricId, Document d) {
    Metric m = MetricRegistry.load().create(List.of(metricId), Map.of()).get(0);
    return m.measure(EvaluationContext.of(d, "sys"));
  }

  static String describe(Finding f, Document d) {
    return FindingLines.of(f, d, "sys");
  }

  static Stream<Arguments> examples() {
    String seed3 =
        "earnestly shoulder the glorious mission of \"striving to be an example, striving to be an example, and walking in the forefront\"";
    return Stream.of(
        // DUPLICATION
        Arguments.of(
            "DUPLICATION",
            null,
            seed3,
            null,
            List.of("REPEATED_PHRASE major translation.text 71-96 \"striving to be an example\"")),
        Arguments.of(
            "DUPLICATION",
            null,
            "We met the the minister.",
            null,
            List.of("REPEATED_PHRASE minor translation.text 11-14 \"the\"")),
        Arguments.of(
            "DUPLICATION",
            null,
            "It was a very, very long day. Day one began.",
            "He said that that was fine. Bye bye.",
            List.of()),
        Arguments.of(
            "DUPLICATION",
            null,
            "Growth was 5 5 percent; the plan. The plan worked.",
            null,
            List.of()),
        Arguments.of(
            "DUPLICATION",
            null,
            "ok",
            "The importance of the importance of party work.",
            List.of("REPEATED_PHRASE major summary 18-35 \"the importance of\"")),
        // UNTRANSLATED
        Arguments.of(
            "UNTRANSLATED",
            null,
            "The meeting of 中网联 was held in 北京，上海.",
            null,
            List.of(
                "UNTRANSLATED major translation.text 15-18 \"中网联\"",
                "UNTRANSLATED major translation.text 31-36 \"北京，上海\"")),
        Arguments.of(
            "UNTRANSLATED",
            null,
            "Delta (Δ) and α are fine; so is café.",
            "Пример text.",
            List.of("UNTRANSLATED major summary 0-6 \"Пример\"")),
        Arguments.of(
            "UNTRANSLATED",
            null,
            "Emoji 😀 and 𠀋 ok",
            null,
            List.of("UNTRANSLATED minor translation.text 13-15 \"𠀋\"")),
        // LENGTH_RATIO
        Arguments.of(
            "LENGTH_RATIO",
            "商务部电子商务司与中国网络社会组织联合会开展党建联学共建。",
            "Cooperation.",
            null,
            List.of("TRANSLATION_TOO_SHORT major translation.text 0-12 \"Cooperation.\"")),
        Arguments.of(
            "LENGTH_RATIO",
            "商务部电子商务司与中国网络社会组织联合会开展党建联学共建。",
            "The E-Commerce Department of the Ministry of Commerce and the China Federation of Network Social Organizations carried out joint party building.",
            null,
            List.of()));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("examples")
  void findsExactlyTheExpectedFindings(
      String metric, String source, String translation, String summary, List<String> expected) {
    Document d = doc(source, translation, summary);
    Measurement m = run(metric, d);
    assertThat(m.findings().stream().map(f -> describe(f, d)).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void lengthRatioDoesNotApplyWithoutSourceAndScoresRatioOfSums() {
    assertThat(run("LENGTH_RATIO", doc(null, "Text.", null)).applicable()).isFalse();
    Measurement m =
        run("LENGTH_RATIO", doc("一二三四五六七八九十", "abcdefghij klmnopqrst uvwxyzabcd", null));
    assertThat(m.stats()).containsExactly(30.0, 10.0);
    Metric metric = MetricRegistry.load().create(List.of("LENGTH_RATIO"), Map.of()).get(0);
    assertThat(metric.score(new double[] {33.2, 10}))
        .isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(metric.score(new double[] {66.4, 10}))
        .isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(metric.score(new double[] {16.6, 10}))
        .isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(metric.score(new double[] {0, 10})).isZero();
  }

  @Test
  void statisticsCountWordsAndLetters() {
    Measurement dup = run("DUPLICATION", doc(null, "We met the the minister.", null));
    assertThat(dup.stats()).containsExactly(1.0, 5.0);
    Measurement un = run("UNTRANSLATED", doc(null, "ab 中文", null));
    assertThat(un.stats()).containsExactly(2.0, 4.0);
  }

  @Test
  void rejectsUnknownAndMalformedOptions() {
    MetricRegistry reg = MetricRegistry.load();
    assertThatThrownBy(
            () ->
                reg.create(List.of("DUPLICATION"), Map.of("DUPLICATION", Map.of("maxWords", "3"))))
        .hasMessage("metric DUPLICATION: unknown option 'maxWords' (known: maxPhraseWords)");
    assertThatThrownBy(
            () ->
                reg.create(
                    List.of("LENGTH_RATIO"), Map.of("LENGTH_RATIO", Map.of("sigma", "wide"))))
        .hasMessage("metric LENGTH_RATIO: option 'sigma' must be a number, got 'wide'");
    assertThatThrownBy(
            () ->
                reg.create(
                    List.of("DUPLICATION"), Map.of("DUPLICATION", Map.of("maxPhraseWords", "0"))))
        .hasMessage("metric DUPLICATION: option 'maxPhraseWords' must be at least 1");
    assertThatThrownBy(
            () ->
                reg.create(List.of("UNTRANSLATED"), Map.of("UNTRANSLATED", Map.of("minRun", "x"))))
        .hasMessage("metric UNTRANSLATED: option 'minRun' must be a whole number, got 'x'");
    assertThatThrownBy(() -> reg.create(List.of("NOPE"), Map.of()))
        .hasMessageStartingWith("unknown metric 'NOPE' (available: ");
  }
}
