package dev.verso.metric;

import dev.verso.align.Alignment;
import dev.verso.align.SentenceAligner;
import dev.verso.align.SummarySupport;
import dev.verso.model.Passage;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.List;

/**
 * The alignments of one evaluation unit, computed once and shared by every metric: source ↔
 * translation sentences, summary ↔ translation support and title ↔ title. The source analysis is
 * cached per document (shared across systems), the rest per unit.
 */
public final class Alignments {
  /** {@link EvaluationContext#documentShared} key of the source text's {@link AnalyzedText}. */
  public static final String SOURCE_ANALYSIS = "analysis:source.text";

  /** {@link EvaluationContext#shared} key of the translation text's {@link AnalyzedText}. */
  public static final String TRANSLATION_ANALYSIS = "analysis:translation.text";

  /** {@link EvaluationContext#shared} key of the summary's {@link AnalyzedText}. */
  public static final String SUMMARY_ANALYSIS = "analysis:summary";

  private static final String SENTENCES = "align:sentences";
  private static final String SUMMARY = "align:summary";
  private static final String TITLE = "align:title";

  private Alignments() {}

  /** The analysed source text, or null when the document has no source. */
  public static AnalyzedText source(EvaluationContext unit) {
    if (unit.source() == null) {
      return null;
    }
    return unit.documentShared(
        SOURCE_ANALYSIS,
        d -> TextAnalyzer.shared().analyze(d.source().textOrEmpty(), d.source().lang()));
  }

  /** The analysed translation text. */
  public static AnalyzedText translation(EvaluationContext unit) {
    return unit.shared(
        TRANSLATION_ANALYSIS,
        u -> TextAnalyzer.shared().analyze(u.translation().textOrEmpty(), u.translation().lang()));
  }

  /** The analysed summary, or null when the unit has none. */
  public static AnalyzedText summary(EvaluationContext unit) {
    if (unit.summary() == null) {
      return null;
    }
    return unit.shared(SUMMARY_ANALYSIS, u -> TextAnalyzer.shared().analyze(u.summary(), "en"));
  }

  /**
   * The source ↔ translation sentence alignment, or null when the document has no source. A
   * pre-segmented document (line-aligned parallel input) is one line a side and is paired 1-1
   * without aligning; so are given segments (XLIFF, TMX: {@link Passage#segments}) when both sides
   * have the same number.
   */
  public static Alignment of(EvaluationContext unit) {
    if (unit.source() == null) {
      return null;
    }
    return unit.shared(
        SENTENCES,
        u -> {
          if (u.document().segmented()) {
            String s = u.source().textOrEmpty();
            String t = u.translation().textOrEmpty();
            return Alignment.lineByLine(lines(s), lines(t));
          }
          List<Span> given = u.source().segments();
          if (!given.isEmpty() && given.size() == u.translation().segments().size()) {
            return Alignment.lineByLine(given, u.translation().segments());
          }
          return SentenceAligner.shared().align(source(u), translation(u));
        });
  }

  private static List<Span> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(new Span(0, text.length()));
  }

  /** The summary ↔ translation support links, or null when the unit has no summary. */
  public static SummarySupport summarySupport(EvaluationContext unit) {
    if (unit.summary() == null) {
      return null;
    }
    return unit.shared(SUMMARY, u -> SummarySupport.of(summary(u), translation(u)));
  }

  /**
   * How well the translation's title matches the source title, in [0, 1] (the weighted share of
   * their words and anchors that find a counterpart); null when either title is missing.
   */
  public static Double titleMatch(EvaluationContext unit) {
    Passage src = unit.source();
    Passage tr = unit.translation();
    if (src == null
        || src.title() == null
        || src.title().isBlank()
        || tr.title() == null
        || tr.title().isBlank()) {
      return null;
    }
    return unit.shared(
        TITLE,
        u -> SentenceAligner.shared().similarity(src.title(), src.lang(), tr.title(), tr.lang()));
  }
}
