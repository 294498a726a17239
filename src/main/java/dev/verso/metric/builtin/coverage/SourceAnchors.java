package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anchors of a source block that coverage weighs: the glossary terms inside it, then the
 * analyser's anchors that no term overlaps and that the tokenisation and the dictionary confirm (no
 * numeral cut out of a word, no common word taken for a name).
 */
final class SourceAnchors {
  private SourceAnchors() {}

  /**
   * The anchors of {@code src} inside {@code srcRange} in text order: the terms of {@code terms}
   * inside it, and the analyser's anchors that pass the checks and overlap no term.
   */
  static List<Anchor> select(
      AnalyzedText src, Span srcRange, BilingualLexicon lexicon, Map<Anchor, Boolean> terms) {
    List<Anchor> termAnchors = new ArrayList<>();
    for (Anchor t : terms.keySet()) {
      if (BlockCoverage.inside(t.span(), srcRange)) {
        termAnchors.add(t);
      }
    }
    List<Anchor> srcAnchors = new ArrayList<>(termAnchors);
    for (Anchor a : BlockCoverage.within(src.anchors(), srcRange)) {
      if (termAnchors.stream().anyMatch(t -> BlockCoverage.overlaps(t.span(), a.span()))) {
        continue;
      }
      boolean named = a.type() == AnchorType.ORGANIZATION || a.type() == AnchorType.PERSON;
      boolean checked = named || a.type() == AnchorType.NUMBER;
      if (!checked
          || (agreesWithWords(a, src, named)
              && !(named && notAName(a, lexicon))
              && !numeralInAWord(a, src.raw(), lexicon))) {
        srcAnchors.add(a);
      }
    }
    srcAnchors.sort((x, y) -> x.span().compareTo(y.span()));
    return srcAnchors;
  }

  /**
   * False for an anchor that the tokenisation contradicts: one that cuts through a word (十 inside
   * 十分 "very") or, for organisations, contains a function word (将会 "will" read as a name ending in
   * 会 "association"). Such anchors count as their plain words instead.
   */
  static boolean agreesWithWords(Anchor a, AnalyzedText src, boolean noFunctionWords) {
    Span s = a.span();
    for (Token t : src.tokens()) {
      if (t.span().end() <= s.start() || t.span().start() >= s.end()) {
        continue;
      }
      if (t.span().start() < s.start()
          || t.span().end() > s.end()
          || (noFunctionWords && ChineseFunctionWords.ALL.contains(t.text()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for a name or organisation anchor that is an ordinary word the analyser took for one: a
   * common CC-CEDICT word (a name; an organisation of two characters: 社会 "society", 到处
   * "everywhere"), a reduplicated pair (点点, 天天), or a name or organisation with an aspect particle
   * or function character after its first character (曾有过 "once had", 到了别处 "to elsewhere").
   */
  static boolean notAName(Anchor a, BilingualLexicon lexicon) {
    String w = a.text();
    if (a.type() == AnchorType.PERSON
        ? hasCommonSense(w, lexicon) // 成功 "to succeed" and the town Chenggong: read as words
        : w.length() <= 2 && commonWord(w, lexicon)) {
      return true; // a longer common word can be a generic institution (市政府 "city government")
    }
    if (w.length() == 2 && w.charAt(0) == w.charAt(1)) {
      return true;
    }
    for (int i = 1; i < w.length(); i++) {
      String ch = w.substring(i, i + 1);
      if (PARTICLES.indexOf(w.charAt(i)) >= 0
          || (a.type() == AnchorType.PERSON && ChineseFunctionWords.ALL.contains(ch))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Stems of the English number words that make a numeral's first sense a number: zero to ten, and
   * the words below.
   */
  private static final Set<String> NUMBER_WORDS = numberWords();

  private static Set<String> numberWords() {
    Set<String> words = new HashSet<>(EnglishNumbers.SMALL.subList(0, 11)); // zero … ten
    words.addAll(
        List.of(
            "hundr",
            "thousand",
            "million",
            "billion",
            "percent",
            "half",
            "first",
            "second",
            "third",
            "tenth",
            "number",
            "numer",
            "singl",
            "doubl",
            "pair",
            "both",
            "twice"));
    return Set.copyOf(words);
  }

  /**
   * True for a one-character numeral that opens or closes a word whose first sense is not a number
   * (十分 "very", 一样 "same", 万分 "extremely", 周六 "Saturday"): the segmenter split the word, the
   * numeral is no number.
   */
  static boolean numeralInAWord(Anchor a, String raw, BilingualLexicon lexicon) {
    if (a.type() != AnchorType.NUMBER || a.text().length() != 1 || lexicon.cedict() == null) {
      return false;
    }
    int s = a.span().start();
    int e = a.span().end();
    // the word the numeral opens (十分), or the word it closes (周六 "Saturday", 星期六)
    return (e < raw.length() && notANumber(raw.substring(s, e + 1), lexicon))
        || (s >= 1 && notANumber(raw.substring(s - 1, e), lexicon))
        || (s >= 2 && notANumber(raw.substring(s - 2, e), lexicon));
  }

  /** True when CC-CEDICT knows {@code word} and its first sense is not a number. */
  private static boolean notANumber(String word, BilingualLexicon lexicon) {
    var entries = lexicon.cedict().lookup(word);
    if (entries.isEmpty() || entries.get(0).glosses().isEmpty()) {
      return false;
    }
    String first = entries.get(0).glosses().get(0).split(";")[0];
    if (first.matches(".*\\d.*")) {
      return false;
    }
    for (String k : BilingualLexicon.keysOf(first)) {
      if (NUMBER_WORDS.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** Aspect and structural particles, which no name or organisation contains. */
  private static final String PARTICLES = "了着过的地得吗呢吧";

  /** True when CC-CEDICT knows {@code word} as a common word, whatever else it knows it as. */
  static boolean hasCommonSense(String word, BilingualLexicon lexicon) {
    for (var e : lexicon.cedict().lookup(word)) {
      if (!e.isProperName()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when CC-CEDICT knows {@code word} only as a common word, never as a proper name (点点 "a
   * little").
   */
  static boolean commonWord(String word, BilingualLexicon lexicon) {
    var entries = lexicon.cedict().lookup(word);
    if (entries.isEmpty()) {
      return false;
    }
    for (var e : entries) {
      if (e.isProperName()) {
        return false;
      }
    }
    return true;
  }
}
