package dev.verso.text.en;

import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds anchors in tokenised English text: numbers (digits and words, with million/billion),
 * ordinals, percentages, money, dates (month names, years, ISO dates), times and parts of the day,
 * acronyms, capitalised organisation names with an organisational head word, and person names
 * (capitalised word pairs that read as pinyin, or follow a title). Spans are in normalised offsets.
 */
public final class EnglishAnchors {
  private EnglishAnchors() {}

  static final Map<String, String> PARTS_OF_DAY =
      Map.of(
          "morning",
          "morning",
          "afternoon",
          "afternoon",
          "evening",
          "evening",
          "noon",
          "noon",
          "midday",
          "noon",
          "night",
          "night",
          "tonight",
          "evening",
          "midnight",
          "night");

  /** Head words of organisation names. */
  static final Set<String> ORG_HEADS =
      Set.of(
          "ministry",
          "department",
          "committee",
          "commission",
          "federation",
          "association",
          "center",
          "centre",
          "office",
          "bureau",
          "council",
          "agency",
          "administration",
          "institute",
          "university",
          "college",
          "bank",
          "party",
          "congress",
          "organization",
          "organizations",
          "organisation",
          "organisations",
          "group",
          "company",
          "corporation",
          "foundation",
          "alliance",
          "union",
          "court",
          "academy",
          "government",
          "branch",
          "assembly",
          "secretariat",
          "society",
          "league",
          "chamber",
          "authority",
          "board",
          "network",
          "expo",
          "forum",
          "fund",
          "inc.",
          "ltd",
          "ltd.",
          "co.",
          "corp.",
          "division",
          "section",
          "leadership");

  static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "on", "the", "and", "&", "-");

  static final Set<String> TITLES =
      Set.of(
          "mr.",
          "mrs.",
          "ms.",
          "dr.",
          "prof.",
          "mr",
          "ms",
          "mrs",
          "dr",
          "president",
          "premier",
          "minister",
          "chairman",
          "secretary",
          "governor",
          "ambassador",
          "mayor",
          "director",
          "professor",
          "general",
          "gen.",
          "comrade",
          "vice",
          "spokesperson",
          "spokesman",
          "spokeswoman");

  /** Roles that precede an organisation's name in a capitalised run. */
  static final Set<String> ROLES =
      Set.of(
          "member",
          "members",
          "vice",
          "deputy",
          "minister",
          "secretary",
          "director",
          "head",
          "chief",
          "chairman",
          "president",
          "general",
          "assistant",
          "spokesperson",
          "spokesman",
          "spokeswoman");

  /** Anchors of {@code text} given token ranges and the set of sentence-initial token indexes. */
  public static List<Anchor> extract(String text, List<int[]> tokens, Set<Integer> sentenceStarts) {
    List<Anchor> out = new ArrayList<>();
    int n = tokens.size();
    String[] w = new String[n];
    String[] lw = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
      lw[i] = w[i].toLowerCase(Locale.ROOT);
    }
    boolean[] used = new boolean[n];
    EnglishNumberAnchors numbers = new EnglishNumberAnchors(text, tokens, w, lw, out, used);
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int end = numbers.read(i);
      if (end > i) {
        i = end - 1;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!used[i] && PARTS_OF_DAY.containsKey(lw[i])) {
        out.add(anchor(text, tokens, AnchorType.TIME, i, i + 1, PARTS_OF_DAY.get(lw[i])));
      }
      if (isAcronym(w[i])) {
        out.add(anchor(text, tokens, AnchorType.ACRONYM, i, i + 1, acronymKey(w[i])));
      }
    }
    names(text, tokens, w, lw, sentenceStarts, out);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  static Anchor anchor(
      String text, List<int[]> tokens, AnchorType type, int from, int to, String value) {
    int s = tokens.get(from)[0];
    int e = tokens.get(to - 1)[1];
    return new Anchor(type, new Span(s, e), text.substring(s, e), value);
  }

  static boolean adjacentSpace(List<int[]> tokens, int a, int b) {
    return b < tokens.size() && tokens.get(b)[0] - tokens.get(a)[1] <= 1;
  }

  /**
   * True for an acronym: 2–12 characters, at least two capitals, no lower-case letter except a
   * final plural "s", not a Roman numeral. The one definition, also used for Latin words in Chinese
   * text ({@code ChineseAnchors}).
   */
  public static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 12) {
      return false;
    }
    int upper = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c >= 'a' && c <= 'z') {
        if (!(k == w.length() - 1 && c == 's' && upper >= 2)) {
          return false;
        }
      } else if (!(c >= '0' && c <= '9') && c != '&' && c != '.' && c != '-') {
        return false;
      }
    }
    return upper >= 2 && !isRoman(w);
  }

  private static boolean isRoman(String w) {
    for (int k = 0; k < w.length(); k++) {
      if ("IVXLC".indexOf(w.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The comparison key of an acronym: letters and digits in upper case ({@code U.S.} → {@code US}).
   */
  public static String acronymKey(String w) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    if (b.length() > 2 && b.charAt(b.length() - 1) == 'S' && w.endsWith("s")) {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
  }

  /** Organisation names and person names from runs of capitalised words. */
  private static void names(
      String text,
      List<int[]> tokens,
      String[] w,
      String[] lw,
      Set<Integer> starts,
      List<Anchor> out) {
    int n = w.length;
    int i = 0;
    while (i < n) {
      if (!isCapitalised(w[i]) || EnglishNumberAnchors.MONTHS.containsKey(lw[i].replace(".", ""))) {
        i++;
        continue;
      }
      // chain of capitalised words with connectors
      int j = i;
      int lastCap = i;
      while (j + 1 < n && adjacentSpace(tokens, j, j + 1)) {
        String nx = w[j + 1];
        if (isCapitalised(nx)
            && !EnglishNumberAnchors.MONTHS.containsKey(lw[j + 1].replace(".", ""))) {
          j++;
          lastCap = j;
        } else if (ORG_CONNECTORS.contains(lw[j + 1]) && !lw[j + 1].equals("and")) {
          j++;
        } else {
          break;
        }
      }
      int s = i;
      // a sentence-initial function word is not part of a name
      while (s <= lastCap
          && (starts.contains(s) || s == i)
          && (Abbreviations.SENTENCE_STARTERS.contains(lw[s]) || lw[s].equals("the"))) {
        s++;
      }
      int e = lastCap + 1;
      // roles before an organisation ("Member of the CPC Leadership Group") are not part of its
      // name
      int r = s;
      while (r < e && (ROLES.contains(lw[r]) || ORG_CONNECTORS.contains(lw[r]))) {
        r++;
      }
      boolean headAfterRole = false;
      for (int k = r; k < e; k++) {
        headAfterRole |= ORG_HEADS.contains(lw[k]);
      }
      if (r > s && r < e && headAfterRole && isCapitalised(w[r])) {
        s = r;
      }
      if (s < e) {
        boolean org = false;
        for (int k = s; k < e; k++) {
          if (ORG_HEADS.contains(lw[k])) {
            org = true;
          }
        }
        if (org && isCapitalised(w[s])) {
          int st = tokens.get(s)[0];
          int en = tokens.get(e - 1)[1];
          String surface = text.substring(st, en);
          out.add(
              new Anchor(
                  AnchorType.ORGANIZATION,
                  new Span(st, en),
                  surface,
                  surface.toLowerCase(Locale.ROOT)));
        } else {
          person(text, tokens, w, lw, s, e, out);
        }
      }
      i = Math.max(j, lastCap) + 1;
    }
  }

  private static boolean allPinyin(String[] lw, int from, int to) {
    for (int q = from; q < to; q++) {
      if (!PinyinSyllables.isPinyinWord(lw[q])) {
        return false;
      }
    }
    return true;
  }

  private static void person(
      String text, List<int[]> tokens, String[] w, String[] lw, int s, int e, List<Anchor> out) {
    // candidate windows of two or three capitalised words
    int k = s;
    while (k < e) {
      if (TITLES.contains(lw[k])) {
        k++;
        continue;
      }
      int len = 0;
      while (k + len < e && isCapitalised(w[k + len]) && !isAcronym(w[k + len]) && len < 3) {
        len++;
      }
      if (len >= 2) {
        int from = k;
        int to = k + len;
        boolean titled = k > 0 && TITLES.contains(lw[k - 1]);
        boolean pinyin = allPinyin(lw, from, to);
        if (pinyin && len == 3) {
          to = k + 2; // a romanised Chinese name has two words; a third is a place or a title
          // ("Fei Xiaotong Jiangcun")
        }
        if (!pinyin && !titled && len == 3) {
          // "Commerce Wang Bingnan": the name may be the last (or first) two words of the run
          if (allPinyin(lw, k + 1, k + 3)) {
            from = k + 1;
            pinyin = true;
          } else if (allPinyin(lw, k, k + 2)) {
            to = k + 2;
            pinyin = true;
          }
        }
        if (pinyin || titled) {
          int st = tokens.get(from)[0];
          int en = tokens.get(to - 1)[1];
          String surface = text.substring(st, en);
          StringBuilder key = new StringBuilder();
          for (int q = 0; q < surface.length(); q++) {
            char c = Character.toLowerCase(surface.charAt(q));
            if (c >= 'a' && c <= 'z') {
              key.append(c);
            }
          }
          out.add(new Anchor(AnchorType.PERSON, new Span(st, en), surface, key.toString()));
        }
        k += len;
      } else {
        k += Math.max(1, len);
      }
    }
  }
}
