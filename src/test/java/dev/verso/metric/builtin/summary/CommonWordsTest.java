package dev.verso.metric.builtin.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped vocabulary resource is exactly what CC-CEDICT gives. After a dictionary update, run
 * this test with {@code -Dverso.regenerate=true} to rewrite the resource, then commit it.
 */
class CommonWordsTest {
  @Test
  void theResourceIsTheVocabularyTheDictionaryGives() throws IOException {
    List<String> computed = List.copyOf(Novelty.CommonWords.compute());
    if (Boolean.getBoolean("verso.regenerate")) {
      Files.write(
          Path.of("src/main/resources" + Novelty.CommonWords.RESOURCE),
          computed,
          StandardCharsets.UTF_8);
    }
    List<String> shipped;
    try (InputStream in =
        Novelty.CommonWords.class.getResourceAsStream(Novelty.CommonWords.RESOURCE)) {
      assertThat(in).as(Novelty.CommonWords.RESOURCE).isNotNull();
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(shipped).hasSize(computed.size()).isEqualTo(computed);
  }

  @Test
  void knowsCommonWordsAndTheirInflectionsButNotNames() {
    assertThat(Novelty.CommonWords.contains("government")).isTrue();
    assertThat(Novelty.CommonWords.contains("governments")).isTrue();
    assertThat(Novelty.CommonWords.contains("zhengzhou")).isFalse();
  }
}
