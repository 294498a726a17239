package dev.verso.metric.builtin.coverage;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.metric.Alignments;
import dev.verso.metric.EvaluationContext;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.LexiconLearner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The sentence pairs a {@link LexiconLearner} learns from, cut the way COVERAGE reads them: for
 * each aligned bead with a source and a target side (and for the title), the Chinese content words
 * of the source side (no function words, numbers or Latin runs) and the keys of the target side's
 * content words, as the pool of target words that render source items holds them (numbers left out:
 * their rendering is the anchor matcher's business).
 */
public final class LexiconPairs {
  private LexiconPairs() {}

  /**
   * One sentence pair.
   *
   * @param chinese the Chinese content words, in text order
   * @param sentences for each Chinese word, an id of the Chinese sentence it stands in (a 64-bit
   *     hash of the sentence's text, so the same sentence has the same id in every document and
   *     system)
   * @param english the English keys, sorted
   */
  public record Pair(List<String> chinese, long[] sentences, List<String> english) {}

  /** The sentence pairs of {@code unit}; empty when it has no Chinese source or no translation. */
  public static List<Pair> of(EvaluationContext unit) {
    List<Pair> out = new ArrayList<>();
    if (unit.source() == null
        || unit.translation() == null
        || !TextAnalyzer.isChinese(unit.source().lang())) {
      return out;
    }
    TextAnalyzer analyzer = TextAnalyzer.shared();
    String srcTitle = unit.source().title();
    String tgtTitle = unit.translation().title();
    if (srcTitle != null && !srcTitle.isBlank() && tgtTitle != null && !tgtTitle.isBlank()) {
      AnalyzedText st = analyzer.analyze(srcTitle, unit.source().lang());
      AnalyzedText tt = analyzer.analyze(tgtTitle, unit.translation().lang());
      Span whole = new Span(0, srcTitle.length());
      add(st, whole, List.of(whole), tt, new Span(0, tgtTitle.length()), out);
    }
    if (unit.source().text() == null || unit.translation().text() == null) {
      return out;
    }
    Alignment a = Alignments.of(unit);
    AnalyzedText src = Alignments.source(unit);
    AnalyzedText tgt = Alignments.translation(unit);
    for (Bead b : a.beads()) {
      if (b.srcCount() > 0 && b.tgtCount() > 0) {
        Span sr =
            new Span(
                a.srcSpans().get(b.srcStart()).start(), a.srcSpans().get(b.srcEnd() - 1).end());
        Span tr =
            new Span(
                a.tgtSpans().get(b.tgtStart()).start(), a.tgtSpans().get(b.tgtEnd() - 1).end());
        add(src, sr, a.srcSpans().subList(b.srcStart(), b.srcEnd()), tgt, tr, out);
      }
    }
    return out;
  }

  /**
   * The dictionary a learner is seeded with: the English keys the glossary or CC-CEDICT gives a
   * Chinese word, else those of its non-function characters (what coverage matches by).
   */
  public static Function<String, Set<String>> dictionary(BilingualLexicon lexicon) {
    return w -> Glosses.keysOf(w, lexicon);
  }

  private static void add(
      AnalyzedText src, Span sr, List<Span> sentences, AnalyzedText tgt, Span tr, List<Pair> out) {
    List<String> zh = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (Token t : src.tokens()) {
      if (BlockCoverage.inside(t.span(), sr)
          && t.kind() == Token.Kind.WORD
          && !ChineseFunctionWords.ALL.contains(t.text())) {
        zh.add(t.text());
        ids.add(sentenceId(src.raw(), sentences, t.span()));
      }
    }
    List<String> en = new ArrayList<>();
    for (String k : new java.util.TreeSet<>(TargetPool.of(tgt, tr).keySet())) {
      if (k.chars().noneMatch(Character::isDigit)) {
        en.add(k);
      }
    }
    if (!zh.isEmpty() && !en.isEmpty()) {
      out.add(new Pair(zh, ids.stream().mapToLong(Long::longValue).toArray(), en));
    }
  }

  /** The id of the sentence of {@code sentences} that holds {@code word} (FNV-1a of its text). */
  static long sentenceId(String raw, List<Span> sentences, Span word) {
    Span s = sentences.get(0);
    for (Span c : sentences) {
      if (c.start() <= word.start() && word.start() < c.end()) {
        s = c;
        break;
      }
    }
    long h = 0xcbf29ce484222325L;
    for (int i = s.start(); i < s.end(); i++) {
      h = (h ^ raw.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
