package dev.verso.metric.builtin;

import dev.verso.align.SummarySupport;
import dev.verso.metric.Alignments;
import dev.verso.metric.BaseMetric;
import dev.verso.metric.CheckSpec;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.summary.AlignedEdits;
import dev.verso.metric.builtin.summary.KeyFactOmissions;
import dev.verso.metric.builtin.summary.Novelty;
import dev.verso.metric.builtin.summary.Roles;
import dev.verso.metric.builtin.summary.SentenceChecks;
import dev.verso.metric.builtin.summary.SentenceDetails;
import dev.verso.metric.builtin.summary.SummaryChecks;
import dev.verso.metric.builtin.summary.TitleCheck;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Rounding;
import dev.verso.model.Severity;
import dev.verso.text.AnalyzedText;
import dev.verso.text.en.WordNetLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SUMMARY_CONSISTENCY: whether a summary says only what its translation (and, through the
 * alignment, the source) says. Each summary sentence is linked to its supporting translation
 * sentences; its facts (numbers, dates, names, organisations, acronyms, capitalised names) must be
 * found in the translation or the source ({@code UNSUPPORTED_FACT}), must not flip polarity, change
 * a number or swap the actors of its supporting sentence ({@code CONTRADICTION}), and the
 * translation's salient facts should appear in it ({@code KEY_FACT_OMITTED}). The translated title
 * is checked against the content and the source title ({@code TITLE_MISMATCH}).
 *
 * <p>Each sentence is also compared with its one to three best supporting sentences for small edits
 * ({@link AlignedEdits}: an antonym, a changed modality, swapped roles) and its novel common words
 * are looked up in WordNet ({@code UNSUPPORTED_WORD} when no base form, synonym or derivation of
 * them occurs). Each summary sentence gets a support score: {@link #SHARE_FLOOR} plus the rest
 * times the rarity-weighted share of its content that its single best supporting sentence holds,
 * times {@link #PROBLEM_FACTOR} for every unsupported fact or contradiction, {@link #EDIT_FACTOR}
 * for every edit and {@link #UNLINKED_FACTOR} for every unsupported word. A summary is as
 * consistent as its weakest sentence, so the statistics per unit are [weakest sentence support, 1
 * summary, sum of sentence supports, sentences, supported facts, checked facts (with
 * contradictions)]; they sum over a corpus and the score is the first over the second: the mean
 * weakest-sentence support.
 */
public final class SummaryConsistencyMetric extends BaseMetric {
  /** Metric id. */
  public static final String ID = "SUMMARY_CONSISTENCY";

  /** Check id of a summary fact found in neither the translation nor the source. */
  public static final String UNSUPPORTED_FACT = SummaryChecks.UNSUPPORTED_FACT;

  /** Check id of a summary sentence that contradicts its supporting sentence. */
  public static final String CONTRADICTION = SummaryChecks.CONTRADICTION;

  /** Check id of a salient translation fact missing from the summary. */
  public static final String KEY_FACT_OMITTED = SummaryChecks.KEY_FACT_OMITTED;

  /**
   * Check id of a common content word of the summary that the translation never uses, neither as it
   * is nor through a WordNet base form, synonym or derivationally related form.
   */
  public static final String UNSUPPORTED_WORD = SummaryChecks.UNSUPPORTED_WORD;

  /** Check id of a translated title that the content or the source title does not bear out. */
  public static final String TITLE_MISMATCH = SummaryChecks.TITLE_MISMATCH;

  /**
   * A supporting sentence must hold at least this share of a summary sentence to be compared for
   * contradictions.
   */
  static final double COMPARE_MIN = 0.5;

  /**
   * The support of a summary sentence is multiplied by this for every novel number or rare word in
   * it (see {@link Novelty}). This and the other factors were chosen from a grid of round values
   * ({@link #SHARE_FLOOR} in {0, 0.3, 0.5, 0.7, 0.8, 0.9}; this in {1, 0.9, 0.8, 0.7}; problems in
   * {0.5, 0.3, 0.2}; edits in {1, 0.5, 0.3}; unlinked words in {1, 0.95, 0.9}) by ROC-AUC on the
   * {@code evaluation} split of SummEdits (seven non-news domains), among the settings that keep
   * ROC-AUC on half A of the QAGS split at or above the previous formula's; the {@code test} split
   * and QAGS half B were only reported. Unsupported facts and edits carry the signal; a novel
   * number or rare word is already reported as a fact when it is one, so it costs nothing more.
   */
  static final double NOVEL_FACTOR = 1.0;

  /**
   * The support of a summary sentence is multiplied by this for every unsupported fact or
   * contradiction in it.
   */
  static final double PROBLEM_FACTOR = 0.2;

  /**
   * The support of a summary sentence is multiplied by this for every novel common word WordNet
   * does not link to the translation.
   */
  static final double UNLINKED_FACTOR = 0.95;

  /**
   * The support of a summary sentence is multiplied by this for every antonym, modality or role
   * edit against its support.
   */
  static final double EDIT_FACTOR = 0.3;

  /**
   * The overlap part of a sentence's support: {@code SHARE_FLOOR + (1 - SHARE_FLOOR) * bestShare}.
   * Word overlap says little about small edits (on SummEdits it ranks edited summaries no better
   * than chance), so it only breaks ties between sentences with the same problems.
   */
  static final double SHARE_FLOOR = 0.3;

  SummaryConsistencyMetric(Options o) {
    super(
        ID,
        o,
        List.of(
            "weakestSupport",
            "summaries",
            "sentenceSupport",
            "sentences",
            "supportedFacts",
            "facts"));
    Novelty.preload(); // the vocabulary of novel words loads while the input is read
    WordNetLexicon.preload();
    Roles.preload();
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    List<Finding> findings = new ArrayList<>();
    AnalyzedText tr = Alignments.translation(unit);
    AnalyzedText src = Alignments.source(unit);
    TitleCheck.check(unit, tr, findings);
    AnalyzedText sum = Alignments.summary(unit);
    if (sum == null) {
      return new Measurement(null, findings, new LinkedHashMap<>(), "no summary");
    }
    SummarySupport support = Alignments.summarySupport(unit);
    SentenceChecks checks = new SentenceChecks(sum, tr, src, unit.translation().title(), findings);
    SentenceDetails details =
        new SentenceDetails(sum, tr, Alignments.of(unit), checks.inTranslation());
    double supportSum = 0;
    double weakest = 1;
    int supportedFacts = 0;
    int checkedFacts = 0;
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (int s = 0; s < sum.sentences().size(); s++) {
      SummarySupport.Link link = support.sentences().get(s);
      int best =
          link.tgt().isEmpty() || link.scores().get(0) < COMPARE_MIN ? -1 : link.tgt().get(0);
      SentenceChecks.Result r = checks.check(s, link.tgt(), best);
      double bestShare = link.scores().isEmpty() ? 0.0 : link.scores().get(0);
      double sentenceScore = sentenceScore(bestShare, r);
      supportSum += sentenceScore;
      weakest = Math.min(weakest, sentenceScore);
      supportedFacts += r.supported();
      checkedFacts += r.facts().size() + r.contradictions();
      sentences.add(details.of(s, link, r, bestShare, sentenceScore));
    }
    KeyFactOmissions.report(sum, tr, findings);
    Map<String, Object> unitDetails = new LinkedHashMap<>();
    unitDetails.put("sentences", sentences);
    if (sum.sentences().isEmpty()) {
      return new Measurement(null, findings, unitDetails, "empty summary");
    }
    double[] stats = {
      weakest, 1, Rounding.to3(supportSum), sum.sentences().size(), supportedFacts, checkedFacts
    };
    return new Measurement(stats, findings, unitDetails, null);
  }

  /**
   * The support score of a summary sentence: the overlap part ({@link #SHARE_FLOOR} plus the rest
   * times the share its best supporting sentence holds) times a factor per problem, per novel
   * number or rare word, per unlinked word and per edit; rounded to three decimals.
   */
  static double sentenceScore(double bestShare, SentenceChecks.Result r) {
    Novelty novelty = r.novelty();
    return Rounding.to3(
        (SHARE_FLOOR + (1 - SHARE_FLOOR) * bestShare)
            * Math.pow(NOVEL_FACTOR, novelty.numbers().size() + novelty.rare().size())
            * Math.pow(PROBLEM_FACTOR, r.problems())
            * Math.pow(UNLINKED_FACTOR, r.unlinked().size())
            * Math.pow(EDIT_FACTOR, r.edits().size()));
  }

  /** Finds {@link SummaryConsistencyMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<CheckSpec> CHECKS =
        List.of(
            new CheckSpec(
                "UNSUPPORTED_FACT",
                IssueType.ADDITION,
                Severity.MAJOR,
                "a summary fact (name, number, date, content) the translation does not support"),
            new CheckSpec(
                "CONTRADICTION",
                IssueType.MISTRANSLATION,
                Severity.MAJOR,
                "a summary statement its supporting sentences contradict (negation, antonym, number, modality, swapped roles, co-hyponym)"),
            new CheckSpec(
                "KEY_FACT_OMITTED",
                IssueType.OMISSION,
                Severity.MINOR,
                "a key fact of the translation's lead missing from the summary"),
            new CheckSpec(
                "TITLE_MISMATCH",
                IssueType.MISTRANSLATION,
                Severity.MAJOR,
                "a translated title that adds to or contradicts its source title"),
            new CheckSpec(
                "UNSUPPORTED_WORD",
                IssueType.ADDITION,
                Severity.INFO,
                "a summary word with no base form, synonym or related form in the document"));

    public Provider() {
      super(
          ID,
          "Summary facts supported by the translation or source, contradictions, omitted key facts, title mismatch; score = mean weakest-sentence support.",
          List.of(),
          CHECKS,
          SummaryConsistencyMetric::new);
    }
  }
}
