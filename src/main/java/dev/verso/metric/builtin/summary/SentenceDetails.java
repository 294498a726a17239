package dev.verso.metric.builtin.summary;

import dev.verso.align.Alignment;
import dev.verso.align.SummarySupport;
import dev.verso.model.Rounding;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The details SUMMARY_CONSISTENCY records for each summary sentence: its supporting translation and
 * source sentences, n-gram shares, fact counts, novel and displaced words, edits and support score.
 * One instance serves all sentences of a summary.
 */
public final class SentenceDetails {
  private final AnalyzedText sum;
  private final AnalyzedText tr;
  private final Alignment alignment;
  private final int[] beadOf;
  private final FactSupport inTranslation;
  private final Set<String> trBigrams;
  private final Set<String> trTrigrams;

  /**
   * Details of sentences of {@code sum} against the translation {@code tr} and its alignment with
   * the source ({@code alignment}, may be null).
   */
  public SentenceDetails(
      AnalyzedText sum, AnalyzedText tr, Alignment alignment, FactSupport inTranslation) {
    this.sum = sum;
    this.tr = tr;
    this.alignment = alignment;
    this.beadOf = alignment == null ? new int[0] : alignment.beadOfTarget();
    this.inTranslation = inTranslation;
    this.trBigrams = FactSupport.bigrams(tr, 0, tr.sentences().size());
    this.trTrigrams = FactSupport.ngrams(tr, 0, tr.sentences().size(), 3);
  }

  /**
   * The details of summary sentence {@code s}: its support {@code link}, what the checks found
   * ({@code r}), the share of it its best supporting sentence holds and its support score.
   */
  public Map<String, Object> of(
      int s, SummarySupport.Link link, SentenceChecks.Result r, double bestShare, double support) {
    Novelty novelty = r.novelty();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("span", List.of(link.span().start(), link.span().end()));
    d.put("tgt", link.tgt());
    d.put("tgtScores", link.scores());
    d.put("src", sourceSentences(link.tgt()));
    d.put("coverage", link.coverage());
    d.put("bigramShare", Rounding.to3(share(FactSupport.bigrams(sum, s, s + 1), trBigrams)));
    d.put("trigramShare", Rounding.to3(share(FactSupport.ngrams(sum, s, s + 1, 3), trTrigrams)));
    d.put("facts", r.facts().size());
    d.put("supportedFacts", r.supported());
    d.put("problems", r.problems());
    d.put("bestShare", bestShare);
    d.put("content", novelty.content());
    d.put("novelNumbers", novelty.numbers().size());
    d.put("novelRare", novelty.rare().size());
    d.put("novelCommon", novelty.common().size());
    d.put("novel", novelWords(novelty, sum.raw()));
    List<Token> displaced = AlignedEdits.displaced(sum, s, tr, link.tgt(), inTranslation);
    d.put("displaced", displaced.size());
    d.put("displacedRare", rareCount(displaced));
    d.put("unlinked", r.unlinked().size());
    d.put("edits", r.edits().size());
    d.put("editTypes", r.edits().stream().map(AlignedEdits.Edit::type).toList());
    d.put("support", support);
    return d;
  }

  /** The source sentences aligned with translation sentences {@code tgt}, in order. */
  List<Integer> sourceSentences(List<Integer> tgt) {
    TreeSet<Integer> srcSentences = new TreeSet<>();
    for (int j : tgt) {
      if (j < beadOf.length && beadOf[j] >= 0) {
        srcSentences.addAll(alignment.beads().get(beadOf[j]).src());
      }
    }
    return List.copyOf(srcSentences);
  }

  /** How many of the tokens are numbers, capitalised or not all letters. */
  static int rareCount(List<Token> tokens) {
    int rare = 0;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.NUMBER
          || Character.isUpperCase(t.text().charAt(0))
          || !t.text().chars().allMatch(Character::isLetter)) {
        rare++;
      }
    }
    return rare;
  }

  /** The share of {@code part} in {@code whole}; 1 when {@code part} is empty. */
  static double share(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 1;
    }
    int hit = 0;
    for (String x : part) {
      if (whole.contains(x)) {
        hit++;
      }
    }
    return (double) hit / part.size();
  }

  /** The novel words of a sentence in text order, each as {kind, span, text}. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> novelWords(Novelty n, String raw) {
    List<Map<String, Object>> out = new ArrayList<>();
    addNovel(out, "number", n.numbers(), raw);
    addNovel(out, "rare", n.rare(), raw);
    addNovel(out, "common", n.common(), raw);
    out.sort(
        (a, b) ->
            Integer.compare(
                ((List<Integer>) a.get("span")).get(0), ((List<Integer>) b.get("span")).get(0)));
    return out;
  }

  private static void addNovel(
      List<Map<String, Object>> out, String kind, List<Span> spans, String raw) {
    for (Span sp : spans) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", kind);
      m.put("span", List.of(sp.start(), sp.end()));
      m.put("text", sp.of(raw));
      out.add(m);
    }
  }
}
