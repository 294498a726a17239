package dev.verso.text.en;

import java.util.Locale;
import java.util.Set;

/** English abbreviations that end in a full stop without ending a sentence. */
final class Abbreviations {
  private Abbreviations() {}

  /** Titles and words that are followed by a name or a capitalised word. */
  static final Set<String> BEFORE_NAME =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
          "gov", "sen", "rep", "rev", "hon", "pres", "amb", "st", "mt", "ft", "messrs", "mmes",
          "fr", "sr", "jr", "supt", "insp", "dept", "univ", "assn", "bros", "vs", "v", "no", "nos",
          "art", "vol", "ch", "fig", "p", "pp", "para", "sec", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "ca", "cf", "e.g",
          "i.e", "etc", "inc", "corp", "co", "ltd", "plc", "u.s", "u.k", "u.n", "e.u", "u.s.a",
          "p.r.c", "a.m", "p.m");

  /** Abbreviations that may also end a sentence ("... Ltd." then a new sentence). */
  static final Set<String> MAY_END =
      Set.of(
          "etc", "inc", "corp", "co", "ltd", "plc", "u.s", "u.k", "u.n", "e.u", "u.s.a", "p.r.c",
          "a.m", "p.m", "jr", "sr");

  /**
   * Words that typically open a sentence, so a capitalised word after an ambiguous abbreviation
   * starts a new one.
   */
  static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "the",
          "a",
          "an",
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "you",
          "in",
          "on",
          "at",
          "but",
          "and",
          "this",
          "that",
          "these",
          "those",
          "there",
          "his",
          "her",
          "its",
          "their",
          "our",
          "as",
          "after",
          "before",
          "when",
          "while",
          "if",
          "for",
          "to",
          "with",
          "by",
          "from",
          "since",
          "however",
          "meanwhile",
          "also",
          "then",
          "so",
          "according",
          "what",
          "who",
          "how",
          "why",
          "where",
          "some",
          "many",
          "all",
          "both",
          "each",
          "one",
          "no");

  /** True when {@code word} (without its final full stop) is a known abbreviation. */
  static boolean isAbbreviation(String word) {
    return BEFORE_NAME.contains(word.toLowerCase(Locale.ROOT));
  }
}
