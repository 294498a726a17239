package dev.verso.metric.builtin.summary;

import static dev.verso.metric.builtin.summary.SummaryChecks.KEY_FACT_OMITTED;
import static dev.verso.metric.builtin.summary.SummaryFindings.quote;

import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code KEY_FACT_OMITTED} check of SUMMARY_CONSISTENCY: salient facts of the translation that
 * the summary clearly leaves out. Key facts are the lead sentence's who (people, organisations,
 * acronyms) and when (dates, but not a bare year), and any name, organisation, acronym, date,
 * amount of money or percentage in {@link #RECURS} or more sentences (two when one of them is the
 * lead, except for a bare year). A fact is clearly missing when the summary neither states it nor
 * uses any of its content words (a surname, part of an organisation's name), and, for a date or an
 * amount, states no fact of that kind at all (a different one is an unsupported fact, reported as
 * such).
 */
public final class KeyFactOmissions {
  private KeyFactOmissions() {}

  /**
   * A fact in this many translation sentences recurs enough to be a key fact wherever it stands.
   */
  static final int RECURS = 3;

  /** Adds a finding for every key fact of {@code tr} that {@code sum} clearly leaves out. */
  public static void report(AnalyzedText sum, AnalyzedText tr, List<Finding> findings) {
    if (tr.sentences().isEmpty()) {
      return;
    }
    FactSupport inSummary = new FactSupport(sum);
    Set<AnchorType> summaryKinds = new HashSet<>();
    for (Anchor a : sum.anchors()) {
      summaryKinds.add(a.type());
    }
    Set<String> reported = new HashSet<>();
    for (Salient f : salientFacts(tr)) {
      Anchor a = f.first();
      if (!isKey(a, f.sentences())
          || !clearlyMissing(a, inSummary, summaryKinds)
          || !reported.add(a.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      findings.add(omitted(a, f.sentences()));
    }
  }

  /** A salient fact of the translation: its first anchor and the sentences it stands in. */
  record Salient(Anchor first, List<Integer> sentences) {}

  /**
   * The salient facts of the translation (one per type and value), in order of first occurrence.
   */
  static List<Salient> salientFacts(AnalyzedText tr) {
    Map<String, Salient> facts = new LinkedHashMap<>();
    for (int i = 0; i < tr.sentences().size(); i++) {
      Span sp = tr.sentences().get(i).span();
      for (Anchor a : tr.anchors()) {
        if (!salient(a.type()) || a.span().start() < sp.start() || a.span().end() > sp.end()) {
          continue;
        }
        String key = a.type() + ":" + a.value();
        List<Integer> in =
            facts.computeIfAbsent(key, k -> new Salient(a, new ArrayList<>())).sentences();
        if (!in.contains(i)) {
          in.add(i);
        }
      }
    }
    return List.copyOf(facts.values());
  }

  /** True when a salient fact standing in sentences {@code in} is a key fact. */
  static boolean isKey(Anchor a, List<Integer> in) {
    boolean inLead = in.get(0) == 0;
    boolean who =
        a.type() == AnchorType.PERSON
            || a.type() == AnchorType.ORGANIZATION
            || a.type() == AnchorType.ACRONYM;
    // a bare year is background ("since 2013") more often than the event's date: it counts only
    // by recurring
    boolean bareYear = a.type() == AnchorType.DATE && a.value().matches("\\d{4}");
    return in.size() >= RECURS
        || (!bareYear && inLead && (who || a.type() == AnchorType.DATE || in.size() >= 2));
  }

  private static Finding omitted(Anchor a, List<Integer> in) {
    String why = in.get(0) == 0 ? "the lead sentence's" : "a recurring";
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("sentences", in);
    return new Finding(
        KEY_FACT_OMITTED,
        IssueType.OMISSION,
        Severity.MINOR,
        Fields.TRANSLATION_TEXT,
        a.span(),
        "The summary leaves out " + why + " " + Fact.kindOf(a.type()) + " " + quote(a.text()) + ".",
        List.of(),
        evidence);
  }

  /**
   * True when the summary neither states the fact, nor uses any of its content words, nor (for
   * dates and amounts) states another of its kind.
   */
  static boolean clearlyMissing(Anchor a, FactSupport inSummary, Set<AnchorType> summaryKinds) {
    if (inSummary.supports(Fact.of(a))) {
      return false;
    }
    return switch (a.type()) {
      case DATE, MONEY, PERCENT -> !summaryKinds.contains(a.type());
      default -> {
        for (String w : FactSupport.contentWords(a.text())) {
          if (w.length() > 2 && inSummary.hasWord(w)) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  /**
   * Who and when (names, organisations, acronyms, dates) and measured amounts (money, percentages);
   * bare counts and times are not key facts.
   */
  static boolean salient(AnchorType t) {
    return t == AnchorType.PERSON
        || t == AnchorType.ORGANIZATION
        || t == AnchorType.ACRONYM
        || t == AnchorType.DATE
        || t == AnchorType.MONEY
        || t == AnchorType.PERCENT;
  }
}
