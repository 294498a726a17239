package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceAnchorsTest {
  private static final TextAnalyzer ANALYZER = TextAnalyzer.shared();
  private static final BilingualLexicon LEXICON = ANALYZER.lexicon();

  private static List<String> select(String zh, Map<Anchor, Boolean> terms) {
    AnalyzedText src = ANALYZER.analyze(zh, "zh");
    return SourceAnchors.select(src, new Span(0, zh.length()), LEXICON, terms).stream()
        .map(a -> a.type() + " " + a.text() + " " + a.span().start() + "-" + a.span().end())
        .toList();
  }

  @Test
  void keepsNumbersAndDropsACommonWordTakenForAnOrganisation() {
    // the analyser finds 公司 (organisation), 三百 and 两; 公司 is a common two-character word
    assertThat(select("公司去年招聘了三百名员工，并且开设了两家新工厂。", Map.of()))
        .containsExactly("NUMBER 三百 7-9", "NUMBER 两 18-19");
  }

  @Test
  void aTermComesInTextOrderAmongTheAnalysersAnchors() {
    Anchor term =
        new Anchor(AnchorType.ORGANIZATION, new Span(10, 12), "员工", "staff", BlockCoverage.TERM);
    assertThat(select("公司去年招聘了三百名员工，并且开设了两家新工厂。", Map.of(term, true)))
        .containsExactly("NUMBER 三百 7-9", "ORGANIZATION 员工 10-12", "NUMBER 两 18-19");
  }

  @Test
  void aTermOutranksTheAnchorItOverlaps() {
    Anchor term =
        new Anchor(
            AnchorType.ORGANIZATION, new Span(4, 8), "五千棵树", "5000 trees", BlockCoverage.TERM);
    assertThat(select("他们种了五千棵树。", Map.of(term, false))).containsExactly("ORGANIZATION 五千棵树 4-8");
  }

  @Test
  void dropsANumeralThatOpensAWordAndAParticleTakenForAName() {
    assertThat(select("这个问题十分重要。", Map.of())).isEmpty(); // 十分 "very"
    assertThat(select("过去曾有过一次大爆炸。", Map.of())).isEmpty(); // 曾有过 "once had"
    assertThat(select("昨天李明会见了外国代表团。", Map.of())).containsExactly("PERSON 李明 2-4");
    // 成功 is "to succeed" as well as the town Chenggong: ambiguous, so read as words
    assertThat(select("两人被成功营救。", Map.of())).containsExactly("NUMBER 两 0-1");
  }

  @Test
  void theSingleChecks() {
    String zh = "这个问题十分重要。";
    AnalyzedText src = ANALYZER.analyze(zh, "zh");
    Anchor ten = new Anchor(AnchorType.NUMBER, new Span(4, 5), "十", "10");
    assertThat(SourceAnchors.numeralInAWord(ten, zh, LEXICON)).isTrue();
    Anchor three = new Anchor(AnchorType.NUMBER, new Span(7, 9), "三百", "300");
    assertThat(SourceAnchors.numeralInAWord(three, "公司去年招聘了三百名员工", LEXICON)).isFalse();
    // 问题 is the token 2-4: an anchor inside it cuts through the word
    assertThat(
            SourceAnchors.agreesWithWords(
                new Anchor(AnchorType.ORGANIZATION, new Span(2, 4), "问题", "问题"), src, true))
        .isTrue();
    assertThat(
            SourceAnchors.agreesWithWords(
                new Anchor(AnchorType.ORGANIZATION, new Span(3, 4), "题", "题"), src, true))
        .isFalse();
    // 这个 is a function word: no organisation contains it
    assertThat(
            SourceAnchors.agreesWithWords(
                new Anchor(AnchorType.ORGANIZATION, new Span(0, 4), "这个问题", "这个问题"), src, true))
        .isFalse();
    assertThat(
            SourceAnchors.notAName(
                new Anchor(AnchorType.PERSON, new Span(2, 5), "曾有过", "zengyouguo"), LEXICON))
        .isTrue();
    assertThat(
            SourceAnchors.notAName(
                new Anchor(AnchorType.PERSON, new Span(2, 4), "李明", "liming"), LEXICON))
        .isFalse();
    assertThat(SourceAnchors.commonWord("问题", LEXICON)).isTrue();
  }
}
