package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pool of target content words, by stem with their counts, from which source items take the
 * words that render them: each target word stands for at most one source word per key.
 */
final class TargetPool {
  private TargetPool() {}

  /**
   * The content words of {@code tgt} inside {@code tgtRange} (no punctuation, no stop words), by
   * key; a hyphenated word also adds its parts.
   */
  static Map<String, Integer> of(AnalyzedText tgt, Span tgtRange) {
    Map<String, Integer> pool = new HashMap<>();
    for (Token t : tgt.tokens()) {
      if (BlockCoverage.inside(t.span(), tgtRange) && t.kind() != Token.Kind.PUNCT) {
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (!EnglishStemmer.isStopWord(lower)) {
          pool.merge(key(t), 1, Integer::sum);
          if (lower.indexOf('-') > 0) {
            for (String part : BilingualLexicon.keysOf(lower)) {
              pool.merge(part, 1, Integer::sum);
            }
          }
        }
      }
    }
    return pool;
  }

  /** The pool key of a target token: the stem of its base form for an irregular one. */
  private static String key(Token t) {
    String base = IrregularForms.base(t.text().toLowerCase(Locale.ROOT));
    return base == null ? t.key() : EnglishStemmer.stem(base);
  }

  /**
   * How many target content words of {@code tgtRange} are still in the pool once the source items
   * have taken theirs (each counted once per occurrence left); empties the pool of them.
   */
  static int unmatched(AnalyzedText tgt, Span tgtRange, Map<String, Integer> pool) {
    int unmatched = 0;
    for (Token t : tgt.tokens()) {
      if (BlockCoverage.inside(t.span(), tgtRange)
          && t.kind() == Token.Kind.WORD
          && !EnglishStemmer.isStopWord(t.text().toLowerCase(Locale.ROOT))) {
        String k = key(t);
        Integer left = pool.get(k);
        if (left != null && left > 0) {
          unmatched++;
          pool.merge(k, -1, Integer::sum);
        }
      }
    }
    return unmatched;
  }

  /**
   * For each group, takes from the pool the target words of the one sense that has most of its keys
   * there (a multi-word sense such as "black hole" takes both words, while a synonym list
   * "universe; cosmos; space" takes only the word that renders it); true if any group was found.
   */
  static boolean consumeSenses(List<List<List<String>>> groups, Map<String, Integer> pool) {
    boolean hit = false;
    for (List<List<String>> group : groups) {
      List<String> best = null;
      int bestCount = 0;
      for (List<String> sense : group) {
        int n = 0;
        for (String k : sense) {
          n += find(k, pool) != null ? 1 : 0;
        }
        if (n > bestCount) {
          bestCount = n;
          best = sense;
        }
      }
      if (best != null) {
        hit = true;
        consume(new LinkedHashSet<>(best), pool);
      }
    }
    return hit;
  }

  /** Takes one target occurrence of every key of {@code keys} found in the pool; true if any. */
  static boolean consume(Set<String> keys, Map<String, Integer> pool) {
    boolean hit = false;
    for (String k : keys) {
      String found = find(k, pool);
      if (found != null) {
        hit = true;
        pool.merge(found, -1, Integer::sum);
      }
    }
    return hit;
  }

  /** True when a pool word matches {@code k} as {@link #consume} would take it. */
  static boolean has(String k, Map<String, Integer> pool) {
    return find(k, pool) != null;
  }

  /**
   * The pool key matching {@code k}: itself, else one sharing a prefix of at least 6 letters, else
   * one with the same derivational {@link #root}.
   */
  private static String find(String k, Map<String, Integer> pool) {
    Integer n = pool.get(k);
    if (n != null && n > 0) {
      return k;
    }
    String prefix = k.length() >= 6 ? k.substring(0, 6) : null;
    String root = root(k);
    String derived = null;
    for (Map.Entry<String, Integer> e : pool.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      if (prefix != null && e.getKey().startsWith(prefix)) {
        return e.getKey();
      }
      if (derived == null && root != null && root.equals(root(e.getKey()))) {
        derived = e.getKey();
      }
    }
    return derived;
  }

  /**
   * Derivational endings left on Porter stems (societi / social, scienc / scientif, histori /
   * histor).
   */
  private static final String[] DERIVATIONAL = {
    "ific", "iti", "ic", "al", "ous", "iv", "ism", "ist", "i", "e", "y"
  };

  /**
   * The root of a Porter stem without one derivational ending, or null when less than five letters
   * would remain: two stems with the same root are derivations of one word (society, social).
   */
  static String root(String stem) {
    for (String end : DERIVATIONAL) {
      if (stem.endsWith(end) && stem.length() - end.length() >= 5) {
        return stem.substring(0, stem.length() - end.length());
      }
    }
    return stem.length() >= 5 ? stem : null;
  }
}
