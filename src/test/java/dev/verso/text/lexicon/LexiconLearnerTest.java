package dev.verso.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LexiconLearnerTest {
  /** A small dictionary that knows every word of the corpus below but 废墟 (ruins) and 座. */
  private static final Map<String, Set<String>> DICTIONARY =
      Map.of(
          "地震", Set.of("earthquak"),
          "城市", Set.of("citi"),
          "变成", Set.of("turn", "becom"),
          "救援", Set.of("rescu"),
          "寻找", Set.of("search", "seek"),
          "幸存者", Set.of("survivor"),
          "古老", Set.of("ancient", "old"),
          "寺庙", Set.of("templ"),
          "剩下", Set.of("remain"),
          "废墟", Set.of("ruin"));

  private static final Function<String, Set<String>> LOOKUP =
      w -> DICTIONARY.getOrDefault(w, Set.of());

  /** Adds a pair whose Chinese words all stand in sentence {@code sentence}. */
  private static boolean add(LexiconLearner l, long sentence, List<String> zh, List<String> en) {
    long[] ids = new long[zh.size()];
    Arrays.fill(ids, sentence);
    return l.add(zh, ids, en);
  }

  private static final List<String> ZH1 = List.of("地震", "整", "座", "城市", "变成", "废墟");
  private static final List<String> EN1 = List.of("earthquak", "turn", "whole", "citi", "rubbl");
  private static final List<String> ZH2 = List.of("救援", "人员", "废墟", "寻找", "幸存者");
  private static final List<String> EN2 = List.of("rescuer", "search", "rubbl", "survivor");

  private static LexiconLearner rubble(LexiconLearner.Limits limits) {
    LexiconLearner l = new LexiconLearner(limits, LOOKUP);
    add(l, 1, ZH1, EN1);
    add(l, 2, ZH2, EN2);
    add(l, 3, List.of("座", "古老", "寺庙", "剩下", "废墟"), List.of("rubbl", "remain", "ancient", "templ"));
    return l;
  }

  @Test
  void learnsARenderingTheDictionaryLacksFromTheSentencesItRecursIn() {
    LexiconLearner.Result r = rubble(LexiconLearner.Limits.DEFAULT).learn();
    assertThat(r.lexicon().entries())
        .containsExactly(
            new LearntLexicon.Entry("废墟", "rubbl", 0.8442, 3),
            new LearntLexicon.Entry("座", "rubbl", 0.4738, 2));
    assertThat(r.sentencePairs()).isEqualTo(3);
    assertThat(r.refused()).isZero();
    assertThat(r.chineseWords()).isEqualTo(13);
    assertThat(r.englishWords()).isEqualTo(11);
  }

  @Test
  void theTranslationsOfOneSentenceCountOnceHoweverTheyAreCut() {
    LexiconLearner l = new LexiconLearner(LexiconLearner.Limits.DEFAULT, LOOKUP);
    for (int i = 0; i < 5; i++) {
      // five systems translating the same two sentences: one sentence cannot say which of its
      // words is "rubble"
      add(l, 7, List.of("救援", "人员", "废墟"), List.of("rescuer", "rubbl"));
      add(l, 8, List.of("今天", "下雨"), List.of("todai", "rain"));
    }
    // a sixth system joins both sentences into one bead: each word keeps its own sentence
    l.add(
        List.of("救援", "人员", "废墟", "今天", "下雨"),
        new long[] {7, 7, 7, 8, 8},
        List.of("rescuer", "rubbl", "todai", "rain"));
    assertThat(l.learn().lexicon().entries()).isEmpty();
  }

  @Test
  void theSamePairsGiveTheSameLexicon() {
    assertThat(rubble(LexiconLearner.Limits.DEFAULT).learn().lexicon().entries())
        .isEqualTo(rubble(LexiconLearner.Limits.DEFAULT).learn().lexicon().entries());
  }

  @Test
  void refusesEveryPairOnceALimitIsReached() {
    // the first pair has (6 + 1) × 5 = 35 cells, the second (5 + 1) × 4 = 24 more: over 50
    LexiconLearner l = new LexiconLearner(new LexiconLearner.Limits(50, 1000, 5, 0.2), LOOKUP);
    assertThat(add(l, 1, ZH1, EN1)).isTrue();
    assertThat(add(l, 2, ZH2, EN2)).isFalse();
    // small enough to fit, but refused too: what is learnt must not depend on which pairs are small
    assertThat(add(l, 3, List.of("废墟"), List.of("rubbl"))).isFalse();
    LexiconLearner.Result r = l.learn();
    assertThat(r.sentencePairs()).isEqualTo(1);
    assertThat(r.refused()).isEqualTo(2);

    LexiconLearner pairs = new LexiconLearner(new LexiconLearner.Limits(1000, 40, 5, 0.2), LOOKUP);
    assertThat(add(pairs, 1, ZH1, EN1)).isTrue();
    assertThat(add(pairs, 2, List.of("救援", "人员"), List.of("rescuer", "search"))).isFalse();
    // a refused pair leaves no trace: its words are not counted
    assertThat(pairs.learn().chineseWords()).isEqualTo(6);
  }

  @Test
  void aPairWithoutEnglishWordsTeachesNothingAndIsNotRefused() {
    LexiconLearner l = new LexiconLearner(LexiconLearner.Limits.DEFAULT, LOOKUP);
    assertThat(add(l, 1, List.of("废墟"), List.of())).isTrue();
    assertThat(l.learn().sentencePairs()).isZero();
  }

  @Test
  void everyChineseWordNeedsASentence() {
    LexiconLearner l = new LexiconLearner(LexiconLearner.Limits.DEFAULT, LOOKUP);
    assertThatThrownBy(() -> l.add(List.of("废墟", "座"), new long[] {1}, List.of("rubbl")))
        .hasMessage("2 Chinese words but 1 sentence ids");
  }
}
