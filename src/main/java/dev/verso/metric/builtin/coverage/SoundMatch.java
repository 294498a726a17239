package dev.verso.metric.builtin.coverage;

import dev.verso.text.lexicon.Cedict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Transliteration and acronym matching for names the dictionary cannot pair: a Chinese
 * transliteration is compared with an English word by the consonant skeleton of its pinyin (戈达德
 * ge-da-de ↔ Goddard: G-T-T against G-T-L-T), and an organisation with an English acronym by the
 * initials of its words' glosses (国家航空航天局 ↔ NASA).
 */
final class SoundMatch {
  private SoundMatch() {}

  /**
   * Consonant classes shared by pinyin and English spelling: labials P, dentals T, velars K, F, M,
   * N, liquids L (l, r), H, sibilants S, and V for a leading vowel.
   */
  private static char pinyinInitial(String syllable) {
    if (syllable.startsWith("zh") || syllable.startsWith("ch") || syllable.startsWith("sh")) {
      return 'S';
    }
    char c = syllable.charAt(0);
    return switch (c) {
      case 'b', 'p' -> 'P';
      case 'd', 't' -> 'T';
      case 'g', 'k' -> 'K';
      case 'f' -> 'F';
      case 'm' -> 'M';
      case 'n' -> 'N';
      case 'l', 'r' -> 'L';
      case 'h' -> 'H';
      case 'j', 'q', 'x', 'z', 'c', 's' -> 'S';
      default -> 'V'; // a, e, o, y, w: a vowel onset
    };
  }

  /** The skeleton of toneless syllables: each onset's class, plus N for a final -n or -ng. */
  static String pinyinSkeleton(List<String> syllables) {
    StringBuilder b = new StringBuilder();
    for (String s : syllables) {
      if (s.isEmpty()) {
        continue;
      }
      char c = pinyinInitial(s);
      if (c != 'V' || b.length() == 0) {
        b.append(c);
      }
      if (s.length() > 1 && (s.endsWith("n") || s.endsWith("ng"))) {
        b.append('N');
      }
    }
    return b.toString();
  }

  /** {@code word} without its accents and diacritics (Kahramanmaraş → Kahramanmaras). */
  static String withoutAccents(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7f) {
        return COMBINING_MARKS
            .matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))
            .replaceAll("");
      }
    }
    return word;
  }

  private static final java.util.regex.Pattern COMBINING_MARKS =
      java.util.regex.Pattern.compile("\\p{M}+");

  /**
   * The skeleton of an English word in the same classes (doubled letters once, silent h after a
   * consonant dropped).
   */
  static String englishSkeleton(String word) {
    String w = withoutAccents(word).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
      char k;
      if (c == 'p' && next == 'h') {
        k = 'F';
        i++;
      } else if ((c == 'c' || c == 's') && next == 'h') {
        k = 'S';
        i++;
      } else if (c == 'c') {
        k = next == 'e' || next == 'i' || next == 'y' ? 'S' : 'K';
      } else {
        k =
            switch (c) {
              case 'b', 'p' -> 'P';
              case 'd', 't' -> 'T';
              case 'g', 'k', 'q' -> 'K';
              case 'f', 'v' -> 'F';
              case 'm' -> 'M';
              case 'n' -> 'N';
              case 'l', 'r' -> 'L';
              case 'h' -> i == 0 ? 'H' : ' ';
              case 's', 'z', 'j', 'x' -> 'S';
              case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> i == 0 ? 'V' : ' ';
              default -> ' ';
            };
      }
      if (k != ' ' && (b.length() == 0 || b.charAt(b.length() - 1) != k)) {
        b.append(k);
      }
    }
    return b.toString();
  }

  /**
   * True when the Chinese {@code han} (at least two characters) plausibly transliterates the
   * English {@code word}: the skeletons start with the same class, and their longest common
   * subsequence covers at least three quarters of the pinyin skeleton (at least two classes) and
   * half of the English one. Each character's dictionary readings are tried, the first reading
   * first.
   */
  static boolean transliterates(String han, String word, Cedict cedict) {
    if (cedict == null || han.codePointCount(0, han.length()) < 2 || word.length() < 3) {
      return false;
    }
    String en = englishSkeleton(word);
    if (en.length() < 2) {
      return false;
    }
    List<List<String>> readings = new ArrayList<>();
    for (int i = 0; i < han.length(); ) {
      int cp = han.codePointAt(i);
      List<String> r = cedict.readings(new String(Character.toChars(cp)));
      if (r.isEmpty()) {
        return false;
      }
      readings.add(r.size() > 2 ? r.subList(0, 2) : r);
      i += Character.charCount(cp);
    }
    List<String> pick = new ArrayList<>();
    return tryReadings(readings, 0, pick, en, new int[] {0});
  }

  private static boolean tryReadings(
      List<List<String>> readings, int i, List<String> pick, String en, int[] tries) {
    if (i == readings.size()) {
      tries[0]++;
      return similar(pinyinSkeleton(pick), en);
    }
    for (String r : readings.get(i)) {
      if (tries[0] >= 16) {
        return false;
      }
      pick.add(r);
      boolean ok = tryReadings(readings, i + 1, pick, en, tries);
      pick.remove(pick.size() - 1);
      if (ok) {
        return true;
      }
    }
    return false;
  }

  static boolean similar(String zh, String en) {
    if (zh.length() < 2 || zh.charAt(0) != en.charAt(0)) {
      return false;
    }
    int l = lcs(zh, en);
    return l * 4 >= zh.length() * 3 && l * 2 >= en.length() && l >= 2;
  }

  private static int lcs(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] =
            a.charAt(i - 1) == b.charAt(j - 1)
                ? d[i - 1][j - 1] + 1
                : Math.max(d[i - 1][j], d[i][j - 1]);
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * True when the letters of {@code acronym} (2–6 capitals) are, in order, the initials of the
   * gloss words of consecutive units of the name: each unit (a word, or a character of an unknown
   * word) offers its senses, each sense the initials of its words ("air space agency" → asa), and
   * the sense that continues the acronym furthest is taken; a letter no unit offers may be skipped
   * once in a row (a function word: "and", "of"). The first letter must match, and at least three
   * of four letters, two at least.
   */
  static boolean acronymOf(String acronym, List<List<String>> units) {
    String a = acronym.toLowerCase(Locale.ROOT);
    if (a.length() < 2 || a.length() > 6 || units.isEmpty()) {
      return false;
    }
    int j = 0;
    int matched = 0;
    for (List<String> unit : units) {
      if (j >= a.length()) {
        break;
      }
      int best = prefix(unit, a, j);
      if (best == 0 && matched > 0 && j + 1 < a.length()) {
        int skip = prefix(unit, a, j + 1);
        if (skip > 0) {
          j += 1 + skip;
          matched += skip;
          continue;
        }
      }
      if (best == 0 && matched == 0) {
        return false; // the first letter is the first unit's
      }
      j += best;
      matched += best;
    }
    return matched >= 2 && matched * 4 >= a.length() * 3;
  }

  /** The longest run of {@code a} from {@code j} that some sense's initials start with. */
  private static int prefix(List<String> senses, String a, int j) {
    int best = 0;
    for (String s : senses) {
      int k = 0;
      while (k < s.length() && j + k < a.length() && s.charAt(k) == a.charAt(j + k)) {
        k++;
      }
      best = Math.max(best, k);
    }
    return best;
  }
}
