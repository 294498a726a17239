package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TermConsistencyMetricTest {

  private static final Metric METRIC = new TermConsistencyMetric.Provider().create(Map.of());

  static Measurement measure(Metric m, Document d) {
    return m.measure(EvaluationContext.of(d, "default"));
  }

  static String describe(Finding f, String text) {
    return f.check()
        + " "
        + f.field()
        + " ["
        + f.span().start()
        + ","
        + f.span().end()
        + ") "
        + f.span().of(text)
        + " -> "
        + f.suggestions();
  }

  /** (case, text, expected findings, expected stats). */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "garbled renderings of one office",
            "The Central News Network Office met. Later the Nets Office and the Netition Office Director spoke.",
            List.of(
                "INCONSISTENT_TERM translation.text [47,58) Nets Office -> [Central News Network Office]",
                "INCONSISTENT_TERM translation.text [67,82) Netition Office -> [Central News Network Office]"),
            "1/3"),
        Arguments.of(
            "the more frequent rendering is the reference",
            "The Organization Department spoke. The Organizational Department agreed. The Organization Department left.",
            List.of(
                "INCONSISTENT_TERM translation.text [39,64) Organizational Department -> [Organization Department]"),
            "2/3"),
        Arguments.of(
            "a body and its Party committee are not variants",
            "The Ministry of Commerce and the Party Committee of the Ministry of Commerce met.",
            List.of(),
            "3/3"),
        Arguments.of(
            "different ministries, or one field with different heads, are not variants",
            "The Ministry of Commerce met the Ministry of Finance and the Department of Commerce.",
            List.of(),
            "3/3"),
        Arguments.of(
            "provinces one letter apart are not variants",
            "The Hunan Provincial Party Committee and the Henan Provincial Party Committee met the Shanxi Office"
                + " and the Shaanxi Office.",
            List.of(),
            "4/4"),
        Arguments.of("a single name", "The Netcom Department met.", List.of(), "1/1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void flagsVariantRenderingsWithExactSpans(
      String name, String text, List<String> expected, String stats) {
    Document d = translationOnly(text);
    Measurement m = measure(METRIC, d);
    assertThat(m.findings().stream().map(f -> describe(f, text)).toList()).isEqualTo(expected);
    assertThat((int) m.stats()[0] + "/" + (int) m.stats()[1]).isEqualTo(stats);
  }

  @Test
  void findingSaysItIsAGuessAndListsEveryVariant() {
    String text =
        "The Central News Network Office met. Later the Nets Office and the Netition Office Director spoke.";
    Finding f = measure(METRIC, translationOnly(text)).findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.MINOR);
    assertThat(f.message())
        .isEqualTo(
            "\"Nets Office\" may be another rendering of the same name as \"Central News Network Office\","
                + " \"Netition Office\"; the original was not available, so this is a guess from the English alone");
    assertThat(f.evidence().get("variants"))
        .isEqualTo(
            List.of(
                Map.of(
                    "text",
                    "Central News Network Office",
                    "field",
                    "translation.text",
                    "start",
                    4,
                    "end",
                    31),
                Map.of("text", "Nets Office", "field", "translation.text", "start", 47, "end", 58),
                Map.of(
                    "text",
                    "Netition Office",
                    "field",
                    "translation.text",
                    "start",
                    67,
                    "end",
                    82)));
  }

  @Test
  void seed002VariantsAreFlagged() {
    Document d = SeedDocuments.load("002");
    String text = d.translations().get("default").text();
    assertThat(measure(METRIC, d).findings().stream().map(f -> describe(f, text)).toList())
        .containsExactly(
            "INCONSISTENT_TERM translation.text [887,904) Netcom Department -> [Central News Network Office]",
            "INCONSISTENT_TERM translation.text [2579,2590) Nets Office -> [Central News Network Office]",
            "INCONSISTENT_TERM translation.text [2696,2711) Netition Office -> [Central News Network Office]");
  }

  @Test
  void noFalseAlarmsOnOtherSeedsOrOwnParagraphs() {
    Metric english = new TermConsistencyMetric.Provider().create(Map.of("withSource", "english"));
    for (String n : List.of("000", "001", "003", "004")) {
      assertThat(measure(english, SeedDocuments.load(n)).findings()).as("seed " + n).isEmpty();
    }
    String own =
        "The Ministry of Commerce, the Ministry of Finance and the Ministry of Foreign Affairs issued a joint"
            + " notice. The Party Committee of the Ministry of Commerce held a meeting with the Department of"
            + " E-Commerce and the Department of Foreign Trade.\n"
            + "The National Development and Reform Commission, the Ministry of Industry and Information"
            + " Technology and the State Administration for Market Regulation attended, as did the General"
            + " Office of the State Council and the Standing Committee of the National People's Congress.\n"
            + "Delegations came from the Hunan Provincial Party Committee, the Henan Provincial Party Committee,"
            + " the Hubei Provincial Department of Commerce, the Hebei Provincial Department of Commerce, the"
            + " Jiangsu Provincial Bureau of Statistics and the Jiangxi Provincial Bureau of Statistics.\n"
            + "The Internal Audit Office, the International Cooperation Office, the Foreign Affairs Office and the"
            + " Foreign Affairs Committee met the Organization Department of the Central Committee, the"
            + " Publicity Department and the United Front Work Department.\n"
            + "The China Council for the Promotion of International Trade and the China Chamber of International"
            + " Commerce signed with the Shanghai Municipal Commission of Commerce and the Shanghai Municipal"
            + " Bureau of Commerce.";
    assertThat(measure(METRIC, translationOnly(own)).findings()).isEmpty();
  }

  @Test
  void withSourceSkipMakesTheMetricNotApplicable() {
    Metric skip = new TermConsistencyMetric.Provider().create(Map.of("withSource", "skip"));
    Measurement m = measure(skip, SeedDocuments.load("000"));
    assertThat(m.applicable()).isFalse();
    assertThat(m.note()).isEqualTo("the document has its original and withSource=skip");
    assertThatThrownBy(
            () -> new TermConsistencyMetric.Provider().create(Map.of("withSource", "maybe")))
        .hasMessage(
            "metric TERM_CONSISTENCY: option 'withSource' must be trace, skip or english, got 'maybe'");
  }

  /** (case, source, translation, expected findings, consistent/traced). */
  static Stream<Arguments> tracedExamples() {
    return Stream.of(
        Arguments.of(
            "one ministry, two renderings",
            "商务部发布通知。商务部表示欢迎。商务部同意。",
            "The Ministry of Commerce issued a notice. The Ministry of Commerce welcomed it. The Commerce Department agreed.",
            List.of(
                "INCONSISTENT_TERM translation.text [84,103) Commerce Department -> [Ministry of Commerce]"),
            "2/3"),
        Arguments.of(
            "a consistent translation",
            "商务部发布通知。商务部表示欢迎。商务部同意。",
            "The Ministry of Commerce issued a notice. The Ministry of Commerce welcomed it. The Ministry of Commerce agreed.",
            List.of(),
            "3/3"),
        Arguments.of(
            "a defined acronym is the same rendering as its long form",
            "中国国际电子商务中心成立。中国国际电子商务中心发布报告。",
            "The China International Center for Electronic Commerce (CICEC) was set up. CICEC released a report.",
            List.of(),
            "2/2"),
        Arguments.of(
            "a person name in pinyin",
            "王炳南发表讲话。王炳南表示感谢。",
            "Wang Bingnan gave a speech. Wang Bingnan expressed thanks.",
            List.of(),
            "2/2"),
        Arguments.of(
            "an occurrence that cannot be traced gives no finding",
            "商务部发布通知。商务部同意。",
            "The Ministry of Commerce issued a notice. The ministry agreed.",
            List.of(),
            "0/0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tracedExamples")
  void tracesSourceTermsThroughTheAlignment(
      String name, String src, String tgt, List<String> expected, String stats) {
    Document d = withSource(src, tgt);
    Measurement m = measure(METRIC, d);
    assertThat(m.findings().stream().map(f -> describe(f, tgt)).toList()).isEqualTo(expected);
    assertThat((int) m.stats()[0] + "/" + (int) m.stats()[1]).isEqualTo(stats);
  }

  @Test
  void tracedFindingListsEveryVariantWithSourceAndTargetSpans() {
    String tgt =
        "The Ministry of Commerce issued a notice. The Ministry of Commerce welcomed it. The Commerce Department agreed.";
    Finding f = measure(METRIC, withSource("商务部发布通知。商务部表示欢迎。商务部同意。", tgt)).findings().get(0);
    assertThat(f.type()).isEqualTo(dev.verso.model.IssueType.TERMINOLOGY);
    assertThat(f.severity()).isEqualTo(Severity.MINOR);
    assertThat(f.message())
        .isEqualTo(
            "\"商务部\" (source.text 16-19) is rendered \"Commerce Department\" here but \"Ministry of Commerce\" in 2 of"
                + " its 3 traced occurrences; renderings: \"Ministry of Commerce\" (2), \"Commerce Department\" (1)");
    assertThat(f.evidence().get("confidence")).isEqualTo("traced");
    assertThat(f.evidence().get("variants").toString())
        .isEqualTo(
            "[{rendering=Ministry of Commerce, count=2, occurrences=["
                + "{field=translation.text, start=4, end=24, text=Ministry of Commerce, sourceField=source.text, sourceStart=0, sourceEnd=3, segment=0-0}, "
                + "{field=translation.text, start=46, end=66, text=Ministry of Commerce, sourceField=source.text, sourceStart=8, sourceEnd=11, segment=1-1}]}, "
                + "{rendering=Commerce Department, count=1, occurrences=["
                + "{field=translation.text, start=84, end=103, text=Commerce Department, sourceField=source.text, sourceStart=16, sourceEnd=19, segment=2-2}]}]");
  }

  @Test
  void glossaryFormsOfOneTermAreTracedTogether(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path g = dir.resolve("g.tsv");
    java.nio.file.Files.writeString(
        g,
        "source\ttarget\tacronym\tforbidden\n"
            + "中国网络社会组织联合会\tChina Federation of Network Social Organizations\tCFNSO\tCNSO\n"
            + "中网联\tChina Federation of Network Social Organizations\tCFNSO\tCNSO\n",
        java.nio.charset.StandardCharsets.UTF_8);
    Metric m = new TermConsistencyMetric.Provider().create(Map.of("files", g.toString()));
    String tgt =
        "The China Federation of Network Social Organizations was set up. The Party Committee of CNSO met."
            + " CFNSO released a report.";
    Measurement r = measure(m, withSource("中国网络社会组织联合会成立。中网联党委开会。中网联发布报告。", tgt));
    assertThat(r.findings().stream().map(f -> describe(f, tgt)).toList())
        .containsExactly(
            "INCONSISTENT_TERM translation.text [88,92) CNSO -> [China Federation of Network Social Organizations]");
    assertThat(r.stats()).containsExactly(2.0, 3.0);
  }

  @Test
  void oneTermRenderedDifferentlyInAnotherDocumentIsACorpusVariant() {
    TermConsistencyMetric m = (TermConsistencyMetric) METRIC;
    String good = "The Ministry of Commerce issued a notice. The Ministry of Commerce agreed.";
    String other = "The Commerce Department issued a notice. The Commerce Department agreed.";
    String src = "商务部发布通知。商务部同意。";
    var units =
        List.of(
            new dev.verso.metric.CorpusMetric.UnitMeasurement(
                "a", measure(m, withSource(src, good))),
            new dev.verso.metric.CorpusMetric.UnitMeasurement(
                "b", measure(m, withSource(src, other))),
            new dev.verso.metric.CorpusMetric.UnitMeasurement(
                "c", measure(m, withSource(src, good))));
    var found = m.corpusFindings("s", units);
    assertThat(found).hasSize(1);
    Finding f = found.get(0).finding();
    assertThat(found.get(0).documentId()).isEqualTo("b");
    assertThat(f.check() + " " + f.field() + " " + describe(f, other))
        .isEqualTo(
            "TERM_CORPUS_VARIANT translation.text TERM_CORPUS_VARIANT translation.text [4,23) Commerce Department -> [Ministry of Commerce]");
    assertThat(f.message())
        .isEqualTo(
            "\"商务部\" is rendered \"Commerce Department\" in this document but \"Ministry of Commerce\" in documents a, c of system s");
    assertThat(f.evidence().get("documents").toString())
        .isEqualTo(
            "[{document=a, rendering=Ministry of Commerce}, {document=b, rendering=Commerce Department}, {document=c, rendering=Ministry of Commerce}]");
    // a single document, or agreeing documents, give nothing
    assertThat(m.corpusFindings("s", List.of(units.get(0), units.get(2)))).isEmpty();
  }

  @Test
  void seed000WithItsSourceHasNoFalseAlarm() {
    Measurement m = measure(METRIC, SeedDocuments.load("000"));
    assertThat(m.findings()).isEmpty();
  }

  @Test
  void randomBilingualTextNeverThrowsAndSpansStayInside() {
    java.util.Random r = new java.util.Random(5);
    String[] zh = {"商务部", "中心", "委员会", "王炳南", "发布", "。", "，", "部门", "司", "银川", "党委", "的", "会"};
    String[] en = {
      "Ministry",
      "of",
      "Commerce",
      "Center",
      "Wang Bingnan",
      ".",
      ",",
      "Yinchuan",
      "Party Committee",
      "(MC)",
      "the",
      "-"
    };
    for (int n = 0; n < 300; n++) {
      StringBuilder s = new StringBuilder();
      StringBuilder t = new StringBuilder();
      for (int i = r.nextInt(25); i > 0; i--) {
        s.append(zh[r.nextInt(zh.length)]);
      }
      for (int i = r.nextInt(25); i > 0; i--) {
        t.append(en[r.nextInt(en.length)]).append(r.nextBoolean() ? " " : "");
      }
      String tgt = t.toString();
      Measurement m = measure(METRIC, withSource(s.toString(), tgt));
      assertThat(m.stats()[0]).isBetween(0.0, m.stats()[1]);
      for (Finding f : m.findings()) {
        assertThat(f.span().fitsIn(tgt.length())).isTrue();
      }
    }
  }

  private static Document withSource(String src, String tgt) {
    return Document.of(
        "d",
        new Passage(null, src, "zh"),
        Map.of("default", new Passage(null, tgt, "en")),
        Map.of());
  }

  @Test
  void randomTextNeverThrowsAndNamesStayInside() {
    java.util.Random r = new java.util.Random(11);
    String[] pieces = {
      "Office",
      "Nets",
      "of",
      "the",
      "Ministry",
      "Net",
      " ",
      ", ",
      ".",
      "’s",
      "-",
      "Committee",
      "Deputy",
      "\n"
    };
    for (int n = 0; n < 1000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(30);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      for (var name : dev.verso.text.en.OrganisationNames.find(text)) {
        assertThat(name.span().fitsIn(text.length())).isTrue();
        assertThat(name.span().of(text)).isEqualTo(name.text());
      }
      Measurement m = measure(METRIC, translationOnly(text));
      assertThat(m.stats()[0]).isBetween(0.0, m.stats()[1]);
      for (Finding f : m.findings()) {
        assertThat(f.span().fitsIn(text.length())).isTrue();
      }
    }
  }

  @Test
  void similarWords() {
    assertThat(EnglishNameVariants.similarWords("nets", "network")).isTrue();
    assertThat(EnglishNameVariants.similarWords("nets", "news")).isTrue();
    assertThat(EnglishNameVariants.similarWords("nets", "netition")).isTrue();
    assertThat(EnglishNameVariants.similarWords("committees", "committee")).isTrue();
    assertThat(EnglishNameVariants.similarWords("hunan", "henan")).isFalse();
    assertThat(EnglishNameVariants.similarWords("jiangsu", "jiangxi")).isFalse();
    assertThat(EnglishNameVariants.similarWords("shanxi", "shaanxi")).isFalse();
    assertThat(EnglishNameVariants.similarWords("commerce", "e-commerce")).isFalse();
  }

  private static Document translationOnly(String text) {
    return Document.of("d", null, Map.of("default", new Passage(null, text, "en")), Map.of());
  }
}
