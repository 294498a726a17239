package dev.verso.metric.builtin.defects;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass comparison key gives what splitting at {@code [^\p{L}\p{N}]+} gave. */
class RepeatedTextKeyTest {
  private static String bySplitting(String s) {
    StringBuilder sb = new StringBuilder();
    for (String w : Pattern.compile("[^\\p{L}\\p{N}]+").split(s.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        sb.append(sb.length() > 0 ? " " : "").append(w);
      }
    }
    return sb.toString();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "The same sentence, twice!",
        "  -- leading separators and trailing ones --  ",
        "İstanbul's ÉCOLE at 3½ o'clock: Ⅻ, ²",
        "中新网北京2月11日电（记者 门睿）GDP增长4.5%",
        "emoji 😀 between words, 𝐁𝐨𝐥𝐝 letters",
        "tab\tand\nnewline\u00a0nbsp"
      })
  void isTheKeySplittingGave(String s) {
    assertThat(RepeatedText.key(s)).isEqualTo(bySplitting(s));
  }
}
