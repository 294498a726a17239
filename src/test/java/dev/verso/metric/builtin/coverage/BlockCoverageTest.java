package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.builtin.coverage.BlockCoverage.Item;
import dev.verso.metric.builtin.coverage.BlockCoverage.Result;
import dev.verso.metric.builtin.coverage.BlockCoverage.Run;
import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact coverage of small Chinese source blocks by their English translations. */
class BlockCoverageTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();

  /** Measures the whole of {@code zh} against the whole of {@code en}. */
  static Result measure(String zh, String en, Map<Anchor, Boolean> terms) {
    Span all = new Span(0, en.length());
    return BlockCoverage.measure(
        ANALYZER.analyze(zh, "zh"),
        new Span(0, zh.length()),
        ANALYZER.analyze(en, "en"),
        all,
        all,
        ANALYZER.lexicon(),
        ANALYZER.matcher(),
        terms,
        GlossRelations.Use.NONE);
  }

  /** An item as "text start-end weight covered|uncovered". */
  static List<String> items(Result r) {
    return r.items().stream().map(BlockCoverageTest::line).toList();
  }

  private static String line(Item it) {
    String state = it.covered() ? "covered" : "uncovered";
    return String.format(
        "%s %d-%d %s %s", it.text(), it.span().start(), it.span().end(), it.weight(), state);
  }

  @Test
  void aDroppedClauseIsOneRunWithTheNumberInside() {
    Result r =
        measure("公司去年招聘了三百名员工，并且开设了两家新工厂。", "The company hired 300 employees last year.", Map.of());
    // 公司 counts as a word (a common word, no organisation); 了, 并且 are function words and 名, 家
    // classifiers after a number
    assertThat(items(r))
        .containsExactly(
            "公司 0-2 1.0 covered",
            "去年 2-4 1.0 covered",
            "招聘 4-6 1.0 uncovered",
            "三百 7-9 3.0 covered",
            "员工 10-12 1.0 covered",
            "开设 15-17 1.0 uncovered",
            "两 18-19 3.0 uncovered",
            "新 20-21 1.0 uncovered",
            "工厂 21-23 1.0 uncovered");
    assertThat(r.runs())
        .containsExactly(
            new Run(new Span(4, 6), 1.0, List.of("招聘")),
            new Run(new Span(15, 23), 6.0, List.of("开设", "新", "工厂")));
    assertThat(r.covered()).isEqualTo(6.0);
    assertThat(r.total()).isEqualTo(13.0);
    assertThat(r.share()).isEqualTo(6.0 / 13.0);
    assertThat(r.uncovered()).isEqualTo(7.0);
    assertThat(r.uncoveredAnchors()).isEqualTo(3.0);
    assertThat(r.longestRun()).isEqualTo(6.0);
    assertThat(r.unmatchedTarget()).isEqualTo(1); // "hired": 招聘 glosses as recruit
  }

  @Test
  void aNumberInDigitsCoversItsChineseNumeral() {
    Result r = measure("他们种了五千棵树。", "They planted 5,000 trees.", Map.of());
    assertThat(items(r))
        .containsExactly("种 2-3 1.0 covered", "五千 4-6 3.0 covered", "树 7-8 1.0 covered");
    assertThat(r.runs()).isEmpty();
    assertThat(r.share()).isEqualTo(1.0);
    assertThat(r.unmatchedTarget()).isZero();
  }

  @Test
  void anUnrenderedNameOpensTheRunAfterIt() {
    Result r = measure("昨天李明会见了外国代表团。", "Yesterday the foreign delegation was received.", Map.of());
    assertThat(items(r))
        .containsExactly(
            "昨天 0-2 1.0 covered",
            "李明 2-4 3.0 uncovered",
            "会见 4-6 1.0 uncovered",
            "外国 7-9 1.0 covered",
            "代表团 9-12 1.0 covered");
    assertThat(r.runs()).containsExactly(new Run(new Span(2, 6), 4.0, List.of("会见")));
    assertThat(r.covered()).isEqualTo(3.0);
    assertThat(r.total()).isEqualTo(7.0);
    assertThat(r.unmatchedTarget()).isEqualTo(1); // "received"
  }

  @Test
  void singleCharactersOfATransliterationAreCoveredByItsSound() {
    Result r = measure("它可能会膨胀到哈德森大街。", "It could swell to Hudson Street.", Map.of());
    assertThat(items(r))
        .containsExactly(
            "膨胀 4-6 1.0 covered",
            "哈 7-8 1.0 covered",
            "德 8-9 1.0 covered",
            "森 9-10 1.0 covered",
            "大街 10-12 1.0 covered");
    assertThat(r.unmatchedTarget()).isEqualTo(1); // a sound match takes no word from the pool
  }

  @Test
  void aTimeAnchorWeighsLessThanADate() {
    Result r =
        measure("下午，我们讨论了教育改革。", "In the afternoon, we discussed education reform.", Map.of());
    assertThat(items(r).get(0)).isEqualTo("下午 0-2 1.5 covered");
    assertThat(r.covered()).isEqualTo(4.5); // with 讨论, 教育, 改革
    assertThat(r.total()).isEqualTo(4.5);
  }

  @Test
  void aRenderedGlossaryTermIsAnAnchorAndTakesItsWords() {
    Anchor term =
        new Anchor(AnchorType.ORGANIZATION, new Span(0, 2), "黑洞", "black hole", BlockCoverage.TERM);
    String zh = "黑洞吞噬了恒星。";
    String en = "The black hole swallowed the star.";
    Result rendered = measure(zh, en, Map.of(term, true));
    assertThat(items(rendered))
        .containsExactly("黑洞 0-2 3.0 covered", "吞噬 2-4 1.0 covered", "恒星 5-7 1.0 covered");
    assertThat(rendered.unmatchedTarget()).isZero();
    Result missing = measure(zh, en, Map.of(term, false));
    assertThat(items(missing))
        .containsExactly("黑洞 0-2 3.0 uncovered", "吞噬 2-4 1.0 covered", "恒星 5-7 1.0 covered");
    assertThat(missing.unmatchedTarget()).isEqualTo(2); // black, hole: no source word took them
    Result plain = measure(zh, en, Map.of());
    assertThat(items(plain))
        .containsExactly("黑洞 0-2 1.0 covered", "吞噬 2-4 1.0 covered", "恒星 5-7 1.0 covered");
  }
}
