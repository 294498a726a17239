package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CoverageMetricTest {
  @TempDir Path dir;

  private static final Metric METRIC =
      MetricRegistry.load()
          .create(List.of("COVERAGE"), Map.of("COVERAGE", Map.of("omissionFindings", "true")))
          .get(0);

  private static Document doc(String src, String tgt) {
    return Document.of(
        "d", new Passage(null, src, "zh"), Map.of("s", new Passage(null, tgt, "en")), Map.of());
  }

  static List<String> findings(Document d) {
    Measurement r = METRIC.measure(EvaluationContext.of(d, "s"));
    return r.findings().stream().map(f -> FindingLines.of(f, d, "s")).toList();
  }

  private static Measurement measure(Document d) {
    return METRIC.measure(EvaluationContext.of(d, "s"));
  }

  @Test
  void aDroppedSentenceInsideAMergedBeadIsOmittedSentence() {
    Document d =
        doc(
            "今年三月，市政府在河边种了五千棵树。学校的孩子们参观了新建的图书馆，并借了很多书。晚上，市长在电视上发表了讲话。",
            "In March this year, the city government planted 5,000 trees by the river. In the evening, the mayor gave a speech on television.");
    assertThat(findings(d))
        .containsExactly("OMITTED_SENTENCE major source.text 18-41 \"学校的孩子们参观了新建的图书馆，并借了很多书。\"");
    Measurement r = measure(d);
    assertThat(r.stats()).containsExactly(17.5, 26.5);
    // the aligner gives the dropped sentence a 1-0 bead of its own
    assertThat(r.findings().get(0).evidence())
        .containsEntry("bead", 1)
        .containsEntry("src", List.of(1));
    assertThat(r.details().get("beads").toString())
        .isEqualTo(
            "[{src=[0], tgt=[0], covered=13.0, total=13.0, coverage=1.0, longestRun=0.0, uncoveredAnchors=0.0, unmatchedTarget=1, omissionProbability=0.0169},"
                + " {src=[1], tgt=[], covered=0.0, total=8.0, coverage=0.0, omissionProbability=1.0},"
                + " {src=[2], tgt=[1], covered=4.5, total=5.5, coverage=0.8182, longestRun=1.0, uncoveredAnchors=0.0, unmatchedTarget=2, omissionProbability=0.0143}]");
  }

  @Test
  void aDroppedClauseIsReportedWithItsSpanAndItsNumber() {
    Document d = doc("公司去年招聘了三百名员工，并且开设了两家新工厂。", "The company hired 300 employees last year.");
    assertThat(findings(d))
        .containsExactly(
            "OMITTED_CONTENT major source.text 15-23 \"开设了两家新工厂\"",
            "MISSING_NUMBER major source.text 18-19 \"两\"");
    assertThat(measure(d).findings().get(0).message())
        .isEqualTo("No rendering of 开设 新 工厂 found in its aligned translation");
  }

  @Test
  void aNumberWrittenInChineseNumeralsMustSurvive() {
    Document d = doc("他们种了五千棵树。", "They planted trees.");
    assertThat(findings(d)).containsExactly("MISSING_NUMBER major source.text 4-6 \"五千\"");
    assertThat(measure(d).stats()).containsExactly(2.0, 5.0);
    assertThat(findings(doc("他们种了五千棵树。", "They planted 5,000 trees."))).isEmpty();
    assertThat(findings(doc("他们种了五千棵树。", "They planted five thousand trees."))).isEmpty();
  }

  @Test
  void aDroppedNameIsMissingName() {
    Document d = doc("昨天李明会见了外国代表团。", "Yesterday the foreign delegation was received.");
    assertThat(findings(d)).containsExactly("MISSING_NAME major source.text 2-4 \"李明\"");
    assertThat(measure(d).findings().get(0).message())
        .isEqualTo("\"李明\" (person) is not found in its aligned translation");
    assertThat(findings(doc("昨天李明会见了外国代表团。", "Yesterday Li Ming met the foreign delegation.")))
        .isEmpty();
  }

  @Test
  void anAddedSentenceIsAddedContent() {
    Document d =
        doc(
            "今年三月，市政府在河边种了五千棵树。晚上，市长在电视上发表了讲话。",
            "In March this year, the city government planted 5,000 trees by the river. The weather in the northern mountains was cold and windy all week. In the evening, the mayor gave a speech on television.");
    assertThat(findings(d))
        .containsExactly(
            "ADDED_CONTENT major translation.text 74-140 \"The weather in the northern mountains was cold and windy all week.\"");
  }

  @Test
  void anAddedNumberIsAddedNumber() {
    assertThat(findings(doc("他们种了树。", "They planted 300 trees.")))
        .containsExactly("ADDED_NUMBER major translation.text 13-16 \"300\"");
    assertThat(findings(doc("会议通过了三项决议。", "The meeting adopted three resolutions."))).isEmpty();
  }

  @Test
  void aFaithfulTranslationWithParaphraseHasNoFindings() {
    Document d = doc("下午，我们讨论了教育改革。", "In the afternoon, we discussed education reform.");
    assertThat(findings(d)).isEmpty();
    assertThat(measure(d).stats()).containsExactly(4.5, 4.5);
    assertThat(METRIC.score(measure(d).stats())).isEqualTo(1.0);
    assertThat(
            findings(
                doc(
                    "他今天下午去了北京。他在那里见到了王小明。",
                    "He went to Beijing this afternoon. He met Wang Xiaoming there.")))
        .isEmpty();
  }

  @Test
  void doesNotApplyWithoutASource() {
    Document d = Document.of("d", null, Map.of("s", new Passage(null, "Text.", "en")), Map.of());
    assertThat(METRIC.measure(EvaluationContext.of(d, "s")).applicable()).isFalse();
  }

  @Test
  void seed000ShowsTheDroppedJointLearningAndCoConstruction() {
    Document seed = SeedDocuments.load("000");
    Measurement r = METRIC.measure(EvaluationContext.of(seed, "default"));
    var f =
        r.findings().stream()
            .filter(x -> x.check().equals("OMITTED_CONTENT") && x.field().equals("source.text"))
            .findFirst()
            .orElseThrow();
    assertThat(f.span().of(seed.source().text())).isEqualTo("联学共建");
    assertThat(f.span().start()).isEqualTo(42);
    assertThat(f.severity().id()).isEqualTo("major");
    assertThat(f.evidence()).containsEntry("bead", 0);
  }

  @Test
  void theSeedReportShowsTheDroppedClauseWithItsSpan() throws Exception {
    TestFiles.Run run =
        TestFiles.verso(
            "evaluate",
            "seeds",
            "--metrics",
            "COVERAGE",
            "--option",
            "COVERAGE.omissionFindings=true",
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report =
        JsonMapper.builder().build().readTree(dir.resolve("out/report.json").toFile());
    JsonNode seed = null;
    for (JsonNode d : report.get("documents")) {
      if (d.get("id").asString().startsWith("000_")) {
        seed = d;
      }
    }
    assertThat(seed).isNotNull();
    List<String> omissions = new java.util.ArrayList<>();
    for (JsonNode f : seed.get("systems").get(0).get("findings")) {
      if (f.get("type").asString().equals("omission")) {
        omissions.add(
            f.get("check").asString()
                + " "
                + f.get("severity").asString()
                + " "
                + f.get("field").asString()
                + " "
                + f.get("start").asInt()
                + "-"
                + f.get("end").asInt()
                + " "
                + f.get("text").asString());
      }
    }
    assertThat(omissions).containsExactly("OMITTED_CONTENT major source.text 42-46 联学共建");
  }

  @Test
  void withTheSeedGlossaryTheSeedReportStillShowsOnlyTheDroppedClause() throws Exception {
    TestFiles.Run run =
        TestFiles.verso(
            "evaluate",
            "seeds",
            "--metrics",
            "COVERAGE",
            "--option",
            "COVERAGE.files=glossaries/seeds.tsv",
            "--option",
            "COVERAGE.omissionFindings=true",
            "-o",
            dir.resolve("g").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(dir.resolve("g/report.json").toFile());
    List<String> omissions = new java.util.ArrayList<>();
    for (JsonNode d : report.get("documents")) {
      for (JsonNode f : d.get("systems").get(0).get("findings")) {
        if (f.get("type").asString().equals("omission")) {
          omissions.add(
              d.get("id").asString().substring(0, 3)
                  + " "
                  + f.get("check").asString()
                  + " "
                  + f.get("start").asInt()
                  + "-"
                  + f.get("end").asInt()
                  + " "
                  + f.get("text").asString());
        }
      }
    }
    assertThat(omissions).containsExactly("000 OMITTED_CONTENT 42-46 联学共建");
  }

  @Test
  void numbersAsMagnitudeWordsAndIrregularVerbsCountAsRendered() {
    assertThat(findings(doc("这座城市有几百万居民。", "The city has millions of residents."))).isEmpty();
    assertThat(findings(doc("两位老师都来了。", "Both teachers came."))).isEmpty();
    assertThat(findings(doc("他买了三本书。", "He bought three books."))).isEmpty();
    assertThat(measure(doc("他买了三本书。", "He bought three books.")).stats()).containsExactly(5.0, 5.0);
    assertThat(findings(doc("这座城市有几百万居民。", "The city has many residents.")))
        .containsExactly("MISSING_NUMBER major source.text 6-8 \"百万\"");
  }

  @Test
  void aSingleMissedWordLowersCoverageWithoutAFinding() {
    Document d = doc("他们非常认真地讨论了预算。", "They discussed the budget.");
    assertThat(findings(d)).isEmpty();
    Measurement r = measure(d);
    assertThat(r.stats()).containsExactly(2.0, 3.0);
    assertThat(r.details().get("beads").toString())
        .isEqualTo(
            "[{src=[0], tgt=[0], covered=2.0, total=3.0, coverage=0.6667, longestRun=1.0, uncoveredAnchors=0.0, unmatchedTarget=0, omissionProbability=0.0301}]");
  }

  @Test
  void glossaryTermsWeighAsAnchorsAndAreReportedWhenMissing() throws Exception {
    Path g =
        TestFiles.write(
            dir.resolve("g.tsv"),
            "source\ttarget\tacronym\tforbidden\n中网联\tChina Federation of Network Social Organizations\tCFNSO\t\n");
    Metric m =
        MetricRegistry.load()
            .create(
                List.of("COVERAGE"),
                Map.of("COVERAGE", Map.of("files", g.toString(), "omissionFindings", "true")))
            .get(0);
    Document ok = doc("中网联召开会议。", "CFNSO convened a meeting.");
    Measurement r = m.measure(EvaluationContext.of(ok, "s"));
    assertThat(r.findings()).isEmpty();
    assertThat(r.stats()).containsExactly(5.0, 5.0);
    Document missing = doc("中网联召开会议。", "The federation convened a meeting.");
    Measurement r2 = m.measure(EvaluationContext.of(missing, "s"));
    assertThat(r2.stats()).containsExactly(2.0, 5.0);
    assertThat(r2.findings()).hasSize(1);
    assertThat(r2.findings().get(0).check()).isEqualTo("MISSING_TERM");
    assertThat(r2.findings().get(0).span().of(missing.source().text())).isEqualTo("中网联");
    assertThat(r2.findings().get(0).message())
        .isEqualTo(
            "\"中网联\" (glossary term, approved rendering \"China Federation of Network Social Organizations\") is not found in its aligned translation");
  }

  @Test
  void nullBeadsAreWholeOmittedAndAddedSentences() {
    Document omitted = doc("他们种了五千棵树。今天下雨。", "");
    assertThat(findings(omitted))
        .containsExactly(
            "OMITTED_SENTENCE major source.text 0-9 \"他们种了五千棵树。\"",
            "OMITTED_SENTENCE major source.text 9-14 \"今天下雨。\"");
    Measurement r = measure(omitted);
    assertThat(r.stats()).containsExactly(0.0, 7.0);
    assertThat(r.details().get("beads").toString())
        .isEqualTo(
            "[{src=[0], tgt=[], covered=0.0, total=5.0, coverage=0.0, omissionProbability=1.0},"
                + " {src=[1], tgt=[], covered=0.0, total=2.0, coverage=0.0, omissionProbability=1.0}]");
    // an empty source is no source: nothing to cover, so the metric does not apply
    assertThat(measure(doc("", "They planted five thousand trees.")).applicable()).isFalse();
  }

  @Test
  void aMinorDroppedClauseIsReportedOnlyWhenTheBeadsOmissionProbabilityReachesTheGate() {
    Document d = doc("董事会讨论了预算和新的税收计划。", "The board discussed the budget.");
    Metric all =
        MetricRegistry.load()
            .create(
                List.of("COVERAGE"),
                Map.of("COVERAGE", Map.of("minProbability", "0", "omissionFindings", "true")))
            .get(0);
    Metric strict =
        MetricRegistry.load()
            .create(
                List.of("COVERAGE"),
                Map.of("COVERAGE", Map.of("minProbability", "0.1", "omissionFindings", "true")))
            .get(0);
    Measurement r = all.measure(EvaluationContext.of(d, "s"));
    assertThat(r.findings()).hasSize(1);
    assertThat(r.findings().get(0).check()).isEqualTo("OMITTED_CONTENT");
    assertThat(r.findings().get(0).severity().id()).isEqualTo("minor");
    assertThat(r.findings().get(0).span().of(d.source().text())).isEqualTo("新的税收计划");
    assertThat(r.details().get("beads").toString())
        .isEqualTo(
            "[{src=[0], tgt=[0], covered=5.0, total=8.0, coverage=0.625, longestRun=3.0, uncoveredAnchors=0.0, unmatchedTarget=0, omissionProbability=0.0954}]");
    // 0.0954 is under 0.1: the same clause is not reported, though it still lowers coverage
    Measurement gated = strict.measure(EvaluationContext.of(d, "s"));
    assertThat(gated.findings()).isEmpty();
    assertThat(gated.stats()).containsExactly(5.0, 8.0);
    // the default gate (0.06) lets it through
    assertThat(findings(d)).containsExactly("OMITTED_CONTENT minor source.text 9-15 \"新的税收计划\"");
    // missing anchors are never gated
    Metric strictest =
        MetricRegistry.load()
            .create(
                List.of("COVERAGE"),
                Map.of("COVERAGE", Map.of("minProbability", "1", "omissionFindings", "true")))
            .get(0);
    assertThat(
            strictest
                .measure(EvaluationContext.of(doc("他们种了五千棵树。", "They planted trees."), "s"))
                .findings())
        .extracting(f -> f.check())
        .containsExactly("MISSING_NUMBER");
  }

  @Test
  void minProbabilityOutsideZeroToOneIsAnError() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                MetricRegistry.load()
                    .create(
                        List.of("COVERAGE"),
                        Map.of(
                            "COVERAGE",
                            Map.of("minProbability", "1.5", "omissionFindings", "true"))))
        .hasMessageContaining("minProbability must be between 0 and 1, got 1.5");
  }
}
