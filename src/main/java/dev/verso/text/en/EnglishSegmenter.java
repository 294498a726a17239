package dev.verso.text.en;

import dev.verso.text.ThreadMemo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits normalised English text into sentences and tokens with OpenNLP: lines first (headlines and
 * lines without final punctuation are their own segments), then OpenNLP's sentence detector inside
 * each line, with splits after abbreviations ({@code Mr.}, {@code No. 5}, {@code Oct. 2022}, {@code
 * U.S.}) repaired. Offsets are into the normalised text. Thread-safe.
 */
public final class EnglishSegmenter {
  private EnglishSegmenter() {}

  /**
   * Sentence ranges {@code [start, end)} (pairs in one array) in {@code text}, trimmed of spaces.
   */
  public static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      if (lineEnd > lineStart) {
        splitLine(text, lineStart, lineEnd, out);
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  /** Adds range {@code a..b} of {@code line} without its surrounding white space, unless empty. */
  private static void addTrimmed(String line, int a, int b, List<int[]> parts) {
    while (a < b && Character.isWhitespace(line.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
      b--;
    }
    if (b > a) {
      parts.add(new int[] {a, b});
    }
  }

  private static void splitLine(String text, int from, int to, List<int[]> out) {
    String line = text.substring(from, to);
    SentenceDetectorME sd = EnglishModels.sentenceDetector();
    Span[] spans = sd.sentPosDetect(line);
    List<int[]> parts = new ArrayList<>();
    for (Span s : spans) {
      addTrimmed(line, s.getStart(), s.getEnd(), parts);
    }
    if (parts.isEmpty()) {
      addTrimmed(line, 0, line.length(), parts);
    }
    // Cover text the detector left out (it may drop trailing material) by extending neighbours.
    List<int[]> merged = new ArrayList<>();
    for (int[] p : parts) {
      if (!merged.isEmpty() && shouldJoin(line, merged.get(merged.size() - 1), p)) {
        merged.get(merged.size() - 1)[1] = p[1];
      } else {
        merged.add(p);
      }
    }
    for (int[] p : merged) {
      out.add(new int[] {from + p[0], from + p[1]});
    }
  }

  /**
   * True when the split between {@code prev} and {@code next} follows an abbreviation and is wrong.
   */
  static boolean shouldJoin(String line, int[] prev, int[] next) {
    String before = line.substring(prev[0], prev[1]);
    if (!before.endsWith(".")) {
      return false;
    }
    String lastWord = lastWord(before.substring(0, before.length() - 1));
    if (lastWord.isEmpty()) {
      return false;
    }
    String lw = lastWord.toLowerCase(Locale.ROOT);
    boolean initial = lastWord.length() == 1 && Character.isUpperCase(lastWord.charAt(0));
    if (!Abbreviations.BEFORE_NAME.contains(lw) && !initial) {
      return false;
    }
    String after = line.substring(next[0], next[1]);
    if (after.isEmpty()) {
      return false;
    }
    char c = after.charAt(0);
    if (Character.isDigit(c) || Character.isLowerCase(c) || c == '(' || c == ',') {
      return true;
    }
    if (Abbreviations.MAY_END.contains(lw)) {
      String first = firstWord(after).toLowerCase(Locale.ROOT);
      return !Abbreviations.SENTENCE_STARTERS.contains(first);
    }
    return Character.isUpperCase(c) || Character.isLetter(c);
  }

  private static String lastWord(String s) {
    int e = s.length();
    int b = e;
    while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
      b--;
    }
    return s.substring(b, e);
  }

  private static String firstWord(String s) {
    int e = 0;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return s.substring(0, e);
  }

  /** Token ranges {@code [start, end)} in {@code text} within {@code [from, to)}. */
  public static List<int[]> tokens(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= to) {
        break;
      }
      int j = i;
      boolean simple = true;
      while (j < to && !Character.isWhitespace(text.charAt(j))) {
        char c = text.charAt(j);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
          simple = false;
        }
        j++;
      }
      if (simple) {
        out.add(new int[] {i, j});
      } else if (FAST_PUNCTUATION && gluedPunctuation(text, i, j)) {
        // a plain word with one comma, colon, semicolon, question or exclamation mark after it: the
        // model always separates the mark, so it is not asked (most of its calls were these)
        out.add(new int[] {i, j - 1});
        out.add(new int[] {j - 1, j});
      } else {
        int first = out.size();
        int[] bounds = CHUNK_TOKENS.get(text.substring(i, j));
        for (int k = 0; k < bounds.length; k += 2) {
          out.add(new int[] {i + bounds[k], i + bounds[k + 1]});
        }
        repairChunk(text, out, first, i, j);
      }
      i = j;
    }
    // a full stop glued to the sentence's last word ("expo.") is its own token unless the word is
    // an abbreviation
    if (!out.isEmpty()) {
      int[] last = out.get(out.size() - 1);
      int len = last[1] - last[0];
      if (last[1] == to && len > 1 && text.charAt(last[1] - 1) == '.') {
        String word = text.substring(last[0], last[1] - 1);
        if (word.indexOf('.') < 0
            && !Abbreviations.isAbbreviation(word)
            && Character.isLetterOrDigit(word.charAt(word.length() - 1))) {
          last[1] = last[1] - 1;
          out.add(new int[] {last[1], last[1] + 1});
        }
      }
    }
    return out;
  }

  /** How many chunks each thread remembers the model's answer for before it starts afresh. */
  static final int CHUNK_CACHE_SIZE = 1 << 14;

  // The model's tokens of a whitespace-free chunk depend on the chunk's characters alone, and the
  // same chunks ("said.", "China's", "(CFNSO)") come back all the time, so the model is asked once
  // per distinct chunk.
  private static final ThreadMemo<String, int[]> CHUNK_TOKENS =
      new ThreadMemo<>(CHUNK_CACHE_SIZE, EnglishSegmenter::modelTokens);

  /**
   * The OpenNLP model's tokens of one whitespace-free chunk, as {@code [start0, end0, start1, …]}
   * relative to the chunk.
   */
  private static int[] modelTokens(String chunk) {
    Span[] spans = EnglishModels.tokenizer().tokenizePos(chunk);
    int[] bounds = new int[spans.length * 2];
    for (int k = 0; k < spans.length; k++) {
      bounds[2 * k] = spans[k].getStart();
      bounds[2 * k + 1] = spans[k].getEnd();
    }
    return bounds;
  }

  static boolean FAST_PUNCTUATION = !Boolean.getBoolean("verso.tokenizer.noFastPath");

  /**
   * True when {@code text[from, to)} is digits, or a word of four letters or more, followed by one
   * of {@code , ; : ? !}.
   */
  private static boolean gluedPunctuation(String text, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    char last = text.charAt(to - 1);
    if (last != ',' && last != ';' && last != ':' && last != '?' && last != '!') {
      return false;
    }
    // letters only or digits only: the model splits mixed forms such as "100ml," further
    boolean letters = false;
    boolean digits = false;
    for (int k = from; k < to - 1; k++) {
      char c = text.charAt(k);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        letters = true;
      } else if (c >= '0' && c <= '9') {
        digits = true;
      } else {
        return false;
      }
    }
    if (digits) {
      return !letters;
    }
    // the model keeps some short words glued to their mark ("Dr:", "Jr!", "St;"), so only longer
    // words that are not abbreviations take the shortcut
    return to - 1 - from >= 4 && !Abbreviations.isAbbreviation(text.substring(from, to - 1));
  }

  /**
   * Fixes the model's output inside one whitespace-free chunk: coverage, abbreviations,
   * possessives, surrogates.
   */
  private static void repairChunk(
      String text, List<int[]> out, int first, int chunkStart, int chunkEnd) {
    List<int[]> toks = new ArrayList<>(out.subList(first, out.size()));
    out.subList(first, out.size()).clear();
    if (toks.isEmpty()) {
      toks.add(new int[] {chunkStart, chunkEnd});
    }
    List<int[]> fixed = new ArrayList<>();
    int pos = chunkStart;
    for (int[] t : toks) {
      int s = Math.max(t[0], pos);
      int e = Math.max(t[1], s);
      if (s > pos) { // text the model skipped becomes its own token
        fixed.add(new int[] {pos, s});
      }
      if (e > s) {
        fixed.add(new int[] {s, e});
      }
      pos = e;
    }
    if (pos < chunkEnd) {
      fixed.add(new int[] {pos, chunkEnd});
    }
    // boundaries never inside a surrogate pair
    for (int k = 0; k + 1 < fixed.size(); k++) {
      int[] a = fixed.get(k);
      int b = a[1];
      if (b > 0
          && b < text.length()
          && Character.isHighSurrogate(text.charAt(b - 1))
          && Character.isLowSurrogate(text.charAt(b))) {
        int[] nx = fixed.get(k + 1);
        a[1] = nx[1];
        fixed.remove(k + 1);
        k--;
      }
    }
    for (int k = 0; k < fixed.size(); k++) {
      int[] t = fixed.get(k);
      // "Gen" + "." -> "Gen."
      if (k + 1 < fixed.size()) {
        int[] nx = fixed.get(k + 1);
        if (nx[0] == t[1]
            && nx[1] == nx[0] + 1
            && text.charAt(nx[0]) == '.'
            && Abbreviations.isAbbreviation(text.substring(t[0], t[1]))
            && k + 2 == fixed.size()) {
          out.add(new int[] {t[0], nx[1]});
          k++;
          continue;
        }
      }
      // "Jinping's" -> "Jinping" + "'s"
      int len = t[1] - t[0];
      if (len > 2
          && text.charAt(t[1] - 2) == '\''
          && (text.charAt(t[1] - 1) == 's' || text.charAt(t[1] - 1) == 'S')
          && Character.isLetter(text.charAt(t[1] - 3))) {
        out.add(new int[] {t[0], t[1] - 2});
        out.add(new int[] {t[1] - 2, t[1]});
        continue;
      }
      out.add(t);
    }
  }
}
