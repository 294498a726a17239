package dev.verso.text.en;

import java.util.HashSet;
import java.util.Set;

/**
 * Closed classes of English words that several checks treat alike: the forms of "be" and "have" and
 * the modal verbs. Each check adds its own words to these (a sentence that ends on one of them is
 * cut off; a gloss word that is one of them carries no meaning), so the shared classes are written
 * once.
 */
public final class EnglishFunctionWords {

  /** Finite and participle forms of "be" and "have" that act as auxiliaries. */
  public static final Set<String> AUXILIARIES =
      Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had");

  /** The modal verbs. */
  public static final Set<String> MODALS =
      Set.of("will", "would", "shall", "should", "can", "could", "may", "might", "must");

  private EnglishFunctionWords() {}

  /**
   * A set of {@code words} together with every word of {@code classes}, for membership tests only
   * (its iteration order is not defined).
   */
  @SafeVarargs
  public static Set<String> with(Set<String> words, Set<String>... classes) {
    Set<String> all = new HashSet<>(words);
    for (Set<String> wordClass : classes) {
      all.addAll(wordClass);
    }
    return Set.copyOf(all);
  }
}
