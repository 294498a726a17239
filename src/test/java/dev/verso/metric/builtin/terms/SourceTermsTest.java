package dev.verso.metric.builtin.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Glossary;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.Cedict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTermsTest {
  private static final SourceTerms TERMS =
      new SourceTerms(new BilingualLexicon(Glossary.empty(), Cedict.get()));

  private static List<String> find(String src) {
    AnalyzedText a = TextAnalyzer.shared().analyze(src, "zh");
    return TERMS.find(a).stream()
        .map(
            c ->
                c.key()
                    + " "
                    + c.kind()
                    + " "
                    + c.span().start()
                    + "-"
                    + c.span().end()
                    + " "
                    + c.text())
        .toList();
  }

  @Test
  void findsPersonsAndOrganisationsInSourceOrder() {
    assertThat(find(TermTracerTest.SRC))
        .containsExactly(
            "o:商务部 ORGANIZATION 0-3 商务部",
            "p:wangbingnan PERSON 8-11 王炳南",
            "o:商务部 ORGANIZATION 16-19 商务部");
  }

  @Test
  void anOrganisationChainIsCutAfterEachSuffix() {
    String src = "商务部电子商务司发布通知。";
    AnalyzedText a = TextAnalyzer.shared().analyze(src, "zh");
    assertThat(SourceTerms.splitOrganisation(a, new Span(0, 8)))
        .containsExactly(new Span(0, 3), new Span(3, 8));
    assertThat(find(src))
        .containsExactly("o:商务部 ORGANIZATION 0-3 商务部", "o:电子商务司 ORGANIZATION 3-8 电子商务司");
  }

  @Test
  void aTermThatRunsOnIntoADictionaryWordIsNoTerm() {
    assertThat(TERMS.runsOn("商务部长发言", new Span(0, 3))).isTrue();
    assertThat(TERMS.runsOn("商务部发言", new Span(0, 3))).isFalse();
    assertThat(TERMS.runsOn("商务部", new Span(0, 3))).isFalse();
  }

  @Test
  void freeMeansOverlappingNoTakenSpan() {
    List<Span> taken = List.of(new Span(2, 5), new Span(8, 10));
    assertThat(SourceTerms.free(taken, new Span(5, 8))).isTrue();
    assertThat(SourceTerms.free(taken, new Span(0, 2))).isTrue();
    assertThat(SourceTerms.free(taken, new Span(4, 6))).isFalse();
    assertThat(SourceTerms.free(taken, new Span(9, 12))).isFalse();
  }
}
