package dev.verso.metric.builtin.terms;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.metric.builtin.terms.SegmentRenderings.Found;
import dev.verso.metric.builtin.terms.SegmentRenderings.TargetInfo;
import dev.verso.metric.builtin.terms.SourceTerms.Candidate;
import dev.verso.model.Glossary;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.Cedict;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Traces the terms of a Chinese source to their English renderings through a sentence alignment.
 * Source terms are glossary terms, person names, organisation names (a chain such as 商务部电子商务司 is
 * cut after each organisational suffix: 商务部 | 电子商务司). Ordinary nouns and dictionary place names are
 * left out on purpose: their renderings vary legitimately (经济 economy/economic, 英国 Britain/United
 * Kingdom). Each occurrence is looked up only in the target side of its own segment (an alignment
 * bead, or the title pair): a glossary term by its approved, acronym or forbidden renderings; a
 * person by pinyin; an organisation by the English organisation names and defined acronyms whose
 * words are explained by the glosses, sub-words, suffix heads or pinyin of its words. Within one
 * segment the best-scoring (occurrence, span) pairs are taken first and no English span is used
 * twice. An occurrence without a convincing span stays untraced. Stateless apart from the lexicon;
 * thread-safe.
 */
public final class TermTracer {
  /** What kind of source term. */
  public enum Kind {
    /** A term of the user glossary. */
    GLOSSARY,
    /** A person name. */
    PERSON,
    /** An organisation name. */
    ORGANIZATION
  }

  /**
   * One segment: a source range and the target range that translates it.
   *
   * @param src the source range
   * @param tgt the target range, or null when the source was left untranslated
   * @param id a readable id (bead {@code 3-4} as sentence indices, or {@code title})
   */
  public record Segment(Span src, Span tgt, String id) {}

  /**
   * A source field, its translation field and their segments.
   *
   * @param srcField the source field name
   * @param src the analysed source field
   * @param tgtField the translation field name
   * @param tgt the analysed translation field
   * @param segments aligned segments in source order
   */
  public record Side(
      String srcField,
      AnalyzedText src,
      String tgtField,
      AnalyzedText tgt,
      List<Segment> segments) {}

  /**
   * One source occurrence of a term and its rendering.
   *
   * @param srcField source field
   * @param srcSpan where in the source
   * @param srcText the source surface
   * @param segment id of its segment
   * @param tgtField translation field
   * @param tgtSpan the rendering's span, or null when untraced
   * @param tgtText the rendering as written, or null
   * @param rendering the rendering's comparison key (sorted content-word stems), or null
   */
  public record Occurrence(
      String srcField,
      Span srcSpan,
      String srcText,
      String segment,
      String tgtField,
      Span tgtSpan,
      String tgtText,
      Set<String> rendering) {
    /** True when a rendering was found. */
    public boolean traced() {
      return tgtSpan != null;
    }
  }

  /**
   * A source term with all its occurrences in reading order.
   *
   * @param key identity ({@code g:} glossary target, {@code p:} pinyin, {@code o:} surface)
   * @param label the source surface shown to people
   * @param kind what sort of term
   * @param occurrences every occurrence, traced or not
   */
  public record Term(String key, String label, Kind kind, List<Occurrence> occurrences) {
    /** The traced occurrences. */
    public List<Occurrence> traced() {
      return occurrences.stream().filter(Occurrence::traced).toList();
    }
  }

  private final SourceTerms sourceTerms;
  private final SegmentRenderings renderings;

  /** A tracer over {@code glossary} (may be empty) and the bundled dictionary. */
  public TermTracer(Glossary glossary) {
    BilingualLexicon lexicon = new BilingualLexicon(glossary, Cedict.get());
    this.sourceTerms = new SourceTerms(lexicon);
    this.renderings = new SegmentRenderings(lexicon, TextAnalyzer.shared());
  }

  /**
   * Every source term of {@code sides} with its occurrences, traced where possible, in
   * first-occurrence order.
   */
  public List<Term> trace(List<Side> sides) {
    List<Pending> pending = sourceOccurrences(sides);
    Map<Pending, Found> found = render(pending);
    Map<String, Term> terms = new LinkedHashMap<>();
    for (Pending p : pending) {
      Candidate c = p.c();
      terms
          .computeIfAbsent(c.key(), k -> new Term(k, c.label(), c.kind(), new ArrayList<>()))
          .occurrences()
          .add(occurrence(p, found.get(p)));
    }
    List<Term> out = new ArrayList<>();
    for (Term t : terms.values()) {
      out.add(new Term(t.key(), t.label(), t.kind(), List.copyOf(t.occurrences())));
    }
    return out;
  }

  /** One source occurrence of a term with the side and segment it stands in. */
  private record Pending(Side side, Segment seg, Candidate c) {}

  /** The source terms of every side, each with its segment (null when in none), side by side. */
  private List<Pending> sourceOccurrences(List<Side> sides) {
    List<Pending> pending = new ArrayList<>();
    for (Side side : sides) {
      for (Candidate c : sourceTerms.find(side.src())) {
        pending.add(new Pending(side, segmentOf(side.segments(), c.span()), c));
      }
    }
    return pending;
  }

  /**
   * The renderings found for the occurrences whose segment has a translation, segment by segment.
   */
  private Map<Pending, Found> render(List<Pending> pending) {
    Map<Segment, List<Pending>> bySegment =
        new LinkedHashMap<>(); // segments of one side differ by id
    for (Pending p : pending) {
      if (p.seg() != null && p.seg().tgt() != null) {
        bySegment.computeIfAbsent(p.seg(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<Pending, Found> found = new IdentityHashMap<>();
    Map<AnalyzedText, TargetInfo> infos = new IdentityHashMap<>();
    for (var e : bySegment.entrySet()) {
      List<Pending> ps = e.getValue();
      TargetInfo info = infos.computeIfAbsent(ps.get(0).side().tgt(), renderings::target);
      List<Found> fs = renderings.assign(e.getKey(), ps.stream().map(Pending::c).toList(), info);
      for (int i = 0; i < ps.size(); i++) {
        if (fs.get(i) != null) {
          found.put(ps.get(i), fs.get(i));
        }
      }
    }
    return found;
  }

  /** The occurrence of {@code p}, with its rendering {@code f} or untraced when null. */
  private static Occurrence occurrence(Pending p, Found f) {
    String segId = p.seg() == null ? "" : p.seg().id();
    Side side = p.side();
    Candidate c = p.c();
    return f == null
        ? new Occurrence(
            side.srcField(), c.span(), c.text(), segId, side.tgtField(), null, null, null)
        : new Occurrence(
            side.srcField(),
            c.span(),
            c.text(),
            segId,
            side.tgtField(),
            f.span(),
            f.span().of(side.tgt().raw()),
            f.rendering());
  }

  /**
   * The segments of a sentence alignment: one per bead with source sentences, ids {@code i-j} or
   * {@code i..k-j..l} (0-based sentences).
   */
  public static List<Segment> segments(Alignment a) {
    List<Segment> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      if (b.srcCount() == 0) {
        continue;
      }
      Span src =
          new Span(a.srcSpans().get(b.srcStart()).start(), a.srcSpans().get(b.srcEnd() - 1).end());
      Span tgt =
          b.tgtCount() == 0
              ? null
              : new Span(
                  a.tgtSpans().get(b.tgtStart()).start(), a.tgtSpans().get(b.tgtEnd() - 1).end());
      out.add(new Segment(src, tgt, beadId(b)));
    }
    return out;
  }

  /**
   * A readable bead id: source sentences, a dash, target sentences ({@code 2-2}, {@code 3..4-3},
   * {@code 5-} for an omission).
   */
  public static String beadId(Bead b) {
    return range(b.srcStart(), b.srcEnd()) + "-" + range(b.tgtStart(), b.tgtEnd());
  }

  private static String range(int a, int b) {
    if (b <= a) {
      return "";
    }
    return b == a + 1 ? Integer.toString(a) : a + ".." + (b - 1);
  }

  /** The first segment whose source range holds {@code s}, or null. */
  public static Segment segmentOf(List<Segment> segments, Span s) {
    for (Segment g : segments) {
      if (g.src().start() <= s.start() && s.end() <= g.src().end()) {
        return g;
      }
    }
    return null;
  }

  /** Sorted content-word stems of an English phrase. */
  public static Set<String> renderingKey(String english) {
    return new TreeSet<>(BilingualLexicon.keysOf(english));
  }
}
