package dev.verso.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shortcut for a word with a glued comma, colon, semicolon, question or exclamation mark gives
 * the model's tokens.
 */
class TokenizerFastPathTest {

  private static List<String> tokens(String s, boolean fast) {
    boolean old = EnglishSegmenter.FAST_PUNCTUATION;
    EnglishSegmenter.FAST_PUNCTUATION = fast;
    try {
      List<String> out = new ArrayList<>();
      for (int[] t : EnglishSegmenter.tokens(s, 0, s.length())) {
        out.add(s.substring(t[0], t[1]));
      }
      return out;
    } finally {
      EnglishSegmenter.FAST_PUNCTUATION = old;
    }
  }

  @Test
  void shortcutAgreesWithTheModel() {
    List<String> sentences =
        List.of(
            "In Beijing, Shanghai; and Wuhan: officials asked why? Nobody knew!",
            "On March 3, 2023, the CFNSO said: 1,200 members, 35 groups; 100ml, 2nd, U.S., e.g., Mr, Dr:",
            "He said, \"yes,\" and left; then (again), 42% rose: what?! Fine,",
            "He met Dr: yes, Prof: no, Inc, Co: and Jr! St; Mrs: Ltd, Corp: Gov; Sept:");
    for (String s : sentences) {
      assertThat(tokens(s, true)).as(s).isEqualTo(tokens(s, false));
    }
    assertThat(tokens("In Beijing, officials asked why?", true))
        .containsExactly("In", "Beijing", ",", "officials", "asked", "why", "?");
  }
}
