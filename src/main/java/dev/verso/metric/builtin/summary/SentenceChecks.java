package dev.verso.metric.builtin.summary;

import static dev.verso.metric.builtin.summary.SummaryChecks.UNSUPPORTED_FACT;
import static dev.verso.metric.builtin.summary.SummaryChecks.UNSUPPORTED_WORD;
import static dev.verso.metric.builtin.summary.SummaryFindings.contradiction;
import static dev.verso.metric.builtin.summary.SummaryFindings.editEvidence;
import static dev.verso.metric.builtin.summary.SummaryFindings.evidence;
import static dev.verso.metric.builtin.summary.SummaryFindings.finding;
import static dev.verso.metric.builtin.summary.SummaryFindings.quote;

import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks of SUMMARY_CONSISTENCY on one summary sentence against the translation (and the
 * source): unsupported facts, contradictions (a changed number, a flipped polarity, swapped actors,
 * small edits against the supporting sentence) and common words the translation does not link to.
 * One instance serves all sentences of a summary; each check adds its findings to the list given.
 */
public final class SentenceChecks {
  private final AnalyzedText sum;
  private final AnalyzedText tr;
  private final AnalyzedText src;
  private final String title;
  private final FactSupport inTranslation;
  private final List<Finding> findings;
  private Set<String> trNegated;
  private FactSupport inTitle;

  /**
   * Checks sentences of {@code sum} against the translation {@code tr}, its {@code title} (may be
   * null) and the source {@code src} (may be null), adding findings to {@code findings}.
   */
  public SentenceChecks(
      AnalyzedText sum, AnalyzedText tr, AnalyzedText src, String title, List<Finding> findings) {
    this.sum = sum;
    this.tr = tr;
    this.src = src;
    this.inTranslation = new FactSupport(tr);
    this.title = title;
    this.findings = findings;
  }

  /** The facts and words of the translation the sentences are checked against. */
  public FactSupport inTranslation() {
    return inTranslation;
  }

  /**
   * What the checks found in one summary sentence.
   *
   * @param facts the sentence's facts
   * @param supported how many of them the translation or source supports
   * @param contradictions changed numbers, flipped polarities and swapped actors
   * @param edits small edits against the supporting sentence (not counted as contradictions)
   * @param novelty the sentence's novel numbers and words
   * @param unlinked novel common words the translation links to in no form
   */
  public record Result(
      List<Fact> facts,
      int supported,
      int contradictions,
      List<AlignedEdits.Edit> edits,
      Novelty novelty,
      List<Span> unlinked) {
    /** Unsupported facts and contradictions. */
    public int problems() {
      return facts.size() - supported + contradictions;
    }
  }

  /**
   * Checks summary sentence {@code s}, supported by translation sentences {@code tgt} (best first);
   * {@code best} is the supporting sentence it is compared with for contradictions, or -1 when none
   * holds enough of it.
   */
  public Result check(int s, List<Integer> tgt, int best) {
    List<Fact> facts = Fact.of(sum, s);
    List<Fact> unsupported = new ArrayList<>();
    for (Fact f : facts) {
      if (!supported(f)) {
        unsupported.add(f);
      }
    }
    int supported = facts.size() - unsupported.size();
    int contradictions = 0;
    for (Fact f : unsupported) {
      switch (reportUnsupported(f, tgt, best, facts)) {
        case HEDGED -> supported++;
        case CONTRADICTION -> contradictions++;
        case UNSUPPORTED -> {}
      }
    }
    List<AlignedEdits.Edit> edits = List.of();
    if (reportFlippedPolarity(s, tgt, best)) {
      contradictions++;
    }
    if (best >= 0) {
      Span swap = reportSwappedActors(s, best);
      if (swap != null) {
        contradictions++;
      }
      edits = reportEdits(s, tgt, swap != null);
    }
    Novelty novelty = Novelty.of(sum, s, inTranslation);
    List<Span> unlinked = reportUnlinkedWords(novelty, facts, edits, best);
    return new Result(facts, supported, contradictions, edits, novelty, unlinked);
  }

  /** True when the translation or the source states the fact. */
  private boolean supported(Fact f) {
    return inTranslation.supports(f) || (src != null && supportedBySource(f, src));
  }

  private static boolean supportedBySource(Fact f, AnalyzedText src) {
    if (f.anchor() == null) {
      return false;
    }
    var matcher = TextAnalyzer.shared().matcher();
    for (Anchor a : src.anchors()) {
      if (matcher.matches(a, f.anchor())) {
        return true;
      }
    }
    return false;
  }

  /** What became of a fact neither the translation nor the source states. */
  enum Verdict {
    /** A hedged count that one of the supporting sentences bears out: supported after all. */
    HEDGED,
    /** A count where the supporting sentence has another count of the same unit. */
    CONTRADICTION,
    /** Unsupported, against a rival fact of the supporting sentence or none. */
    UNSUPPORTED
  }

  /** Reports a fact neither the translation nor the source states, unless a hedge holds. */
  private Verdict reportUnsupported(Fact f, List<Integer> tgt, int best, List<Fact> facts) {
    Fact rival = best < 0 ? null : inTranslation.rival(f, best, facts);
    if (f.isCount() && hedgeHolds(f, tgt, facts)) {
      return Verdict.HEDGED;
    }
    if (rival != null && f.isCount() && rival.isCount() && inTranslation.sameUnit(f, sum, rival)) {
      findings.add(
          contradiction(
              f.span(),
              "The summary says "
                  + quote(f.text())
                  + " where the translation says "
                  + quote(rival.text())
                  + ".",
              List.of(rival.text()),
              evidence(f, best, tr, rival)));
      return Verdict.CONTRADICTION;
    }
    String message =
        rival != null
            ? " differs from the supporting sentence's " + quote(rival.text()) + "."
            : " is found neither in the translation nor in the source.";
    findings.add(
        finding(
            UNSUPPORTED_FACT,
            IssueType.ADDITION,
            Severity.MAJOR,
            f.span(),
            "The summary's " + f.kind() + " " + quote(f.text()) + message,
            rival != null ? List.of(rival.text()) : List.of(),
            evidence(f, best, tr, rival)));
    return Verdict.UNSUPPORTED;
  }

  /**
   * True when a hedged number ("more than 30") agrees with a number of one of its supporting
   * sentences.
   */
  private boolean hedgeHolds(Fact f, List<Integer> tgt, List<Fact> facts) {
    for (int j : tgt) {
      Fact rival = inTranslation.rival(f, j, facts);
      if (rival != null && FactSupport.hedgeHolds(f, sum, rival)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports a polarity the supporting sentence {@code best} states the other way round, or, failing
   * that (and when no supporting sentence holds enough of the summary's, {@code best} = -1), a
   * negation the whole translation never bears out; true when there is one.
   */
  private boolean reportFlippedPolarity(int s, List<Integer> tgt, int best) {
    Span flip = best >= 0 ? Polarity.flipped(sum, s, tr, tgt) : null;
    if (flip == null) {
      if (trNegated == null) {
        trNegated = Polarity.negatedKeys(tr);
      }
      Polarity.Flip f = Polarity.flippedAgainstText(sum, s, tr, inTranslation, trNegated);
      if (f != null && best < 0) {
        reportAgainstText(f);
        return true;
      }
      flip = f == null ? null : f.span();
    }
    if (flip == null) {
      return false;
    }
    reportAgainstSentence(
        flip, "The summary's polarity differs from its supporting sentence", "negation", best);
    return true;
  }

  /**
   * Reports a negation of a sentence no translation sentence supports well, against the first
   * un-negated use of its word in the translation (when the translation has it outside a compound).
   */
  private void reportAgainstText(Polarity.Flip f) {
    String negated = quote(f.span().of(sum.raw()));
    int j = f.word() == null ? -1 : sentenceOf(f.word());
    if (j < 0) {
      findings.add(
          contradiction(
              f.span(),
              "The summary says " + negated + " where the translation never negates it.",
              List.of(),
              editEvidence("negation", -1, tr, null)));
      return;
    }
    findings.add(
        contradiction(
            f.span(),
            "The summary says "
                + negated
                + " where the translation never negates "
                + quote(f.word().text())
                + ": "
                + quote(tr.sentenceText(j))
                + ".",
            List.of(),
            editEvidence("negation", j, tr, f.word().span())));
  }

  /** The translation sentence holding token {@code t}. */
  private int sentenceOf(Token t) {
    for (int j = 0; j < tr.sentences().size(); j++) {
      Span sp = tr.sentences().get(j).span();
      if (t.span().start() >= sp.start() && t.span().end() <= sp.end()) {
        return j;
      }
    }
    return -1;
  }

  /** Reports actors swapped against the supporting sentence; their span, or null. */
  private Span reportSwappedActors(int s, int best) {
    Span swap = Polarity.swappedActors(sum, s, tr, best);
    if (swap != null) {
      reportAgainstSentence(
          swap, "The summary swaps the actors of its supporting sentence", "relation", best);
    }
    return swap;
  }

  /**
   * Reports a contradiction of the supporting sentence {@code best} as a whole: the message is
   * {@code what} followed by the quoted sentence; {@code edit} is the type of edit.
   */
  private void reportAgainstSentence(Span span, String what, String edit, int best) {
    findings.add(
        contradiction(
            span,
            what + " " + quote(tr.sentenceText(best)) + ".",
            List.of(),
            editEvidence(edit, best, tr, null)));
  }

  /**
   * Reports the small edits against the supporting sentences (see {@link AlignedEdits}), leaving
   * out a role edit when the actors' swap is already reported; the edits reported.
   */
  private List<AlignedEdits.Edit> reportEdits(int s, List<Integer> tgt, boolean swapped) {
    List<AlignedEdits.Edit> edits = new ArrayList<>();
    for (AlignedEdits.Edit e : AlignedEdits.contradictions(sum, s, tr, tgt, inTranslation)) {
      if (swapped && e.type().equals(AlignedEdits.RELATION)) {
        continue; // the actors' swap is already reported
      }
      edits.add(e);
      findings.add(
          contradiction(
              e.span(),
              SummaryFindings.editMessage(e, tr),
              List.of(e.supportText()),
              editEvidence(e.type(), e.tgt(), tr, e.tgtSpan())));
    }
    return edits;
  }

  /**
   * Reports the novel common words of a sentence that the translation (or its title) uses in no
   * form; the words reported.
   */
  private List<Span> reportUnlinkedWords(
      Novelty novelty, List<Fact> facts, List<AlignedEdits.Edit> edits, int best) {
    List<Span> checkedElsewhere = new ArrayList<>();
    facts.forEach(f -> checkedElsewhere.add(f.span()));
    edits.forEach(e -> checkedElsewhere.add(e.span()));
    List<Span> unlinked = new ArrayList<>();
    for (Span w : novelty.common()) {
      String word = w.of(sum.raw());
      if (overlapsAny(w, checkedElsewhere) || AlignedEdits.isOperator(word)) {
        continue; // a fact is checked as a fact; a negation, a modal or an edited word by its own
        // check
      }
      String lw = word.toLowerCase(Locale.ROOT);
      // the translated title is part of what a summary may draw on
      if (!AlignedEdits.linked(lw, inTranslation) && !inTitle().hasWord(lw)) {
        unlinked.add(w);
        // INFO: a paraphrase WordNet cannot link ("with the purpose of" for "in order to") reads
        // the same
        findings.add(
            finding(
                UNSUPPORTED_WORD,
                IssueType.ADDITION,
                Severity.INFO,
                w,
                "The summary's word "
                    + quote(word)
                    + " is found in the translation neither as it is nor as a synonym or related form.",
                List.of(),
                editEvidence("addition", best, tr, null)));
      }
    }
    return unlinked;
  }

  /** The words of the translated title, analysed when first needed. */
  private FactSupport inTitle() {
    if (inTitle == null) {
      inTitle = new FactSupport(TextAnalyzer.shared().analyze(title == null ? "" : title, "en"));
    }
    return inTitle;
  }

  /** True when {@code w} overlaps any of {@code spans}. */
  private static boolean overlapsAny(Span w, List<Span> spans) {
    for (Span x : spans) {
      if (overlaps(w, x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
