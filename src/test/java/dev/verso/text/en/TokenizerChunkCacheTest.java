package dev.verso.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's answers for whitespace-free chunks are remembered per thread: a remembered answer, a
 * fresh one and one given after the memory was emptied are the same tokens.
 */
class TokenizerChunkCacheTest {

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (int[] t : EnglishSegmenter.tokens(s, 0, s.length())) {
      out.add(s.substring(t[0], t[1]));
    }
    return out;
  }

  @Test
  void rememberedChunksGiveTheModelsTokens() {
    String s = "The \"CFNSO\" (founded 2019) didn't say U.S.-based firms' e-mail was 3.5%.";
    List<String> expected =
        List.of(
            "The", "\"", "CFNSO", "\"", "(", "founded", "2019", ")", "didn't", "say", "U.S.", "-",
            "based", "firms'", "e-mail", "was", "3.5", "%", ".");
    assertThat(tokens(s)).isEqualTo(expected);
    assertThat(tokens(s)).as("answered from the memory").isEqualTo(expected);
    // more distinct chunks than the memory holds: it is emptied and filled again
    for (int i = 0; i <= EnglishSegmenter.CHUNK_CACHE_SIZE; i++) {
      String chunk = "(x" + i + ")";
      assertThat(tokens(chunk)).containsExactly("(", "x" + i, ")");
    }
    assertThat(tokens(s)).as("after the memory was emptied").isEqualTo(expected);
  }
}
