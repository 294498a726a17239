package dev.verso.metric.builtin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.align.SummarySupport;
import dev.verso.model.Finding;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceChecksTest {
  private static final AnalyzedText TR =
      TextAnalyzer.shared()
          .analyze("The council hired 40 teachers in March. The mayor praised the plan.", "en");

  private final List<Finding> findings = new ArrayList<>();

  /** Checks the first sentence of {@code summary} against its best supporting sentence. */
  private SentenceChecks.Result check(String summary) {
    AnalyzedText sum = TextAnalyzer.shared().analyze(summary, "en");
    SummarySupport.Link link = SummarySupport.of(sum, TR).sentences().get(0);
    assertThat(link.tgt()).containsExactly(0);
    return new SentenceChecks(sum, TR, null, null, findings).check(0, link.tgt(), 0);
  }

  @Test
  void aSupportedSentenceHasNoProblems() {
    SentenceChecks.Result r = check("The council hired 40 teachers in March.");
    assertThat(r.facts()).extracting(Fact::text).containsExactly("40", "March");
    assertThat(r.supported()).isEqualTo(2);
    assertThat(r.contradictions()).isZero();
    assertThat(r.problems()).isZero();
    assertThat(r.edits()).isEmpty();
    assertThat(r.unlinked()).isEmpty();
    assertThat(findings).isEmpty();
  }

  @Test
  void aChangedCountContradictsTheSupportingSentence() {
    SentenceChecks.Result r = check("The council hired 45 teachers in March.");
    assertThat(r.supported()).isEqualTo(1);
    assertThat(r.contradictions()).isEqualTo(1);
    assertThat(r.problems()).isEqualTo(2);
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.check()).isEqualTo("CONTRADICTION");
    assertThat(f.span()).isEqualTo(new Span(18, 20));
    assertThat(f.message()).isEqualTo("The summary says “45” where the translation says “40”.");
    assertThat(f.suggestions()).containsExactly("40");
    assertThat(f.evidence()).containsEntry("supportSpan", List.of(18, 20));
  }

  @Test
  void aFlippedPolarityIsOneContradiction() {
    SentenceChecks.Result r = check("The council did not hire teachers in March.");
    assertThat(r.supported()).isEqualTo(1);
    assertThat(r.contradictions()).isEqualTo(1);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).span()).isEqualTo(new Span(16, 24));
    assertThat(findings.get(0).message())
        .isEqualTo(
            "The summary's polarity differs from its supporting sentence “The council hired 40"
                + " teachers in March.”.");
    assertThat(findings.get(0).evidence()).containsEntry("edit", "negation");
  }
}
