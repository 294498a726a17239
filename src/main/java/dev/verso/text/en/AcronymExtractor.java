package dev.verso.text.en;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds acronym definitions such as {@code Principal Component Analysis (PCA)} or {@code PCA
 * (Principal Component Analysis)} in English text, with the algorithm of Schwartz and Hearst (2003,
 * "A simple algorithm for identifying abbreviation definitions in biomedical text") and refinements
 * of the same family (Ab3P: one-letter short forms, word-initial matching first).
 *
 * <p>Every bracketed expression is a candidate. When its first clause (up to a comma or semicolon)
 * is a plausible short form ({@link #isShortFormCandidate}: 2–10 characters, at most two words, a
 * letter or digit first, a letter and a capital or digit somewhere, so {@code IgG}, {@code siRNA},
 * {@code T3}, {@code apoB-100}, {@code COVID-19} qualify; a possessive {@code 's} is left out), the
 * long form is searched among the words before the bracket, at most {@code min(|A| + 5, 2|A|)}
 * words and not across a sentence end; a lone capital ({@code length (L)}) takes only the word
 * before the bracket; otherwise the word before the bracket is taken as the short form and the long
 * form is searched inside the bracket. The short form's letters and digits are then matched right
 * to left against the long-form window, each one to the nearest matching character to its left, the
 * first one only at the start of a word; the long form is the shortest word-aligned tail of the
 * window that matches (a match of word initials is tried first). Plural short forms are kept as
 * written ({@code ERPs}); {@link #shortFormKey} gives the form they are compared by. Stateless and
 * thread-safe.
 */
public final class AcronymExtractor {

  /** Bracket contents that are Latin abbreviations or cross-references, never short forms. */
  private static final Set<String> NOT_SHORT_FORMS =
      Set.of(
          "e.g", "e.g.", "i.e", "i.e.", "eg", "ie", "etc", "etc.", "cf", "cf.", "see", "viz",
          "viz.", "vs", "vs.", "et al", "et al.", "ibid", "ibid.", "sic", "ca", "ca.");

  private AcronymExtractor() {}

  /** All definitions in {@code text}, in text order. */
  public static List<AcronymDefinition> extract(String text) {
    List<AcronymDefinition> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char close = closerOf(c);
      if (close == 0) {
        continue;
      }
      int end = matchingCloser(text, i, c, close);
      if (end < 0) {
        continue;
      }
      AcronymDefinition d = candidate(text, i, end);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private static char closerOf(char c) {
    return switch (c) {
      case '(' -> ')';
      case '[' -> ']';
      case '（' -> '）';
      default -> 0;
    };
  }

  /** Index of the bracket closing the one at {@code open}, on the same line, or -1. */
  private static int matchingCloser(String text, int open, char o, char close) {
    int depth = 0;
    for (int j = open; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return -1;
      }
      if (c == o) {
        depth++;
      } else if (c == close && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  private static AcronymDefinition candidate(String text, int open, int close) {
    // the bracket's first clause, trimmed
    int s = open + 1;
    int e = close;
    for (int j = s; j < e; j++) {
      char c = text.charAt(j);
      if (c == ';' || c == ',' || c == '；' || c == '，') {
        e = j;
        break;
      }
    }
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s >= e) {
      return null;
    }
    String inner = text.substring(s, e);
    int possessive = possessiveLength(inner);
    if (possessive > 0 && isShortFormCandidate(inner.substring(0, inner.length() - possessive))) {
      // "Organization's (UNESCO's)": the short form without its possessive
      return longFirst(text, open, new Span(s, e - possessive));
    }
    if (isShortFormCandidate(inner)) {
      return longFirst(text, open, new Span(s, e));
    }
    if (inner.length() == 1 && Character.isUpperCase(inner.charAt(0))) {
      return oneLetter(text, open, new Span(s, e));
    }
    return shortFirst(text, open, new Span(s, e));
  }

  /**
   * 2 for a word of three or more characters ending in a possessive {@code 's} or {@code ’s}, else
   * 0.
   */
  static int possessiveLength(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == 's' && (w.charAt(n - 2) == '\'' || w.charAt(n - 2) == '’')) {
      return 2;
    }
    return 0;
  }

  /**
   * True for a plausible short form: 2–10 characters, at most two words, the first character a
   * letter or digit, a letter somewhere and a capital or a digit somewhere ({@code IgG}, {@code
   * siRNA}, {@code T3}, {@code apoB-100}, {@code COVID-19}, {@code 5G}), and not a Latin
   * abbreviation such as {@code e.g.}.
   */
  public static boolean isShortFormCandidate(String sf) {
    if (sf.length() < 2 || sf.length() > 10 || countWords(sf) > 2) {
      return false;
    }
    if (!Character.isLetterOrDigit(sf.charAt(0))) {
      return false;
    }
    if (NOT_SHORT_FORMS.contains(sf.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return sf.chars().anyMatch(Character::isLetter)
        && sf.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
  }

  /**
   * The form a short form is compared by across a document: dots removed and a plural {@code s}
   * after a capital or digit dropped ({@code ERPs} → {@code ERP}, {@code miRNAs} → {@code miRNA},
   * {@code U.S.} → {@code US}); case is kept, so {@code IgG} and {@code IGG} differ.
   */
  public static String shortFormKey(String shortForm) {
    String k = shortForm.replace(".", "");
    int n = k.length();
    if (n > 2
        && k.charAt(n - 1) == 's'
        && (Character.isUpperCase(k.charAt(n - 2)) || Character.isDigit(k.charAt(n - 2)))) {
      k = k.substring(0, n - 1);
    }
    return k;
  }

  private static int maxLongWords(String sf) {
    return Math.min(sf.length() + 5, sf.length() * 2);
  }

  /** {@code long form (SF)}: the long form ends right before the bracket. */
  private static AcronymDefinition longFirst(String text, int open, Span sfSpan) {
    String sf = sfSpan.of(text);
    int windowEnd = open;
    while (windowEnd > 0
        && Character.isWhitespace(text.charAt(windowEnd - 1))
        && text.charAt(windowEnd - 1) != '\n') {
      windowEnd--;
    }
    // "the Organization's (UNESCO's) report": the long form ends before the possessive
    if (windowEnd >= 3
        && possessiveLength(text.substring(windowEnd - 3, windowEnd)) > 0
        && Character.isLetterOrDigit(text.charAt(windowEnd - 3))) {
      windowEnd -= 2;
    }
    int windowStart = windowStart(text, windowEnd, maxLongWords(sf));
    if (windowStart >= windowEnd) {
      return null;
    }
    Span lf = longForm(text, sf, windowStart, windowEnd);
    if (lf == null) {
      return null;
    }
    return new AcronymDefinition(sf, sfSpan, lf.of(text), lf, false);
  }

  /**
   * A one-letter short form, {@code length (L)}: only the single word right before the bracket can
   * be its long form, a word of three or more letters (hyphens allowed) that starts with that
   * letter, has a lower-case letter and is not a function word. A phrase is never explained by one
   * letter. Figure-panel labels are left out: a one-letter bracket whose neighbour in the alphabet
   * also stands alone in brackets in the same text ({@code (C)} and {@code (D)}) labels panels.
   */
  private static AcronymDefinition oneLetter(String text, int open, Span sfSpan) {
    int end = open;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    int start = end;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    if (end - start < 3
        || !Character.isLetter(text.charAt(start))
        || start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      return null;
    }
    String word = text.substring(start, end);
    char letter = sfSpan.of(text).charAt(0);
    if (Character.toLowerCase(word.charAt(0)) != Character.toLowerCase(letter)
        || word.chars().noneMatch(Character::isLowerCase)
        || SKIPPABLE.contains(word.toLowerCase(Locale.ROOT))) {
      return null;
    }
    char o = text.charAt(open);
    char c = closerOf(o);
    if (text.contains("" + o + (char) (letter - 1) + c)
        || text.contains("" + o + (char) (letter + 1) + c)) {
      return null;
    }
    return new AcronymDefinition(sfSpan.of(text), sfSpan, word, new Span(start, end), false);
  }

  /** {@code SF (long form)}: the short form is the word right before the bracket. */
  private static AcronymDefinition shortFirst(String text, int open, Span inner) {
    int sfEnd = open;
    while (sfEnd > 0 && text.charAt(sfEnd - 1) == ' ') {
      sfEnd--;
    }
    int sfStart = sfEnd;
    while (sfStart > 0 && !Character.isWhitespace(text.charAt(sfStart - 1))) {
      sfStart--;
    }
    while (sfStart < sfEnd && !Character.isLetterOrDigit(text.charAt(sfStart))) {
      sfStart++; // an opening quote
    }
    if (sfEnd - sfStart > 2 && possessiveLength(text.substring(sfStart, sfEnd)) > 0) {
      sfEnd -= 2; // "UNESCO's (United Nations ...)"
    }
    if (sfStart >= sfEnd) {
      return null;
    }
    String sf = text.substring(sfStart, sfEnd);
    // outside the bracket a capitalised word ("Website (website: ...)") is no short form: a capital
    // or digit must follow the first character
    if (!isShortFormCandidate(sf)
        || !(Character.isLetterOrDigit(sf.charAt(sf.length() - 1))
            || sf.endsWith(".")) // "(VR) (vertical)"
        || sf.substring(1)
            .chars()
            .noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return null;
    }
    if (countWords(inner.of(text)) > maxLongWords(sf)) {
      return null;
    }
    Span lf = longForm(text, sf, inner.start(), inner.end());
    if (lf == null) {
      return null;
    }
    return new AcronymDefinition(sf, new Span(sfStart, sfEnd), lf.of(text), lf, true);
  }

  /**
   * The start of the long-form window ending at {@code end}: at most {@code maxWords}
   * whitespace-separated words, not reaching back over a line break or a sentence end.
   */
  private static int windowStart(String text, int end, int maxWords) {
    int pos = end;
    int words = 0;
    while (words < maxWords) {
      int wEnd = pos;
      while (wEnd > 0 && (text.charAt(wEnd - 1) == ' ' || text.charAt(wEnd - 1) == '\t')) {
        wEnd--;
      }
      if (wEnd == 0 || Character.isWhitespace(text.charAt(wEnd - 1))) {
        break; // start of text or a line break
      }
      int wStart = wEnd;
      while (wStart > 0 && !Character.isWhitespace(text.charAt(wStart - 1))) {
        wStart--;
      }
      if (words > 0 && endsSentence(text.substring(wStart, wEnd))) {
        break;
      }
      pos = wStart;
      words++;
    }
    return pos;
  }

  /**
   * True when a word ends a sentence: a final ! or ?, or a full stop that is not an abbreviation's.
   */
  private static boolean endsSentence(String word) {
    char last = word.charAt(word.length() - 1);
    if (last == '!' || last == '?' || last == '。') {
      return true;
    }
    if (last != '.') {
      return false;
    }
    String body = word.substring(0, word.length() - 1);
    // "U.S.", "e.g.", "al.", "Dr.", "Co." are abbreviations, not sentence ends
    return body.indexOf('.') < 0 && body.length() > 3;
  }

  /**
   * The initials match when it succeeds, else the Schwartz–Hearst match; null when neither does.
   */
  private static Span longForm(String text, String sf, int from, int to) {
    Span lf = LongFormMatch.initials(text, sf, from, to);
    if (lf == null) {
      lf = LongFormMatch.schwartzHearst(text, sf, from, to);
    }
    if (lf == null) {
      return null;
    }
    String s = lf.of(text);
    if (s.length() <= sf.length()
        || countWords(s) > maxLongWords(sf)
        || containsWord(s, sf)
        || s.chars().anyMatch(c -> closerOf((char) c) != 0 || c == ')' || c == ']')
        || unbalancedQuotes(s)) {
      return null;
    }
    return lf;
  }

  /** True when a long form opens a quotation it does not close, or closes one it did not open. */
  private static boolean unbalancedQuotes(String s) {
    long open = s.chars().filter(c -> c == '“').count();
    long close = s.chars().filter(c -> c == '”').count();
    long straight = s.chars().filter(c -> c == '"').count();
    return open != close || straight % 2 != 0;
  }

  /** Function words that an acronym usually leaves out ("Ministry of Commerce" = MOC). */
  static final Set<String> SKIPPABLE =
      Set.of("of", "and", "for", "the", "in", "on", "to", "with", "a", "an", "at", "by", "&");

  private static boolean containsWord(String text, String word) {
    int i = text.indexOf(word);
    while (i >= 0) {
      int j = i + word.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
      if (before && after) {
        return true;
      }
      i = text.indexOf(word, i + 1);
    }
    return false;
  }

  static int countWords(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) {
        n++;
      }
      in = !ws;
    }
    return n;
  }
}
