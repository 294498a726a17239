package dev.verso.metric.builtin;

import dev.verso.metric.builtin.coverage.BlockCoverage;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * COVERAGE's omission findings for a measured block: dropped sentences inside a many-sentence bead,
 * unrendered anchors and runs of unrendered words.
 */
final class CoverageOmissions {
  private CoverageOmissions() {}

  /**
   * The sentences of {@code sentences} (those of a many-sentence source block measured as {@code
   * r}) that weigh at least {@link CoverageMetric#MIN_SENTENCE_WEIGHT} and have less than {@link
   * CoverageMetric#DROPPED_SHARE} of it covered, each reported as an omitted sentence.
   */
  static List<Span> droppedSentences(
      BlockCoverage.Result r, List<Span> sentences, Map<String, Object> ev, List<Finding> out) {
    List<Span> dropped = new ArrayList<>();
    for (Span s : sentences) {
      double cov = 0;
      double tot = 0;
      for (BlockCoverage.Item it : r.items()) {
        if (it.span().start() >= s.start() && it.span().end() <= s.end()) {
          tot += it.weight();
          cov += it.covered() ? it.weight() : 0;
        }
      }
      if (tot >= CoverageMetric.MIN_SENTENCE_WEIGHT && cov < tot * CoverageMetric.DROPPED_SHARE) {
        dropped.add(s);
        out.add(
            new Finding(
                "OMITTED_SENTENCE",
                IssueType.OMISSION,
                Severity.MAJOR,
                Fields.SOURCE_TEXT,
                s,
                "This source sentence has (almost) no rendering in its aligned translation ("
                    + dev.verso.model.Rounding.to4(cov)
                    + " of "
                    + dev.verso.model.Rounding.to4(tot)
                    + " weight covered)",
                List.of(),
                ev));
      }
    }
    return dropped;
  }

  /**
   * Omission findings of one block: every unrendered anchor, and every run of unrendered words from
   * {@link CoverageMetric#MIN_RUN_WEIGHT}; a run lighter than {@link
   * CoverageMetric#MAJOR_RUN_WEIGHT} only when {@code likely} (the block's omission probability
   * reaches the {@code minProbability} option).
   */
  static void report(
      BlockCoverage.Result r,
      String field,
      Map<String, Object> ev,
      String where,
      List<Span> dropped,
      boolean likely,
      List<Finding> out) {
    for (BlockCoverage.Item it : r.items()) {
      if (it.covered() || it.anchor() == null) {
        continue;
      }
      Anchor an = it.anchor();
      boolean term = BlockCoverage.TERM.equals(an.detail());
      String check = term ? "MISSING_TERM" : missingCheck(an.type());
      Severity sev =
          an.type() == AnchorType.TIME || an.type() == AnchorType.LATIN
              ? Severity.MINOR
              : Severity.MAJOR;
      out.add(
          new Finding(
              check,
              IssueType.OMISSION,
              sev,
              field,
              it.span(),
              "\""
                  + an.text()
                  + "\" ("
                  + (term
                      ? "glossary term, approved rendering \"" + an.value() + "\""
                      : an.type().name().toLowerCase(Locale.ROOT))
                  + ") is not found in "
                  + where,
              List.of(),
              ev));
    }
    for (BlockCoverage.Run run : r.runs()) {
      if (run.weight() < CoverageMetric.MIN_RUN_WEIGHT
          || (!likely && run.weight() < CoverageMetric.MAJOR_RUN_WEIGHT)
          || run.words().size() < 2
          || dropped.stream()
              .anyMatch(d -> run.span().start() >= d.start() && run.span().end() <= d.end())) {
        continue;
      }
      out.add(
          new Finding(
              "OMITTED_CONTENT",
              IssueType.OMISSION,
              run.weight() >= CoverageMetric.MAJOR_RUN_WEIGHT ? Severity.MAJOR : Severity.MINOR,
              field,
              run.span(),
              "No rendering of " + String.join(" ", run.words()) + " found in " + where,
              List.of(),
              ev));
    }
  }

  static String missingCheck(AnchorType t) {
    return switch (t) {
      case NUMBER, ORDINAL, PERCENT, MONEY -> "MISSING_NUMBER";
      case DATE, TIME -> "MISSING_DATE";
      case PERSON -> "MISSING_NAME";
      case ORGANIZATION -> "MISSING_ORGANIZATION";
      case ACRONYM, LATIN -> "MISSING_ACRONYM";
    };
  }
}
