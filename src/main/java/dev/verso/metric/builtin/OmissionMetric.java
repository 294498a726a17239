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
import dev.verso.metric.builtin.coverage.Consensus;
import dev.verso.metric.builtin.coverage.ConsensusModel;
import dev.verso.metric.builtin.coverage.OmissionModel;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * OMISSION: the probability that a translation leaves out source content (0..1, lower is better).
 * Each bead of the source ↔ translation alignment gets a probability from its coverage evidence
 * and, when other systems translated the same document, from cross-system consensus; the document's
 * score is the probability that at least one bead omits, and the corpus score the mean over
 * documents. The omission findings come from the same probabilities: a bead's findings are reported
 * when its probability reaches {@code minProbability}, and are major only from {@code
 * majorProbability}. Statistics are {@code [probability, 1]}.
 */
public final class OmissionMetric extends BaseMetric {
  /** Metric id. */
  public static final String ID = "OMISSION";

  /**
   * Default of {@code minProbability}: chosen by {@code NewsQualityHarness --fit} on the TED
   * fitting half.
   */
  static final double MIN_PROBABILITY = 0.08;

  /**
   * Default of {@code majorProbability}: the smallest gate (in steps of about 0.03) at which the
   * segments with a major finding reach a precision of 0.75 on the even half of the sources of the
   * WMT23 zh→en news ratings ({@code NewsQualityHarness --unseen … --major P}); the odd half is
   * reported, not used. It was 0.19, chosen on TED talks, where major findings are rare.
   */
  static final double MAJOR_PROBABILITY = 0.30;

  /**
   * A run of consensus-missing items is a candidate from this weight (two content words, or one
   * anchor).
   */
  static final double MIN_CONSENSUS_WEIGHT = 2.0;

  private final CoverageMetric coverage;
  private final double minProbability;
  private final double majorProbability;
  private final boolean consensus;

  /**
   * The key under which a unit caches, per source field, whether each source item is covered.
   *
   * @param coverage the key of the coverage computation behind it ({@link
   *     CoverageMetric#coreKey()})
   * @param field the source field
   */
  private record CoveredKey(String coverage, String field) {}

  OmissionMetric(Options o) {
    super(ID, o, List.of("omissionProbability", "documents"));
    this.minProbability = o.number("minProbability");
    this.majorProbability = o.number("majorProbability");
    for (String name : List.of("minProbability", "majorProbability")) {
      CoverageOptions.requireProbability(o, ID, name);
    }
    this.consensus = o.bool("consensus");
    CoverageOptions.learnt(o, ID); // a bad lexicon is reported under this metric's id
    Map<String, String> cov = new TreeMap<>();
    cov.put("files", o.string("files"));
    cov.put("lexicon", o.string("lexicon"));
    cov.put("wordnet", CoverageOptions.wordNet(o, ID).value());
    this.coverage = (CoverageMetric) new CoverageMetric.Provider().create(cov);
  }

  @Override
  public boolean higherIsBetter() {
    return false;
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    CoverageMetric.Core core = coverage.core(unit);
    if (core == null) {
      return Measurement.notApplicable("no source text");
    }
    List<String> others = consensus ? others(unit) : List.of();
    List<Finding> findings = new ArrayList<>();
    List<Map<String, Object>> beads = new ArrayList<>();
    double keep = 1;
    for (CoverageMetric.BeadCore b : core.beads()) {
      if (b.sr() == null) {
        continue; // an added sentence omits nothing
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("field", b.field());
      m.put("bead", b.key());
      m.put("start", b.sr().start());
      m.put("end", b.sr().end());
      BeadProbability bp = probability(unit, b, others, m);
      double p = bp.p();
      m.put("probability", dev.verso.model.Rounding.to4(p));
      beads.add(m);
      keep *= 1 - p;
      findings.addAll(findingsOf(b, p, bp.consensus()));
    }
    double doc = 1 - keep;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("beads", beads);
    details.put("probability", dev.verso.model.Rounding.to4(doc));
    details.put("others", others.size());
    findings.sort(dev.verso.metric.Evaluator.FINDING_ORDER);
    return new Measurement(new double[] {doc, 1}, findings, details, null);
  }

  /** The other systems of the document with a non-blank translation, by name. */
  private static List<String> others(EvaluationContext unit) {
    List<String> others = new ArrayList<>();
    for (String s : new TreeSet<>(unit.document().translations().keySet())) {
      Passage p = unit.document().translations().get(s);
      if (!s.equals(unit.system()) && p != null && !p.textOrEmpty().isBlank()) {
        others.add(s);
      }
    }
    return others;
  }

  /**
   * A bead's omission probability, and the consensus evidence behind it (null without other
   * systems).
   */
  private record BeadProbability(double p, Consensus.Evidence consensus) {}

  /**
   * The omission probability of bead {@code b}: 0 or 1 for an untranslated bead, else from its
   * coverage features and, when {@code others} rendered it, the consensus features; puts the
   * features into {@code m}.
   */
  private BeadProbability probability(
      EvaluationContext unit,
      CoverageMetric.BeadCore b,
      List<String> others,
      Map<String, Object> m) {
    BlockCoverage.Result r = b.r();
    if (b.tr() == null) {
      return new BeadProbability(r.total() == 0 ? 0.0 : 1.0, null);
    }
    double[] single =
        OmissionModel.features(
            r.uncovered(),
            r.total(),
            r.longestRun(),
            r.uncoveredAnchors(),
            r.unmatchedTarget(),
            b.srcChars(),
            b.tgtChars());
    m.put("uncovered", dev.verso.model.Rounding.to4(r.uncovered()));
    m.put("total", dev.verso.model.Rounding.to4(r.total()));
    m.put("longestRun", dev.verso.model.Rounding.to4(r.longestRun()));
    m.put("uncoveredAnchors", dev.verso.model.Rounding.to4(r.uncoveredAnchors()));
    m.put("unmatchedTarget", r.unmatchedTarget());
    m.put("srcChars", b.srcChars());
    m.put("tgtChars", b.tgtChars());
    List<Consensus.Other> renderings = new ArrayList<>();
    for (String o : others) {
      try {
        renderings.add(rendering(unit.forSystem(o), b.field(), b.sr()));
      } catch (RuntimeException e) {
        // that system's own unit reports its failure; it is no pseudo-reference here
      }
    }
    if (renderings.isEmpty()) {
      return new BeadProbability(OmissionModel.probability(single), null);
    }
    String text = b.tr().of(targetText(unit, b.field()));
    Consensus.Evidence ev = Consensus.of(r, b.tgtChars(), profile(unit, text), renderings);
    double p = ConsensusModel.probability(ConsensusModel.features(single, ev));
    m.put("others", ev.others());
    m.put("consensusMissing", dev.verso.model.Rounding.to4(ev.missing()));
    m.put("lengthVsOthers", dev.verso.model.Rounding.to4(ev.lengthRatio()));
    m.put("chrfVsOthers", dev.verso.model.Rounding.to4(ev.chrf()));
    return new BeadProbability(p, ev);
  }

  /**
   * The findings of a bead. Facts (a missing anchor, a dropped sentence, an unrendered run of
   * weight {@link CoverageMetric#MAJOR_RUN_WEIGHT} or more) are always reported; a lighter run, a
   * run the other systems render, or (when nothing else explains it) the bead itself only when the
   * bead's probability reaches {@code minProbability}. A finding is major only when the bead's
   * probability reaches {@code majorProbability} (and its rule makes it major); otherwise it is
   * minor.
   */
  private List<Finding> findingsOf(CoverageMetric.BeadCore b, double p, Consensus.Evidence ev) {
    boolean likely = p >= minProbability;
    boolean major = p >= majorProbability;
    List<Finding> out = new ArrayList<>();
    Map<String, Object> evidence = new LinkedHashMap<>(b.evidence());
    evidence.put("probability", dev.verso.model.Rounding.to4(p));
    for (Finding f : b.candidates()) {
      boolean fact = f.severity() == Severity.MAJOR || !f.check().equals("OMITTED_CONTENT");
      if (!fact && !likely) {
        continue;
      }
      out.add(
          new Finding(
              f.check(),
              f.type(),
              major ? f.severity() : Severity.MINOR,
              f.field(),
              f.span(),
              f.message(),
              f.suggestions(),
              evidence));
    }
    if (!likely) {
      return out;
    }
    if (ev != null && b.r() != null) {
      consensusRuns(b, ev, major, evidence, out);
    }
    if (out.isEmpty()) {
      out.add(beadFinding(b, p, ev, major, evidence));
    }
    return out;
  }

  /**
   * Adds a finding for each run of items of {@code b} that the other systems render and this one
   * does not, from {@link #MIN_CONSENSUS_WEIGHT} and overlapping no finding of {@code out}.
   */
  private static void consensusRuns(
      CoverageMetric.BeadCore b,
      Consensus.Evidence ev,
      boolean major,
      Map<String, Object> evidence,
      List<Finding> out) {
    List<BlockCoverage.Item> items = b.r().items();
    for (int[] run : Consensus.missingRuns(b.r(), ev.share())) {
      Span span = new Span(items.get(run[0]).span().start(), items.get(run[1]).span().end());
      double w = 0;
      int rendered = 0;
      List<String> words = new ArrayList<>();
      for (int i = run[0]; i <= run[1]; i++) {
        w += items.get(i).weight();
        if (items.get(i).weight() > 0) {
          words.add(items.get(i).text());
          rendered = Math.max(rendered, (int) Math.round(ev.share()[i] * ev.others()));
        }
      }
      if (w < MIN_CONSENSUS_WEIGHT || out.stream().anyMatch(f -> overlaps(f.span(), span))) {
        continue;
      }
      Map<String, Object> e = new LinkedHashMap<>(evidence);
      e.put("renderedBy", rendered);
      e.put("others", ev.others());
      out.add(
          new Finding(
              "OMITTED_CONTENT",
              IssueType.OMISSION,
              major && w >= CoverageMetric.MAJOR_RUN_WEIGHT ? Severity.MAJOR : Severity.MINOR,
              b.field(),
              span,
              "No rendering of "
                  + String.join(" ", words)
                  + " found, while "
                  + rendered
                  + " of the "
                  + ev.others()
                  + " other systems render it",
              List.of(),
              e));
    }
  }

  /**
   * The finding for a likely omission in bead {@code b} that no single unrendered word explains,
   * naming the evidence behind probability {@code p}.
   */
  private static Finding beadFinding(
      CoverageMetric.BeadCore b,
      double p,
      Consensus.Evidence ev,
      boolean major,
      Map<String, Object> evidence) {
    String why =
        ev == null
            ? "its coverage evidence"
            : "its length relative to the other systems ("
                + String.format(
                    java.util.Locale.ROOT, "%+.0f%%", 100 * (Math.exp(ev.lengthRatio()) - 1))
                + ") and its chrF against them ("
                + String.format(java.util.Locale.ROOT, "%.2f", ev.chrf())
                + ")";
    return new Finding(
        "OMITTED_CONTENT",
        IssueType.OMISSION,
        major ? Severity.MAJOR : Severity.MINOR,
        b.field(),
        b.sr(),
        "The translation of this passage probably leaves out content (probability "
            + String.format(java.util.Locale.ROOT, "%.2f", p)
            + ", from "
            + why
            + "), though no single unrendered word stands out",
        List.of(),
        evidence);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Another system's rendering of the source span {@code sr} of {@code field}. */
  private Consensus.Other rendering(EvaluationContext other, String field, Span sr) {
    CoverageMetric.Core c = coverage.core(other);
    Map<Long, Boolean> covered =
        other.shared(
            new CoveredKey(coverage.coreKey(), field),
            u -> {
              Map<Long, Boolean> map = new java.util.HashMap<>();
              for (CoverageMetric.BeadCore b : c.beads()) {
                if (b.field().equals(field) && b.r() != null) {
                  for (BlockCoverage.Item it : b.r().items()) {
                    map.merge(Consensus.key(it.span()), it.covered(), Boolean::logicalOr);
                  }
                }
              }
              return map;
            });
    String tgt = targetText(other, field);
    double chars = 0;
    StringBuilder text = new StringBuilder();
    for (CoverageMetric.BeadCore b : c.beads()) {
      if (!b.field().equals(field) || b.sr() == null || !overlaps(b.sr(), sr)) {
        continue;
      }
      int ov = Math.min(b.sr().end(), sr.end()) - Math.max(b.sr().start(), sr.start());
      chars += b.tgtChars() * (ov / (double) Math.max(1, b.sr().length()));
      if (b.tr() != null) {
        text.append(b.tr().of(tgt)).append(' ');
      }
    }
    return new Consensus.Other(chars, profile(other, text.toString().strip()), covered);
  }

  /** The chrF profile of {@code text}, built once per document and text. */
  private static Consensus.Profile profile(EvaluationContext unit, String text) {
    return unit.documentShared("omission:chrf:" + text, d -> Consensus.Profile.of(text));
  }

  private static String targetText(EvaluationContext unit, String field) {
    Passage t = unit.translation();
    String s = field.equals(Fields.SOURCE_TITLE) ? t.title() : t.text();
    return s == null ? "" : s;
  }

  /** Finds {@link OmissionMetric} by id. */
  public static final class Provider extends SimpleMetricProvider implements GlossaryConsumer {
    private static final List<CheckSpec> CHECKS =
        dev.verso.metric.builtin.coverage.CoverageChecks.OMISSIONS;

    private static final List<OptionSpec> OPTIONS =
        List.of(
            CoverageOptions.FILES,
            CoverageOptions.LEXICON,
            CoverageOptions.wordNet(CoverageMetric.WORDNET),
            CoverageOptions.minProbability(
                MIN_PROBABILITY,
                "a bead's omission findings are reported when its omission probability reaches this (0 reports every candidate)"),
            CoverageOptions.probability(
                "majorProbability",
                MAJOR_PROBABILITY,
                "a reported omission finding is major (when its rule says so) only from this bead probability; below it is minor"),
            new OptionSpec(
                "consensus",
                "true",
                "use the document's other systems' translations as pseudo-references (false: single-translation evidence only)"));

    public Provider() {
      super(
          ID,
          "Probability that the translation leaves out source content (0..1, lower is better), per bead from coverage and,"
              + " with several systems, cross-system consensus; omission findings from the same probabilities.",
          OPTIONS,
          CHECKS,
          OmissionMetric::new);
    }
  }
}
