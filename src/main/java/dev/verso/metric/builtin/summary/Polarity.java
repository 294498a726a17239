package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Contradictions between a summary sentence and its supporting sentence: flipped negation, swapped actors. */
public final class Polarity {
  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without");

  /** Words that join two actors without relating them ("A and B", "A, B"). */
  private static final Set<String> JOINERS = Set.of("and", "or", "of", "the", "&", ",", "'s", "with", "as", "well");

  /** A supporting sentence must hold this share of an un-negated summary sentence before its negation counts as a flip. */
  static final double NEGATED_SUPPORT_MIN = 0.7;

  private Polarity() {}

  /**
   * The span of a polarity flip in summary sentence {@code s}: its negation when none of its
   * supporting sentences {@code tgt} is negated; the whole sentence when it is not negated but its
   * only supporting sentence is and covers it almost fully; null otherwise.
   */
  public static Span flipped(AnalyzedText sum, int s, AnalyzedText tr, List<Integer> tgt, double coverage) {
    Span neg = negation(sum, s);
    boolean supportNegated = false;
    for (int j : tgt) {
      supportNegated |= negation(tr, j) != null;
    }
    if (neg != null && !supportNegated) {
      return neg;
    }
    if (neg == null && supportNegated && tgt.size() == 1 && coverage >= NEGATED_SUPPORT_MIN) {
      return sum.sentences().get(s).span();
    }
    return null;
  }

  private static Span negation(AnalyzedText a, int s) {
    for (Token t : a.tokensOf(s)) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(w) || w.endsWith("n't")) {
        return t.span();
      }
    }
    return null;
  }

  /**
   * The span from the first to the second actor of summary sentence {@code s} when its supporting
   * sentence {@code best} names the same two actors in the opposite order, each related by a verb
   * rather than joined, and neither sentence is passive ("by"); null otherwise.
   */
  public static Span swappedActors(AnalyzedText sum, int s, AnalyzedText tr, int best) {
    List<Fact> facts = Fact.withSubject(sum, s);
    String support = tr.sentenceText(best).toLowerCase(Locale.ROOT);
    for (int x = 0; x < facts.size(); x++) {
      Fact a = facts.get(x);
      if (!actor(a)) {
        continue;
      }
      for (int y = x + 1; y < facts.size(); y++) {
        Fact b = facts.get(y);
        if (!actor(b) || b.span().start() < a.span().end() || a.text().equalsIgnoreCase(b.text())) {
          continue;
        }
        String between = sum.raw().substring(a.span().end(), b.span().start()).toLowerCase(Locale.ROOT);
        if (!relates(between)) {
          continue;
        }
        int pa = support.indexOf(a.text().toLowerCase(Locale.ROOT));
        int pb = support.indexOf(b.text().toLowerCase(Locale.ROOT));
        if (pa < 0 || pb < 0 || pb >= pa) {
          continue;
        }
        String betweenSupport = support.substring(pb + b.text().length(), pa);
        if (relates(betweenSupport)) {
          return new Span(a.span().start(), b.span().end());
        }
      }
    }
    return null;
  }

  private static boolean actor(Fact f) {
    return f.kind().equals("name") || f.kind().equals("organisation") || f.kind().equals("acronym");
  }

  /** True when the text between two actors has a word that is not a joiner, and no passive "by". */
  private static boolean relates(String between) {
    boolean word = false;
    for (String w : between.trim().split("[\\s,]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.equals("by")) {
        return false;
      }
      word |= !JOINERS.contains(w);
    }
    return word;
  }
}
