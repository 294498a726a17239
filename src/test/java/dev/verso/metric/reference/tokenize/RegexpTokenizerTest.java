package dev.verso.metric.reference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written 13a rules against the four regular expressions of sacreBLEU's {@code
 * TokenizerRegexp}, on random text.
 */
class RegexpTokenizerTest {
  private static final Pattern[] RES = {
    Pattern.compile("([{-~\\[-` -&(-+:-@/])"),
    Pattern.compile("([^0-9])([.,])"),
    Pattern.compile("([.,])([^0-9])"),
    Pattern.compile("([0-9])(-)")
  };
  private static final String[] REPL = {" $1 ", "$1 $2 ", " $1 $2", "$1 $2 "};

  private static String oracle(String s) {
    for (int k = 0; k < RES.length; k++) {
      s = RES[k].matcher(s).replaceAll(REPL[k]);
    }
    return PyStrings.normalizeSpaces(s);
  }

  @Test
  void equalsTheRegularExpressionsOnRandomText() {
    String alphabet = "a1.,-'\"$&(){}[]/:;@~`^_ \u3000\u00a0中.,9-";
    Random rnd = new Random(7);
    for (int k = 0; k < 20000; k++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(25);
      for (int i = 0; i < n; i++) {
        if (rnd.nextInt(20) == 0) {
          b.appendCodePoint(0x1F600 + rnd.nextInt(3)); // a supplementary character
        } else {
          b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      String s = b.toString();
      assertThat(RegexpTokenizer.apply(s)).as("input <%s>", s).isEqualTo(oracle(s));
    }
  }

  @Test
  void splitsPunctuationLikeMteval() {
    assertThat(RegexpTokenizer.apply(" It costs $5.50, or 3,000 yen-2020-21. "))
        .isEqualTo("It costs $ 5.50 , or 3,000 yen-2020 - 21 .");
    assertThat(RegexpTokenizer.apply("a..b")).isEqualTo("a . . b");
  }
}
