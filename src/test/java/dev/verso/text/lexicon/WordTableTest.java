package dev.verso.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTableTest {

  private static int lookup(WordTable t, String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = WordTable.extend(h, s.charAt(i));
    }
    return t.lookup(s, 0, s.length(), h);
  }

  @Test
  void wordsAndPrefixesAreFlagged() {
    WordTable t = new WordTable(List.of("网信办", "网信", "中国"));
    assertThat(lookup(t, "网信")).isEqualTo(WordTable.WORD | WordTable.PREFIX);
    assertThat(lookup(t, "网信办")).isEqualTo(WordTable.WORD);
    assertThat(lookup(t, "中")).isZero();
    assertThat(lookup(t, "中国人")).isZero();
    assertThat(t.maxLength()).isEqualTo(3);
    assertThat(t.maxLength('网')).isEqualTo(3);
    assertThat(t.maxLength('中')).isEqualTo(2);
  }

  @Test
  void withExtraWordsAnswersAsTheUnion() {
    Random r = new Random(7);
    Set<String> base = new HashSet<>();
    Set<String> extra = new HashSet<>();
    while (base.size() < 3000) {
      base.add(word(r));
    }
    while (extra.size() < 5000) { // more than the base, so the table has to grow
      extra.add(word(r) + word(r));
    }
    Set<String> union = new HashSet<>(base);
    union.addAll(extra);
    WordTable baseTable = new WordTable(base);
    WordTable grown = baseTable.with(extra);
    WordTable built = new WordTable(union);
    List<String> probes = new ArrayList<>(union);
    for (int i = 0; i < 3000; i++) {
      probes.add(word(r));
    }
    for (String p : probes) {
      for (int k = 1; k <= p.length(); k++) {
        String s = p.substring(0, k);
        assertThat(lookup(grown, s)).as(s).isEqualTo(lookup(built, s));
        assertThat(grown.contains(s, 0, s.length())).isEqualTo(built.contains(s, 0, s.length()));
      }
      assertThat(grown.maxLength(p.charAt(0))).isEqualTo(built.maxLength(p.charAt(0)));
    }
    assertThat(grown.maxLength()).isEqualTo(built.maxLength());
    // the base is unchanged
    String added = extra.stream().filter(w -> !base.contains(w)).findFirst().orElseThrow();
    assertThat(baseTable.contains(added, 0, added.length())).isFalse();
    assertThat(grown.contains(added, 0, added.length())).isTrue();
  }

  private static String word(Random r) {
    int n = 1 + r.nextInt(4);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('一' + r.nextInt(40)));
    }
    return b.toString();
  }
}
