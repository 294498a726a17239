package dev.verso.metric.builtin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NoveltyTest {
  private static final String TEXT =
      "The mayor said 40 people would be hired in three districts. The budget is 12 million dollars.";

  private static Novelty novelty(String summary) {
    AnalyzedText sum = TextAnalyzer.shared().analyze(summary, "en");
    return Novelty.of(sum, 0, new FactSupport(TextAnalyzer.shared().analyze(TEXT, "en")));
  }

  private static List<String> texts(List<Span> spans, String summary) {
    return spans.stream().map(s -> s.of(summary)).toList();
  }

  /** summary, novel numbers, novel rare words, novel common words. */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("The mayor said 40 people would be hired.", List.of(), List.of(), List.of()),
        Arguments.of(
            "The mayor said 45 people would be hired.", List.of("45"), List.of(), List.of()),
        // "forty" is stated as 40; "five" is not
        Arguments.of(
            "The mayor said forty-five people would be hired.",
            List.of("five"),
            List.of(),
            List.of()),
        Arguments.of(
            "Mayor Gundersen hired people in 3 districts.",
            List.of(),
            List.of("Gundersen"),
            List.of()),
        Arguments.of(
            "The mayor said 40 people would be employed in five districts.",
            List.of("five"),
            List.of(),
            List.of("employed")),
        Arguments.of(
            "The 12-million budget was approved.", List.of(), List.of(), List.of("approved")));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void sortsTheWordsTheTextNeverUses(
      String summary, List<String> numbers, List<String> rare, List<String> common) {
    Novelty n = novelty(summary);
    assertThat(texts(n.numbers(), summary)).isEqualTo(numbers);
    assertThat(texts(n.rare(), summary)).isEqualTo(rare);
    assertThat(texts(n.common(), summary)).isEqualTo(common);
  }

  @Test
  void countsARepeatedNovelWordOnce() {
    // mayor, mayor, hired, 45, people, 45 ("said", "in", "all" are function words)
    Novelty n = novelty("The mayor said the mayor hired 45 people, 45 in all.");
    assertThat(n.content()).isEqualTo(6);
    assertThat(n.size()).isEqualTo(1);
  }
}
