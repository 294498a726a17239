package dev.verso.metric.builtin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Finding;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyFactOmissionsTest {
  private static final AnalyzedText TR =
      TextAnalyzer.shared()
          .analyze(
              "Mayor John Smith opened the new bridge on 3 May 2021. Smith said the bridge cost 12"
                  + " million dollars.",
              "en");

  private static List<Finding> omissions(String summary) {
    List<Finding> out = new ArrayList<>();
    KeyFactOmissions.report(TextAnalyzer.shared().analyze(summary, "en"), TR, out);
    return out;
  }

  @Test
  void theLeadSentencesWhoAndWhenAreKeyFacts() {
    List<Finding> f = omissions("A new bridge was opened.");
    assertThat(f)
        .extracting(Finding::message)
        .containsExactly(
            "The summary leaves out the lead sentence's name “John Smith”.",
            "The summary leaves out the lead sentence's date “3 May 2021”.");
    assertThat(f).extracting(Finding::span).containsExactly(new Span(6, 16), new Span(42, 52));
    assertThat(f.get(0).evidence()).containsEntry("sentences", List.of(0));
  }

  @Test
  void aSurnameOrAnotherDateKeepsAFactFromBeingClearlyMissing() {
    assertThat(omissions("Smith opened a new bridge in June 2021.")).isEmpty();
  }
}
