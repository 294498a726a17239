package dev.verso.metric.reference;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.model.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adapts a {@link ReferenceScorer} to Verso's metric SPI: a unit's translation text is scored
 * against the texts of the document's references (one segment per document); documents without
 * references are not applicable. Corpus scores come from summed rows, exactly as sacreBLEU's.
 */
public final class ReferenceMetric implements Metric {
  private final String id;
  private final ReferenceScorer scorer;
  private final Signature signature;

  /** A metric named {@code id} backed by {@code scorer}. */
  public ReferenceMetric(String id, ReferenceScorer scorer) {
    this.id = id;
    this.scorer = scorer;
    // The number of references may differ between documents: sacreBLEU writes "var" then.
    this.signature = new Signature(id + "|" + scorer.signature("var", Map.of()));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Signature signature() {
    return signature;
  }

  @Override
  public List<String> statNames() {
    return scorer.statNames();
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    List<String> refs = new ArrayList<>();
    for (Passage p : unit.references()) {
      if (p != null && p.text() != null && !p.text().isBlank()) {
        refs.add(p.text());
      }
    }
    if (refs.isEmpty()) {
      return Measurement.notApplicable("no reference");
    }
    Passage t = unit.translation();
    String hyp = t == null ? "" : t.textOrEmpty();
    double[] stats = scorer.stats(hyp, refs);
    return new Measurement(stats, List.of(), Map.of("score", scorer.score(stats)), null);
  }

  @Override
  public double score(double[] summedStats) {
    return scorer.score(summedStats);
  }

  @Override
  public boolean higherIsBetter() {
    return scorer.higherIsBetter();
  }

  /** The scorer behind this metric (for significance tests). */
  public ReferenceScorer scorer() {
    return scorer;
  }

  /** {@code BLEU}: sacreBLEU's BLEU of the translation against the document's references. */
  public static final class BleuProvider extends SimpleMetricProvider {
    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec("tokenize", "13a", "tokenizer: 13a, zh, intl, char, none"),
            new OptionSpec("lowercase", "false", "case-insensitive"),
            new OptionSpec("smoothMethod", "exp", "smoothing: exp, floor, add-k, none"),
            new OptionSpec("smoothValue", "", "floor/add-k value (empty: 0.1 / 1)"),
            new OptionSpec(
                "effectiveOrder", "false", "use the highest order with n-grams (for short texts)"));

    public BleuProvider() {
      super(
          "BLEU",
          "BLEU against the document's reference translations, identical to sacreBLEU 2.x (not applicable without references).",
          OPTIONS,
          o -> new ReferenceMetric("BLEU", bleu(o)));
    }

    private static Bleu bleu(Options o) {
      String sv = o.string("smoothValue").trim();
      return new Bleu(
          o.string("tokenize"),
          o.bool("lowercase"),
          o.string("smoothMethod"),
          sv.isEmpty() ? null : o.number("smoothValue"),
          o.bool("effectiveOrder"));
    }
  }

  /** {@code CHRF}: sacreBLEU's chrF (character 6-grams, beta 2). */
  public static class ChrfProvider extends SimpleMetricProvider {
    public ChrfProvider() {
      this("CHRF", 0);
    }

    ChrfProvider(String id, int defaultWordOrder) {
      super(
          id,
          (defaultWordOrder == 0 ? "chrF" : "chrF++")
              + " against the document's reference translations, identical to sacreBLEU 2.x (not applicable without references).",
          specs(defaultWordOrder),
          o -> new ReferenceMetric(id, chrf(o)));
    }

    private static List<OptionSpec> specs(int defaultWordOrder) {
      return List.of(
          new OptionSpec("charOrder", "6", "character n-gram order"),
          new OptionSpec(
              "wordOrder", Integer.toString(defaultWordOrder), "word n-gram order (2: chrF++)"),
          new OptionSpec("beta", "2", "weight of recall"),
          new OptionSpec("lowercase", "false", "case-insensitive"),
          new OptionSpec("whitespace", "false", "keep whitespace in character n-grams"),
          new OptionSpec("epsSmoothing", "false", "eps smoothing instead of effective order"));
    }

    private static Chrf chrf(Options o) {
      return new Chrf(
          o.integer("charOrder"),
          o.integer("wordOrder"),
          o.integer("beta"),
          o.bool("lowercase"),
          o.bool("whitespace"),
          o.bool("epsSmoothing"));
    }
  }

  /** {@code CHRF_PP}: chrF++ (chrF with word unigrams and bigrams). */
  public static final class ChrfPlusPlusProvider extends ChrfProvider {
    public ChrfPlusPlusProvider() {
      super("CHRF_PP", 2);
    }
  }

  /** {@code TER}: sacreBLEU's translation edit rate (lower is better). */
  public static final class TerProvider extends SimpleMetricProvider {
    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec("normalized", "false", "normalise and tokenise punctuation"),
            new OptionSpec("noPunct", "false", "remove punctuation"),
            new OptionSpec("asianSupport", "false", "split Asian characters"),
            new OptionSpec("caseSensitive", "false", "case-sensitive"));

    public TerProvider() {
      super(
          "TER",
          "Translation edit rate against the document's reference translations, identical to sacreBLEU 2.x; lower is better.",
          OPTIONS,
          o ->
              new ReferenceMetric(
                  "TER",
                  new Ter(
                      o.bool("normalized"),
                      o.bool("noPunct"),
                      o.bool("asianSupport"),
                      o.bool("caseSensitive"))));
    }
  }
}
