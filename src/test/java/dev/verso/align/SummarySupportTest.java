package dev.verso.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarySupportTest {
  private static final String TRANSLATION =
      "The city opened a new library on Monday. It holds 200,000 books. "
          + "The mayor, Li Hua, said reading builds character. Parking near the building is limited.";

  @Test
  void linksEachSummarySentenceToTheTranslationSentencesItCompresses() {
    String summary =
        "Mayor Li Hua opened a library with 200,000 books. Reading builds character, he said.";
    SummarySupport s =
        SummarySupport.of(
            TextAnalyzer.shared().analyze(summary, "en"),
            TextAnalyzer.shared().analyze(TRANSLATION, "en"));
    assertThat(s.sentences()).hasSize(2);
    SummarySupport.Link first = s.sentences().get(0);
    assertThat(first.span()).isEqualTo(new Span(0, 49));
    assertThat(first.tgt()).containsExactly(2, 1, 0);
    assertThat(first.coverage()).isEqualTo(1.0);
    // not monotone: the second summary sentence goes back to translation sentence 2
    assertThat(s.sentences().get(1).tgt()).containsExactly(2);
    assertThat(s.sentences().get(1).scores()).containsExactly(1.0);
    assertThat(s.translationCovered()).containsExactly(true, true, true, false);
  }

  @Test
  void anUnsupportedSummarySentenceHasNoLinks() {
    SummarySupport s =
        SummarySupport.of(
            TextAnalyzer.shared().analyze("Critics questioned the cost.", "en"),
            TextAnalyzer.shared().analyze(TRANSLATION, "en"));
    assertThat(s.sentences().get(0).tgt()).isEmpty();
    assertThat(s.sentences().get(0).coverage()).isEqualTo(0.0);
    assertThat(s.translationCovered()).containsExactly(false, false, false, false);
  }

  @Test
  void emptyTextsGiveNoLinks() {
    SummarySupport s =
        SummarySupport.of(
            TextAnalyzer.shared().analyze("", "en"), TextAnalyzer.shared().analyze("", "en"));
    assertThat(s.sentences()).isEmpty();
    assertThat(s.translationCovered()).isEqualTo(List.of());
  }
}
