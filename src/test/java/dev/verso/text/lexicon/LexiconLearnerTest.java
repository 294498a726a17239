package dev.verso.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static LexiconLearner rubble(LexiconLearner.Limits limits) {
    LexiconLearner l = new LexiconLearner(limits, LOOKUP);
    l.add(
        List.of("地震", "整", "座", "城市", "变成", "废墟"),
        List.of("earthquak", "turn", "whole", "citi", "rubbl"));
    l.add(
        List.of("救援", "人员", "废墟", "寻找", "幸存者"), List.of("rescuer", "search", "rubbl", "survivor"));
    l.add(List.of("座", "古老", "寺庙", "剩下", "废墟"), List.of("rubbl", "remain", "ancient", "templ"));
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
  void theTranslationsOfOneSentenceCountOnce() {
    LexiconLearner l = new LexiconLearner(LexiconLearner.Limits.DEFAULT, LOOKUP);
    for (int i = 0; i < 5; i++) {
      // five systems translating the same sentence: one sentence cannot say which word is "rubble"
      l.add(List.of("救援", "人员", "废墟"), List.of("rescuer", "rubbl"));
    }
    assertThat(l.learn().lexicon().entries()).isEmpty();
  }

  @Test
  void theSamePairsGiveTheSameLexicon() {
    assertThat(rubble(LexiconLearner.Limits.DEFAULT).learn().lexicon().entries())
        .isEqualTo(rubble(LexiconLearner.Limits.DEFAULT).learn().lexicon().entries());
  }

  @Test
  void refusesEveryPairOnceALimitIsReached() {
    // the first pair has (6 + 1) × 5 = 35 cells, the second 24 more: over a limit of 50
    LexiconLearner l = new LexiconLearner(new LexiconLearner.Limits(50, 1000, 5, 0.2, 2), LOOKUP);
    assertThat(
            l.add(
                List.of("地震", "整", "座", "城市", "变成", "废墟"),
                List.of("earthquak", "turn", "whole", "citi", "rubbl")))
        .isTrue();
    assertThat(
            l.add(
                List.of("救援", "人员", "废墟", "寻找", "幸存者"),
                List.of("rescuer", "search", "rubbl", "survivor")))
        .isFalse();
    // small enough to fit, but refused too: what is learnt must not depend on which pairs are small
    assertThat(l.add(List.of("废墟"), List.of("rubbl"))).isFalse();
    LexiconLearner.Result r = l.learn();
    assertThat(r.sentencePairs()).isEqualTo(1);
    assertThat(r.refused()).isEqualTo(2);

    LexiconLearner pairs =
        new LexiconLearner(new LexiconLearner.Limits(1000, 40, 5, 0.2, 2), LOOKUP);
    assertThat(
            pairs.add(
                List.of("地震", "整", "座", "城市", "变成", "废墟"),
                List.of("earthquak", "turn", "whole", "citi", "rubbl")))
        .isTrue();
    assertThat(pairs.add(List.of("救援", "人员"), List.of("rescuer", "search"))).isFalse();
  }

  @Test
  void aPairWithoutEnglishWordsTeachesNothingAndIsNotRefused() {
    LexiconLearner l = new LexiconLearner(LexiconLearner.Limits.DEFAULT, LOOKUP);
    assertThat(l.add(List.of("废墟"), List.of())).isTrue();
    assertThat(l.learn().sentencePairs()).isZero();
  }
}
