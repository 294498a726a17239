package dev.verso.text.en;

import java.util.Set;

/**
 * Tells whether a Latin word can be read as a sequence of Mandarin pinyin syllables (Bingnan = bing
 * + nan).
 */
public final class PinyinSyllables {
  private PinyinSyllables() {}

  private static final String[] INITIALS = {
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w", ""
  };
  private static final Set<String> FINALS =
      Set.of(
          "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia",
          "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "ui",
          "uan", "un", "uang", "ueng", "v", "ve", "ue", "van", "vn");

  /** True when {@code s} (lower case) is one pinyin syllable. */
  public static boolean isSyllable(String s) {
    for (String ini : INITIALS) {
      if (s.startsWith(ini) && FINALS.contains(s.substring(ini.length()))) {
        if (ini.isEmpty() && (s.startsWith("i") || s.startsWith("u") || s.startsWith("v"))) {
          continue; // these are written with y/w when there is no initial
        }
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code word} (lower case, letters only, apostrophes allowed) splits into 1–4 pinyin
   * syllables.
   */
  public static boolean isPinyinWord(String word) {
    String w = word.replace("'", "").replace("-", "");
    if (w.isEmpty() || w.length() > 24) {
      return false;
    }
    return split(w, 0, 0);
  }

  private static boolean split(String w, int from, int count) {
    if (from == w.length()) {
      return count > 0;
    }
    if (count >= 4) {
      return false;
    }
    for (int len = Math.min(6, w.length() - from); len >= 1; len--) {
      if (isSyllable(w.substring(from, from + len)) && split(w, from + len, count + 1)) {
        return true;
      }
    }
    return false;
  }
}
