package dev.verso.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The per-document bounds: a field over the length limit, and an evaluation past the time limit.
 */
class EvaluatorLimitsTest {
  /** Counts the words of the translation; on the document "stuck" it waits until released. */
  private static final class WaitingMetric implements Metric {
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String id() {
      return "WORDS";
    }

    @Override
    public Signature signature() {
      return new Signature("WORDS|test");
    }

    @Override
    public List<String> statNames() {
      return List.of("words");
    }

    @Override
    public Measurement measure(EvaluationContext unit) {
      if (unit.document().id().equals("stuck")) {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", e);
        }
      }
      String text = unit.document().translations().get(unit.system()).text();
      return Measurement.of(new double[] {text.split(" ").length}, List.of());
    }

    @Override
    public double score(double[] summedStats) {
      return summedStats[0];
    }
  }

  private static Document doc(String id, String translation) {
    return Document.of(
        id,
        new Passage(null, "源文。", "zh"),
        Map.of("s", new Passage(null, translation, "en")),
        Map.of());
  }

  @Test
  void aDocumentPastTheTimeLimitIsAnErrorAndTheOthersAreEvaluated() {
    WaitingMetric m = new WaitingMetric();
    Evaluator evaluator = new Evaluator(List.of(m), 2, 1_000, 1);
    List<InputProblem> problems = new ArrayList<>();
    try {
      EvaluationResult r =
          evaluator.evaluateAll(
              List.of(doc("a", "one two"), doc("stuck", "three"), doc("b", "four five six")),
              problems);
      assertThat(r.documents()).extracting(d -> d.document().id()).containsExactly("a", "b");
      assertThat(r.corpus().sum("s", "WORDS")).containsExactly(5.0);
      assertThat(r.problems())
          .extracting(InputProblem::message)
          .containsExactly(
              "document 'stuck' not evaluated: it took longer than the limit of 1 s per document"
                  + " (split the document, or raise the limit with --document-timeout)");
    } finally {
      m.release.countDown();
    }
  }

  @Test
  void aFieldOverTheLengthLimitIsAnErrorAndNeverEvaluated() {
    WaitingMetric m = new WaitingMetric();
    Evaluator evaluator = new Evaluator(List.of(m), 1, 10, 0);
    EvaluationResult r =
        evaluator.evaluateAll(
            List.of(doc("a", "one two"), doc("stuck", "a translation of 34 characters ...")),
            new ArrayList<>());
    assertThat(r.documents()).extracting(d -> d.document().id()).containsExactly("a");
    assertThat(r.problems())
        .extracting(InputProblem::message)
        .containsExactly(
            "document 'stuck' not evaluated: field translations.s has 34 characters, over the limit"
                + " of 10 per field (split the document, or raise the limit with --max-field-chars)");
  }
}
