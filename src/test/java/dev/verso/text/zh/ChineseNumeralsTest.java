package dev.verso.text.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest
  @CsvSource({
    "4, 4",
    "二十, 20",
    "十九, 19",
    "两千零二十三, 2023",
    "四千, 4000",
    "4000, 4000",
    "'4,000', 4000",
    "4.5, 4.5",
    "4.5万, 45000",
    "1.2亿, 120000000",
    "三亿五千万, 350000000",
    "一万亿, 1000000000000",
    "二〇二三, 2023",
    "一百零五, 105",
    "十, 10",
    "百万, 1000000",
    "零, 0"
  })
  void parsesNumerals(String text, String value) {
    assertThat(ChineseNumerals.canonical(ChineseNumerals.parse(text))).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"abc", "二十x", "''"})
  void rejectsNonNumbers(String text) {
    assertThat(ChineseNumerals.parse(text)).isNull();
  }

  @Test
  void stepsOfParse() {
    assertThat(ChineseNumerals.arabicPrefix("4,000.5万"))
        .isEqualTo(new ChineseNumerals.Arabic(new BigDecimal("4000.5"), 7));
    assertThat(ChineseNumerals.arabicPrefix("12."))
        .isEqualTo(new ChineseNumerals.Arabic(new BigDecimal("12"), 2));
    assertThat(ChineseNumerals.digitByDigit("二〇二三")).isEqualByComparingTo("2023");
    assertThat(ChineseNumerals.digitByDigit("两三")).isNull();
    assertThat(ChineseNumerals.digitByDigit("二十")).isNull();
    assertThat(ChineseNumerals.digitByDigit("五")).isNull();
    assertThat(ChineseNumerals.withUnits("两千零二十三", 0, null)).isEqualByComparingTo("2023");
    assertThat(ChineseNumerals.withUnits("4.5万", 3, new BigDecimal("4.5")))
        .isEqualByComparingTo("45000");
    assertThat(ChineseNumerals.withUnits("十亿", 0, null)).isEqualByComparingTo("1000000000");
    assertThat(ChineseNumerals.withUnits("三x", 0, null)).isNull();
  }
}
