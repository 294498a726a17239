package dev.verso.align;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links the sentences of an English summary to the translation sentences that support them. A
 * summary paraphrases and compresses, so the links are many-to-many and not monotone: for each
 * summary sentence, translation sentences are picked greedily by how much of the summary sentence's
 * not-yet-covered content (stemmed content words and anchors, weighted by rarity in the
 * translation) they contain, while each adds at least {@link #MIN_GAIN} of it.
 *
 * @param sentences one entry per summary sentence, in order
 * @param translationCovered per translation sentence, whether some summary sentence is supported by
 *     it
 */
public record SummarySupport(List<Link> sentences, List<Boolean> translationCovered) {

  /** Smallest share of a summary sentence's content a further supporting sentence must add. */
  public static final double MIN_GAIN = 0.15;

  /** At most this many translation sentences support one summary sentence. */
  public static final int MAX_SUPPORT = 4;

  public SummarySupport {
    sentences = List.copyOf(sentences);
    translationCovered = List.copyOf(translationCovered);
  }

  /**
   * The support of one summary sentence.
   *
   * @param span the sentence in the raw summary
   * @param tgt supporting translation sentences, best first
   * @param scores for each of them, the weighted share of the summary sentence's content it
   *     contains
   * @param coverage the weighted share of the summary sentence's content found in all of them
   *     together
   */
  public record Link(Span span, List<Integer> tgt, List<Double> scores, double coverage) {
    public Link {
      tgt = List.copyOf(tgt);
      scores = List.copyOf(scores);
    }
  }

  /** Computes the support of {@code summary}'s sentences by {@code translation}'s sentences. */
  public static SummarySupport of(AnalyzedText summary, AnalyzedText translation) {
    int m = translation.sentences().size();
    List<Set<String>> tKeys = new ArrayList<>(m);
    Map<String, Integer> df = new HashMap<>();
    for (int j = 0; j < m; j++) {
      Set<String> k = keys(translation, j);
      tKeys.add(k);
      for (String x : k) {
        df.merge(x, 1, Integer::sum);
      }
    }
    boolean[] covered = new boolean[m];
    List<Link> links = new ArrayList<>();
    for (int s = 0; s < summary.sentences().size(); s++) {
      Set<String> sk = keys(summary, s);
      Map<String, Double> w = new HashMap<>();
      double total = 0;
      for (String x : sk) {
        double weight = Math.log(1.0 + (double) (m + 1) / (df.getOrDefault(x, 0) + 1));
        w.put(x, weight);
        total += weight;
      }
      Set<String> open = new HashSet<>(sk);
      List<Integer> picked = new ArrayList<>();
      List<Double> scores = new ArrayList<>();
      double got = 0;
      while (total > 0 && picked.size() < MAX_SUPPORT) {
        int best = -1;
        double bestGain = 0;
        for (int j = 0; j < m; j++) {
          if (picked.contains(j)) {
            continue;
          }
          double gain = 0;
          for (String x : open) {
            if (tKeys.get(j).contains(x)) {
              gain += w.get(x);
            }
          }
          if (gain > bestGain) {
            bestGain = gain;
            best = j;
          }
        }
        if (best < 0 || bestGain / total < MIN_GAIN) {
          break;
        }
        picked.add(best);
        double own = 0;
        for (String x : sk) {
          if (tKeys.get(best).contains(x)) {
            own += w.get(x);
          }
        }
        scores.add(dev.verso.model.Rounding.to3(own / total));
        open.removeAll(tKeys.get(best));
        got += bestGain;
        covered[best] = true;
      }
      links.add(
          new Link(
              summary.sentences().get(s).span(),
              picked,
              scores,
              total == 0 ? 0 : dev.verso.model.Rounding.to3(got / total)));
    }
    List<Boolean> cov = new ArrayList<>(m);
    for (boolean c : covered) {
      cov.add(c);
    }
    return new SummarySupport(links, cov);
  }

  /** Stemmed content words and typed anchor values of one English sentence. */
  static Set<String> keys(AnalyzedText a, int sentence) {
    Set<String> out = new LinkedHashSet<>();
    for (Token t : a.tokensOf(sentence)) {
      if (t.kind() == Token.Kind.WORD
          && !EnglishStemmer.isStopWord(t.text().toLowerCase(Locale.ROOT))) {
        out.add(t.key());
      } else if (t.kind() == Token.Kind.NUMBER) {
        out.add("#" + t.text());
      }
    }
    Span span = a.sentences().get(sentence).span();
    for (Anchor an : a.anchors()) {
      if (an.span().start() >= span.start()
          && an.span().end() <= span.end()
          && an.type() != AnchorType.LATIN) {
        out.add(an.type().name().charAt(0) + ":" + an.value());
      }
    }
    return out;
  }
}
