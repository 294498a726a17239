package dev.verso.text.en;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds organisation-like names in English text: runs of capitalised words that contain a head noun
 * such as Office, Department, Committee, Ministry or Bureau ({@code Central Organization
 * Department}, {@code Netcom Department}), extended by an {@code of}/{@code for} complement without
 * a head of its own ({@code Ministry of Commerce}, {@code Department of Civil Affairs}). A
 * complement that is itself an organisation is a separate name: {@code Party Committee of the
 * Ministry of Commerce} gives {@code Party Committee} and {@code Ministry of Commerce}. Leading
 * articles and personal titles ({@code Deputy Director}) and trailing titles ({@code Office
 * Director}) are not part of a name. Stateless and thread-safe.
 */
public final class OrganisationNames {

  /** Head nouns of organisation names (singular, lower case). */
  public static final Set<String> HEADS =
      Set.of(
          "office",
          "department",
          "committee",
          "ministry",
          "bureau",
          "commission",
          "association",
          "federation",
          "center",
          "centre",
          "council",
          "administration",
          "agency",
          "institute",
          "academy",
          "authority",
          "corporation",
          "company",
          "foundation",
          "union",
          "league",
          "alliance",
          "consortium",
          "branch",
          "division",
          "section",
          "society",
          "court",
          "procuratorate",
          "congress",
          "group",
          "headquarters",
          "secretariat",
          "university",
          "college",
          "bank",
          "fund",
          "chamber");

  /** Words that qualify a name without telling organisations apart (levels, the Party, China). */
  public static final Set<String> GENERIC =
      Set.of(
          "central",
          "national",
          "provincial",
          "municipal",
          "city",
          "county",
          "district",
          "township",
          "village",
          "state",
          "general",
          "party",
          "communist",
          "chinese",
          "china",
          "people",
          "standing",
          "leading",
          "work",
          "working",
          "special",
          "joint",
          "local",
          "regional",
          "all",
          "the",
          "of",
          "for",
          "and");

  private static final Set<String> TITLES =
      Set.of(
          "deputy",
          "vice",
          "minister",
          "director",
          "secretary",
          "chairman",
          "chairwoman",
          "chair",
          "president",
          "member",
          "head",
          "chief",
          "comrade",
          "mr",
          "ms",
          "mrs",
          "dr",
          "leader",
          "spokesperson",
          "spokesman",
          "official",
          "staff",
          "representative",
          "the",
          "our",
          "this",
          "its",
          "their",
          "a",
          "an");

  /**
   * One name occurrence.
   *
   * @param text the name as written
   * @param span where it stands
   * @param tokens its words in lower case, possessive {@code 's} removed
   * @param head the head noun in lower case, singular
   */
  public record Name(String text, Span span, List<String> tokens, String head) {}

  private record Word(String text, int start, int end) {
    String lower() {
      String l = text.toLowerCase(Locale.ROOT);
      if (l.endsWith("'s") || l.endsWith("’s")) {
        l = l.substring(0, l.length() - 2);
      }
      return l;
    }

    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0));
    }
  }

  private OrganisationNames() {}

  /** The singular lower-case form used to compare words ("Committees" → "committee"). */
  public static String singular(String lower) {
    if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  /** Every organisation-like name in {@code text}, in text order. */
  public static List<Name> find(String text) {
    List<Word> words = words(text);
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!words.get(i).capitalised()) {
        i++;
        continue;
      }
      int runEnd = runEnd(text, words, i);
      int[] name = trim(words, i, runEnd);
      if (name != null) {
        int end = name[1];
        // "Ministry of Commerce": a complement without a head of its own joins the name
        if (end == runEnd && runEnd < words.size()) {
          int j = runEnd;
          String c = words.get(j).lower();
          if ((c.equals("of") || c.equals("for"))
              && spaceOnly(text, words.get(j - 1), words.get(j))) {
            j++;
            if (j < words.size()
                && words.get(j).lower().equals("the")
                && spaceOnly(text, words.get(j - 1), words.get(j))) {
              j++;
            }
            if (j < words.size()
                && words.get(j).capitalised()
                && spaceOnly(text, words.get(j - 1), words.get(j))) {
              int compEnd = runEnd(text, words, j);
              int keep = compEnd;
              while (keep > j && TITLES.contains(words.get(keep - 1).lower())) {
                keep--; // "Ministry of Commerce Staff"
              }
              if (headIndex(words, j, compEnd) < 0 && hasSpecificWord(words, j, keep)) {
                end = keep;
                runEnd = compEnd;
              }
            }
          }
        }
        out.add(name(text, words, name[0], end, words.get(name[2]).lower()));
      }
      i = Math.max(runEnd, i + 1);
    }
    return out;
  }

  /**
   * End (exclusive) of the run of capitalised words starting at {@code i}, joined by spaces only.
   */
  private static int runEnd(String text, List<Word> words, int i) {
    int j = i + 1;
    while (j < words.size()
        && words.get(j).capitalised()
        && spaceOnly(text, words.get(j - 1), words.get(j))) {
      j++;
    }
    return j;
  }

  /** [start, end, headIndex] of the name inside the run [from, to), or null when it has no head. */
  private static int[] trim(List<Word> words, int from, int to) {
    int head = headIndex(words, from, to);
    if (head < 0) {
      return null;
    }
    int s = from;
    while (s < head && TITLES.contains(words.get(s).lower())) {
      s++;
    }
    // words after the head are titles or the start of something else ("Office Director")
    return new int[] {s, head + 1, head};
  }

  /** True when [from, to) holds a word that is not a generic qualifier ("of All" does not). */
  private static boolean hasSpecificWord(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!GENERIC.contains(singular(words.get(k).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last head noun in [from, to), or -1. */
  private static int headIndex(List<Word> words, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (HEADS.contains(singular(words.get(k).lower()))) {
        return k;
      }
    }
    return -1;
  }

  private static Name name(String text, List<Word> words, int from, int to, String head) {
    List<String> tokens = new ArrayList<>();
    for (int k = from; k < to; k++) {
      tokens.add(words.get(k).lower());
    }
    int start = words.get(from).start();
    Word last = words.get(to - 1);
    int end = last.end();
    if (last.text().endsWith("'s") || last.text().endsWith("’s")) {
      end -= 2; // the possessive is not part of the name
    }
    return new Name(
        text.substring(start, end), new Span(start, end), List.copyOf(tokens), singular(head));
  }

  private static boolean spaceOnly(String text, Word a, Word b) {
    if (b.start() - a.end() < 1) {
      return false;
    }
    for (int k = a.end(); k < b.start(); k++) {
      if (text.charAt(k) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** Words: letters and digits, with inner hyphens and apostrophes ("E-Commerce", "Party's"). */
  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int s = i;
      while (i < text.length()) {
        char c = text.charAt(i);
        boolean inner =
            (c == '-' || c == '\'' || c == '’')
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
        if (!Character.isLetterOrDigit(c) && !inner) {
          break;
        }
        i++;
      }
      out.add(new Word(text.substring(s, i), s, i));
    }
    return out;
  }
}
