package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricProvider;
import dev.verso.metric.MetricRegistry;
import dev.verso.metric.builtin.coverage.Consensus;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OMISSION: the example table (one source, three systems, the exact findings each system gets) and
 * the score, fallback and option rules.
 */
class OmissionMetricTest {
  private static final Metric METRIC =
      MetricRegistry.load().create(List.of("OMISSION"), Map.of()).get(0);

  private static Document doc(String src, String... systemsAndTexts) {
    Map<String, Passage> tr = new TreeMap<>();
    for (int i = 0; i < systemsAndTexts.length; i += 2) {
      tr.put(systemsAndTexts[i], new Passage(null, systemsAndTexts[i + 1], "en"));
    }
    return Document.of("d", new Passage(null, src, "zh"), tr, Map.of());
  }

  private static List<String> findings(Document d, String system) {
    Measurement r = METRIC.measure(EvaluationContext.of(d, system));
    return r.findings().stream().map(f -> FindingLines.of(f, d, system)).toList();
  }

  private static final String MEETING = "他昨天参加了一个非常重要的国际会议。";
  private static final String HIRING = "公司去年招聘了三百名员工，并且开设了两家新工厂。";

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "consensus: the two others render 重要的国际, C does not (too light for a coverage run alone)",
            doc(
                MEETING,
                "A",
                "Yesterday he attended a very important international meeting.",
                "B",
                "He took part in a very important international conference yesterday.",
                "C",
                "He took part in a meeting yesterday."),
            Map.of(
                "A",
                List.of(),
                "B",
                List.of(),
                "C",
                List.of("OMITTED_CONTENT minor source.text 10-15 \"重要的国际\""))),
        Arguments.of(
            "consensus: a dropped clause with its number, rendered by the two others",
            doc(
                HIRING,
                "A",
                "Last year the company hired 300 employees and opened two new factories.",
                "B",
                "The company recruited 300 staff last year and set up two new plants.",
                "C",
                "The company hired 300 employees last year."),
            Map.of(
                "A",
                List.of(),
                "B",
                List.of(),
                "C",
                List.of(
                    "MISSING_NUMBER major source.text 18-19 \"两\"",
                    "OMITTED_CONTENT major source.text 15-23 \"开设了两家新工厂\""))),
        Arguments.of(
            "a paraphrase the others share is no omission: 巨大 as big, huge, enormous",
            doc(
                "这是一个巨大的瓶颈。",
                "A",
                "This is a huge bottleneck.",
                "B",
                "This is an enormous bottleneck.",
                "C",
                "This is a big bottleneck."),
            Map.of("A", List.of(), "B", List.of(), "C", List.of())),
        Arguments.of(
            "a dropped sentence is a major OMITTED_SENTENCE whatever the others say",
            doc(
                "他们种了五千棵树。今天下雨。",
                "A",
                "They planted 5,000 trees. It rained today.",
                "B",
                "They planted 5,000 trees."),
            Map.of(
                "A",
                List.of(),
                "B",
                List.of("OMITTED_SENTENCE major source.text 9-14 \"今天下雨。\""))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportsExactlyTheExpectedFindingsPerSystem(
      String what, Document d, Map<String, List<String>> expected) {
    for (var e : new TreeMap<>(expected).entrySet()) {
      assertThat(findings(d, e.getKey()))
          .as(what + " / " + e.getKey())
          .containsExactlyInAnyOrderElementsOf(e.getValue());
    }
  }

  @Test
  void theConsensusFindingNamesHowManyOthersRenderTheContent() {
    Document d =
        doc(
            MEETING,
            "A",
            "Yesterday he attended a very important international meeting.",
            "B",
            "He took part in a very important international conference yesterday.",
            "C",
            "He took part in a meeting yesterday.");
    Measurement r = METRIC.measure(EvaluationContext.of(d, "C"));
    Finding f = r.findings().get(0);
    assertThat(f.message())
        .isEqualTo("No rendering of 重要 国际 found, while 2 of the 2 other systems render it");
    assertThat(f.evidence())
        .containsEntry("renderedBy", 2)
        .containsEntry("others", 2)
        .containsEntry("probability", 0.3109);
    @SuppressWarnings("unchecked")
    Map<String, Object> bead = ((List<Map<String, Object>>) r.details().get("beads")).get(0);
    assertThat(bead)
        .containsEntry("start", 0)
        .containsEntry("end", 18)
        .containsEntry("others", 2)
        .containsEntry("consensusMissing", 2.0)
        .containsEntry("lengthVsOthers", -0.6178)
        .containsEntry("chrfVsOthers", 0.3274)
        .containsEntry("probability", 0.3109);
    assertThat(METRIC.score(r.stats())).isEqualTo(0.3109442116537564);
  }

  @Test
  void withoutOtherSystemsTheSingleTranslationEvidenceDecides() {
    Document alone = doc(MEETING, "C", "He took part in a meeting yesterday.");
    Measurement r = METRIC.measure(EvaluationContext.of(alone, "C"));
    assertThat(r.details()).containsEntry("others", 0).containsEntry("probability", 0.0597);
    assertThat(r.findings())
        .isEmpty(); // 0.0597 is under the gate 0.08 and a two-word run is no fact
    Metric noConsensus =
        MetricRegistry.load()
            .create(List.of("OMISSION"), Map.of("OMISSION", Map.of("consensus", "false")))
            .get(0);
    Document three =
        doc(
            MEETING,
            "A",
            "Yesterday he attended a very important international meeting.",
            "B",
            "He took part in a very important international conference yesterday.",
            "C",
            "He took part in a meeting yesterday.");
    assertThat(noConsensus.score(noConsensus.measure(EvaluationContext.of(three, "C")).stats()))
        .isEqualTo(METRIC.score(r.stats()));
  }

  @Test
  void theEvaluatorSharesEachSystemsCoverageAcrossUnitsAndGivesTheSameResult() {
    Document d =
        doc(
            MEETING,
            "A",
            "Yesterday he attended a very important international meeting.",
            "B",
            "He took part in a very important international conference yesterday.",
            "C",
            "He took part in a meeting yesterday.");
    List<Metric> both = MetricRegistry.load().create(List.of("COVERAGE", "OMISSION"), Map.of());
    dev.verso.metric.DocumentResult r = new dev.verso.metric.Evaluator(both, 1).evaluate(d);
    for (dev.verso.metric.UnitResult u : r.units()) {
      Measurement alone = METRIC.measure(EvaluationContext.of(d, u.system()));
      assertThat(u.measurements().get("OMISSION").stats())
          .as(u.system())
          .containsExactly(alone.stats());
      assertThat(u.measurements().get("OMISSION").findings())
          .as(u.system())
          .isEqualTo(alone.findings());
    }
    java.util.concurrent.ConcurrentHashMap<Object, Object> cache =
        new java.util.concurrent.ConcurrentHashMap<>();
    EvaluationContext a = EvaluationContext.in(d, "A", cache);
    assertThat(a.forSystem("B")).isSameAs(EvaluationContext.in(d, "B", cache));
    assertThat(a.forSystem("A")).isSameAs(a);
  }

  @Test
  void aBlankTranslationOfAnotherSystemIsNoPseudoReference() {
    Document d = doc(MEETING, "C", "He took part in a meeting yesterday.", "D", "  ");
    assertThat(METRIC.measure(EvaluationContext.of(d, "C")).details()).containsEntry("others", 0);
  }

  @Test
  void seed000StillShowsTheDroppedJointLearningAndCoConstruction() {
    Document seed = SeedDocuments.load("000");
    Measurement r = METRIC.measure(EvaluationContext.of(seed, "default"));
    List<String> got =
        r.findings().stream()
            .map(
                f ->
                    f.check()
                        + " "
                        + f.severity().id()
                        + " "
                        + f.field()
                        + " "
                        + f.span().start()
                        + "-"
                        + f.span().end()
                        + " "
                        + f.span().of(seed.source().text()))
            .toList();
    // one system: a fact of the coverage rules, minor because the bead's probability (0.0263) is
    // under majorProbability
    assertThat(got).containsExactly("OMITTED_CONTENT minor source.text 42-46 联学共建");
    assertThat(r.findings().get(0).evidence())
        .containsEntry("bead", 0)
        .containsEntry("probability", 0.0263);
  }

  @Test
  void theDocumentScoreIsTheChanceThatSomeBeadOmitsAndTheCorpusScoreTheMean() {
    Document d = doc("他们种了五千棵树。今天下雨。", "B", "They planted 5,000 trees.");
    Measurement r = METRIC.measure(EvaluationContext.of(d, "B"));
    assertThat(r.stats()).containsExactly(1.0, 1.0);
    Document ok = doc("这是一个巨大的瓶颈。", "A", "This is a huge bottleneck.");
    Measurement s = METRIC.measure(EvaluationContext.of(ok, "A"));
    double[] sum = {r.stats()[0] + s.stats()[0], r.stats()[1] + s.stats()[1]};
    assertThat(METRIC.score(sum)).isEqualTo((1.0 + METRIC.score(s.stats())) / 2);
    assertThat(METRIC.higherIsBetter()).isFalse();
    assertThat(METRIC.statNames()).containsExactly("omissionProbability", "documents");
  }

  @Test
  void doesNotApplyWithoutASource() {
    Document d = Document.of("d", null, Map.of("s", new Passage(null, "Text.", "en")), Map.of());
    assertThat(METRIC.measure(EvaluationContext.of(d, "s")).applicable()).isFalse();
  }

  @Test
  void isRunByDefaultAndRejectsBadOptions() {
    MetricRegistry reg = MetricRegistry.load();
    assertThat(reg.providers())
        .filteredOn(p -> p.id().equals("OMISSION"))
        .extracting(MetricProvider::enabledByDefault)
        .containsExactly(true);
    assertThatThrownBy(
            () ->
                reg.create(
                    List.of("OMISSION"), Map.of("OMISSION", Map.of("majorProbability", "1.5"))))
        .hasMessage("metric OMISSION: option majorProbability must be between 0 and 1, got 1.5");
    assertThatThrownBy(
            () -> reg.create(List.of("OMISSION"), Map.of("OMISSION", Map.of("consensus", "maybe"))))
        .hasMessage("metric OMISSION: option 'consensus' must be true or false, got 'maybe'");
  }

  @Test
  void chrfCountsSharedCharacterNgramsWithRecallWeighedTwice() {
    assertThat(Consensus.chrf("abc", "abc")).isEqualTo(1.0);
    assertThat(Consensus.chrf("", "abc")).isEqualTo(0.0);
    // orders 1 and 2 ("ab" has no trigram): precision (1 + 1) / 2 = 1, recall (2/3 + 1/2) / 2 =
    // 7/12; F2 = 5 p r / (4 p + r)
    double p = 1.0;
    double r = (2.0 / 3 + 1.0 / 2) / 2;
    assertThat(Consensus.chrf("ab", "abc"))
        .isCloseTo(5 * p * r / (4 * p + r), org.assertj.core.data.Offset.offset(1e-12));
  }
}
