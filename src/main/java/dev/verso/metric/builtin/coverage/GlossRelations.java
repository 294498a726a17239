package dev.verso.metric.builtin.coverage;

import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.en.WordNetLexicon;
import dev.verso.text.lexicon.Cedict;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What WordNet relates to a Chinese word's one-word CC-CEDICT glosses, as target-pool keys: the
 * derivationally related forms ("decision" for the gloss "decide", "economic" for "economy"), and
 * optionally the synonyms of the first senses. Coverage asks it last, for a word nothing else
 * renders, so that a faithful change of part of speech is not an omission.
 */
public final class GlossRelations {
  /** Which WordNet relations count (option {@code wordnet} of COVERAGE and OMISSION). */
  public enum Use {
    /** None: the glosses alone. */
    NONE,
    /** Derivationally related forms of each one-word gloss. */
    DERIVATIONS,
    /** Those and the synonyms of each one-word gloss's first senses. */
    SYNONYMS;

    /** The option value: the name in lower case. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Chinese words whose relations are kept at most (per use); later ones are computed each time.
   */
  static final int CACHE_LIMIT = 200_000;

  /** Per dictionary and use, the relations of each Chinese word looked up. */
  private static final Map<Cedict, Map<Use, Map<String, Set<String>>>> CACHE =
      new ConcurrentHashMap<>();

  private GlossRelations() {}

  /**
   * The pool keys (stems) WordNet relates to the one-word glosses of {@code zhWord} under {@code
   * use}, the glosses' own keys left out; empty for {@link Use#NONE}, without CC-CEDICT, and when
   * WordNet is unavailable.
   */
  static Set<String> of(String zhWord, Cedict cedict, Use use) {
    if (use == Use.NONE || cedict == null) {
      return Set.of();
    }
    Map<String, Set<String>> cache =
        CACHE
            .computeIfAbsent(cedict, c -> new ConcurrentHashMap<>())
            .computeIfAbsent(use, u -> new ConcurrentHashMap<>());
    Set<String> known = cache.get(zhWord);
    if (known != null) {
      return known;
    }
    Set<String> out = compute(zhWord, cedict, use);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(zhWord, out);
    }
    return out;
  }

  private static Set<String> compute(String zhWord, Cedict cedict, Use use) {
    WordNetLexicon wordNet = WordNetLexicon.shared();
    Set<String> own = new TreeSet<>();
    Set<String> related = new TreeSet<>();
    for (Cedict.Entry e : cedict.lookup(zhWord)) {
      for (String g : e.glosses()) {
        String word = oneWord(g);
        if (word == null) {
          continue;
        }
        own.add(EnglishStemmer.stem(word));
        WordNetLexicon.Entry rel = wordNet.lookup(word);
        addKeys(rel.derivations(), related);
        if (use == Use.SYNONYMS) {
          addKeys(rel.synonyms(), related);
        }
      }
    }
    related.removeAll(own);
    return related.isEmpty() ? Set.of() : Collections.unmodifiableSet(related);
  }

  /**
   * A gloss that is one English word (a verb's leading "to " dropped), in lower case; else null.
   */
  static String oneWord(String gloss) {
    String s = gloss.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith("to ")) {
      s = s.substring(3).strip();
    }
    return !s.isEmpty() && s.chars().allMatch(Character::isLetter) ? s : null;
  }

  private static void addKeys(Set<String> lemmas, Set<String> out) {
    for (String l : lemmas) {
      String w = l.toLowerCase(Locale.ROOT);
      if (w.chars().allMatch(Character::isLetter) && !EnglishStemmer.isStopWord(w)) {
        out.add(EnglishStemmer.stem(w));
      }
    }
  }
}
