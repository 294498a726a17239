package dev.verso.metric.builtin;

import dev.verso.metric.BaseMetric;
import dev.verso.metric.CheckSpec;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.GlossaryConsumer;
import dev.verso.metric.Measurement;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.coverage.BlockCoverage;
import dev.verso.metric.builtin.coverage.GlossRelations;
import dev.verso.model.Finding;
import dev.verso.model.Glossary;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.LearntLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * COVERAGE: the weighted share of the source's content (content words and anchors) that has a
 * rendering in the aligned translation, bead by bead, with omission findings (dropped sentences,
 * dropped clauses, missing numbers, dates, names, organisations) and the reverse addition findings.
 * Statistics are {@code [covered weight, total weight]}; each bead's coverage and omission
 * probability are in the details. Applies only when the document has a source text.
 */
public final class CoverageMetric extends BaseMetric {
  /** Metric id. */
  public static final String ID = "COVERAGE";

  /**
   * A run of two or more unrendered words is reported from this weight (unrendered anchors in it
   * count) …
   */
  static final double MIN_RUN_WEIGHT = 3.0;

  /** … and is major from this weight; one or two unmatched words are too often a paraphrase. */
  static final double MAJOR_RUN_WEIGHT = 4.0;

  /**
   * A sentence inside a many-sentence bead counts as dropped (or added) below this covered share…
   */
  static final double DROPPED_SHARE = 0.25;

  /** …when it weighs at least this much (three content words, or one anchor). */
  static final double MIN_SENTENCE_WEIGHT = 3.0;

  /**
   * Default of option {@code minProbability}: a minor dropped clause (run weight under {@link
   * #MAJOR_RUN_WEIGHT}) inside an aligned bead is reported only when the bead's omission
   * probability reaches it; missing anchors and major runs are facts of their own and always
   * reported. Chosen by the {@code OmissionHarness} ({@code --fit}) on the fitting half of the
   * development set.
   */
  static final double MIN_PROBABILITY = 0.06;

  /** Default of option {@code wordnet}: which WordNet relations of a gloss render a word. */
  static final GlossRelations.Use WORDNET = GlossRelations.Use.NONE;

  private final double minProbability;
  private final boolean omissionFindings;

  private final BilingualLexicon terms;
  private final LearntLexicon learnt;
  private final GlossRelations.Use wordNet;

  CoverageMetric(Options o) {
    super(ID, o, List.of("coveredWeight", "totalWeight"));
    this.minProbability = o.number("minProbability");
    this.omissionFindings = o.bool("omissionFindings");
    CoverageOptions.requireProbability(o, ID, "minProbability");
    String files = o.string("files").trim();
    Glossary g = dev.verso.io.glossary.Glossaries.shared(files, ID);
    this.terms = new BilingualLexicon(g, null);
    this.learnt = CoverageOptions.learnt(o, ID);
    this.wordNet = CoverageOptions.wordNet(o, ID);
    this.coreKey =
        "coverage:core:" + files + "|" + o.string("lexicon").trim() + "|" + wordNet.value();
  }

  /**
   * One bead as both COVERAGE and OMISSION read it.
   *
   * @param field the source field ({@code source.title} or {@code source.text})
   * @param key the bead index, or {@code "title"}
   * @param sr the source span, null for a 0-1 bead
   * @param tr the target span, null for a 1-0 bead
   * @param r the block's coverage, null for a 0-1 bead
   * @param srcChars non-space source characters
   * @param tgtChars non-space target characters
   * @param candidates the bead's omission findings before any gate
   * @param evidence the evidence map its findings carry
   */
  record BeadCore(
      String field,
      Object key,
      Span sr,
      Span tr,
      BlockCoverage.Result r,
      int srcChars,
      int tgtChars,
      List<Finding> candidates,
      Map<String, Object> evidence) {}

  /** Everything COVERAGE computes for one unit, cached per unit so that OMISSION reuses it. */
  record Core(
      double covered,
      double total,
      List<Finding> findings,
      Map<String, Object> details,
      List<BeadCore> beads,
      Map<Object, Double> probability) {}

  private final String coreKey;

  /**
   * The key under which a unit caches this coverage computation: the same for every metric with the
   * same glossary files, lexicon and WordNet use, whatever its gates.
   */
  String coreKey() {
    return coreKey;
  }

  /**
   * The cached coverage of {@code unit} (null without a source); independent of the gate option.
   */
  Core core(EvaluationContext unit) {
    if (unit.source() == null) {
      return null;
    }
    return unit.shared(coreKey, u -> new CoverageComputation(terms, learnt, wordNet, u).run());
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    Core c = core(unit);
    if (c == null) {
      return Measurement.notApplicable("no source text");
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : c.findings()) {
      if (!omissionFindings && f.type() == IssueType.OMISSION) {
        continue; // OMISSION reports them, gated by its probabilities
      }
      // a minor dropped clause only in a bead whose omission probability reaches the gate
      if (f.check().equals("OMITTED_CONTENT")
          && f.severity() == Severity.MINOR
          && c.probability().getOrDefault(f.evidence().get("bead"), 1.0) < minProbability) {
        continue;
      }
      out.add(f);
    }
    return new Measurement(new double[] {c.covered(), c.total()}, out, c.details(), null);
  }

  /** Finds {@link CoverageMetric} by id. */
  public static final class Provider extends SimpleMetricProvider implements GlossaryConsumer {
    private static final List<CheckSpec> CHECKS =
        dev.verso.metric.builtin.coverage.CoverageChecks.all();

    private static final List<OptionSpec> OPTIONS =
        List.of(
            CoverageOptions.FILES,
            CoverageOptions.LEXICON,
            CoverageOptions.wordNet(WORDNET),
            CoverageOptions.minProbability(
                MIN_PROBABILITY,
                "a minor OMITTED_CONTENT finding is reported only when its bead's omission probability reaches this (0 reports all)"),
            new OptionSpec(
                "omissionFindings",
                "false",
                "also report the coverage rules' omission findings here (by default the OMISSION metric reports them, gated by its probabilities)"));

    public Provider() {
      super(
          ID,
          "Source content rendered in the aligned translation (weighted share of words and anchors); addition findings (omission findings with omissionFindings=true).",
          OPTIONS,
          CHECKS,
          CoverageMetric::new);
    }
  }
}
