package dev.verso.text.zh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.zh.ChineseSegmenter.ZhToken;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readings of one number token in context, one step each (ChineseNumberAnchors). */
class ChineseNumberAnchorsTest {
  private static ZhToken num(int s, int e) {
    return new ZhToken(s, e, Token.Kind.NUMBER, false);
  }

  private static ZhToken word(int s, int e) {
    return new ZhToken(s, e, Token.Kind.WORD, false);
  }

  @Test
  void yearMonthDayIsOneDateAndTakesItsTokens() {
    // 2023年5月4日开会
    String text = "2023年5月4日开会";
    List<ZhToken> tokens =
        List.of(num(0, 4), word(4, 5), num(5, 6), word(6, 7), num(7, 8), word(8, 9), word(9, 11));
    List<Anchor> out = new ArrayList<>();
    int last = ChineseNumberAnchors.read(text, tokens, 0, out);
    assertThat(out)
        .containsExactly(new Anchor(AnchorType.DATE, new Span(0, 9), "2023年5月4日", "2023-05-04"));
    assertThat(last).isEqualTo(5);
  }

  @Test
  void ordinalPercentMoneyAndClockTime() {
    List<Anchor> out = new ArrayList<>();
    assertThat(ChineseNumberAnchors.read("第三次", List.of(word(0, 1), num(1, 2)), 1, out))
        .isEqualTo(1);
    assertThat(ChineseNumberAnchors.read("百分之五", List.of(word(0, 3), num(3, 4)), 1, out))
        .isEqualTo(1);
    assertThat(ChineseNumberAnchors.read("30美元", List.of(num(0, 2), word(2, 4)), 0, out))
        .isEqualTo(0);
    assertThat(
            ChineseNumberAnchors.read(
                "15时30分", List.of(num(0, 2), word(2, 3), num(3, 5), word(5, 6)), 0, out))
        .isEqualTo(2);
    assertThat(out)
        .containsExactly(
            new Anchor(AnchorType.ORDINAL, new Span(0, 2), "第三", "3"),
            new Anchor(AnchorType.PERCENT, new Span(0, 4), "百分之五", "5"),
            new Anchor(AnchorType.MONEY, new Span(0, 4), "30美元", "30 USD"),
            new Anchor(AnchorType.TIME, new Span(0, 6), "15时30分", "15:30"));
  }

  @Test
  void plainNumberAndTheArticleLikeOne() {
    List<Anchor> out = new ArrayList<>();
    assertThat(ChineseNumberAnchors.read("一个", List.of(num(0, 1), word(1, 2)), 0, out))
        .isEqualTo(0);
    assertThat(ChineseNumberAnchors.read("四千人", List.of(num(0, 2), word(2, 3)), 0, out))
        .isEqualTo(0);
    assertThat(out).containsExactly(new Anchor(AnchorType.NUMBER, new Span(0, 2), "四千", "4000"));
  }
}
