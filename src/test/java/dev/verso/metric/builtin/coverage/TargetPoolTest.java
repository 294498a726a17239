package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TargetPoolTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();

  private static AnalyzedText en(String text) {
    return ANALYZER.analyze(text, "en");
  }

  /** The pool of the whole of {@code s}, sorted by key. */
  private static String pool(String s) {
    return new TreeMap<>(TargetPool.of(en(s), new Span(0, s.length()))).toString();
  }

  @Test
  void thePoolHoldsTheStemsOfTheContentWords() {
    assertThat(pool("The company hired 300 employees last year."))
        .isEqualTo("{300=1, compani=1, employe=1, hire=1, last=1, year=1}");
  }

  @Test
  void irregularFormsByTheirBaseAndHyphenatedWordsByTheirParts() {
    assertThat(pool("They went to a well-known long-term meeting."))
        .isEqualTo("{go=1, know=1, long=1, meet=1, term=1, well=1}");
  }

  @Test
  void consumeTakesOneOccurrenceByKeyPrefixOrRoot() {
    Map<String, Integer> pool = new HashMap<>(Map.of("employe", 1, "histor", 1, "year", 2));
    assertThat(TargetPool.consume(Set.of("employer"), pool)).isTrue(); // prefix "employ"
    assertThat(TargetPool.consume(Set.of("histori"), pool)).isTrue(); // root "histor"
    assertThat(TargetPool.consume(Set.of("moon"), pool)).isFalse();
    assertThat(TargetPool.consume(Set.of("year"), pool)).isTrue();
    assertThat(pool).isEqualTo(Map.of("employe", 0, "histor", 0, "year", 1));
  }

  @Test
  void consumeSensesTakesTheWordsOfTheBestSenseOfEachGroup() {
    Map<String, Integer> pool = new HashMap<>(Map.of("last", 1, "year", 1, "moon", 1));
    // 去年 "last year" (one sense of two words), then 月 "moon; month"
    List<List<List<String>>> groups =
        List.of(List.of(List.of("last", "year")), List.of(List.of("month"), List.of("moon")));
    assertThat(TargetPool.consumeSenses(groups, pool)).isTrue();
    assertThat(pool).isEqualTo(Map.of("last", 0, "year", 0, "moon", 0));
    assertThat(TargetPool.consumeSenses(groups, pool)).isFalse();
  }

  @Test
  void rootsStripOneDerivationalEnding() {
    assertThat(TargetPool.root("histori")).isEqualTo("histor");
    assertThat(TargetPool.root("histor")).isEqualTo("histor");
    assertThat(TargetPool.root("nationalist")).isEqualTo("national");
    assertThat(TargetPool.root("cat")).isNull();
  }

  @Test
  void unmatchedCountsTheContentWordsLeftInThePool() {
    String s = "The company hired 300 employees last year.";
    AnalyzedText t = en(s);
    Span all = new Span(0, s.length());
    Map<String, Integer> pool = TargetPool.of(t, all);
    TargetPool.consume(Set.of("compani", "employe", "last", "year"), pool);
    // "300" is a number, no word: it is never counted
    assertThat(TargetPool.unmatched(t, all, pool)).isEqualTo(1);
    assertThat(pool.get("hire")).isZero();
  }
}
