package dev.verso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A memo computes each argument once until it is full, then starts afresh. */
class ThreadMemoTest {

  @Test
  void remembersUntilFull() {
    List<String> computed = new ArrayList<>();
    ThreadMemo<String, Integer> memo =
        new ThreadMemo<>(
            2,
            s -> {
              computed.add(s);
              return s.length();
            });
    assertThat(memo.get("a")).isEqualTo(1);
    assertThat(memo.get("bb")).isEqualTo(2);
    assertThat(memo.get("a")).isEqualTo(1);
    assertThat(computed).containsExactly("a", "bb");
    // full: the third argument empties it, so "a" is computed again
    assertThat(memo.get("ccc")).isEqualTo(3);
    assertThat(memo.get("a")).isEqualTo(1);
    assertThat(computed).containsExactly("a", "bb", "ccc", "a");
  }
}
