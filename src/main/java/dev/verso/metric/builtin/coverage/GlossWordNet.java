package dev.verso.metric.builtin.coverage;

import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.Cedict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 (extJWNL) for coverage: the stems of the synonyms and derivations of a Chinese word's
 * one-word CC-CEDICT glosses, so that a faithful paraphrase (巨大 "huge" ↔ "big") counts as rendered.
 * Loaded once, lazily; lookups are cached per word. A small adapter local to coverage (to be merged
 * with {@code dev.verso.text.en.WordNetLexicon} later).
 */
public final class GlossWordNet {
  private GlossWordNet() {}

  /** At most this many senses of each gloss word (the most frequent first) are expanded. */
  static final int MAX_SENSES = 3;

  private static volatile Dictionary dictionary;
  private static volatile boolean failed;
  private static final Map<String, Set<String>> BY_GLOSS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> BY_WORD = new ConcurrentHashMap<>();

  private static Dictionary dictionary() {
    if (dictionary == null && !failed) {
      synchronized (GlossWordNet.class) {
        if (dictionary == null && !failed) {
          try {
            dictionary = Dictionary.getDefaultResourceInstance();
          } catch (JWNLException | RuntimeException e) {
            failed = true; // without WordNet, coverage falls back to the glosses alone
          }
        }
      }
    }
    return dictionary;
  }

  /**
   * Stems of the WordNet synonyms and derivations of the one-word glosses of {@code zhWord} (a
   * leading "to " of a verb gloss dropped), sorted; empty when CC-CEDICT or WordNet lacks it.
   */
  public static Set<String> related(String zhWord, Cedict cedict) {
    if (cedict == null) {
      return Set.of();
    }
    return BY_WORD.computeIfAbsent(zhWord, w -> {
      Set<String> out = new TreeSet<>();
      for (Cedict.Entry e : cedict.lookup(w)) {
        for (String g : e.glosses()) {
          String s = g.trim().toLowerCase(Locale.ROOT);
          if (s.startsWith("to ")) {
            s = s.substring(3);
          }
          if (s.isEmpty() || s.indexOf(' ') >= 0 || s.indexOf('(') >= 0 || !s.chars().allMatch(Character::isLetter)) {
            continue;
          }
          out.addAll(ofGloss(s));
        }
      }
      return java.util.Collections.unmodifiableSet(out);
    });
  }

  /** Stems of the synonyms and derivations of one English word. */
  static Set<String> ofGloss(String english) {
    return BY_GLOSS.computeIfAbsent(english, g -> {
      Set<String> out = new TreeSet<>();
      Dictionary d = dictionary();
      if (d == null) {
        return out;
      }
      try {
        for (POS pos : List.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB)) {
          IndexWord iw = d.getIndexWord(pos, g);
          if (iw == null) {
            continue;
          }
          List<Synset> senses = iw.getSenses();
          for (int i = 0; i < Math.min(MAX_SENSES, senses.size()); i++) {
            for (Word w : senses.get(i).getWords()) {
              add(w.getLemma(), out);
              if (w.getLemma().equalsIgnoreCase(g)) {
                for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
                  if (p.getTarget() instanceof Word t) {
                    add(t.getLemma(), out);
                  }
                }
              }
            }
          }
        }
      } catch (JWNLException | RuntimeException e) {
        // a broken entry: the words found so far stand
      }
      return out;
    });
  }

  private static void add(String lemma, Set<String> out) {
    String l = lemma.toLowerCase(Locale.ROOT);
    if (l.indexOf(' ') < 0 && l.indexOf('_') < 0 && l.chars().allMatch(Character::isLetter) && !EnglishStemmer.isStopWord(l)) {
      out.add(EnglishStemmer.stem(l));
    }
  }
}
