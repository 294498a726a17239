package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.List;
import java.util.Set;

/**
 * Source words rendered by their sound: transliterated names (戈达德 ↔ Goddard), also when the
 * segmenter cut them into single characters (哈|德|森 ↔ Hudson).
 */
final class Transliterations {
  private Transliterations() {}

  /**
   * True for a word of two or more characters that CC-CEDICT lacks or knows only as a proper name:
   * perhaps a transliteration.
   */
  static boolean maybeTransliteration(String word, BilingualLexicon lexicon) {
    if (word.codePointCount(0, word.length()) < 2
        || lexicon.cedict() == null
        || lexicon.glossary().get(word) != null) {
      return false;
    }
    var entries = lexicon.cedict().lookup(word);
    for (var e : entries) {
      if (!e.isProperName()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Spans of single-character tokens that the segmenter cut out of a transliterated name (哈|德|森 for
   * 哈德森 ↔ Hudson): a maximal sequence of two to six adjacent one-character words (no function
   * words, no anchors), or its longest prefix of at least two, that sounds like a capitalised
   * target word.
   */
  static Set<Span> transliteratedSingles(
      AnalyzedText src,
      Span srcRange,
      List<Anchor> anchors,
      AnalyzedText tgt,
      Span tgtRange,
      BilingualLexicon lexicon) {
    Set<Span> out = new java.util.HashSet<>();
    if (tgtRange == null) {
      return out;
    }
    List<Token> tokens = src.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size()
          && single(tokens.get(j), srcRange, anchors)
          && (j == i || tokens.get(j - 1).span().end() == tokens.get(j).span().start())) {
        j++;
      }
      if (j - i >= 2) {
        for (int end = Math.min(j, i + 6); end - i >= 2; end--) {
          StringBuilder b = new StringBuilder();
          for (int k = i; k < end; k++) {
            b.append(tokens.get(k).text());
          }
          if (soundsLikeAWord(b.toString(), tgt, tgtRange, lexicon, false)) {
            for (int k = i; k < end; k++) {
              out.add(tokens.get(k).span());
            }
            break;
          }
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static boolean single(Token t, Span range, List<Anchor> anchors) {
    if (!BlockCoverage.inside(t.span(), range)
        || t.kind() != Token.Kind.WORD
        || t.text().codePointCount(0, t.text().length()) != 1
        || ChineseFunctionWords.ALL.contains(t.text())) {
      return false;
    }
    for (Anchor a : anchors) {
      if (BlockCoverage.overlaps(a.span(), t.span())) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a capitalised word of the target range sounds like the pinyin of {@code han} (戈达德 ↔
   * Goddard).
   */
  static boolean soundsLikeAWord(
      String han, AnalyzedText tgt, Span range, BilingualLexicon lexicon) {
    return soundsLikeAWord(han, tgt, range, lexicon, true);
  }

  /**
   * As above; without {@code sentenceInitial}, a capitalised word that opens a sentence does not
   * count (it may be any word).
   */
  static boolean soundsLikeAWord(
      String han, AnalyzedText tgt, Span range, BilingualLexicon lexicon, boolean sentenceInitial) {
    if (range == null) {
      return false;
    }
    Token previous = null;
    for (Token t : tgt.tokens()) {
      if (!BlockCoverage.inside(t.span(), range)) {
        continue;
      }
      boolean initial =
          previous == null
              || (previous.kind() == Token.Kind.PUNCT && ".!?:\"“".contains(previous.text()));
      if (t.kind() == Token.Kind.WORD
          && t.text().length() >= 3
          && (sentenceInitial || !initial)
          && Character.isUpperCase(t.text().charAt(0))
          && SoundMatch.transliterates(han, t.text(), lexicon.cedict())) {
        return true;
      }
      previous = t;
    }
    return false;
  }
}
