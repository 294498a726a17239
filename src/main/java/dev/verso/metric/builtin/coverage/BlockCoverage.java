package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.LearntLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parts of one Chinese source block (an aligned bead, or a title) have a rendering in its
 * English target block: anchors through the {@link AnchorMatcher}, content words through the
 * glossary and CC-CEDICT glosses (falling back to the glosses of their characters), each target
 * word standing for at most one source word per key. Function words carry no weight; anchors weigh
 * {@link #ANCHOR_WEIGHT}, other content words 1.
 */
public final class BlockCoverage {
  /** Weight of an anchor (number, date, name, organisation, acronym, glossary term). */
  public static final double ANCHOR_WEIGHT = 3.0;

  /** The {@link Anchor#detail()} that marks a glossary term passed to {@link #measure}. */
  public static final String TERM = "glossary term";

  /** Weight of a time-of-day anchor (下午), a softer fact than a date. */
  public static final double TIME_WEIGHT = 1.5;

  /**
   * One weighed unit of the source: a content word or an anchor.
   *
   * @param span in the raw source text
   * @param text its surface
   * @param weight how much it counts
   * @param anchor the anchor, or null for a plain word
   * @param covered whether the target renders it
   */
  public record Item(Span span, String text, double weight, Anchor anchor, boolean covered) {}

  /**
   * The coverage of one block.
   *
   * @param items the source items in text order
   * @param covered summed weight of covered items
   * @param total summed weight of all items
   * @param runs spans of runs of consecutive uncovered plain words (with their weight)
   * @param unmatchedTarget target content words no source item took (many of them: a free
   *     paraphrase)
   * @param learnt spans of the source words only a rendering learnt from the corpus covers
   */
  public record Result(
      List<Item> items,
      double covered,
      double total,
      List<Run> runs,
      int unmatchedTarget,
      List<Span> learnt) {
    /** Summed weight of the uncovered anchors. */
    public double uncoveredAnchors() {
      double w = 0;
      for (Item it : items) {
        w += it.anchor() != null && !it.covered() ? it.weight() : 0;
      }
      return w;
    }

    /** Covered share of the weight; 1 when there is nothing to cover. */
    public double share() {
      return total == 0 ? 1.0 : covered / total;
    }

    /** Summed weight of the uncovered items. */
    public double uncovered() {
      return total - covered;
    }

    /** The heaviest uncovered run's weight, 0 when none. */
    public double longestRun() {
      double m = 0;
      for (Run r : runs) {
        m = Math.max(m, r.weight());
      }
      return m;
    }
  }

  /**
   * A run of consecutive uncovered source words (function words inside it included).
   *
   * @param span in the raw source text
   * @param weight the summed weight of its content words
   * @param words its content words
   */
  public record Run(Span span, double weight, List<String> words) {}

  private BlockCoverage() {}

  /**
   * Measures how much of {@code src} inside {@code srcRange} is rendered by {@code tgt} inside
   * {@code tgtRange}; anchors also count as rendered when they appear in {@code nearRange} of the
   * target (the neighbouring beads, to forgive a sentence boundary drawn differently). Glossary
   * terms found in the source are given as anchors (detail {@link #TERM}) with whether each is
   * rendered; a term outranks the analyser's anchors and words it overlaps. A word nothing else
   * renders also counts as rendered by a target word that WordNet relates to one of its one-word
   * glosses as {@code wordNet} says ({@link GlossRelations}).
   */
  public static Result measure(
      AnalyzedText src,
      Span srcRange,
      AnalyzedText tgt,
      Span tgtRange,
      Span nearRange,
      BilingualLexicon lexicon,
      AnchorMatcher matcher,
      Map<Anchor, Boolean> terms,
      GlossRelations.Use wordNet) {
    List<Anchor> srcAnchors = SourceAnchors.select(src, srcRange, lexicon, terms);
    Map<String, Integer> pool = TargetPool.of(tgt, tgtRange);
    // anchors first: they claim the target words they are made of
    Map<Anchor, Boolean> anchorCovered =
        new AnchorCoverage(src, tgt, tgtRange, nearRange, pool, lexicon, matcher)
            .cover(srcAnchors, terms);
    Set<Span> sounded =
        Transliterations.transliteratedSingles(src, srcRange, srcAnchors, tgt, tgtRange, lexicon);
    List<Span> learnt = new ArrayList<>();
    Map<Span, Set<String>> learntSource = learntSources(src, srcRange, lexicon, pool);
    ItemWalk walk =
        ItemWalk.walk(
            src,
            srcRange,
            srcAnchors,
            anchorCovered,
            lexicon,
            t ->
                sounded.contains(t.span())
                    || TargetPool.consumeSenses(Glosses.sensesOf(t, lexicon), pool)
                    || (Transliterations.maybeTransliteration(t.text(), lexicon)
                        && Transliterations.soundsLikeAWord(
                            t.text(), tgt, tgtRange, lexicon, false))
                    || (learnt(t, learntSource, pool) && learnt.add(t.span()))
                    || related(t, lexicon, wordNet, pool));
    return new Result(
        walk.items(),
        walk.covered(),
        walk.total(),
        walk.runs(),
        TargetPool.unmatched(tgt, tgtRange, pool),
        List.copyOf(learnt));
  }

  /**
   * Which source words of the block may take which target words by a learnt rendering ({@link
   * BilingualLexicon#learnt()}): for each target word in the pool, the words with a learnt
   * rendering into it whose own glosses find nothing in the pool (the ones coverage will ask),
   * likeliest first (the earlier on a tie), as many as the target has occurrences. So which word a
   * learnt rendering forgives does not depend on word order.
   */
  private static Map<Span, Set<String>> learntSources(
      AnalyzedText src, Span srcRange, BilingualLexicon lexicon, Map<String, Integer> pool) {
    if (lexicon.learnt().isEmpty() || srcRange == null) {
      return Map.of();
    }
    record Candidate(Span span, double probability) {}
    Map<String, List<Candidate>> byTarget = new java.util.TreeMap<>();
    for (Token t : src.tokens()) {
      if (!inside(t.span(), srcRange) || t.kind() != Token.Kind.WORD) {
        continue;
      }
      List<LearntLexicon.Entry> learnt = lexicon.learnt().of(t.text());
      if (learnt.isEmpty() || glossesInPool(t, lexicon, pool)) {
        continue;
      }
      for (LearntLexicon.Entry e : learnt) {
        if (pool.getOrDefault(e.target(), 0) > 0) {
          byTarget
              .computeIfAbsent(e.target(), k -> new ArrayList<>())
              .add(new Candidate(t.span(), e.probability()));
        }
      }
    }
    Map<Span, Set<String>> allowed = new java.util.HashMap<>();
    for (var e : byTarget.entrySet()) {
      List<Candidate> c = new ArrayList<>(e.getValue());
      c.sort((a, b) -> Double.compare(b.probability(), a.probability())); // stable: text order
      for (Candidate k : c.subList(0, Math.min(c.size(), pool.get(e.getKey())))) {
        allowed.computeIfAbsent(k.span(), x -> new java.util.TreeSet<>()).add(e.getKey());
      }
    }
    return allowed;
  }

  /** True when some gloss key of {@code t} is in the pool (the dictionary will render it). */
  private static boolean glossesInPool(
      Token t, BilingualLexicon lexicon, Map<String, Integer> pool) {
    for (List<List<String>> group : Glosses.sensesOf(t, lexicon)) {
      for (List<String> sense : group) {
        for (String k : sense) {
          if (TargetPool.has(k, pool)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when a learnt rendering that {@code t} may take ({@link #learntSources}) is in the pool,
   * which gives up that target word. The last resort, after the glossary, the dictionary and the
   * sound of a name.
   */
  private static boolean learnt(
      Token t, Map<Span, Set<String>> learntSource, Map<String, Integer> pool) {
    Set<String> keys = learntSource.get(t.span());
    if (keys == null) {
      return false;
    }
    List<List<String>> senses = new ArrayList<>();
    for (String k : keys) {
      senses.add(List.of(k));
    }
    return TargetPool.consumeSenses(List.of(senses), pool);
  }

  /**
   * True when a target word WordNet relates to a one-word gloss of {@code t} ({@link
   * GlossRelations}) is in the pool, which gives it up.
   */
  private static boolean related(
      Token t, BilingualLexicon lexicon, GlossRelations.Use use, Map<String, Integer> pool) {
    if (use == GlossRelations.Use.NONE || t.kind() != Token.Kind.WORD) {
      return false;
    }
    for (String k : GlossRelations.of(t.text(), lexicon.cedict(), use)) {
      if (TargetPool.consume(Set.of(k), pool)) {
        return true;
      }
    }
    return false;
  }

  /** The weight of an anchor. */
  static double weight(Anchor a) {
    return a.type() == AnchorType.TIME ? TIME_WEIGHT : ANCHOR_WEIGHT;
  }

  static List<Anchor> within(List<Anchor> anchors, Span range) {
    List<Anchor> out = new ArrayList<>();
    if (range == null) {
      return out;
    }
    for (Anchor a : anchors) {
      if (inside(a.span(), range)) {
        out.add(a);
      }
    }
    return out;
  }

  static boolean inside(Span s, Span range) {
    return range != null && s.start() >= range.start() && s.end() <= range.end();
  }

  static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
