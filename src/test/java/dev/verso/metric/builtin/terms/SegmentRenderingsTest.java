package dev.verso.metric.builtin.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.builtin.terms.SourceTerms.Candidate;
import dev.verso.model.Glossary;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.Cedict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRenderingsTest {
  private static final BilingualLexicon LEXICON =
      new BilingualLexicon(Glossary.empty(), Cedict.get());
  private static final SegmentRenderings RENDERINGS =
      new SegmentRenderings(LEXICON, TextAnalyzer.shared());

  @Test
  void optionsAreScoredAndTheBestFreeSpanIsTaken() {
    String src = "商务部和商务部电子商务司发布通知。";
    String tgt =
        "The Ministry of Commerce and the Department of Electronic Commerce of the Ministry of Commerce issued a notice.";
    TextAnalyzer a = TextAnalyzer.shared();
    List<Candidate> cs = new SourceTerms(LEXICON).find(a.analyze(src, "zh"));
    TermTracer.Segment seg =
        new TermTracer.Segment(
            new dev.verso.model.Span(0, src.length()),
            new dev.verso.model.Span(0, tgt.length()),
            "0-0");
    SegmentRenderings.TargetInfo info = RENDERINGS.target(a.analyze(tgt, "en"));
    assertThat(
            RENDERINGS.options(seg, cs, info).stream()
                .map(
                    o ->
                        o.index()
                            + " "
                            + o.span().of(tgt)
                            + " "
                            + o.span().start()
                            + " "
                            + o.score())
                .toList())
        .containsExactly(
            "0 Ministry of Commerce 4 12.0",
            "0 Ministry of Commerce 74 12.0",
            "1 Ministry of Commerce 4 12.0",
            "1 Ministry of Commerce 74 12.0",
            "2 Department of Electronic Commerce 33 12.0");
    assertThat(
            RENDERINGS.assign(seg, cs, info).stream()
                .map(
                    f ->
                        f == null
                            ? "none"
                            : f.span().of(tgt) + " " + f.span().start() + " " + f.rendering())
                .toList())
        .containsExactly(
            "Ministry of Commerce 4 [commerc, ministri]",
            "Ministry of Commerce 74 [commerc, ministri]",
            "Department of Electronic Commerce 33 [commerc, depart, electron]");
  }
}
