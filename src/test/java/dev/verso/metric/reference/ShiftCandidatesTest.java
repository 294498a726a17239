package dev.verso.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TER's shift candidate enumeration and ordering. */
class ShiftCandidatesTest {

  private static List<String> triples(ShiftCandidates c) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < c.count; k++) {
      out.add(c.start[k] + "+" + c.length[k] + "->" + c.target[k]);
    }
    return out;
  }

  @Test
  void collectsEveryMatchingPhraseWithEachDistinctTarget() {
    // hypothesis "c a b" against reference "a b c", aligned on the diagonal, every word an error
    ShiftCandidates c = new ShiftCandidates(new int[] {5, 6, 7});
    c.collect(new int[] {7, 5, 6}, new int[] {0, 1, 2}, new int[] {1, 1, 1}, new int[] {1, 1, 1});
    assertThat(triples(c))
        .containsExactly(
            "0+1->2", "0+1->3", "1+1->0", "1+1->1", "1+2->0", "1+2->1", "1+2->2", "2+1->1",
            "2+1->2");
    assertThat(c.checked).isEqualTo(9);
    assertThat(c.exhausted()).isFalse();
  }

  @Test
  void skipsPhrasesWithoutErrors() {
    ShiftCandidates c = new ShiftCandidates(new int[] {5, 6, 7});
    c.collect(new int[] {7, 5, 6}, new int[] {0, 1, 2}, new int[] {0, 0, 0}, new int[] {1, 1, 1});
    assertThat(c.count).isZero();
  }

  @Test
  void ordersLongestFirstKeepingEnumerationOrderWithinALength() {
    ShiftCandidates c = new ShiftCandidates(new int[] {1});
    c.add(0, 1, 0);
    c.add(1, 3, 2);
    c.add(2, 1, 5);
    c.add(3, 3, 1);
    c.add(4, 10, 0);
    assertThat(c.orderByLengthDescending()).containsExactly(4, 1, 3, 0, 2);
  }
}
