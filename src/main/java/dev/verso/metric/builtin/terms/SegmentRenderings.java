package dev.verso.metric.builtin.terms;

import dev.verso.metric.builtin.terms.OrganisationParts.Part;
import dev.verso.metric.builtin.terms.SourceTerms.Candidate;
import dev.verso.metric.builtin.terms.TermTracer.Segment;
import dev.verso.model.GlossaryEntry;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import dev.verso.text.en.AcronymMentions;
import dev.verso.text.en.OrganisationNames;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.BilingualLexicon.GlossaryHit;
import dev.verso.text.lexicon.BilingualLexicon.HitKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The target side of term tracing: finds the English spans of one segment that may render each of
 * its source terms, and gives every term the best-scoring span still free.
 */
final class SegmentRenderings {
  /** A rendering found for one source term: its English span and comparison key. */
  record Found(Span span, Set<String> rendering) {}

  /** A possible rendering of the candidate at {@code index} with its score. */
  record Option(int index, Span span, Set<String> rendering, double score) {}

  /**
   * What the English field offers: organisation names, acronyms with their definitions, glossary
   * hits, tokens.
   */
  final class TargetInfo {
    final AnalyzedText tgt;
    final List<OrganisationNames.Name> names;
    final List<AcronymMentions.Mention> acronyms;
    final Map<String, String> definitions = new HashMap<>();
    final List<GlossaryHit> glossaryHits;

    TargetInfo(AnalyzedText tgt) {
      this.tgt = tgt;
      this.names = OrganisationNames.find(tgt.raw());
      this.acronyms = AcronymMentions.find(tgt.raw());
      for (AcronymDefinition d : AcronymExtractor.extract(tgt.raw())) {
        definitions.putIfAbsent(AcronymMentions.acronymBase(d.shortForm()), d.longForm());
      }
      this.glossaryHits = lexicon.hits(tgt.raw(), false);
    }
  }

  private final BilingualLexicon lexicon;
  private final TextAnalyzer analyzer;
  private final OrganisationParts parts;

  SegmentRenderings(BilingualLexicon lexicon, TextAnalyzer analyzer) {
    this.lexicon = lexicon;
    this.analyzer = analyzer;
    this.parts = new OrganisationParts(lexicon, analyzer);
  }

  /** What {@code tgt} offers as renderings, computed once per target field. */
  TargetInfo target(AnalyzedText tgt) {
    return new TargetInfo(tgt);
  }

  /**
   * The rendering of each candidate of {@code seg} (null where none is convincing): the
   * best-scoring (candidate, span) pairs are taken first, and no English span is used twice.
   */
  List<Found> assign(Segment seg, List<Candidate> cs, TargetInfo info) {
    List<Option> options = options(seg, cs, info);
    options.sort(
        Comparator.comparingDouble((Option o) -> -o.score())
            .thenComparing(o -> cs.get(o.index()).span())
            .thenComparing(Option::span));
    Found[] found = new Found[cs.size()];
    List<Span> used = new ArrayList<>();
    for (Option o : options) {
      if (found[o.index()] != null || !SourceTerms.free(used, o.span())) {
        continue;
      }
      found[o.index()] = new Found(o.span(), o.rendering());
      used.add(o.span());
    }
    return Arrays.asList(found);
  }

  /** Every possible rendering of every candidate of {@code seg}, in candidate order. */
  List<Option> options(Segment seg, List<Candidate> cs, TargetInfo info) {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      switch (c.kind()) {
        case GLOSSARY -> glossaryOptions(seg, i, c, info, options);
        case PERSON -> personOptions(seg, i, c, info, options);
        case ORGANIZATION -> organisationOptions(seg, i, c, info, options);
      }
    }
    return options;
  }

  private static boolean inside(Span outer, Span s) {
    return outer.start() <= s.start() && s.end() <= outer.end();
  }

  private void glossaryOptions(Segment seg, int i, Candidate c, TargetInfo info, List<Option> out) {
    GlossaryEntry g = c.entry();
    for (GlossaryHit h : info.glossaryHits) {
      if (!inside(seg.tgt(), h.span()) || !h.entry().target().equalsIgnoreCase(g.target())) {
        continue;
      }
      Set<String> key =
          h.kind() == HitKind.FORBIDDEN
              ? TermTracer.renderingKey(h.text())
              : TermTracer.renderingKey(g.target());
      out.add(new Option(i, h.span(), key, 30 + h.span().length() / 1000.0));
    }
    // other renderings: organisation names explained by the approved target's words
    Set<String> keys = new LinkedHashSet<>(BilingualLexicon.keysOf(g.target()));
    nameOptions(seg, i, info, key -> OrganisationParts.overlapScore(key, keys), out);
  }

  private void personOptions(Segment seg, int i, Candidate c, TargetInfo info, List<Option> out) {
    for (Anchor a : info.tgt.anchors(AnchorType.PERSON)) {
      if (inside(seg.tgt(), a.span()) && analyzer.matcher().matches(c.anchor(), a)) {
        out.add(new Option(i, a.span(), TermTracer.renderingKey(a.span().of(info.tgt.raw())), 20));
      }
    }
  }

  private void organisationOptions(
      Segment seg, int i, Candidate c, TargetInfo info, List<Option> out) {
    List<Part> ps = parts.of(c.text());
    if (ps.isEmpty()) {
      return;
    }
    ToDoubleFunction<Set<String>> byParts = key -> OrganisationParts.score(key, ps);
    nameOptions(seg, i, info, byParts, out);
    for (AcronymMentions.Mention m : info.acronyms) {
      String longForm = info.definitions.get(m.base());
      if (longForm != null && inside(seg.tgt(), m.span())) {
        addScored(i, m.span(), TermTracer.renderingKey(longForm), byParts, out);
      }
    }
  }

  /**
   * The organisation names of the segment, each scored by {@code score} (0: not a rendering) on its
   * rendering key.
   */
  private static void nameOptions(
      Segment seg, int i, TargetInfo info, ToDoubleFunction<Set<String>> score, List<Option> out) {
    for (OrganisationNames.Name n : info.names) {
      if (inside(seg.tgt(), n.span())) {
        addScored(i, n.span(), TermTracer.renderingKey(n.text()), score, out);
      }
    }
  }

  /** Adds a name-like option scored 10 plus its score, when that score is positive. */
  private static void addScored(
      int i, Span span, Set<String> key, ToDoubleFunction<Set<String>> score, List<Option> out) {
    double s = score.applyAsDouble(key);
    if (s > 0) {
      out.add(new Option(i, span, key, 10 + s));
    }
  }
}
