package dev.verso.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricProvider;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BLEU, CHRF, CHRF_PP and TER as plug-in metrics inside {@code evaluate}. */
class ReferenceMetricProviderTest {
  private static Document doc(List<Passage> refs) {
    return new Document(
        "d1",
        new Passage(null, "谈判将于周一恢复。", "zh"),
        Map.of("sysA", new Passage(null, "The talks will resume on Monday.", "en")),
        Map.of(),
        refs,
        Map.of(),
        List.of(),
        false,
        Map.of());
  }

  @Test
  void providersAreRegisteredAndOnByDefault() {
    MetricRegistry reg = MetricRegistry.load();
    for (String id : List.of("BLEU", "CHRF", "CHRF_PP", "TER")) {
      MetricProvider p = reg.provider(id);
      assertThat(p.id()).isEqualTo(id);
      assertThat(p.enabledByDefault()).isTrue();
    }
    assertThat(reg.provider("TER").create(Map.of()).higherIsBetter()).isFalse();
    assertThat(reg.provider("BLEU").create(Map.of()).signature().text())
        .isEqualTo(
            "BLEU|nrefs:var|case:mixed|eff:no|tok:13a|smooth:exp|version:"
                + ReferenceScorer.VERSION);
    assertThat(reg.provider("CHRF_PP").create(Map.of()).signature().text())
        .isEqualTo(
            "CHRF_PP|nrefs:var|case:mixed|eff:yes|nc:6|nw:2|space:no|version:"
                + ReferenceScorer.VERSION);
  }

  @Test
  void scoresTheTranslationAgainstTheReferences() {
    Document d =
        doc(
            List.of(
                new Passage(null, "Negotiations will resume on Monday.", "en"),
                new Passage(null, "The talks resume Monday.", "en")));
    EvaluationContext unit = EvaluationContext.of(d, "sysA");
    List<String> refs = List.of("Negotiations will resume on Monday.", "The talks resume Monday.");
    String hyp = "The talks will resume on Monday.";
    Map<String, ReferenceScorer> direct =
        Map.of("BLEU", new Bleu(), "CHRF", new Chrf(0), "CHRF_PP", new Chrf(2), "TER", new Ter());
    for (var e : direct.entrySet()) {
      Metric m = MetricRegistry.load().provider(e.getKey()).create(Map.of());
      Measurement r = m.measure(unit);
      assertThat(r.applicable()).isTrue();
      assertThat(r.stats()).containsExactly(e.getValue().stats(hyp, refs));
      assertThat((Double) r.details().get("score")).isCloseTo(m.score(r.stats()), within(0.0));
    }
    // TER (as sacreBLEU): "the talks resume monday." is two deletions away; references of 5 and 4
    // words.
    Metric ter = MetricRegistry.load().provider("TER").create(Map.of());
    assertThat(ter.measure(unit).stats()).containsExactly(2.0, 4.5);
  }

  @Test
  void doesNotApplyWithoutReferences() {
    Measurement r =
        MetricRegistry.load()
            .provider("BLEU")
            .create(Map.of())
            .measure(EvaluationContext.of(doc(List.of()), "sysA"));
    assertThat(r.applicable()).isFalse();
    assertThat(r.note()).isEqualTo("no reference");
  }

  @Test
  void rejectsUnknownOptionsAndBadValues() {
    MetricProvider bleu = MetricRegistry.load().provider("BLEU");
    assertThatThrownBy(() -> bleu.create(Map.of("tokeniser", "zh")))
        .hasMessageContaining("unknown option 'tokeniser'");
    assertThatThrownBy(() -> bleu.create(Map.of("tokenize", "moses")))
        .hasMessage("unknown tokenizer 'moses' (known: 13a, zh, intl, char, none)");
    Metric zh = bleu.create(Map.of("tokenize", "zh", "smoothMethod", "floor"));
    assertThat(zh.signature().text()).contains("tok:zh|smooth:floor[0.10]");
  }
}
