package dev.verso.metric.builtin.terms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.model.Glossary;
import dev.verso.model.Span;
import dev.verso.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TermTracerTest {
  private static final TermTracer TRACER = new TermTracer(Glossary.empty());

  static final String SRC = "商务部发布通知。王炳南表示欢迎。商务部同意。";
  static final String TGT =
      "The Ministry of Commerce issued a notice. Wang Bingnan welcomed it. The Commerce Department agreed.";

  /** Three one-sentence segments pairing SRC and TGT sentence by sentence. */
  static final List<TermTracer.Segment> SEGMENTS =
      List.of(
          new TermTracer.Segment(new Span(0, 8), new Span(0, 41), "0-0"),
          new TermTracer.Segment(new Span(8, 16), new Span(42, 67), "1-1"),
          new TermTracer.Segment(new Span(16, 22), new Span(68, 99), "2-2"));

  static TermTracer.Side side(String src, String tgt, List<TermTracer.Segment> segments) {
    TextAnalyzer a = TextAnalyzer.shared();
    return new TermTracer.Side(
        "source.text", a.analyze(src, "zh"), "translation.text", a.analyze(tgt, "en"), segments);
  }

  static String describe(TermTracer.Occurrence o) {
    return o.srcText()
        + " "
        + o.srcSpan().start()
        + "-"
        + o.srcSpan().end()
        + " ["
        + o.segment()
        + "] -> "
        + (o.traced()
            ? o.tgtText()
                + " "
                + o.tgtSpan().start()
                + "-"
                + o.tgtSpan().end()
                + " "
                + o.rendering()
            : "untraced");
  }

  static List<String> describe(List<TermTracer.Term> terms) {
    return terms.stream()
        .map(
            t ->
                t.key()
                    + " "
                    + t.kind()
                    + ": "
                    + t.occurrences().stream()
                        .map(TermTracerTest::describe)
                        .collect(Collectors.joining("; ")))
        .toList();
  }

  @Test
  void tracesEachTermToItsRenderingInItsOwnSegment() {
    List<TermTracer.Term> terms = TRACER.trace(List.of(side(SRC, TGT, SEGMENTS)));
    assertThat(describe(terms))
        .containsExactly(
            "o:商务部 ORGANIZATION: 商务部 0-3 [0-0] -> Ministry of Commerce 4-24 [commerc, ministri];"
                + " 商务部 16-19 [2-2] -> Commerce Department 72-91 [commerc, depart]",
            "p:wangbingnan PERSON: 王炳南 8-11 [1-1] -> Wang Bingnan 42-54 [bingnan, wang]");
    assertThat(terms.get(0).label()).isEqualTo("商务部");
    assertThat(terms.get(0).traced()).hasSize(2);
  }

  @Test
  void anOccurrenceOutsideEverySegmentOrInAnUntranslatedOneStaysUntraced() {
    List<TermTracer.Segment> segments =
        List.of(
            new TermTracer.Segment(new Span(0, 8), null, "0-"),
            new TermTracer.Segment(new Span(8, 16), new Span(42, 67), "1-1"));
    List<TermTracer.Term> terms = TRACER.trace(List.of(side(SRC, TGT, segments)));
    assertThat(describe(terms))
        .containsExactly(
            "o:商务部 ORGANIZATION: 商务部 0-3 [0-] -> untraced; 商务部 16-19 [] -> untraced",
            "p:wangbingnan PERSON: 王炳南 8-11 [1-1] -> Wang Bingnan 42-54 [bingnan, wang]");
    assertThat(terms.get(0).traced()).isEmpty();
  }

  @Test
  void segmentsOfAnAlignmentSpanTheirBeadsSentences() {
    Alignment a =
        new Alignment(
            List.of(
                new Bead(0, 1, 0, 1, 1.0), new Bead(1, 3, 1, 2, 1.0), new Bead(3, 4, 2, 2, 1.0)),
            List.of(new Span(0, 8), new Span(8, 16), new Span(16, 22), new Span(22, 30)),
            List.of(new Span(0, 41), new Span(42, 67)));
    assertThat(TermTracer.segments(a))
        .containsExactly(
            new TermTracer.Segment(new Span(0, 8), new Span(0, 41), "0-0"),
            new TermTracer.Segment(new Span(8, 22), new Span(42, 67), "1..2-1"),
            new TermTracer.Segment(new Span(22, 30), null, "3-"));
  }

  @Test
  void renderingKeyIsTheSortedStemsOfTheContentWords() {
    assertThat(TermTracer.renderingKey("the Ministry of Commerce"))
        .containsExactly("commerc", "ministri");
    assertThat(TermTracer.renderingKey("Commerce Department")).containsExactly("commerc", "depart");
  }
}
