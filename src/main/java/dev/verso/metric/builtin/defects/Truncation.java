package dev.verso.metric.builtin.defects;

import dev.verso.metric.builtin.defects.TextLines.Line;
import dev.verso.model.Span;
import dev.verso.text.en.EnglishFunctionWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a text stops in the middle of a sentence. The last line that is not boilerplate
 * is examined: it is cut off when it ends with a comma, colon, semicolon, dash or opening bracket,
 * or with a word that cannot end an English sentence ("the", "and", "of" …), or when it reads like
 * a sentence (at least 10 words, at least 40% of them starting in lower case, not a list item) yet
 * has no closing punctuation. A line ending with a closing quote or bracket counts as ended
 * (quotations, "(Editor: …)"), as does an ellipsis unless the source ends with a full sentence.
 * When the source is known and ends with 。！？ or . ! ?, a last line of three words or more without
 * an end is cut off too, and every finding is strong. Short title-case lines without a source
 * (headlines, list captions) are left alone.
 */
public final class Truncation {
  /** Runs of characters that are neither letters, digits nor apostrophes. */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'’]+");

  private Truncation() {}

  /** Why the text is taken to be cut off. */
  public enum Reason {
    /** Ends with a word or punctuation mark that cannot end a sentence. */
    DANGLING,
    /** Reads as a sentence but has no closing punctuation. */
    NO_END,
    /** Ends with an ellipsis where the source ends with a full sentence. */
    ELLIPSIS
  }

  /**
   * A cut-off ending.
   *
   * @param span the unfinished last sentence
   * @param reason why it looks cut off
   * @param strong true when the evidence is strong (a dangling word, or the source ends properly)
   */
  public record Result(Span span, Reason reason, boolean strong) {}

  private static final Set<String> DANGLING_WORDS =
      EnglishFunctionWords.with(
          Set.of(
              "the",
              "a",
              "an",
              "and",
              "or",
              "but",
              "nor",
              "of",
              "to",
              "in",
              "on",
              "at",
              "for",
              "with",
              "by",
              "from",
              "into",
              "onto",
              "that",
              "which",
              "who",
              "whose",
              "whom",
              "as",
              "than",
              "its",
              "their",
              "his",
              "her",
              "our",
              "your",
              "my",
              "not",
              "such",
              "both",
              "either",
              "neither",
              "this",
              "these",
              "those",
              "if",
              "because",
              "while",
              "although",
              "though",
              "including",
              "between",
              "among",
              "through",
              "during",
              "about",
              "under",
              "over",
              "via",
              "per",
              "also",
              "very",
              "more",
              "most"),
          EnglishFunctionWords.AUXILIARIES,
          EnglishFunctionWords.MODALS);

  private static final String OPENERS_AND_JOINERS = ",;:，、；：-–—(（[【“‘«";

  /**
   * Examines the last line of {@code lines} that no excluded span covers.
   *
   * @param sourceText the source text, or null when unknown
   * @return the finding, or null when the text ends properly
   */
  public static Result check(
      String text, List<Line> lines, List<Span> excluded, String sourceText) {
    Line last = null;
    for (int i = lines.size() - 1; i >= 0 && last == null; i--) {
      Line l = lines.get(i);
      if (excluded.stream()
          .noneMatch(s -> s.start() <= l.span().start() && l.span().end() <= s.end())) {
        last = l;
      }
    }
    if (last == null) {
      return null;
    }
    String t = last.text();
    List<Span> sentences = Sentences.split(text, last.span());
    Span lastSentence = sentences.get(sentences.size() - 1);
    Boolean sourceEnds = sourceText == null ? null : sourceEndsSentence(sourceText);
    boolean strongSource = Boolean.TRUE.equals(sourceEnds);
    char end = t.charAt(t.length() - 1);
    if (Sentences.endsSentence(t)) {
      if (endsWithEllipsis(t) && strongSource && !endsWithEllipsis(sourceText.strip())) {
        return new Result(lastSentence, Reason.ELLIPSIS, true);
      }
      return null;
    }
    if (end == '"' || end == '\'') {
      // a straight quote closes when the line holds an even number of them
      long count = t.chars().filter(c -> c == end).count();
      if (count % 2 == 0) {
        return null;
      }
      return end == '"' ? new Result(lastSentence, Reason.DANGLING, true) : null;
    }
    if (OPENERS_AND_JOINERS.indexOf(end) >= 0) {
      return new Result(lastSentence, Reason.DANGLING, true);
    }
    if ("”’)]）」』】》".indexOf(end) >= 0) {
      return null;
    }
    String lastWord = lastWord(t);
    if (lastWord != null && DANGLING_WORDS.contains(lastWord.toLowerCase(Locale.ROOT))) {
      return new Result(lastSentence, Reason.DANGLING, true);
    }
    String sentence = lastSentence.of(text);
    int words = TextLines.countWords(sentence);
    if (strongSource && words >= 3) {
      return new Result(lastSentence, Reason.NO_END, true);
    }
    if (words >= 10 && lowerCaseShare(sentence) >= 0.4 && !isListItem(t)) {
      return new Result(lastSentence, Reason.NO_END, false);
    }
    return null;
  }

  /** True when the source ends with sentence punctuation (closing quotes and brackets skipped). */
  static boolean sourceEndsSentence(String source) {
    return !source.isBlank() && Sentences.endsSentence(source.strip());
  }

  private static boolean endsWithEllipsis(String s) {
    String t = s.strip();
    while (!t.isEmpty() && "\"'”’)]）」』】》".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t.endsWith("…") || t.endsWith("...");
  }

  private static String lastWord(String t) {
    int e = t.length();
    while (e > 0 && !Character.isLetterOrDigit(t.charAt(e - 1))) {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
      s--;
    }
    return s < e ? t.substring(s, e) : null;
  }

  private static double lowerCaseShare(String s) {
    int words = 0;
    int lower = 0;
    for (String w : NON_WORD.split(s)) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (Character.isLowerCase(w.codePointAt(0))) {
        lower++;
      }
    }
    return words == 0 ? 0 : (double) lower / words;
  }

  private static boolean isListItem(String t) {
    return t.matches("^(?:[-*•·▪●◆■]|\\(?\\d{1,3}[.)、]|\\(?[a-z][.)]|[ivx]{1,4}[.)])\\s.*");
  }
}
