package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.builtin.coverage.BlockCoverage.Run;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemWalkTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();
  private static final String ZH = "公司去年招聘了三百名员工，并且开设了两家新工厂。";

  private static ItemWalk walk(List<String> asked, List<String> renderedWords, boolean anchors) {
    AnalyzedText src = ANALYZER.analyze(ZH, "zh");
    Span range = new Span(0, ZH.length());
    List<Anchor> selected = SourceAnchors.select(src, range, ANALYZER.lexicon(), Map.of());
    Map<Anchor, Boolean> covered = new HashMap<>();
    selected.forEach(a -> covered.put(a, anchors));
    return ItemWalk.walk(
        src,
        range,
        selected,
        covered,
        ANALYZER.lexicon(),
        t -> {
          asked.add(t.text());
          return renderedWords.contains(t.text());
        });
  }

  @Test
  void nothingRenderedMakesOneRunPerClauseWithItsAnchors() {
    List<String> asked = new ArrayList<>();
    ItemWalk w = walk(asked, List.of(), false);
    // function words (了, 并且) and classifiers after a number (名, 家) are never asked about
    assertThat(asked).containsExactly("公司", "去年", "招聘", "员工", "开设", "新", "工厂");
    assertThat(w.items()).hasSize(9);
    assertThat(w.covered()).isZero();
    assertThat(w.total()).isEqualTo(13.0);
    // the comma ends the first run; an unrendered number inside a run belongs to it
    assertThat(w.runs())
        .containsExactly(
            new Run(new Span(0, 12), 7.0, List.of("公司", "去年", "招聘", "员工")),
            new Run(new Span(15, 23), 6.0, List.of("开设", "新", "工厂")));
  }

  @Test
  void aRenderedWordOrAnchorEndsARun() {
    ItemWalk w = walk(new ArrayList<>(), List.of("去年", "新"), true);
    assertThat(w.covered()).isEqualTo(8.0); // 去年, 新 and the two numbers
    assertThat(w.total()).isEqualTo(13.0);
    assertThat(w.runs())
        .containsExactly(
            new Run(new Span(0, 2), 1.0, List.of("公司")),
            new Run(new Span(4, 6), 1.0, List.of("招聘")),
            new Run(new Span(10, 12), 1.0, List.of("员工")),
            new Run(new Span(15, 17), 1.0, List.of("开设")),
            new Run(new Span(21, 23), 1.0, List.of("工厂")));
  }
}
