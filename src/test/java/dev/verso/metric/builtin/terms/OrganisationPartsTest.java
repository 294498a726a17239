package dev.verso.metric.builtin.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.builtin.terms.OrganisationParts.Part;
import dev.verso.model.Glossary;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.Cedict;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationPartsTest {
  private static final OrganisationParts PARTS =
      new OrganisationParts(
          new BilingualLexicon(Glossary.empty(), Cedict.get()), TextAnalyzer.shared());

  @Test
  void eachWordGivesItsGlossesSuffixHeadsAndPinyin() {
    List<Part> ministry = PARTS.parts("商务部");
    assertThat(ministry).hasSize(1);
    assertThat(ministry.get(0).keys())
        .containsExactlyInAnyOrder(
            "commerc", "depart", "trade", "commerci", "affair", "busi", "ministri");
    assertThat(ministry.get(0).pinyin()).isEqualTo("shangwubu");
    assertThat(PARTS.parts("中国国际电子商务中心").stream().map(Part::pinyin).toList())
        .containsExactly("zhongguo", "guoji", "dianzishangwu", "zhongxin");
    // 电子商务 also gives its sub-word 电子 "electronic"; 中心 gives its suffix heads
    assertThat(PARTS.parts("中国国际电子商务中心").get(2).keys()).contains("electron", "commerc");
    assertThat(PARTS.parts("中国国际电子商务中心").get(3).keys())
        .containsAll(TermTracer.renderingKey("center centre"));
  }

  @Test
  void scoresAnEnglishNameByTheWordsBothSidesExplain() {
    List<Part> ministry = PARTS.of("商务部");
    assertThat(OrganisationParts.score(TermTracer.renderingKey("Ministry of Commerce"), ministry))
        .isEqualTo(2.0);
    assertThat(OrganisationParts.score(TermTracer.renderingKey("Commerce Department"), ministry))
        .isEqualTo(2.0);
    assertThat(OrganisationParts.score(TermTracer.renderingKey("Ministry of Finance"), ministry))
        .isEqualTo(0.0);
    assertThat(OrganisationParts.score(Set.of(), ministry)).isEqualTo(0.0);
  }

  @Test
  void overlapScoreTreatsEachWantedKeyAsAPart() {
    Set<String> wanted =
        TermTracer.renderingKey("China Federation of Network Social Organizations");
    assertThat(
            OrganisationParts.overlapScore(
                TermTracer.renderingKey("Federation of Network Social Organizations"), wanted))
        .isEqualTo(1.8);
    assertThat(OrganisationParts.overlapScore(TermTracer.renderingKey("Network Office"), wanted))
        .isEqualTo(0.0);
  }

  @Test
  void partsExplainByKeyPinyinOrARelatedStem() {
    Part p = new Part(Set.of("societi"), "shehui");
    assertThat(p.explains("societi")).isTrue();
    assertThat(p.explains("social")).isTrue();
    assertThat(p.explains("sheh")).isTrue();
    assertThat(p.explains("sol")).isFalse();
    assertThat(Part.related("societi", "social")).isTrue();
    assertThat(Part.related("commerc", "commiss")).isFalse();
  }
}
