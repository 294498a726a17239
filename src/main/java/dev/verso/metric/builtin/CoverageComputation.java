package dev.verso.metric.builtin;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.metric.Alignments;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.builtin.CoverageMetric.BeadCore;
import dev.verso.metric.builtin.CoverageMetric.Core;
import dev.verso.metric.builtin.coverage.BlockCoverage;
import dev.verso.metric.builtin.coverage.GlossRelations;
import dev.verso.metric.builtin.coverage.OmissionModel;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.LearntLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * COVERAGE's computation for one unit: the title and then each bead of the source ↔ translation
 * alignment measured by {@link BlockCoverage}, with their findings, details and omission
 * probabilities, gathered into a {@link Core}.
 */
final class CoverageComputation {
  private final BilingualLexicon terms;
  private final EvaluationContext unit;
  private final Alignment a;
  private final TextAnalyzer analyzer;
  private final BilingualLexicon lexicon;
  private final GlossRelations.Use wordNet;
  private final AnchorMatcher matcher;
  private final AnalyzedText src;
  private final AnalyzedText tgt;
  private final List<BeadCore> cores = new ArrayList<>();
  private final Map<Object, Double> probs = new LinkedHashMap<>();
  private final List<Finding> findings = new ArrayList<>();
  private double covered;
  private double total;

  /**
   * Prepares the computation of {@code unit} with the glossary {@code terms} and the renderings
   * {@code learnt} from the corpus; {@code wordNet} says which WordNet relations of a gloss count.
   */
  CoverageComputation(
      BilingualLexicon terms,
      LearntLexicon learnt,
      GlossRelations.Use wordNet,
      EvaluationContext unit) {
    this.wordNet = wordNet;
    this.terms = terms;
    this.unit = unit;
    this.a = Alignments.of(unit);
    this.analyzer = TextAnalyzer.shared();
    this.lexicon = analyzer.lexicon().withLearnt(learnt);
    this.matcher = analyzer.matcher();
    this.src = Alignments.source(unit);
    this.tgt = Alignments.translation(unit);
  }

  /** Measures the title and every bead. */
  Core run() {
    Map<String, Object> details = new LinkedHashMap<>();
    title(details);
    List<Map<String, Object>> beads = new ArrayList<>();
    List<Bead> list = a.beads();
    for (int k = 0; k < list.size(); k++) {
      beads.add(bead(k, list.get(k)));
    }
    details.put("beads", beads);
    findings.sort(
        (x, y) -> {
          int c = x.field().compareTo(y.field());
          return c != 0 ? c : x.span().compareTo(y.span());
        });
    return new Core(covered, total, List.copyOf(findings), details, List.copyOf(cores), probs);
  }

  /** Measures the title, when both source and translation have one, into {@code details}. */
  private void title(Map<String, Object> details) {
    String srcTitle = unit.source().title();
    String tgtTitle = unit.translation().title();
    if (srcTitle != null && !srcTitle.isBlank() && tgtTitle != null && !tgtTitle.isBlank()) {
      AnalyzedText st =
          unit.documentShared(
              "analysis:source.title", d -> analyzer.analyze(srcTitle, d.source().lang()));
      AnalyzedText tt =
          unit.shared(
              "analysis:translation.title",
              u -> analyzer.analyze(tgtTitle, u.translation().lang()));
      Span sr = new Span(0, srcTitle.length());
      Span tr = new Span(0, tgtTitle.length());
      BlockCoverage.Result r =
          BlockCoverage.measure(
              st, sr, tt, tr, tr, lexicon, matcher, termsOf(srcTitle, sr, tt, tr), wordNet);
      covered += r.covered();
      total += r.total();
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("bead", "title");
      double p =
          OmissionModel.probability(
              r,
              OmissionModel.visible(srcTitle, 0, srcTitle.length()),
              OmissionModel.visible(tgtTitle, 0, tgtTitle.length()));
      int before = findings.size();
      CoverageOmissions.report(
          r, Fields.SOURCE_TITLE, ev, "the translated title", List.of(), true, findings);
      cores.add(
          new BeadCore(
              Fields.SOURCE_TITLE,
              "title",
              sr,
              tr,
              r,
              OmissionModel.visible(srcTitle, 0, srcTitle.length()),
              OmissionModel.visible(tgtTitle, 0, tgtTitle.length()),
              List.copyOf(findings.subList(before, findings.size())),
              ev));
      probs.put("title", p);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("covered", dev.verso.model.Rounding.to4(r.covered()));
      m.put("total", dev.verso.model.Rounding.to4(r.total()));
      m.put("coverage", dev.verso.model.Rounding.to4(r.share()));
      m.put("omissionProbability", dev.verso.model.Rounding.to4(p));
      features(r, m);
      details.put("title", m);
    }
  }

  /** Measures bead {@code k}; its details. */
  private Map<String, Object> bead(int k, Bead b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("src", b.src());
    m.put("tgt", b.tgt());
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("bead", k);
    ev.put("src", b.src());
    ev.put("tgt", b.tgt());
    Span sr = range(a.srcSpans(), b.srcStart(), b.srcEnd());
    Span tr = range(a.tgtSpans(), b.tgtStart(), b.tgtEnd());
    int srcChars = sr == null ? 0 : OmissionModel.visible(src.raw(), sr.start(), sr.end());
    int tgtChars = tr == null ? 0 : OmissionModel.visible(tgt.raw(), tr.start(), tr.end());
    int before = findings.size();
    BlockCoverage.Result r = null;
    double p;
    if (b.srcCount() == 0) {
      // 0-1: an added sentence
      findings.add(CoverageAdditions.addedSentence(tgt, tr, ev));
      m.put("covered", 0.0);
      m.put("total", 0.0);
      m.put("coverage", 1.0);
      p = 0.0;
    } else if (b.tgtCount() == 0) {
      r = untranslated(sr, ev, m);
      p = r.total() == 0 ? 0.0 : 1.0;
    } else {
      r = aligned(b, sr, tr, ev, m);
      p = OmissionModel.probability(r, srcChars, tgtChars);
    }
    m.put("omissionProbability", dev.verso.model.Rounding.to4(p));
    List<Finding> mine = new ArrayList<>();
    for (Finding f : findings.subList(before, findings.size())) {
      if (f.type() == IssueType.OMISSION) {
        mine.add(f);
      }
    }
    cores.add(
        new BeadCore(Fields.SOURCE_TEXT, k, sr, tr, r, srcChars, tgtChars, List.copyOf(mine), ev));
    probs.put(k, p);
    return m;
  }

  /** A 1-0 bead: the source sentence {@code sr} has no translation. */
  private BlockCoverage.Result untranslated(
      Span sr, Map<String, Object> ev, Map<String, Object> m) {
    BlockCoverage.Result r =
        BlockCoverage.measure(
            src, sr, tgt, null, null, lexicon, matcher, termsOf(src.raw(), sr, tgt, null), wordNet);
    total += r.total();
    if (r.total() > 0) {
      findings.add(
          new Finding(
              "OMITTED_SENTENCE",
              IssueType.OMISSION,
              Severity.MAJOR,
              Fields.SOURCE_TEXT,
              sr,
              "This source sentence has no translation",
              List.of(),
              ev));
    }
    m.put("covered", 0.0);
    m.put("total", dev.verso.model.Rounding.to4(r.total()));
    m.put("coverage", r.total() == 0 ? 1.0 : 0.0);
    return r;
  }

  /** A bead with source and target: coverage, omission findings and addition findings. */
  private BlockCoverage.Result aligned(
      Bead b, Span sr, Span tr, Map<String, Object> ev, Map<String, Object> m) {
    Span near =
        range(
            a.tgtSpans(),
            Math.max(0, b.tgtStart() - 1),
            Math.min(a.tgtSpans().size(), b.tgtEnd() + 1));
    BlockCoverage.Result r =
        BlockCoverage.measure(
            src, sr, tgt, tr, near, lexicon, matcher, termsOf(src.raw(), sr, tgt, near), wordNet);
    covered += r.covered();
    total += r.total();
    List<Span> dropped =
        CoverageOmissions.droppedSentences(
            r,
            b.srcCount() > 1 ? a.srcSpans().subList(b.srcStart(), b.srcEnd()) : List.of(),
            ev,
            findings);
    CoverageOmissions.report(
        r, Fields.SOURCE_TEXT, ev, "its aligned translation", dropped, true, findings);
    Span srcNear =
        range(
            a.srcSpans(),
            Math.max(0, b.srcStart() - 1),
            Math.min(a.srcSpans().size(), b.srcEnd() + 1));
    CoverageAdditions.addedAnchors(src, srcNear, tgt, tr, lexicon, matcher, ev, findings);
    if (b.tgtCount() > 1) {
      CoverageAdditions.addedSentences(
          src, sr, tgt, a.tgtSpans().subList(b.tgtStart(), b.tgtEnd()), lexicon, ev, findings);
    }
    m.put("covered", dev.verso.model.Rounding.to4(r.covered()));
    m.put("total", dev.verso.model.Rounding.to4(r.total()));
    m.put("coverage", dev.verso.model.Rounding.to4(r.share()));
    features(r, m);
    return r;
  }

  /** The quantities behind a block's omission probability, for the details. */
  private static void features(BlockCoverage.Result r, Map<String, Object> m) {
    m.put("longestRun", dev.verso.model.Rounding.to4(r.longestRun()));
    m.put("uncoveredAnchors", dev.verso.model.Rounding.to4(r.uncoveredAnchors()));
    m.put("unmatchedTarget", r.unmatchedTarget());
    if (!r.learnt().isEmpty()) {
      // the source words only the lexicon learnt from the corpus renders, as [start, end] pairs
      m.put("learnt", r.learnt().stream().map(s -> List.of(s.start(), s.end())).toList());
    }
  }

  /**
   * The glossary terms of {@code srcRaw} inside {@code range}, each with whether {@code target}
   * renders it inside {@code near}: its acronym, or at least half the words of its approved
   * rendering.
   */
  private Map<Anchor, Boolean> termsOf(String srcRaw, Span range, AnalyzedText target, Span near) {
    if (terms.glossary().isEmpty() || range == null) {
      return Map.of();
    }
    Set<String> keys = new HashSet<>();
    Set<String> surface = new HashSet<>();
    if (near != null) {
      for (Token t : target.tokens()) {
        if (t.span().start() >= near.start() && t.span().end() <= near.end()) {
          keys.add(t.key());
          keys.addAll(BilingualLexicon.keysOf(t.text()));
          surface.add(t.text());
        }
      }
    }
    Map<Anchor, Boolean> out = new LinkedHashMap<>();
    for (BilingualLexicon.GlossaryHit h : terms.longestHits(srcRaw, true)) {
      if (h.span().start() < range.start() || h.span().end() > range.end()) {
        continue;
      }
      // coverage asks whether the term is rendered at all; whether with the approved wording is
      // GLOSSARY's question
      List<String> need = BilingualLexicon.keysOf(h.entry().target());
      long found = need.stream().filter(keys::contains).count();
      boolean rendered =
          (!need.isEmpty() && found * 2 >= need.size())
              || (!h.entry().acronym().isEmpty() && surface.contains(h.entry().acronym()));
      out.put(
          new Anchor(
              AnchorType.ORGANIZATION, h.span(), h.text(), h.entry().target(), BlockCoverage.TERM),
          rendered);
    }
    return out;
  }

  private static Span range(List<Span> spans, int from, int to) {
    if (from >= to) {
      return null;
    }
    return new Span(spans.get(from).start(), spans.get(to - 1).end());
  }
}
