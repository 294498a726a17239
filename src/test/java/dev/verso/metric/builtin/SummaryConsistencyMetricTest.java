package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
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

class SummaryConsistencyMetricTest {
  private static final String TEXT =
      "On March 3, the city council approved a budget of 12 million dollars. The mayor, John Smith, said 40 people would be"
          + " hired. The council did not approve the new stadium. Acme Corp sued Globex over the contract.";

  private final Metric metric = new SummaryConsistencyMetric.Provider().create(Map.of());

  private static Document doc(Passage source, String title, String text, String summary) {
    return Document.of(
        "d",
        source,
        Map.of("s", new Passage(title, text, "en")),
        summary == null ? Map.of() : Map.of("s", summary));
  }

  private Measurement measure(Document d) {
    return metric.measure(EvaluationContext.of(d, "s"));
  }

  /** check, field text, expected span text, summary. */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "UNSUPPORTED_FACT",
            "March 5",
            3,
            "On March 5, the city council approved a budget of 12 million dollars."),
        Arguments.of("CONTRADICTION", "45", 15, "The mayor said 45 people would be hired."),
        Arguments.of("CONTRADICTION", "approved", 12, "The council approved the new stadium."),
        Arguments.of("CONTRADICTION", "never hired", 10, "The mayor never hired 40 people."),
        Arguments.of(
            "CONTRADICTION",
            "Globex sued Acme Corp",
            0,
            "Globex sued Acme Corp over the contract."),
        Arguments.of(
            "UNSUPPORTED_FACT", "Peter Jones", 0, "Peter Jones said 40 people would be hired."),
        Arguments.of(
            "UNSUPPORTED_FACT", "Initech", 32, "The council did not approve the Initech stadium."));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void flagsTheOffendingSummaryText(String check, String text, int start, String summary) {
    Measurement m = measure(doc(null, null, TEXT, summary));
    List<Finding> summaryFindings =
        m.findings().stream().filter(f -> f.field().equals("summary")).toList();
    assertThat(summaryFindings).hasSize(1);
    Finding f = summaryFindings.get(0);
    assertThat(f.check()).isEqualTo(check);
    assertThat(f.span().start()).isEqualTo(start);
    assertThat(f.span().of(summary)).isEqualTo(text);
  }

  @Test
  void explainsADifferentDateAndAChangedNumber() {
    Measurement m =
        measure(
            doc(
                null,
                null,
                TEXT,
                "On March 5, the council approved the budget. The mayor said 45 people would be hired."));
    assertThat(m.findings())
        .extracting(Finding::check, Finding::field, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "UNSUPPORTED_FACT",
                "summary",
                "The summary's date \u201cMarch 5\u201d differs from the supporting sentence's \u201cMarch 3\u201d."),
            org.assertj.core.groups.Tuple.tuple(
                "CONTRADICTION",
                "summary",
                "The summary says \u201c45\u201d where the translation says \u201c40\u201d."));
    // the lead's date is not omitted: the summary states a date, a wrong one, reported above
  }

  @Test
  void acceptsAHedgedNumberTheTranslationBearsOut() {
    assertThat(
            measure(doc(null, null, TEXT, "The mayor said more than 30 people would be hired."))
                .findings())
        .extracting(Finding::check)
        .containsExactly("KEY_FACT_OMITTED");
    assertThat(
            measure(doc(null, null, TEXT, "The mayor said more than 50 people would be hired."))
                .findings())
        .extracting(Finding::check)
        .containsExactly("UNSUPPORTED_FACT", "KEY_FACT_OMITTED");
  }

  @Test
  void readsNumbersWhoseDigitGroupsTheTranslationSplits() {
    String text = "The fund raised $ 10, 000 last year. Its reserve is 1. 7 million dollars.";
    assertThat(
            measure(
                    doc(
                        null,
                        null,
                        text,
                        "The fund raised $10,000. Its reserve is 1.7 million dollars."))
                .findings())
        .isEmpty();
  }

  @Test
  void aNegationInAnotherClauseIsNoFlip() {
    String text =
        "Grealish has not been fined over the incident and will be in the squad for the trip.";
    assertThat(
            measure(doc(null, null, text, "Grealish will be in the squad for the trip."))
                .findings())
        .isEmpty();
  }

  @Test
  void faithfulSummaryHasNoFindings() {
    Measurement m =
        measure(
            doc(
                null,
                "Council approves budget",
                TEXT,
                "On March 3, the city council approved a budget of 12 million dollars. The mayor said 40 people would be hired."));
    assertThat(m.findings()).isEmpty();
    assertThat(m.stats())
        .containsExactly(
            new double[] {1, 1, 2, 2, 3, 3}, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(metric.score(m.stats())).isEqualTo(1.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sentences = (List<Map<String, Object>>) m.details().get("sentences");
    assertThat(sentences)
        .extracting(s -> s.get("tgt"), s -> s.get("support"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of(0), 1.0),
            org.assertj.core.groups.Tuple.tuple(List.of(1), 1.0));
  }

  @Test
  void aNovelNameLowersTheSupportWithoutAFinding() {
    // lower-cased, so no name fact: the novel rare word is listed, and costs nothing beyond the
    // overlap it lacks
    String summary = "The mayor said 40 people would be hired in springfield.";
    Measurement m = measure(doc(null, null, TEXT, summary));
    assertThat(m.findings()).extracting(Finding::check).containsExactly("KEY_FACT_OMITTED");
    @SuppressWarnings("unchecked")
    Map<String, Object> d = ((List<Map<String, Object>>) m.details().get("sentences")).get(0);
    assertThat(d.get("novel"))
        .isEqualTo(List.of(Map.of("kind", "rare", "span", List.of(43, 54), "text", "springfield")));
    assertThat(d.get("novelRare")).isEqualTo(1);
    assertThat(d.get("bestShare")).isEqualTo(0.808);
    assertThat(d.get("support")).isEqualTo(0.866); // 0.3 + 0.7 x 0.808
  }

  @Test
  void aFactTheSourceStatesIsSupported() {
    Passage source = new Passage(null, "4月6日，商务部电子商务司召开会议。", "zh");
    Document d =
        doc(
            source,
            null,
            "The Department of E-Commerce of the Ministry of Commerce held a meeting.",
            "On April 6, the Department of E-Commerce of the Ministry of Commerce held a meeting.");
    assertThat(measure(d).findings()).isEmpty();
    Document noSource = doc(null, null, d.translations().get("s").text(), d.summaryFor("s"));
    assertThat(measure(noSource).findings())
        .extracting(Finding::check, f -> f.span().of(d.summaryFor("s")))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("UNSUPPORTED_FACT", "April 6"));
  }

  private static final String OMISSION_TEXT =
      "On March 3, the Ministry of Finance opened a plant in Geneva, its first since 2015. "
          + "Delegates from the World Health Organization visited it. The World Health Organization praised the plant. "
          + "Investors expect sales of $ 5 million. A report by the World Health Organization followed.";

  /** summary, the translation text of each KEY_FACT_OMITTED (empty: none). */
  static Stream<Arguments> omissions() {
    return Stream.of(
        // lead who and when, and a fact in three sentences, all left out
        Arguments.of(
            "A plant opened in Geneva.",
            List.of("March 3", "Ministry of Finance", "World Health Organization")),
        // the lead's facts are there; the recurring organisation is not
        Arguments.of(
            "On March 3, the Ministry of Finance opened a plant in Geneva.",
            List.of("World Health Organization")),
        // a part of a name is enough ("ministry"), and a different date is an unsupported fact, not
        // an omission
        Arguments.of(
            "On March 4, the ministry opened a plant the World Health Organization praised.",
            List.of()),
        // the bare year 2015 of the lead and the amount in one sentence only are not key facts
        Arguments.of(
            "On March 3, the Ministry of Finance opened a plant that the WHO praised.", List.of()));
  }

  @ParameterizedTest
  @MethodSource("omissions")
  void flagsOnlyKeyFactsClearlyLeftOut(String summary, List<String> omitted) {
    Measurement m = measure(doc(null, null, OMISSION_TEXT, summary));
    assertThat(
            m.findings().stream()
                .filter(f -> f.check().equals("KEY_FACT_OMITTED"))
                .map(f -> f.span().of(OMISSION_TEXT))
                .toList())
        .isEqualTo(omitted);
  }

  @Test
  void explainsAnOmission() {
    Measurement m =
        measure(
            doc(
                null,
                null,
                OMISSION_TEXT,
                "On March 3, the Ministry of Finance opened a plant in Geneva."));
    assertThat(m.findings())
        .extracting(Finding::check, Finding::field, Finding::message, f -> f.span().start())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "KEY_FACT_OMITTED",
                "translation.text",
                "The summary leaves out a recurring organisation \u201cWorld Health Organization\u201d.",
                103));
    assertThat(m.findings().get(0).evidence()).isEqualTo(Map.of("sentences", List.of(1, 2, 4)));
  }

  @Test
  void flagsATitleNamingWhatTheContentDoesNot() {
    String title = "Globex and Initech Corporation sign deal";
    Measurement m = measure(doc(null, title, "Globex signed a supply deal on Monday.", null));
    assertThat(m.applicable()).isFalse();
    assertThat(m.note()).isEqualTo("no summary");
    assertThat(m.findings())
        .extracting(Finding::check, Finding::field, f -> f.span().of(title))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "TITLE_MISMATCH", "translation.title", "Initech Corporation"));
  }

  @Test
  void flagsATitleFactTheSourceTitleContradicts() {
    Passage source = new Passage("4月6日商务部召开会议", "4月6日，商务部召开会议。", "zh");
    String title = "Ministry of Commerce holds meeting on April 7";
    Measurement m =
        measure(doc(source, title, "On April 6, the Ministry of Commerce held a meeting.", null));
    assertThat(m.findings())
        .extracting(Finding::check, f -> f.span().of(title), Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "TITLE_MISMATCH",
                "April 7",
                "The title's date \u201cApril 7\u201d does not match the source title."));
  }

  @Test
  void flagsAnotherOrganisationInTheSupportedRole() {
    String text =
        "The Ministry of Finance signed the agreement with the World Bank in Beijing on Monday.";
    String summary =
        "The Ministry of Finance signed the agreement with the Asian Development Bank in Beijing on Monday.";
    Measurement m = measure(doc(null, null, text, summary));
    // the World Bank is replaced, not left out: one finding, no KEY_FACT_OMITTED beside it
    assertThat(m.findings())
        .extracting(Finding::check, Finding::field)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("UNSUPPORTED_FACT", "summary"));
    assertThat(m.findings().subList(0, 1))
        .extracting(Finding::check, f -> f.span().of(summary), Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "UNSUPPORTED_FACT",
                "Asian Development Bank",
                "The summary's organisation \u201cAsian Development Bank\u201d differs from the supporting sentence's \u201cWorld Bank\u201d."));
  }

  @Test
  void randomTextNeverBreaksAndSpansStayInside() {
    String[] pieces = {
      "The",
      "Acme Corp",
      "did",
      "not",
      "sue",
      "Globex",
      "on",
      "March 3",
      ",",
      ".",
      "12",
      "10, 000",
      "1. 7",
      "million",
      "more than",
      "40",
      "people",
      "(CFNSO)",
      "n't",
      "-",
      "\"",
      "\n",
      "World Bank",
      "27-year-old",
      "$",
      "%"
    };
    java.util.Random r = new java.util.Random(7);
    for (int n = 0; n < 200; n++) {
      String text = random(r, pieces, 30);
      String summary = random(r, pieces, 12);
      String title = random(r, pieces, 6);
      Measurement m = measure(doc(null, title, text, summary));
      for (Finding f : m.findings()) {
        String raw =
            f.field().equals("summary")
                ? summary
                : f.field().equals("translation.title") ? title : text;
        assertThat(f.span().end()).isLessThanOrEqualTo(raw.length());
      }
      if (m.applicable()) {
        assertThat(metric.score(m.stats())).isBetween(0.0, 1.0);
      }
    }
  }

  private static String random(java.util.Random r, String[] pieces, int max) {
    StringBuilder b = new StringBuilder();
    int len = r.nextInt(max + 1);
    for (int i = 0; i < len; i++) {
      b.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    return b.toString();
  }

  @Test
  void seed000SummaryIsSupported() {
    Document d = SeedDocuments.load("000");
    Measurement m = metric.measure(EvaluationContext.of(d, "default"));
    assertThat(m.findings())
        .extracting(Finding::check)
        .doesNotContain("UNSUPPORTED_FACT", "CONTRADICTION");
    // the one note is a paraphrase WordNet cannot link: "with the purpose of" for the translation's
    // "in order to"
    assertThat(m.findings())
        .extracting(Finding::check, Finding::severity, f -> f.span().of(d.summaryFor("default")))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "UNSUPPORTED_WORD", dev.verso.model.Severity.INFO, "purpose"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sentences = (List<Map<String, Object>>) m.details().get("sentences");
    assertThat(sentences)
        .extracting(s -> s.get("tgt"), s -> s.get("src"), s -> s.get("supportedFacts"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(List.of(0), List.of(0), 6),
            org.assertj.core.groups.Tuple.tuple(List.of(1), List.of(1), 5),
            org.assertj.core.groups.Tuple.tuple(List.of(1), List.of(1), 4),
            org.assertj.core.groups.Tuple.tuple(List.of(2), List.of(2), 1));
    assertThat(sentences).extracting(s -> s.get("problems")).containsExactly(0, 0, 0, 0);
    assertThat(sentences)
        .extracting(s -> s.get("novelNumbers"), s -> s.get("novelRare"), s -> s.get("support"))
        .containsExactly(
            // 0.3 + 0.7 x bestShare; the second also x 0.95 for its unlinked "purpose"
            org.assertj.core.groups.Tuple.tuple(0, 0, 0.889),
                org.assertj.core.groups.Tuple.tuple(0, 0, 0.904),
            org.assertj.core.groups.Tuple.tuple(0, 0, 1.0),
                org.assertj.core.groups.Tuple.tuple(0, 0, 1.0));
    assertThat(m.stats())
        .containsExactly(
            new double[] {0.889, 1, 3.793, 4, 16, 16}, org.assertj.core.data.Offset.offset(1e-9));
  }
}
