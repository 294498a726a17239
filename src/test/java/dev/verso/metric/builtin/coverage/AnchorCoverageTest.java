package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnchorCoverageTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();

  /** Whether each anchor of {@code zh} is rendered in {@code en} [0, end) with near [0, near). */
  private static Map<Anchor, Boolean> cover(String zh, String en, int end, int near) {
    AnalyzedText src = ANALYZER.analyze(zh, "zh");
    AnalyzedText tgt = ANALYZER.analyze(en, "en");
    List<Anchor> anchors =
        SourceAnchors.select(src, new Span(0, zh.length()), ANALYZER.lexicon(), Map.of());
    Span range = new Span(0, end);
    return new AnchorCoverage(
            src,
            tgt,
            range,
            new Span(0, near),
            TargetPool.of(tgt, range),
            ANALYZER.lexicon(),
            ANALYZER.matcher())
        .cover(anchors, Map.of());
  }

  private static List<String> lines(Map<Anchor, Boolean> covered) {
    return covered.entrySet().stream().map(e -> e.getKey().text() + " " + e.getValue()).toList();
  }

  @Test
  void aNumberMatchesInTheBlockOrInTheNeighbouringBeads() {
    String en = "They planted trees. They planted 5,000 trees.";
    assertThat(lines(cover("他们种了五千棵树。", en, 19, 19))).containsExactly("五千 false");
    assertThat(lines(cover("他们种了五千棵树。", en, 19, en.length()))).containsExactly("五千 true");
  }

  @Test
  void anOrganisationByItsAcronymAndANameByItsSound() {
    String nasa = "NASA launched a satellite.";
    assertThat(lines(cover("国家航空航天局发射了一颗卫星。", nasa, nasa.length(), nasa.length())))
        .containsExactly("国家航空航天局 true");
    String li = "Yesterday the foreign delegation was received.";
    assertThat(lines(cover("昨天李明会见了外国代表团。", li, li.length(), li.length())))
        .containsExactly("李明 false");
    String liMing = "Yesterday Li Ming received the foreign delegation.";
    assertThat(lines(cover("昨天李明会见了外国代表团。", liMing, liMing.length(), liMing.length())))
        .containsExactly("李明 true");
  }

  @Test
  void aDateByItsNumbersAndMonthName() {
    String en = "In March this year, the 6th day of April 2023.";
    AnalyzedText t = ANALYZER.analyze(en, "en");
    Span all = new Span(0, en.length());
    assertThat(AnchorCoverage.dateInTarget("2023-04-06", t, all)).isTrue();
    assertThat(AnchorCoverage.dateInTarget("--03", t, all)).isTrue();
    assertThat(AnchorCoverage.dateInTarget("2022-04-06", t, all)).isFalse();
    assertThat(AnchorCoverage.dateInTarget("2023-04-06", t, null)).isFalse();
  }
}
