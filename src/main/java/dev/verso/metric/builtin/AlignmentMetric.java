package dev.verso.metric.builtin;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.align.SummarySupport;
import dev.verso.metric.Alignments;
import dev.verso.metric.BaseMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ALIGNMENT: the source ↔ translation sentence alignment of a unit, exposed for the report (beads
 * with their sentence spans and confidence, summary ↔ translation support, title match). Its score
 * is the share of source sentences in beads with a translation side; it applies only when the
 * document has a source text.
 */
public final class AlignmentMetric extends BaseMetric {
  /** Metric id. */
  public static final String ID = "ALIGNMENT";

  AlignmentMetric(Options o) {
    super(ID, o, List.of("alignedSourceSentences", "sourceSentences"));
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    if (unit.source() == null || unit.source().textOrEmpty().isBlank()) {
      return Measurement.notApplicable("no source text");
    }
    Alignment a = Alignments.of(unit);
    if (a == null) {
      return Measurement.notApplicable("no source text");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    List<Map<String, Object>> beads = new ArrayList<>();
    for (Bead b : a.beads()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("src", b.src());
      m.put("tgt", b.tgt());
      m.put("srcSpans", spans(a.srcSpans(), b.srcStart(), b.srcEnd()));
      m.put("tgtSpans", spans(a.tgtSpans(), b.tgtStart(), b.tgtEnd()));
      m.put("confidence", b.confidence());
      beads.add(m);
    }
    details.put("beads", beads);
    SummarySupport support = Alignments.summarySupport(unit);
    if (support != null) {
      int[] beadOf = a.beadOfTarget();
      List<Map<String, Object>> links = new ArrayList<>();
      for (SummarySupport.Link l : support.sentences()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("span", List.of(l.span().start(), l.span().end()));
        m.put("tgt", l.tgt());
        m.put("scores", l.scores());
        m.put("coverage", l.coverage());
        // through the alignment, the source sentences behind the supporting translation sentences
        java.util.TreeSet<Integer> src = new java.util.TreeSet<>();
        for (int j : l.tgt()) {
          if (j < beadOf.length) {
            src.addAll(a.beads().get(beadOf[j]).src());
          }
        }
        m.put("src", List.copyOf(src));
        links.add(m);
      }
      details.put("summarySupport", links);
      details.put("translationCovered", support.translationCovered());
    }
    Double title = Alignments.titleMatch(unit);
    if (title != null) {
      details.put("titleMatch", title);
    }
    double[] stats = {a.alignedSourceSentences(), a.srcSpans().size()};
    return new Measurement(stats, List.of(), details, null);
  }

  private static List<List<Integer>> spans(List<Span> spans, int from, int to) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(List.of(spans.get(i).start(), spans.get(i).end()));
    }
    return out;
  }

  /** Finds {@link AlignmentMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    public Provider() {
      super(
          ID,
          "Sentence alignment of source and translation (beads for the side-by-side report); score = share of source sentences aligned.",
          List.of(),
          AlignmentMetric::new);
    }
  }
}
