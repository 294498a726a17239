package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransliterationsTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();
  private static final BilingualLexicon LEXICON = ANALYZER.lexicon();

  @Test
  void singleCharactersCutOutOfANameSoundLikeTheTargetWord() {
    String zh = "它可能会膨胀到哈德森大街。";
    String en = "It could swell to Hudson Street.";
    AnalyzedText src = ANALYZER.analyze(zh, "zh");
    AnalyzedText tgt = ANALYZER.analyze(en, "en");
    assertThat(
            Transliterations.transliteratedSingles(
                src, new Span(0, zh.length()), List.of(), tgt, new Span(0, en.length()), LEXICON))
        .containsExactlyInAnyOrder(new Span(7, 8), new Span(8, 9), new Span(9, 10));
    assertThat(
            Transliterations.transliteratedSingles(
                src, new Span(0, zh.length()), List.of(), tgt, null, LEXICON))
        .isEmpty();
  }

  @Test
  void aSentenceInitialWordCountsOnlyWhenAllowed() {
    String en = "Goddard did it.";
    AnalyzedText tgt = ANALYZER.analyze(en, "en");
    Span all = new Span(0, en.length());
    assertThat(Transliterations.soundsLikeAWord("戈达德", tgt, all, LEXICON)).isTrue();
    assertThat(Transliterations.soundsLikeAWord("戈达德", tgt, all, LEXICON, false)).isFalse();
  }

  @Test
  void maybeATransliterationWhenTheDictionaryDoesNotKnowTheWord() {
    assertThat(Transliterations.maybeTransliteration("戈达德", LEXICON)).isTrue();
    assertThat(Transliterations.maybeTransliteration("问题", LEXICON)).isFalse();
    assertThat(Transliterations.maybeTransliteration("德", LEXICON)).isFalse(); // one character
  }
}
