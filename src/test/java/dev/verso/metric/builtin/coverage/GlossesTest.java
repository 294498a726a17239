package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossesTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();
  private static final BilingualLexicon LEXICON = ANALYZER.lexicon();

  /** The token of {@code zh} with text {@code word}. */
  private static Token token(String zh, String word) {
    return ANALYZER.analyze(zh, "zh").tokens().stream()
        .filter(t -> t.text().equals(word))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aKnownWordHasItsOwnSensesAsOneGroup() {
    Token t = token("公司去年招聘了三百名员工。", "去年");
    assertThat(Glosses.keysOf(t, LEXICON)).containsExactlyInAnyOrder("last", "year");
    assertThat(Glosses.sensesOf(t, LEXICON)).containsExactly(List.of(List.of("last", "year")));
  }

  @Test
  void anUnknownWordFallsBackToOneGroupPerCharacter() {
    Token t = token("昨天李明会见了外国代表团。", "李明");
    List<List<List<String>>> senses = Glosses.sensesOf(t, LEXICON);
    assertThat(senses).hasSize(2);
    assertThat(senses.get(0)).containsExactly(List.of("plum")); // 李
    assertThat(senses.get(1).get(0)).containsExactly("ming", "dynasti"); // 明
    assertThat(Glosses.keysOf(t, LEXICON)).contains("plum", "ming", "bright");
  }

  @Test
  void numbersHaveNoGlosses() {
    Token t = token("公司去年招聘了三百名员工。", "三百");
    assertThat(Glosses.keysOf(t, LEXICON)).isEmpty();
    assertThat(Glosses.sensesOf(t, LEXICON)).isEmpty();
  }
}
