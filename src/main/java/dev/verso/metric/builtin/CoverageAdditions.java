package dev.verso.metric.builtin;

import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.zh.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * COVERAGE's addition findings: translated sentences with no counterpart in the source, and target
 * anchors (numbers, dates, names, organisations) the aligned source lacks.
 */
final class CoverageAdditions {
  private CoverageAdditions() {}

  /** The finding for the target sentence {@code tr} of a 0-1 bead: an added sentence. */
  static Finding addedSentence(AnalyzedText tgt, Span tr, Map<String, Object> ev) {
    int words = contentWords(tgt, tr).size();
    return new Finding(
        "ADDED_CONTENT",
        IssueType.ADDITION,
        words >= 3 ? Severity.MAJOR : Severity.MINOR,
        Fields.TRANSLATION_TEXT,
        tr,
        "This translated sentence has no counterpart in the source (" + words + " content word(s))",
        List.of(),
        ev);
  }

  /**
   * Findings for the sentences {@code sentences} of a many-sentence target block that have (almost)
   * none of their content words among the glosses of the source block {@code sr}.
   */
  static void addedSentences(
      AnalyzedText src,
      Span sr,
      AnalyzedText tgt,
      List<Span> sentences,
      BilingualLexicon lexicon,
      Map<String, Object> ev,
      List<Finding> out) {
    Set<String> keys = sourceKeys(src, sr, lexicon);
    for (Span t : sentences) {
      List<Token> content = contentWords(tgt, t);
      int words = content.size();
      int found = 0;
      for (Token tok : content) {
        found += keys.contains(tok.key()) ? 1 : 0;
      }
      if (words >= CoverageMetric.MIN_SENTENCE_WEIGHT
          && found < words * CoverageMetric.DROPPED_SHARE) {
        out.add(
            new Finding(
                "ADDED_CONTENT",
                IssueType.ADDITION,
                Severity.MAJOR,
                Fields.TRANSLATION_TEXT,
                t,
                "This translated sentence has (almost) nothing in the aligned source ("
                    + found
                    + " of "
                    + words
                    + " content words found)",
                List.of(),
                ev));
      }
    }
  }

  static String addedCheck(AnchorType t) {
    return CoverageOmissions.missingCheck(t).replace("MISSING_", "ADDED_");
  }

  /**
   * Target anchors (numbers, dates, names, organisations) with no support in the source near the
   * bead.
   */
  static void addedAnchors(
      AnalyzedText src,
      Span srcNear,
      AnalyzedText tgt,
      Span tr,
      BilingualLexicon lexicon,
      AnchorMatcher matcher,
      Map<String, Object> ev,
      List<Finding> out) {
    List<Anchor> sa = new ArrayList<>();
    for (Anchor x : src.anchors()) {
      if (x.span().start() >= srcNear.start() && x.span().end() <= srcNear.end()) {
        sa.add(x);
      }
    }
    Set<String> srcKeys = null;
    for (Anchor e : tgt.anchors()) {
      if (e.span().start() < tr.start() || e.span().end() > tr.end()) {
        continue;
      }
      AnchorType t = e.type();
      boolean checked =
          switch (t) {
            case NUMBER, ORDINAL, PERCENT, MONEY, DATE, PERSON, ORGANIZATION -> true;
            default -> false;
          };
      if (!checked
          || ((t == AnchorType.NUMBER || t == AnchorType.ORDINAL) && e.value().equals("1"))) {
        continue;
      }
      boolean found = false;
      for (Anchor s : sa) {
        if (matcher.matches(s, e)) {
          found = true;
          break;
        }
      }
      if (!found && src.raw().substring(srcNear.start(), srcNear.end()).contains(e.text())) {
        found = true;
      }
      if (!found && (t == AnchorType.NUMBER || t == AnchorType.ORDINAL)) {
        found = numeralIn(src.raw().substring(srcNear.start(), srcNear.end()), e.value());
      }
      if (!found && (t == AnchorType.ORGANIZATION || t == AnchorType.PERSON)) {
        if (srcKeys == null) {
          srcKeys = sourceKeys(src, srcNear, lexicon);
        }
        int content = 0;
        int hit = 0;
        for (String k : BilingualLexicon.keysOf(e.text())) {
          content++;
          if (srcKeys.contains(k)) {
            hit++;
          }
        }
        found = content > 0 && hit * 2 >= content;
      }
      if (!found) {
        Severity sev = t == AnchorType.ORGANIZATION ? Severity.MINOR : Severity.MAJOR;
        out.add(
            new Finding(
                addedCheck(t),
                IssueType.ADDITION,
                sev,
                Fields.TRANSLATION_TEXT,
                e.span(),
                "\""
                    + e.text()
                    + "\" ("
                    + t.name().toLowerCase(Locale.ROOT)
                    + ") has no counterpart in the aligned source",
                List.of(),
                ev));
      }
    }
  }

  /** True when a run of numeral characters in {@code text} (三项 → 3) has the value {@code value}. */
  static boolean numeralIn(String text, String value) {
    BigDecimal want;
    try {
      want = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return false;
    }
    int i = 0;
    while (i < text.length()) {
      if (!ChineseNumerals.isNumeralChar(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && ChineseNumerals.isNumeralChar(text.charAt(j))) {
        j++;
      }
      try {
        BigDecimal v = ChineseNumerals.parse(text.substring(i, j));
        if (v != null && v.compareTo(want) == 0) {
          return true;
        }
      } catch (RuntimeException ignored) {
        // not a number after all (e.g. a lone unit character)
      }
      i = j;
    }
    return false;
  }

  private static Set<String> sourceKeys(AnalyzedText src, Span range, BilingualLexicon lexicon) {
    Set<String> keys = new HashSet<>();
    for (Token t : src.tokens()) {
      if (t.span().start() >= range.start()
          && t.span().end() <= range.end()
          && t.kind() != Token.Kind.PUNCT) {
        keys.addAll(lexicon.englishKeys(t.text()));
        for (int i = 0; i < t.text().length(); i++) {
          keys.addAll(lexicon.englishKeys(t.text().substring(i, i + 1)));
        }
      }
    }
    return keys;
  }

  /** The content words (no stop words) of {@code tgt} inside {@code range}. */
  private static List<Token> contentWords(AnalyzedText tgt, Span range) {
    List<Token> words = new ArrayList<>();
    for (Token t : tgt.tokens()) {
      if (t.span().start() >= range.start()
          && t.span().end() <= range.end()
          && t.kind() == Token.Kind.WORD
          && !EnglishStemmer.isStopWord(t.text().toLowerCase(Locale.ROOT))) {
        words.add(t);
      }
    }
    return words;
  }
}
