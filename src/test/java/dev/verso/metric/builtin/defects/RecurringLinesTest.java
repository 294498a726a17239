package dev.verso.metric.builtin.defects;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecurringLinesTest {
  private final RecurringLines lines = new RecurringLines(3, 0.02, 2, 40);

  @Test
  void thresholdIsTheLargerOfTheCountAndTheShare() {
    assertThat(lines.threshold(10)).isEqualTo(3);
    assertThat(lines.threshold(1000)).isEqualTo(20);
    assertThat(lines.threshold(1001)).isEqualTo(21);
    assertThat(lines.enabled()).isTrue();
    assertThat(new RecurringLines(0, 0.02, 2, 40).enabled()).isFalse();
  }

  @Test
  void linesAreComparedWithoutCaseDigitsOrExtraSpace() {
    assertThat(RecurringLines.normalizeLine("  Share   THIS 2024 ")).isEqualTo("share this 0000");
    assertThat(RecurringLines.hash("")).isEqualTo("cbf29ce484222325");
    assertThat(RecurringLines.hash(RecurringLines.normalizeLine("Page 3 of 12")))
        .isEqualTo(RecurringLines.hash(RecurringLines.normalizeLine("page 7  of 40")));
  }

  @Test
  void shortLinesEndingLikeASentenceAreNotLearnt() {
    assertThat(RecurringLines.learnable("Thank you.", 2)).isFalse();
    assertThat(RecurringLines.learnable("Thank you", 2)).isTrue();
    assertThat(RecurringLines.learnable("Thank you all very much.", 5)).isTrue();
  }

  @Test
  void blocksAreReadFromTheDetails() {
    Map<String, Object> details = Map.of("blocks", List.of(List.of(0, 10), List.of(25, 40)));
    assertThat(RecurringLines.blocks(details)).containsExactly(new Span(0, 10), new Span(25, 40));
    assertThat(RecurringLines.blocks(Map.of())).isEmpty();
  }
}
