package dev.verso.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnchorMatcherTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();

  private static Anchor only(String text, String lang, AnchorType type) {
    var found = ANALYZER.analyze(text, lang).anchors(type);
    assertThat(found).as("%s anchors in '%s'", type, text).hasSize(1);
    return found.get(0);
  }

  @ParameterizedTest(name = "{0} ↔ {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "今天有4人参加。|NUMBER|Four people came today.|NUMBER",
        "共有二十人。|NUMBER|There were 20 people.|NUMBER",
        "共两千零二十三人。|NUMBER|There were 2,023 people.|NUMBER",
        "共4000人。|NUMBER|There were 4,000 people.|NUMBER",
        "共四千人。|NUMBER|There were 4000 people.|NUMBER",
        "共4,000人。|NUMBER|There were four thousand people.|NUMBER",
        "学习党的二十大精神。|ORDINAL|Study the spirit of the 20th National Congress.|ORDINAL",
        "增长4.5%。|PERCENT|It grew 4.5 percent.|PERCENT",
        "增长百分之五。|PERCENT|It grew 5%.|PERCENT",
        "投资3亿元。|MONEY|It invested 300 million yuan.|MONEY",
        "4月6日开会。|DATE|They met on April 6.|DATE",
        "2023年开会。|DATE|They met in 2023.|DATE",
        "2023年4月6日开会。|DATE|They met on 6 April 2023.|DATE",
        "下午开会。|TIME|They met in the afternoon.|TIME",
        "15时30分开会。|TIME|They met at 3:30 p.m. today.|TIME",
        "王炳南出席。|PERSON|Wang Bingnan attended.|PERSON",
        "费孝通出席。|PERSON|Fei Xiaotong attended.|PERSON",
        "副部长单霁翔出席。|PERSON|Vice Minister Shan Jixiang attended.|PERSON",
        "会议由曾庆红主持。|PERSON|The meeting was chaired by Zeng Qinghong.|PERSON",
        "欧阳修出席。|PERSON|Ouyang Xiu attended.|PERSON",
        "GDP增长。|ACRONYM|The GDP grew.|ACRONYM",
      })
  void matchesChineseAnchorWithItsEnglishRendering(
      String zh, AnchorType zt, String en, AnchorType et) {
    Anchor a = only(zh, "zh", zt);
    Anchor b = only(en, "en", et);
    assertThat(ANALYZER.matcher().matches(a, b)).as("%s ↔ %s", a, b).isTrue();
  }

  @Test
  void matchesPlenarySessionOrdinals() {
    var zh = ANALYZER.analyze("十九届五中全会召开。", "zh").anchors(AnchorType.ORDINAL);
    var en =
        ANALYZER
            .analyze("The Fifth Plenary Session of the 19th Central Committee opened.", "en")
            .anchors(AnchorType.ORDINAL);
    assertThat(zh).extracting(Anchor::text).containsExactly("十九届", "五中全会");
    assertThat(en).extracting(Anchor::text).containsExactly("Fifth", "19th");
    assertThat(ANALYZER.matcher().matches(zh.get(0), en.get(1))).isTrue();
    assertThat(ANALYZER.matcher().matches(zh.get(1), en.get(0))).isTrue();
    assertThat(ANALYZER.matcher().matches(zh.get(0), en.get(0))).isFalse();
  }

  @Test
  void matchesSeedOrganisationsThroughTheDictionary() {
    Anchor zh = only("商务部开会。", "zh", AnchorType.ORGANIZATION);
    Anchor en = only("The Ministry of Commerce met.", "en", AnchorType.ORGANIZATION);
    assertThat(ANALYZER.matcher().matches(zh, en)).isTrue();
    Anchor fed = only("中国网络社会组织联合会成立。", "zh", AnchorType.ORGANIZATION);
    Anchor fedEn =
        only(
            "The China Federation of Network Social Organizations was founded.",
            "en",
            AnchorType.ORGANIZATION);
    assertThat(ANALYZER.matcher().matches(fed, fedEn)).isTrue();
    assertThat(ANALYZER.matcher().matches(zh, fedEn)).isFalse();
  }

  @ParameterizedTest(name = "{0} ≠ {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "共有二十人。|NUMBER|There were 21 people.|NUMBER",
        "4月6日开会。|DATE|They met on April 7.|DATE",
        "2023年开会。|DATE|They met in 2022.|DATE",
        "王炳南出席。|PERSON|Wang Bingbing attended.|PERSON",
        "下午开会。|TIME|They met in the morning.|TIME",
        "投资3亿元。|MONEY|It invested 300 million dollars.|MONEY",
      })
  void rejectsDifferentFacts(String zh, AnchorType zt, String en, AnchorType et) {
    assertThat(ANALYZER.matcher().matches(only(zh, "zh", zt), only(en, "en", et))).isFalse();
  }

  @Test
  void givesEveryReadingOfAName() {
    assertThat(ANALYZER.matcher().personKeys("单霁翔")).contains("shanjixiang", "jixiangshan");
    assertThat(ANALYZER.matcher().personKeys("曾庆红")).contains("zengqinghong");
  }
}
