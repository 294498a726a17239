package dev.verso.metric.builtin.summary;

import static dev.verso.metric.builtin.summary.SummaryChecks.CONTRADICTION;

import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings SUMMARY_CONSISTENCY reports on a summary: their messages and evidence (the type of
 * edit, the supporting translation sentence and the words in it that disagree).
 */
public final class SummaryFindings {
  private SummaryFindings() {}

  /** A finding on the summary. */
  public static Finding finding(
      String check,
      IssueType type,
      Severity sev,
      Span span,
      String msg,
      List<String> sugg,
      Map<String, Object> ev) {
    return new Finding(check, type, sev, Fields.SUMMARY, span, msg, sugg, ev);
  }

  /** A major {@code CONTRADICTION} finding on the summary (a mistranslation). */
  public static Finding contradiction(
      Span span, String msg, List<String> sugg, Map<String, Object> ev) {
    return finding(CONTRADICTION, IssueType.MISTRANSLATION, Severity.MAJOR, span, msg, sugg, ev);
  }

  /**
   * Evidence of a fact finding: its kind, the type of edit, the supporting sentence and, when there
   * is one, the rival fact's span.
   */
  public static Map<String, Object> evidence(Fact f, int best, AnalyzedText tr, Fact rival) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", f.kind());
    m.put("edit", editOf(f));
    putSupport(m, best, tr, rival == null ? null : rival.span());
    return m;
  }

  /** The edit type of a fact: numbers, dates and quantities, or entities. */
  static String editOf(Fact f) {
    return switch (f.kind()) {
      case "number", "money", "percentage", "quantity" -> "number";
      case "date", "time" -> "date";
      default -> "entity";
    };
  }

  /**
   * Evidence of an edit finding: the type of edit, the translation sentence compared with ({@code
   * tgt}, {@code tgtSpan}) and the contradicting words in it ({@code supportSpan}) when known.
   */
  public static Map<String, Object> editEvidence(
      String edit, int tgt, AnalyzedText tr, Span supportSpan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("edit", edit);
    putSupport(m, tgt, tr, supportSpan);
    return m;
  }

  /**
   * Adds the translation sentence compared with ({@code tgt}, {@code tgtSpan}; none when {@code tgt
   * < 0}) and the disagreeing words in it ({@code supportSpan}; none when null).
   */
  private static void putSupport(Map<String, Object> m, int tgt, AnalyzedText tr, Span support) {
    if (tgt >= 0) {
      m.put("tgt", tgt);
      Span sp = tr.sentences().get(tgt).span();
      m.put("tgtSpan", List.of(sp.start(), sp.end()));
    }
    if (support != null) {
      m.put("supportSpan", List.of(support.start(), support.end()));
    }
  }

  /** The message of an edit against the supporting sentence (see {@link AlignedEdits}). */
  public static String editMessage(AlignedEdits.Edit e, AnalyzedText tr) {
    String summary = quote(e.summaryText());
    String support = quote(e.supportText());
    String sentence = quote(tr.sentenceText(e.tgt()));
    return switch (e.type()) {
      case AlignedEdits.ANTONYM ->
          "The summary says %s where its supporting sentence says the opposite, %s: %s."
              .formatted(summary, support, sentence);
      case AlignedEdits.ENTITY ->
          "The summary says %s where its supporting sentence names another of the kind, %s: %s."
              .formatted(summary, support, sentence);
      case AlignedEdits.MODALITY ->
          "The summary's %s changes the certainty of its supporting sentence's %s: %s."
              .formatted(summary, support, sentence);
      default ->
          "The summary's %s swaps the roles of its supporting sentence's %s."
              .formatted(summary, support);
    };
  }

  /** The text in curly double quotes. */
  public static String quote(String s) {
    return "\u201c" + s + "\u201d";
  }
}
