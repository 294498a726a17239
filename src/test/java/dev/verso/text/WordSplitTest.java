package dev.verso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** WordSplit gives exactly what String.split with the same patterns gives. */
class WordSplitTest {

  @Test
  void examples() {
    assertThat(WordSplit.alphanumeric("The CFNSO's 2nd (2019) report."))
        .containsExactly("The", "CFNSO", "s", "2nd", "2019", "report");
    assertThat(WordSplit.alphanumeric(" ,a--b,,")).containsExactly("", "a", "b");
    assertThat(WordSplit.alphanumeric("")).containsExactly("");
    assertThat(WordSplit.alphanumeric("...")).isEmpty();
    assertThat(WordSplit.alphanumeric("中国，2019年Ⅻ½")).containsExactly("中国", "2019年Ⅻ½");
  }

  @Test
  void agreesWithStringSplitOnRandomText() {
    // letters, digits, other numbers (½, Ⅻ), marks, punctuation, spaces, CJK, a supplementary
    // letter and a lone surrogate
    String[] pieces = {
      "a", "Z", "7", "½", "Ⅻ", "\u0301", "-", " ", ",", "中", "。", "\uD835\uDC00", "\uD800", "İ", "_"
    };
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(WordSplit.alphanumeric(s)).as(s).isEqualTo(s.split("[^\\p{L}\\p{N}]+"));
      assertThat(WordSplit.spaceOrHyphen(s)).as(s).isEqualTo(s.split("[\\s-]+"));
    }
  }
}
