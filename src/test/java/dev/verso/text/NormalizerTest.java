package dev.verso.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
  @Test
  void foldsFullWidthAndWhitespaceAndMapsOffsetsBack() {
    String raw = "  ＡＢＣ　　１２３，“引号”\u200B\r\n\r\n下一段 ";
    NormalizedText n = Normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo("ABC 123,\"引号\"\n\n下一段");
    // "123" in the normalised text is at 4..7; in the raw text at 7..10
    assertThat(n.toRaw(4, 7).of(raw)).isEqualTo("１２３");
    // the collapsed space stands for both ideographic spaces
    assertThat(n.toRaw(3, 4).of(raw)).isEqualTo("\u3000\u3000");
    assertThat(n.toRaw(8, 9).of(raw)).isEqualTo("“");
    int p = n.text().indexOf("下一段");
    assertThat(n.toRaw(p, p + 3).of(raw)).isEqualTo("下一段");
    assertThat(n.toRaw(0, n.text().length()))
        .isEqualTo(new dev.verso.model.Span(2, raw.length() - 1));
  }

  @Test
  void keepsSurrogatePairsWhole() {
    String raw = "a\uD83D\uDE00b";
    NormalizedText n = Normalizer.normalize(raw);
    assertThat(n.text()).isEqualTo(raw);
    assertThat(n.toRaw(1, 3).of(raw)).isEqualTo("\uD83D\uDE00");
  }
}
