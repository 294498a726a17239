package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.metric.CorpusMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AcronymConsistencyMetricTest {

  private static final Metric METRIC = new AcronymConsistencyMetric.Provider().create(Map.of());

  static Document doc(String title, String text, String summary) {
    Map<String, String> summaries = new HashMap<>();
    if (summary != null) {
      summaries.put("default", summary);
    }
    return Document.of("d", null, Map.of("default", new Passage(title, text, "en")), summaries);
  }

  static Measurement measure(Document d) {
    return METRIC.measure(EvaluationContext.of(d, "default"));
  }

  /** "CHECK field [start,end) covered-text -> suggestions". */
  static String describe(Finding f, Document d) {
    String text =
        switch (f.field()) {
          case "translation.title" -> d.translations().get("default").title();
          case "translation.text" -> d.translations().get("default").text();
          case "summary" -> d.summaryFor("default");
          default -> throw new AssertionError(f.field());
        };
    return f.check()
        + " "
        + f.field()
        + " ["
        + f.span().start()
        + ","
        + f.span().end()
        + ") "
        + f.span().of(text)
        + (f.suggestions().isEmpty() ? "" : " -> " + f.suggestions());
  }

  /** (case, title, text, summary, expected findings, expected stats). */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "drift after a definition",
            null,
            "The China Federation of Network Social Organizations (CFNSO) met. Later the CNSO signed.",
            null,
            List.of("ACRONYM_DRIFT translation.text [76,80) CNSO -> [CFNSO]"),
            "1/2"),
        Arguments.of(
            "swapped letters drift",
            null,
            "The China Federation of Network Social Organizations (CFNSO) met. Later the CFSNO signed.",
            null,
            List.of("ACRONYM_DRIFT translation.text [76,81) CFSNO -> [CFNSO]"),
            "1/2"),
        Arguments.of(
            "the text's definition covers the summary",
            null,
            "The China Federation of Network Social Organizations (CFNSO) met.",
            "The CNSO signed a memorandum.",
            List.of("ACRONYM_DRIFT summary [4,8) CNSO -> [CFNSO]"),
            "1/2"),
        Arguments.of(
            "drift in the title",
            "CNSO signs memorandum",
            "The China Federation of Network Social Organizations (CFNSO) met.",
            null,
            List.of("ACRONYM_DRIFT translation.title [0,4) CNSO -> [CFNSO]"),
            "1/2"),
        Arguments.of(
            "one short form, two long forms",
            null,
            "The Working Group (WG) met. Later the Writing Guild (WG) left.",
            null,
            List.of("ACRONYM_REDEFINED translation.text [53,55) WG"),
            "1/2"),
        Arguments.of(
            "undefined acronym reported once",
            null,
            "The MOFCOM said that MOFCOM will act.",
            null,
            List.of("UNDEFINED_ACRONYM translation.text [4,10) MOFCOM"),
            "2/2"),
        Arguments.of(
            "well-known acronyms need no definition",
            "CPC and UN",
            "The CPC, the UN, the U.S. and the WHO met on COVID-19.",
            "The PRC agreed.",
            List.of(),
            "8/8"),
        Arguments.of(
            "use before the definition",
            null,
            "The CICEC met. The China International Center for Electronic Commerce (CICEC) was founded.",
            null,
            List.of("ACRONYM_BEFORE_DEFINITION translation.text [4,9) CICEC"),
            "1/2"),
        Arguments.of(
            "the title may use what the text defines",
            "CICEC opens",
            "The China International Center for Electronic Commerce (CICEC) opened.",
            null,
            List.of(),
            "2/2"),
        Arguments.of(
            "one long form, two short forms",
            null,
            "The Ministry of Commerce (MOFCOM) spoke.",
            "The Ministry of Commerce (MOC) spoke.",
            List.of("ACRONYM_DRIFT summary [26,29) MOC -> [MOFCOM]"),
            "1/2"),
        Arguments.of(
            "a different three-letter acronym is not a drift",
            null,
            "The Ministry of Education (MOE) met the MOC.",
            null,
            List.of("UNDEFINED_ACRONYM translation.text [40,43) MOC"),
            "2/2"),
        Arguments.of(
            "an acronym of part of the long form is not a drift",
            null,
            "The Asian Infrastructure Investment Bank Board (AIIBB) and the AIIB met.",
            null,
            List.of("UNDEFINED_ACRONYM translation.text [63,67) AIIB"),
            "2/2"),
        Arguments.of(
            "dotted short forms match their undotted uses",
            null,
            "The U.N.C. (United Nations Command) met. The UNC left.",
            null,
            List.of(),
            "2/2"),
        Arguments.of(
            "headlines in capitals hold no acronyms",
            "CHINA AND THE WORLD MEET AGAIN",
            "Phase II of the plan began.",
            null,
            List.of(),
            "0/0"),
        Arguments.of(
            "a mixed-case short form is defined and its uses are counted",
            null,
            "Small interfering RNA (siRNA) silenced it; the siRNAs were stable.",
            null,
            List.of(),
            "2/2"),
        Arguments.of(
            "a mixed-case use before its definition",
            null,
            "The siRNA worked. Small interfering RNA (siRNA) is short.",
            null,
            List.of("ACRONYM_BEFORE_DEFINITION translation.text [4,9) siRNA"),
            "1/2"),
        Arguments.of(
            "a mixed-case short form redefined",
            null,
            "Immunoglobulin G (IgG) rose. Later the immunoglobulin gamma (IgG) fell.",
            null,
            List.of("ACRONYM_REDEFINED translation.text [61,64) IgG"),
            "1/2"),
        Arguments.of(
            "a hyphenated short form is one use, not an undefined LDL",
            null,
            "Low-density lipoprotein cholesterol (LDL-C) fell; LDL-C rose again.",
            null,
            List.of(),
            "2/2"),
        Arguments.of(
            "a plural definition covers its singular uses",
            null,
            "The event-related potentials (ERPs) differed; one ERP was late.",
            null,
            List.of(),
            "2/2"),
        Arguments.of(
            "a possessive definition",
            null,
            "The World Health Organization's (WHO's) guidance; the WHO agreed.",
            null,
            List.of(),
            "2/2"),
        Arguments.of(
            "one-letter definitions are listed but not checked",
            null,
            "Volume is length (L) times width (W); a length (L) again.",
            null,
            List.of(),
            "0/0"));
  }

  @Test
  void detailsListEveryDefinitionAsWritten() {
    Document d =
        doc(
            "Immunoglobulin G (IgG) levels",
            "The event-related potentials (ERPs) and length (L).",
            null);
    Object defs = measure(d).details().get("definitions");
    assertThat(defs.toString())
        .isEqualTo(
            "[{short=IgG, key=IgG, long=Immunoglobulin G, field=translation.title, start=18, end=21, longStart=0, longEnd=16},"
                + " {short=ERPs, key=ERP, long=event-related potentials, field=translation.text, start=30, end=34, longStart=4, longEnd=28},"
                + " {short=L, key=L, long=length, field=translation.text, start=48, end=49, longStart=40, longEnd=46}]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportsAcronymProblemsWithExactSpans(
      String name, String title, String text, String summary, List<String> expected, String stats) {
    Document d = doc(title, text, summary);
    Measurement m = measure(d);
    assertThat(m.findings().stream().map(f -> describe(f, d)).toList()).isEqualTo(expected);
    assertThat((int) m.stats()[0] + "/" + (int) m.stats()[1]).isEqualTo(stats);
  }

  @Test
  void randomTextNeverThrowsAndFindingsStayInsideTheirField() {
    java.util.Random r = new java.util.Random(7);
    String alphabet = "ABCNO abc()[].,-\n（）CFNSO U.S. of ";
    for (int n = 0; n < 1000; n++) {
      String[] parts = new String[3];
      for (int k = 0; k < 3; k++) {
        StringBuilder sb = new StringBuilder();
        int len = r.nextInt(60);
        for (int i = 0; i < len; i++) {
          sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        parts[k] = sb.toString();
      }
      Document d = doc(parts[0], parts[1], parts[2]);
      Measurement m = measure(d);
      assertThat(m.stats()[0]).isBetween(0.0, m.stats()[1]);
      for (Finding f : m.findings()) {
        describe(f, d); // throws when the span does not fit its field
      }
    }
  }

  @Test
  void seed000FlagsCnsoInTextAndSummary() {
    Document d = SeedDocuments.load("000");
    Measurement m = measure(d);
    assertThat(m.findings().stream().map(f -> describe(f, d)).toList())
        .containsExactly(
            "ACRONYM_DRIFT translation.text [490,494) CNSO -> [CFNSO]",
            "ACRONYM_DRIFT summary [505,509) CNSO -> [CFNSO]");
    assertThat(m.stats()).containsExactly(7, 9);
    assertThat(METRIC.score(m.stats())).isEqualTo(7.0 / 9);
    assertThat(m.findings().get(0).message())
        .isEqualTo(
            "\"CNSO\" looks like a variant of the acronym \"CFNSO\" (China Federation of Network Social"
                + " Organizations) defined in translation.text; use one form");
    assertThat(m.findings().get(0).severity()).isEqualTo(Severity.MAJOR);
  }

  @Test
  void seedsWithoutDriftGiveNoDrift() {
    for (String n : List.of("001", "002", "003", "004")) {
      Document d = SeedDocuments.load(n);
      assertThat(measure(d).findings()).noneMatch(f -> f.check().equals("ACRONYM_DRIFT"));
    }
    Document d4 = SeedDocuments.load("004");
    assertThat(measure(d4).findings().stream().map(f -> describe(f, d4)).toList())
        .containsExactly("UNDEFINED_ACRONYM translation.text [308,314) MOFCOM");
  }

  @Test
  void allowListOptionsAndSeverity(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("allow.txt");
    Files.writeString(file, "# ministries\nMOFCOM  # commerce\n", StandardCharsets.UTF_8);
    Document d = doc(null, "The MOFCOM and the MIIT and the CPC met.", null);
    Metric fromFile =
        new AcronymConsistencyMetric.Provider().create(Map.of("allowFile", file.toString()));
    assertThat(
            fromFile.measure(EvaluationContext.of(d, "default")).findings().stream()
                .map(f -> describe(f, d)))
        .containsExactly("UNDEFINED_ACRONYM translation.text [19,23) MIIT");
    Metric strict =
        new AcronymConsistencyMetric.Provider()
            .create(
                Map.of(
                    "defaultAllowList",
                    "false",
                    "allow",
                    "MIIT, MOFCOM",
                    "undefinedSeverity",
                    "minor"));
    List<Finding> fs = strict.measure(EvaluationContext.of(d, "default")).findings();
    assertThat(fs.stream().map(f -> describe(f, d)))
        .containsExactly("UNDEFINED_ACRONYM translation.text [32,35) CPC");
    assertThat(fs.get(0).severity()).isEqualTo(Severity.MINOR);
    assertThatThrownBy(() -> new AcronymConsistencyMetric.Provider().create(Map.of("alow", "X")))
        .hasMessage(
            "metric ACRONYM_CONSISTENCY: unknown option 'alow' (known: allow, allowFile, defaultAllowList, undefinedSeverity)");
    assertThatThrownBy(
            () ->
                new AcronymConsistencyMetric.Provider()
                    .create(Map.of("allowFile", dir.resolve("none.txt").toString())))
        .hasMessageStartingWith("metric ACRONYM_CONSISTENCY: cannot read allowFile");
  }

  @Test
  void nearVariantRules() {
    String lf = "China Federation of Network Social Organizations";
    assertThat(AcronymConsistencyMetric.initials(lf)).isEqualTo("CFNSO");
    assertThat(AcronymConsistencyMetric.isNearVariant("CNSO", "CFNSO", lf)).isTrue();
    assertThat(AcronymConsistencyMetric.isNearVariant("CFO", "CFNSO", lf)).isTrue();
    assertThat(AcronymConsistencyMetric.isNearVariant("CFN", "CFNSO", lf)).isFalse(); // a prefix
    assertThat(AcronymConsistencyMetric.isNearVariant("NSO", "CFNSO", lf))
        .isFalse(); // other first letter
    assertThat(AcronymConsistencyMetric.isNearVariant("CO", "CFNSO", lf)).isFalse(); // too short
    assertThat(AcronymConsistencyMetric.editDistance("CFNSO", "CFSNO")).isEqualTo(1);
    assertThat(AcronymConsistencyMetric.longFormKey("Network Social Organisations "))
        .isEqualTo("network social organization");
  }

  @Test
  void corpusFindsOneLongFormWithTwoShortForms() {
    AcronymConsistencyMetric m = (AcronymConsistencyMetric) METRIC;
    Document a = doc(null, "The Ministry of Commerce (MOFCOM) spoke.", null);
    Document b = doc(null, "Again the Ministry of Commerce (MOC) spoke.", null);
    Document c = doc(null, "The Ministry of Commerce (MOFCOM) agreed.", null);
    List<CorpusMetric.CorpusFinding> fs =
        m.corpusFindings(
            "sys",
            List.of(
                new CorpusMetric.UnitMeasurement("a", measure(a)),
                new CorpusMetric.UnitMeasurement("b", measure(b)),
                new CorpusMetric.UnitMeasurement("c", measure(c))));
    assertThat(fs).hasSize(1);
    assertThat(fs.get(0).documentId()).isEqualTo("b");
    Finding f = fs.get(0).finding();
    assertThat(describe(f, b))
        .isEqualTo("ACRONYM_CORPUS_VARIANT translation.text [32,35) MOC -> [MOFCOM]");
    assertThat(f.message())
        .isEqualTo(
            "\"Ministry of Commerce\" is abbreviated \"MOC\" here but \"MOFCOM\" in document a of system sys");
  }
}
