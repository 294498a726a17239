package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * TRANSLATION_DEFECTS through the evaluator: the bundled seeds end to end, boilerplate learnt from
 * lines recurring across documents, options, statistics and random text.
 */
class TranslationDefectsCorpusTest {

  private static List<String> findings(EvaluationResult r) {
    List<String> out = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      for (UnitResult u : d.units()) {
        for (Finding f : u.findings()) {
          String text = Fields.text(d.document(), u.system(), f.field());
          out.add(
              d.document().id()
                  + " "
                  + f.check()
                  + " "
                  + f.severity().id()
                  + " "
                  + f.span().start()
                  + "-"
                  + f.span().end()
                  + " \""
                  + f.span().of(text).replace("\n", "\\n")
                  + "\"");
        }
      }
    }
    return out;
  }

  @Test
  void seedsShowTheirWebBoilerplateAndNothingElse() {
    ReadResult read = InputReader.read(Path.of("seeds"), Document.DEFAULT_SYSTEM);
    assertThat(read.documents()).hasSize(5);
    Metric m = TranslationDefectsMetricTest.metric(Map.of());
    EvaluationResult r =
        new Evaluator(List.of(m), 1).evaluateAll(read.documents(), read.problems());
    assertThat(findings(r))
        .containsExactly(
            "001_989d453457ff62a8 BOILERPLATE major 2414-2538 \"Leave a Comment\\n\\nYour email address will not be"
                + " published. Required fields are marked *\\n\\nScroll to Top\\n× How can I help you?\"",
            "003_5350cc78e79839d4 BOILERPLATE minor 139-155 \"2023-03-31 17:39\"",
            "003_5350cc78e79839d4 BOILERPLATE minor 3210-3222 \"Related News\"",
            "004_8838aec33d85e429 BOILERPLATE minor 0-105 \"Mr. Wang Bingnan\\n\\nMember of the CPC Leadership"
                + " Group of the Ministry of Commerce of PRC and Vice Minister\"");
    Finding f001 = r.documents().get(1).units().get(0).findings().get(0);
    assertThat(f001.message())
        .isEqualTo(
            "Web-page boilerplate at the end of the text (chat widget, comment form, navigation; 4 lines):"
                + " it is not part of the article; remove it");
    assertThat(f001.evidence())
        .isEqualTo(
            Map.of(
                "position",
                "trailing",
                "lines",
                4,
                "categories",
                List.of("chat widget", "comment form", "navigation")));
  }

  private static final String[] BODY = {
    "The provincial association held its annual meeting on Tuesday and reviewed the work of the past year.",
    "Exporters in the city reported higher orders in the first quarter, the commerce bureau said on Friday.",
    "The new logistics park will open next spring and is expected to employ about two thousand people.",
    "Officials visited three villages to study how e-commerce has changed the sale of local tea.",
  };

  private static Document site(String id, String body, boolean footer, String hotline) {
    String text =
        body
            + "\n"
            + (footer
                ? "Sponsored by the Municipal Commerce Bureau Information Centre\nHotline "
                    + hotline
                    + "\n"
                : "")
            + "Document "
            + id
            + " ends here, the organisers said.\nThank you.";
    return Document.of(id, null, Map.of("sys", new Passage(null, text, "en")), Map.of());
  }

  private static List<Document> siteCorpus() {
    return List.of(
        site("a", BODY[0], true, "0571 8765 4321"),
        site("b", BODY[1], true, "0571 1234 5678"),
        site("c", BODY[2], false, ""),
        site("d", BODY[3], true, "0571 5555 0000"));
  }

  /**
   * Every document has the footer but c; every one ends with "Thank you.", a short sentence, not
   * learnt.
   */
  @Test
  void learnsLinesRecurringAcrossDocumentsOfASystem() {
    EvaluationResult r =
        new Evaluator(List.of(TranslationDefectsMetricTest.metric(Map.of())), 1)
            .evaluateAll(siteCorpus(), List.of());
    assertThat(findings(r))
        .containsExactly(
            "a BOILERPLATE minor 102-186 \"Sponsored by the Municipal Commerce Bureau Information Centre\\nHotline 0571 8765 4321\"",
            "b BOILERPLATE minor 103-187 \"Sponsored by the Municipal Commerce Bureau Information Centre\\nHotline 0571 1234 5678\"",
            "d BOILERPLATE minor 92-176 \"Sponsored by the Municipal Commerce Bureau Information Centre\\nHotline 0571 5555 0000\"");
    Finding f = r.documents().get(0).units().get(0).findings().get(0);
    assertThat(f.message())
        .isEqualTo(
            "These 2 lines recur verbatim in at least 3 of 4 documents of system sys: likely site boilerplate,"
                + " not part of the article");
    assertThat(f.evidence()).isEqualTo(Map.of("position", "recurring", "lines", 2, "documents", 3));
  }

  @Test
  void corpusThresholdsAreOptions() {
    for (Map<String, String> o :
        List.of(
            Map.of("corpusMinDocuments", "4"),
            Map.of("corpusMinShare", "0.9"),
            Map.of("corpusMinDocuments", "0"),
            Map.of("checks", "MOJIBAKE,TRUNCATED"))) {
      EvaluationResult r =
          new Evaluator(List.of(TranslationDefectsMetricTest.metric(o)), 1)
              .evaluateAll(siteCorpus(), List.of());
      assertThat(findings(r)).as(o.toString()).isEmpty();
    }
  }

  @Test
  void rejectsUnknownOptionsAndChecks() {
    assertThatThrownBy(() -> TranslationDefectsMetricTest.metric(Map.of("minWords", "3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "metric TRANSLATION_DEFECTS: unknown option 'minWords' (known: checks, corpusMaxWords,"
                + " corpusMinDocuments, corpusMinShare, corpusMinWords, repeatMinWords)");
    assertThatThrownBy(
            () -> TranslationDefectsMetricTest.metric(Map.of("checks", "BOILERPLATE,TYPOS")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "metric TRANSLATION_DEFECTS: option 'checks': unknown check 'TYPOS' (known: BOILERPLATE,"
                + " TRUNCATED, MOJIBAKE, REPEATED_PARAGRAPH)");
    assertThatThrownBy(() -> TranslationDefectsMetricTest.metric(Map.of("corpusMinShare", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("metric TRANSLATION_DEFECTS: option 'corpusMinShare' must be between 0 and 1");
  }

  @Test
  void statisticsCountDefectiveCharactersOnce() {
    String text = "CafÃ© owners met.\nRelated News";
    Document d = TranslationDefectsMetricTest.doc(null, text);
    Metric m = TranslationDefectsMetricTest.metric(Map.of());
    Measurement ms = m.measure(EvaluationContext.of(d, "sys"));
    assertThat(m.statNames())
        .containsExactly(
            "defectiveChars",
            "characters",
            "boilerplateChars",
            "mojibakeChars",
            "repeatedChars",
            "truncatedTexts",
            "texts");
    assertThat(ms.stats()).containsExactly(14, 30, 12, 2, 0, 0, 1);
    assertThat(m.score(ms.stats())).isEqualTo(1 - 14.0 / 30);
    assertThat(m.score(new double[7])).isEqualTo(1.0);
  }

  @Test
  void aTurkishDefaultLocaleChangesNothing() {
    List<String> expected = new ArrayList<>();
    List<String> turkish = new ArrayList<>();
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      for (java.util.Locale l :
          List.of(java.util.Locale.ROOT, java.util.Locale.forLanguageTag("tr-TR"))) {
        java.util.Locale.setDefault(l);
        Metric m = TranslationDefectsMetricTest.metric(Map.of());
        List<String> out = l.equals(java.util.Locale.ROOT) ? expected : turkish;
        TranslationDefectsMetricTest.examples()
            .forEach(
                a -> {
                  Object[] args = a.get();
                  Document d = TranslationDefectsMetricTest.doc((String) args[1], (String) args[2]);
                  for (Finding f : m.measure(EvaluationContext.of(d, "sys")).findings()) {
                    out.add(TranslationDefectsMetricTest.describe(f, d));
                  }
                });
        out.addAll(findings(new Evaluator(List.of(m), 1).evaluateAll(siteCorpus(), List.of())));
      }
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(expected).hasSize(32);
    assertThat(turkish).isEqualTo(expected);
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInside() {
    String[] pieces = {
      "Leave a comment",
      "\n",
      "\r\n",
      " ",
      "Ã",
      "©",
      "â€",
      "™",
      "\uFFFD",
      "\u0085",
      "Mr. Li",
      "Member of",
      "Related News",
      "2024-01-02",
      "and",
      ",",
      ".",
      "\"",
      "”",
      "The meeting was held in Beijing.",
      "…",
      "Source: X",
      "×",
      "ä¸",
      "\uD83D\uDE00",
      "\uD83D",
      "(",
      ")",
      "|",
      "Copyright ©"
    };
    Random rnd = new Random(7);
    Metric m = TranslationDefectsMetricTest.metric(Map.of());
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(30);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      Document d = TranslationDefectsMetricTest.doc(rnd.nextBoolean() ? "会议在北京举行。" : null, text);
      for (Finding f : m.measure(EvaluationContext.of(d, "sys")).findings()) {
        assertThat(f.span().fitsIn(text.length())).as(text).isTrue();
      }
    }
  }
}
