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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /** The anchors token {@code i} makes, checking that it took the tokens up to {@code last}. */
  private static List<Anchor> anchors(String text, List<ZhToken> tokens, int i, int last) {
    List<Anchor> out = new ArrayList<>();
    assertThat(ChineseNumberAnchors.read(text, tokens, i, out)).isEqualTo(last);
    return out;
  }

  @ParameterizedTest
  @CsvSource({
    "第三次, 1, 2, ORDINAL, 0, 2, 3",
    "百分之五, 3, 4, PERCENT, 0, 4, 5",
    "30美元, 0, 2, MONEY, 0, 4, 30 USD",
    "四千人, 0, 2, NUMBER, 0, 2, 4000",
  })
  void numberAmongWords(
      String text, int s, int e, AnchorType type, int from, int to, String value) {
    List<ZhToken> tokens = new ArrayList<>();
    if (s > 0) {
      tokens.add(word(0, s));
    }
    tokens.add(num(s, e));
    if (e < text.length()) {
      tokens.add(word(e, text.length()));
    }
    int i = s > 0 ? 1 : 0;
    assertThat(anchors(text, tokens, i, i))
        .containsExactly(new Anchor(type, new Span(from, to), text.substring(from, to), value));
  }

  @Test
  void clockTimeTakesItsMinutes() {
    List<ZhToken> tokens = List.of(num(0, 2), word(2, 3), num(3, 5), word(5, 6));
    assertThat(anchors("15时30分", tokens, 0, 2))
        .containsExactly(new Anchor(AnchorType.TIME, new Span(0, 6), "15时30分", "15:30"));
  }

  @Test
  void theArticleLikeOneIsNoAnchor() {
    assertThat(anchors("一个", List.of(num(0, 1), word(1, 2)), 0, 0)).isEmpty();
  }
}
