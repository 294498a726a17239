package dev.verso.text.en;

import dev.verso.text.ThreadMemo;
import java.util.Locale;
import java.util.Set;

/**
 * Porter stemming (OpenNLP's implementation, one instance per thread) and an English stop-word
 * list.
 */
public final class EnglishStemmer {
  private EnglishStemmer() {}

  private static final Set<String> STOP =
      EnglishFunctionWords.with(
          Set.of(
              "a",
              "an",
              "the",
              "of",
              "to",
              "in",
              "on",
              "at",
              "by",
              "for",
              "with",
              "from",
              "and",
              "or",
              "but",
              "as",
              "being",
              "it",
              "its",
              "this",
              "that",
              "these",
              "those",
              "which",
              "who",
              "whom",
              "what",
              "there",
              "their",
              "they",
              "them",
              "he",
              "she",
              "his",
              "her",
              "him",
              "we",
              "our",
              "us",
              "you",
              "your",
              "i",
              "me",
              "my",
              "not",
              "no",
              "so",
              "than",
              "then",
              "into",
              "onto",
              "about",
              "up",
              "out",
              "over",
              "also",
              "do",
              "does",
              "did",
              "s",
              "etc",
              "sth",
              "sb",
              "one's",
              "oneself",
              "something",
              "someone",
              "somebody",
              "esp",
              "e.g",
              "i.e",
              "very",
              "such",
              "if",
              "all",
              "any",
              "some",
              "each",
              "other",
              "own",
              "same"),
          EnglishFunctionWords.AUXILIARIES,
          EnglishFunctionWords.MODALS);

  /** True for a function word that carries no content for matching (lower-case input). */
  public static boolean isStopWord(String lowerWord) {
    return STOP.contains(lowerWord);
  }

  /** The Porter stem of {@code word} after lower-casing with {@link Locale#ROOT}. */
  public static String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() <= 2 || !isAsciiLetters(w)) {
      return w;
    }
    return STEMS.get(w);
  }

  /** How many stems each thread remembers before it starts afresh. */
  private static final int STEM_CACHE_SIZE = 1 << 14;

  // Words repeat: the Porter algorithm runs once per distinct word rather than once per occurrence.
  private static final ThreadMemo<String, String> STEMS =
      new ThreadMemo<>(STEM_CACHE_SIZE, w -> EnglishModels.stemmer().stem(w).toString());

  private static boolean isAsciiLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
