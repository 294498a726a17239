package dev.verso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();

  static String resource(String name) throws IOException {
    try (InputStream in = TextAnalyzerTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String sentenceSpans(AnalyzedText a) {
    return a.sentences().stream()
        .map(s -> s.span().start() + "-" + s.span().end())
        .collect(Collectors.joining(" "));
  }

  static String tokens(AnalyzedText a, int sentence) {
    return a.tokensOf(sentence).stream()
        .map(t -> t.text() + "@" + t.span().start())
        .collect(Collectors.joining(" "));
  }

  static List<String> anchors(AnalyzedText a) {
    return a.anchors().stream()
        .map(
            x ->
                x.type()
                    + " "
                    + x.span().start()
                    + "-"
                    + x.span().end()
                    + " "
                    + x.value()
                    + " | "
                    + x.text())
        .toList();
  }

  @Test
  void splitsAndTokenisesSeed000Chinese() throws IOException {
    AnalyzedText a = ANALYZER.analyze(resource("seed000-zh.txt"), "zh");
    assertThat(sentenceSpans(a)).isEqualTo("0-47 47-134 134-150");
    assertThat(tokens(a, 0))
        .isEqualTo(
            "4@0 月@1 6@2 日@3 下午@4 ,@6 商务部@7 电子商务@10 司@14 与@15 中国@16 网络@18 社会@20 组织@22 联合会@24 、@27 "
                + "中国@28 国际@30 电子商务@32 中心@36 开展@38 党@40 建@41 联@42 学@43 共@44 建@45 。@46");
    assertThat(tokens(a, 2))
        .isEqualTo("商务部@134 机关@137 党委@139 负责@141 同志@143 到@145 会@146 指导@147 。@149");
    assertThat(a.tokensOf(1).stream().map(Token::text).toList())
        .contains("习近平", "二十", "大", "党委", "签署", "备忘录");
    assertThat(a.tokens()).hasSize(88);
    // the full-width comma is normalised in the token text but the span still points at the raw "，"
    Token comma = a.tokens().get(5);
    assertThat(comma.text()).isEqualTo(",");
    assertThat(comma.span().of(a.raw())).isEqualTo("，");
  }

  @Test
  void findsAnchorsInSeed000Chinese() throws IOException {
    AnalyzedText a = ANALYZER.analyze(resource("seed000-zh.txt"), "zh");
    assertThat(anchors(a))
        .containsExactly(
            "DATE 0-4 --04-06 | 4月6日",
            "TIME 4-6 afternoon | 下午",
            "ORGANIZATION 7-15 商务部电子商务司 | 商务部电子商务司",
            "ORGANIZATION 16-27 中国网络社会组织联合会 | 中国网络社会组织联合会",
            "ORGANIZATION 28-38 中国国际电子商务中心 | 中国国际电子商务中心",
            "PERSON 54-57 xijinping | 习近平",
            "ORDINAL 73-76 20 | 二十大",
            "ORGANIZATION 79-87 电子商务司党支部 | 电子商务司党支部",
            "ORGANIZATION 91-93 党委 | 党委",
            "ORGANIZATION 134-141 商务部机关党委 | 商务部机关党委");
  }

  @Test
  void splitsAndTokenisesSeed000English() throws IOException {
    AnalyzedText a = ANALYZER.analyze(resource("seed000-en.txt"), "en");
    assertThat(sentenceSpans(a)).isEqualTo("0-246 247-705 706-816");
    assertThat(tokens(a, 0))
        .isEqualTo(
            "On@0 the@3 afternoon@7 of@17 April@20 6@26 ,@27 the@29 Department@33 of@44 E-Commerce@47 of@58 the@61 "
                + "Ministry@65 of@74 Commerce@77 carried@86 out@94 party@98 building@104 with@113 the@118 China@122 "
                + "Federation@128 of@139 Network@142 Social@150 Organizations@157 (@171 CFNSO@172 )@177 and@179 the@183 "
                + "China@187 International@193 Center@207 for@214 Electronic@218 Commerce@229 (@238 CICEC@239 )@244 .@245");
    assertThat(tokens(a, 2))
        .isEqualTo(
            "The@706 responsible@710 comrades@722 of@731 the@734 Party@738 Committee@744 of@754 the@757 Ministry@761 "
                + "of@770 Commerce@773 were@782 present@787 to@795 guide@798 the@804 meeting@808 .@815");
    assertThat(a.tokens()).hasSize(142);
    Token signed =
        a.tokens().stream().filter(t -> t.text().equals("signed")).findFirst().orElseThrow();
    assertThat(signed.key()).isEqualTo("sign");
  }

  @Test
  void findsAnchorsInSeed000English() throws IOException {
    AnalyzedText a = ANALYZER.analyze(resource("seed000-en.txt"), "en");
    assertThat(anchors(a))
        .contains(
            "TIME 7-16 afternoon | afternoon",
            "DATE 20-27 --04-06 | April 6",
            "ORGANIZATION 33-85 department of e-commerce of the ministry of commerce | Department of E-Commerce of the Ministry of Commerce",
            "ORGANIZATION 122-170 china federation of network social organizations | China Federation of Network Social Organizations",
            "ACRONYM 172-177 CFNSO | CFNSO",
            "ACRONYM 239-244 CICEC | CICEC",
            "PERSON 286-296 xijinping | Xi Jinping",
            "ORDINAL 386-390 20 | 20th",
            "ORGANIZATION 391-412 cpc national congress | CPC National Congress");
  }

  @Test
  void keepsHeadlinesSeparateInSeed004() throws IOException {
    AnalyzedText a = ANALYZER.analyze(resource("seed004-en.txt"), "en");
    assertThat(sentenceSpans(a))
        .isEqualTo(
            "0-16 18-105 108-250 252-421 422-650 651-854 856-1015 1016-1176 1177-1478 1479-1767 1768-2450 2452-2563 "
                + "2564-2925 2926-3150 3151-3293 3294-3459 3460-3860");
    assertThat(a.sentenceText(0)).isEqualTo("Mr. Wang Bingnan");
    assertThat(tokens(a, 0)).isEqualTo("Mr.@0 Wang@4 Bingnan@9");
    assertThat(tokens(a, 1))
        .isEqualTo(
            "Member@18 of@25 the@28 CPC@32 Leadership@36 Group@47 of@53 the@56 Ministry@60 of@69 Commerce@72 of@81 "
                + "PRC@84 and@88 Vice@92 Minister@97");
    assertThat(a.sentenceText(3))
        .startsWith("On November 2, the inaugural meeting")
        .endsWith("held in Shanghai.");
    assertThat(a.tokens()).hasSize(661);
    assertThat(anchors(a))
        .contains(
            "PERSON 4-16 wangbingnan | Wang Bingnan",
            "DATE 255-265 --11-02 | November 2",
            "ACRONYM 394-398 CIIE | CIIE",
            "PERSON 485-495 zhongshan | Zhong Shan",
            "PERSON 735-746 renhongbin | Ren Hongbin",
            "ORDINAL 3642-3647 5 | Fifth",
            "ORDINAL 3671-3675 19 | 19th");
  }

  @Test
  void repairsAbbreviationSplits() {
    AnalyzedText a =
        ANALYZER.analyze(
            "Mr. Wang met Gen. Smith at No. 5 Main St. in Oct. 2022. The U.S. President arrived. It rained.",
            "en");
    assertThat(a.sentences()).hasSize(3);
    assertThat(a.sentenceText(0))
        .isEqualTo("Mr. Wang met Gen. Smith at No. 5 Main St. in Oct. 2022.");
    assertThat(a.sentenceText(1)).isEqualTo("The U.S. President arrived.");
    assertThat(a.tokensOf(0).stream().map(Token::text).toList())
        .containsExactly(
            "Mr.", "Wang", "met", "Gen.", "Smith", "at", "No.", "5", "Main", "St.", "in", "Oct.",
            "2022", ".");
    assertThat(anchors(a)).contains("DATE 45-54 2022-10 | Oct. 2022", "ACRONYM 60-64 US | U.S.");
  }

  @Test
  void findsRomanisedNamesOfTwoWords() {
    AnalyzedText a =
        ANALYZER.analyze(
            "Fei Xiaotong Jiangcun was visited. Vice Minister of Commerce Wang Bingnan spoke, and Mr. John Smith listened.",
            "en");
    assertThat(a.anchors(AnchorType.PERSON))
        .extracting(Anchor::text)
        .containsExactly("Fei Xiaotong", "Wang Bingnan", "John Smith");
  }

  @Test
  void splitsChineseSentencesWithClosingQuotes() {
    AnalyzedText a = ANALYZER.analyze("他说：“我们同意。”随后离开！真的吗？是的……好；再见\n标题", "zh");
    assertThat(a.sentences().stream().map(s -> s.span().of(a.raw())).toList())
        .containsExactly("他说：“我们同意。”", "随后离开！", "真的吗？", "是的……", "好；", "再见", "标题");
  }

  @Test
  void readsChineseNumbersDatesAndNames() {
    AnalyzedText a =
        ANALYZER.analyze(
            "2023年4月6日下午，国务院总理李强在十九届五中全会上指出，一季度GDP增长4.5%，两千零二十三名代表、"
                + "百分之五十的企业和4,000家公司参加，投资3亿元。单霁翔、曾庆红、欧阳修与费孝通出席。",
            "zh");
    assertThat(anchors(a))
        .contains(
            "DATE 0-9 2023-04-06 | 2023年4月6日",
            "TIME 9-11 afternoon | 下午",
            "PERSON 17-19 liqiang | 李强",
            "ORDINAL 20-23 19 | 十九届",
            "ORDINAL 23-27 5 | 五中全会",
            "ACRONYM 34-37 GDP | GDP",
            "PERCENT 39-43 4.5 | 4.5%",
            "NUMBER 44-50 2023 | 两千零二十三",
            "PERCENT 54-59 50 | 百分之五十",
            "NUMBER 63-68 4000 | 4,000",
            "MONEY 76-79 300000000 CNY | 3亿元",
            "PERSON 80-83 shanjixiang | 单霁翔",
            "PERSON 84-87 zengqinghong | 曾庆红",
            "PERSON 88-91 ouyangxiu | 欧阳修",
            "PERSON 92-95 feixiaotong | 费孝通");
    Anchor shan =
        a.anchors(AnchorType.PERSON).stream()
            .filter(p -> p.text().equals("单霁翔"))
            .findFirst()
            .orElseThrow();
    assertThat(shan.detail()).isEqualTo("Shan Jixiang");
  }

  @Test
  void readsChineseNumbersTheSegmenterCuts() {
    AnalyzedText a =
        ANALYZER.analyze("2023-02-11 13:09:10 发布。第二十届年会，上世纪90年代，5G网络，500余万的缺口，3万余人参加。", "zh");
    assertThat(anchors(a))
        .containsExactly(
            "DATE 0-10 2023-02-11 | 2023-02-11",
            "TIME 11-19 13:09 | 13:09:10",
            "ORDINAL 23-26 20 | 第二十",
            "ORGANIZATION 24-29 二十届年会 | 二十届年会",
            "NUMBER 33-35 90 | 90",
            "LATIN 38-40 5g | 5G",
            "NUMBER 43-48 5000000 | 500余万",
            "NUMBER 52-54 30000 | 3万");
  }

  @Test
  void readsEnglishPercentClockAndCurrencyTokens() {
    AnalyzedText a =
        ANALYZER.analyze(
            "Not above 97% of the target, at 13:09:10, closing at US$94.57 on Friday.", "en");
    assertThat(anchors(a))
        .containsExactly(
            "PERCENT 10-13 97 | 97%",
            "TIME 32-40 13:09 | 13:09:10", "MONEY 53-61 94.57 USD | US$94.57");
  }

  @Test
  void spansSurviveNormalisation() {
    String raw = "ＧＤＰ　增长　４．５％。\r\n\r\n  Second　line";
    AnalyzedText a = ANALYZER.analyze(raw, "zh");
    for (Token t : a.tokens()) {
      assertThat(t.span().fitsIn(raw.length())).isTrue();
    }
    assertThat(anchors(a)).contains("ACRONYM 0-3 GDP | GDP", "PERCENT 7-11 4.5 | 4.5%");
    assertThat(a.anchors().get(0).span().of(raw)).isEqualTo("ＧＤＰ");
    assertThat(a.sentences().stream().map(s -> s.span().of(raw)).toList())
        .containsExactly("ＧＤＰ　增长　４．５％。", "Second　line");
  }
}
