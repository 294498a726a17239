package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small edit of a faithful summary per edit type, each caught with its exact span, and faithful
 * paraphrases that stay clean.
 */
class SummaryEditTableTest {
  private static final String TEXT =
      "Acme Corp acquired Globex in 2019 for 3 million dollars. Sales increased by 20 percent last year."
          + " The new plant may open in the spring. The company did not cut any jobs. The regulator fined the bank in March.";

  private final Metric metric = new SummaryConsistencyMetric.Provider().create(Map.of());

  private List<Finding> findings(String summary) {
    Document d =
        Document.of("d", null, Map.of("s", new Passage(null, TEXT, "en")), Map.of("s", summary));
    Measurement m = metric.measure(EvaluationContext.of(d, "s"));
    return m.findings().stream().filter(f -> f.field().equals("summary")).toList();
  }

  /**
   * edit type, check, severity, the flagged summary text, its start, the supporting text it
   * contradicts (or null), summary.
   */
  static Stream<Arguments> edits() {
    return Stream.of(
        Arguments.of(
            "entity",
            "UNSUPPORTED_FACT",
            "Initech",
            19,
            null,
            "Acme Corp acquired Initech in 2019 for 3 million dollars."),
        Arguments.of(
            "entity",
            "CONTRADICTION",
            "autumn",
            30,
            "spring",
            "The new plant may open in the autumn."),
        Arguments.of(
            "date",
            "UNSUPPORTED_FACT",
            "2018",
            29,
            null,
            "Acme Corp acquired Globex in 2018 for 3 million dollars."),
        Arguments.of(
            "number",
            "CONTRADICTION",
            "25 percent",
            19,
            null,
            "Sales increased by 25 percent last year."),
        Arguments.of(
            "negation",
            "CONTRADICTION",
            "not increase",
            10,
            null,
            "Sales did not increase last year."),
        Arguments.of("negation", "CONTRADICTION", "cut", 12, null, "The company cut many jobs."),
        Arguments.of(
            "negation",
            "CONTRADICTION",
            "failed to increase",
            6,
            null,
            "Sales failed to increase last year."),
        Arguments.of(
            "antonym",
            "CONTRADICTION",
            "decreased",
            6,
            "increased",
            "Sales decreased by 20 percent last year."),
        Arguments.of(
            "modality",
            "CONTRADICTION",
            "will",
            14,
            "may",
            "The new plant will open in the spring."),
        Arguments.of(
            "relation",
            "CONTRADICTION",
            "Globex acquired Acme Corp",
            0,
            null,
            "Globex acquired Acme Corp in 2019."),
        Arguments.of(
            "relation",
            "CONTRADICTION",
            "bank fined the regulator",
            4,
            "regulator fined the bank",
            "The bank fined the regulator in March."),
        Arguments.of(
            "addition",
            "UNSUPPORTED_WORD",
            "robots",
            9,
            null,
            "Sales of robots increased by 20 percent last year."));
  }

  @ParameterizedTest
  @MethodSource("edits")
  void catchesEachKindOfEditWithItsSpan(
      String edit, String check, String text, int start, String support, String summary) {
    List<Finding> found = findings(summary);
    assertThat(found)
        .extracting(
            Finding::check,
            f -> f.span().of(summary),
            f -> f.span().start(),
            f -> f.evidence().get("edit"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(check, text, start, edit));
    Finding f = found.get(0);
    assertThat(f.evidence()).containsKey("tgtSpan");
    if (support != null) {
      @SuppressWarnings("unchecked")
      List<Integer> sp = (List<Integer>) f.evidence().get("supportSpan");
      assertThat(TEXT.substring(sp.get(0), sp.get(1))).isEqualTo(support);
    }
  }

  @org.junit.jupiter.api.Test
  void namesTheSwappedThingAndItsSupportInTheMessage() {
    assertThat(findings("The new plant may open in the autumn."))
        .extracting(Finding::message)
        .containsExactly(
            "The summary says \u201cautumn\u201d where its supporting sentence names another of the kind, \u201cspring\u201d:"
                + " \u201cThe new plant may open in the spring.\u201d.");
  }

  /** Faithful paraphrases: other words, same facts. */
  static Stream<String> paraphrases() {
    return Stream.of(
        "Sales rose by 20 percent last year.",
        "Acme Corp bought Globex in 2019 for 3 million dollars.",
        "The company did not eliminate any jobs.",
        "The company refused to cut any jobs.",
        "The new plant might open in the spring.",
        "In March the bank was fined by the regulator.",
        "Globex was acquired by Acme Corp in 2019.");
  }

  @ParameterizedTest
  @MethodSource("paraphrases")
  void leavesFaithfulParaphrasesClean(String summary) {
    assertThat(findings(summary)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }

  /** A text whose sentences a summary sentence full of its own words matches only weakly. */
  private static final String SHOW =
      "The podcast hosts talk about the new season of the show. They review the first three"
          + " episodes in detail. The hosts say the pacing is slow but the acting is strong. They give"
          + " no examples of scenes they disliked. Listeners are invited to send questions by email.";

  private List<Finding> findingsAgainst(String text, String summary) {
    Document d =
        Document.of("d", null, Map.of("s", new Passage(null, text, "en")), Map.of("s", summary));
    Measurement m = metric.measure(EvaluationContext.of(d, "s"));
    return m.findings().stream()
        .filter(f -> f.field().equals("summary") && f.severity() != Severity.INFO)
        .toList();
  }

  @org.junit.jupiter.api.Test
  void flagsANegationTheTextNeverStatesInAWeaklySupportedSentence() {
    String summary =
        "Fans, critics and casual viewers of the drama learn that the hosts did not review the"
            + " episodes.";
    List<Finding> found = findingsAgainst(SHOW, summary);
    assertThat(found)
        .extracting(Finding::check, f -> f.span().of(summary), f -> f.span().start())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CONTRADICTION", "not review", 71));
    Finding f = found.get(0);
    assertThat(f.message())
        .isEqualTo(
            "The summary says \u201cnot review\u201d where the translation never negates"
                + " \u201creview\u201d: \u201cThey review the first three episodes in detail.\u201d.");
    assertThat(f.evidence())
        .containsEntry("edit", "negation")
        .containsEntry("tgt", 1)
        .containsEntry("tgtSpan", List.of(57, 104))
        .containsEntry("supportSpan", List.of(62, 68));
  }

  /**
   * Negations of weakly supported sentences that the text bears out: it negates one of the first
   * two words in the negation's scope, or the negation is one of its own ("fails to").
   */
  static Stream<String> negationsTheTextStates() {
    return Stream.of(
        "Fans, critics and casual viewers of the drama hear that the hosts did not provide any"
            + " examples.",
        "Fans, critics and casual viewers of the drama hear that the hosts fail to give examples.");
  }

  @ParameterizedTest
  @MethodSource("negationsTheTextStates")
  void leavesNegationsTheTextStatesClean(String summary) {
    assertThat(findingsAgainst(SHOW, summary)).isEmpty();
  }
}
