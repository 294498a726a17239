package dev.verso.metric.builtin.summary;

import static dev.verso.metric.builtin.summary.SummaryChecks.TITLE_MISMATCH;
import static dev.verso.metric.builtin.summary.SummaryFindings.quote;

import dev.verso.metric.EvaluationContext;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The {@code TITLE_MISMATCH} check of SUMMARY_CONSISTENCY: organisations or people named in the
 * translated title but not in the content; title facts the source title contradicts.
 */
public final class TitleCheck {
  private TitleCheck() {}

  /** Adds the title's mismatches to {@code findings}; none when the unit has no title. */
  public static void check(EvaluationContext unit, AnalyzedText tr, List<Finding> findings) {
    String title = unit.translation().title();
    if (title == null || title.isBlank()) {
      return;
    }
    AnalyzedText t = TextAnalyzer.shared().analyze(title, "en");
    FactSupport content = new FactSupport(tr);
    String srcTitle = unit.source() == null ? null : unit.source().title();
    AnalyzedText st =
        srcTitle == null || srcTitle.isBlank()
            ? null
            : TextAnalyzer.shared().analyze(srcTitle, unit.source().lang());
    boolean chineseSource = st != null && TextAnalyzer.isChinese(unit.source().lang());
    for (Anchor a : t.anchors()) {
      if (a.type() == AnchorType.LATIN || a.type() == AnchorType.TIME) {
        continue;
      }
      if (absentFromContent(a, content)) {
        findings.add(
            mismatch(
                IssueType.ADDITION,
                a,
                "The title names " + quote(a.text()) + ", which the content does not mention."));
        continue;
      }
      if (chineseSource && a.type() != AnchorType.ORGANIZATION && contradicts(st, a)) {
        findings.add(
            mismatch(
                IssueType.MISTRANSLATION,
                a,
                "The title's "
                    + Fact.kindOf(a.type())
                    + " "
                    + quote(a.text())
                    + " does not match the source title."));
      }
    }
  }

  /** True when a title anchor names an organisation or person the content does not mention. */
  static boolean absentFromContent(Anchor a, FactSupport content) {
    boolean named =
        a.type() == AnchorType.ORGANIZATION
            || a.type() == AnchorType.PERSON
            || a.type() == AnchorType.ACRONYM;
    int missing = content.missingWords(a.text());
    // a title is title-cased, so its name chunks run long: only a name mostly absent from the
    // content counts
    return named
        && !content.supports(Fact.of(a))
        && (a.type() == AnchorType.ACRONYM
            || missing * 2 > FactSupport.contentWords(a.text()).size());
  }

  /**
   * True when the source title states a fact of the title anchor's kind but none that matches it.
   */
  static boolean contradicts(AnalyzedText sourceTitle, Anchor a) {
    var matcher = TextAnalyzer.shared().matcher();
    boolean sameKindInSource = false;
    boolean matched = false;
    for (Anchor z : sourceTitle.anchors()) {
      sameKindInSource |= Fact.kindOf(z.type()).equals(Fact.kindOf(a.type()));
      matched |= matcher.matches(z, a);
    }
    return sameKindInSource && !matched;
  }

  private static Finding mismatch(IssueType type, Anchor a, String message) {
    return new Finding(
        TITLE_MISMATCH,
        type,
        Severity.MAJOR,
        Fields.TRANSLATION_TITLE,
        a.span(),
        message,
        List.of(),
        new LinkedHashMap<>());
  }
}
