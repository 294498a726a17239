package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import dev.verso.text.lexicon.LearntLexicon;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example table of COVERAGE: each row is a source, a translation and the exact findings (check,
 * severity, field, span, surface) the metric must report, no more and no fewer.
 */
class CoverageExamplesTest {
  private static final Metric METRIC = coverage(Map.of("omissionFindings", "true"));

  /** COVERAGE with {@code options}. */
  private static Metric coverage(Map<String, String> options) {
    return MetricRegistry.load().create(List.of("COVERAGE"), Map.of("COVERAGE", options)).get(0);
  }

  /**
   * A document with Chinese source {@code src} and one system, "s", translating it as {@code tgt}.
   */
  private static Document doc(String src, String tgt) {
    return Document.of(
        "d", new Passage(null, src, "zh"), Map.of("s", new Passage(null, tgt, "en")), Map.of());
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        row(
            "a dropped sentence",
            "他们种了五千棵树。今天下雨。",
            "They planted 5,000 trees.",
            "OMITTED_SENTENCE major source.text 9-14 \"今天下雨。\""),
        row(
            "a dropped clause, with its number",
            "公司去年招聘了三百名员工，并且开设了两家新工厂。",
            "The company hired 300 employees last year.",
            "OMITTED_CONTENT major source.text 15-23 \"开设了两家新工厂\"",
            "MISSING_NUMBER major source.text 18-19 \"两\""),
        row(
            "a dropped number written in Chinese numerals",
            "他们种了五千棵树。",
            "They planted trees.",
            "MISSING_NUMBER major source.text 4-6 \"五千\""),
        row("the same number rendered in digits", "他们种了五千棵树。", "They planted 5,000 trees."),
        row(
            "a dropped name",
            "昨天李明会见了外国代表团。",
            "Yesterday the foreign delegation was received.",
            "MISSING_NAME major source.text 2-4 \"李明\""),
        row(
            "a transliterated name, dropped",
            "这个模拟是由戈达德的小组完成的。",
            "The simulation was done by a group.",
            "MISSING_NAME major source.text 6-9 \"戈达德\""),
        row(
            "a transliterated name, rendered by its sound",
            "这个模拟是由戈达德的小组完成的。",
            "The simulation was done by Goddard's group."),
        row(
            "a transliteration the segmenter cut into single characters (哈|德|森), rendered by its sound",
            "它可能会膨胀到哈德森大街。",
            "It could swell to Hudson Street."),
        row(
            "an organisation rendered by its acronym",
            "国家航空航天局发射了一颗卫星。",
            "NASA launched a satellite."),
        row(
            "an added sentence",
            "今天下雨。晚上，市长在电视上发表了讲话。",
            "It rained today. The weather in the northern mountains was cold and windy all week. In the evening, the mayor gave a speech on television.",
            "ADDED_CONTENT major translation.text 17-83 \"The weather in the northern mountains was cold and windy all week.\""),
        row(
            "a faithful paraphrase: 下午 as \"in the afternoon\"",
            "下午，我们讨论了教育改革。",
            "In the afternoon, we discussed education reform."),
        row(
            "a faithful translation: 十分 is \"very\", not ten",
            "这个问题十分重要。",
            "This problem is very important."),
        row(
            "a person named by the surname alone, as news English does after the first mention",
            "习近平指出，中国人民热爱和平。",
            "Xi noted that the Chinese people love peace."),
        row(
            "a pronoun is no surname: He does not render 何立峰",
            "何立峰出席了会议。",
            "He attended the meeting.",
            "MISSING_NAME major source.text 0-3 \"何立峰\""),
        row(
            "a word of a name's dictionary description is not the name",
            "习近平主席表示反对。",
            "The president expressed opposition.",
            "MISSING_NAME major source.text 0-3 \"习近平\""),
        row(
            "a plain year is no decade: 2020 does not render the number 20",
            "2020年，共有20人死亡。",
            "In 2020, people died.",
            "OMITTED_CONTENT major source.text 6-13 \"共有20人死亡\"",
            "MISSING_NUMBER major source.text 8-10 \"20\""),
        row(
            "a weekday and the hour after it (周五十点 is ten on Friday), a year read digit by digit",
            "周五十点开会。二〇〇八年奥运会。",
            "The meeting is at ten on Friday. The 2008 Olympics."),
        row(
            "a date with slashes copied, a number with a lower-case unit, an approximate amount of money",
            "日期为2023/2/11。时速350km。花费20多万元。",
            "The date is 2023/2/11. A speed of 350 kilometres per hour. It cost over 200,000 yuan.",
            "MISSING_ACRONYM minor source.text 18-20 \"km\""),
        row(
            "a surname that begins another person's full name does not render the name",
            "李强和李絮枫出席了会议。",
            "Li Qiang attended the meeting.",
            "MISSING_NAME major source.text 3-6 \"李絮枫\""),
        row(
            "a name the dictionary knows, rendered by the acronym its gloss gives (Kuomintang (KMT))",
            "国民党表示支持这项计划。",
            "The KMT said it supports the plan."),
        row(
            "the same name dropped",
            "国民党表示支持这项计划。",
            "They said they support the plan.",
            "MISSING_NAME major source.text 0-3 \"国民党\""),
        row(
            "a code in letters and digits (5G) and an ISO date with its clock time, copied as they are",
            "2023-02-11 13:09:10 深圳开展5G网络测试。",
            "2023-02-11 13:09:10 Shenzhen carries out 5G network testing."),
        row(
            "a decade and an approximate amount (余 before the scale)",
            "上世纪90年代，劳动力市场尚有500余万的缺口。",
            "In the 1990s, the labour market was short of more than 5 million."),
        row(
            "numerals that are words or idioms (周六 Saturday, 千千万万 thousands upon thousands), an amount in words and a year range",
            "上周六，气球被击毁。它在千千万万的店铺中脱颖而出。股价蒸发千亿美元。签署了《2023-2027年行动计划》。",
            "Last Saturday, the balloon was destroyed. It stood out from thousands of stores. The stock lost hundreds of billions of dollars. They signed the 2023-2027 Action Plan."),
        row(
            "a date written with spaces (1990 年3 月), rendered",
            "1990 年3 月，他宣布了选举。",
            "In March 1990, he announced the elections."),
        row(
            "the same date dropped",
            "1990 年3 月，他宣布了选举。",
            "He announced the elections.",
            "MISSING_DATE major source.text 0-9 \"1990 年3 月\""),
        row(
            "a faithful translation: 曾有过 is \"once had\", not a name",
            "过去曾有过一次大爆炸。",
            "There was once a big bang in the past."));
  }

  private static Arguments row(String what, String src, String tgt, String... expected) {
    return Arguments.of(what, src, tgt, Arrays.asList(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void reportsExactlyTheExpectedFindings(
      String what, String src, String tgt, List<String> expected) {
    Document d = doc(src, tgt);
    Measurement r = METRIC.measure(EvaluationContext.of(d, "s"));
    List<String> actual = r.findings().stream().map(f -> FindingLines.of(f, d, "s")).toList();
    assertThat(actual).as(what).containsExactlyElementsOf(expected);
  }

  @Test
  void aRenderingLearntFromTheCorpusCountsWhereTheDictionaryHasNone(@TempDir Path dir)
      throws Exception {
    // CC-CEDICT glosses 废墟 as "ruins"; a corpus where "rubble" keeps standing beside it teaches
    // the learner 废墟 → rubble (LexiconLearnerTest), and the lexicon file carries it here
    Path lexicon = dir.resolve("learnt-lexicon.tsv");
    java.nio.file.Files.writeString(
        lexicon,
        new LearntLexicon(List.of(new LearntLexicon.Entry("废墟", "rubbl", 0.8442, 3))).toTsv());
    Metric learnt = coverage(Map.of("lexicon", lexicon.toString()));
    Document d = doc("地震把整座城市变成了一片废墟。", "The earthquake turned the whole city into rubble.");
    Map<String, Object> without = bead(METRIC.measure(EvaluationContext.of(d, "s")));
    Map<String, Object> with = bead(learnt.measure(EvaluationContext.of(d, "s")));
    assertThat(without).containsEntry("coverage", 0.6667).doesNotContainKey("learnt");
    assertThat(with)
        .containsEntry("coverage", 0.8333)
        .containsEntry("learnt", List.of(List.of(12, 14)));
    assertThat(d.source().text().substring(12, 14)).isEqualTo("废墟");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> bead(Measurement m) {
    return ((List<Map<String, Object>>) m.details().get("beads")).get(0);
  }

  @Test
  void aWordNetDerivationOfAGlossRendersAFaithfulParaphraseWhenAsked() {
    // CC-CEDICT glosses 透露 "to leak; to divulge; to reveal" and 宣告 "to declare; to proclaim";
    // the translation says "revelation" and "proclamation", which WordNet derives from them
    Document d =
        doc(
            "发言人透露，总统将宣告紧急状态。",
            "According to the spokesman's revelation, a proclamation of a state of"
                + " emergency by the president will follow.");
    Metric derivations = coverage(Map.of("wordnet", "derivations", "omissionFindings", "true"));
    Measurement without = METRIC.measure(EvaluationContext.of(d, "s"));
    Measurement with = derivations.measure(EvaluationContext.of(d, "s"));
    assertThat(bead(without)).containsEntry("coverage", 0.8);
    assertThat(bead(with)).containsEntry("coverage", 1.0);
    assertThat(with.findings()).isEmpty();
    assertThat(without.findings()).isEmpty(); // two single words apart are never a finding
  }
}
