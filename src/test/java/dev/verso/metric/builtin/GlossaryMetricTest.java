package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.TestFiles;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Passage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryMetricTest {
  @TempDir Path dir;

  private Metric metric() throws Exception {
    Path g = TestFiles.write(dir.resolve("g.tsv"),
        "source\ttarget\tacronym\tforbidden\n"
            + "商务部\tMinistry of Commerce\tMOFCOM\tDepartment of Commerce|Commerce Department\n"
            + "党委\tParty Committee\t\t\n"
            + "党支部\tParty branch\t\t\n");
    return MetricRegistry.load().create(List.of("GLOSSARY"), Map.of("GLOSSARY", Map.of("files", g.toString()))).get(0);
  }

  private static Document doc(String src, String tgt, String summary) {
    return new Document("d", new Passage(null, src, "zh"), Map.of("s", new Passage(null, tgt, "en")),
        summary == null ? Map.of() : Map.of("s", summary), List.of(), Map.of(), List.of(), false);
  }

  private static List<String> run(Metric m, Document d) {
    Measurement r = m.measure(EvaluationContext.of(d, "s"));
    return r.findings().stream()
        .map(f -> f.check() + " " + f.field() + " " + f.span().start() + "-" + f.span().end() + " \"" + f.span().of(Fields.text(d, "s", f.field())) + "\" " + f.suggestions())
        .toList();
  }

  @Test
  void approvedRenderingsPluralsAndAcronymsCountAsApplied() throws Exception {
    Metric m = metric();
    Document d = doc("商务部党委与党支部开会。商务部同意。", "The Party Committees of MOFCOM met the Party branch. The Ministry of Commerce agreed.", null);
    assertThat(run(m, d)).isEmpty();
    assertThat(m.measure(EvaluationContext.of(d, "s")).stats()).containsExactly(4.0, 4.0);
  }

  @Test
  void reportsMissingRenderingsOnTheSourceAndForbiddenVariants() throws Exception {
    Metric m = metric();
    Document d = doc("商务部党委开会。商务部同意。", "The Commerce Department's committee met. The Ministry of Commerce agreed.",
        "The Department of Commerce agreed.");
    assertThat(run(m, d)).containsExactly(
        "TERM_NOT_APPLIED source.text 3-5 \"党委\" [Party Committee]",
        "TERM_NOT_APPLIED source.text 8-11 \"商务部\" [Ministry of Commerce]",
        "FORBIDDEN_TERM summary 4-26 \"Department of Commerce\" [Ministry of Commerce]",
        "FORBIDDEN_TERM translation.text 4-23 \"Commerce Department\" [Ministry of Commerce]");
    Measurement r = m.measure(EvaluationContext.of(d, "s"));
    assertThat(r.stats()).containsExactly(1.0, 3.0);
    assertThat(m.score(r.stats())).isEqualTo(1.0 / 3.0);
    assertThat(r.findings().get(1).message()).isEqualTo(
        "\"商务部\" should be rendered \"Ministry of Commerce\" or MOFCOM (glossary " + dir.resolve("g.tsv")
            + ":2); the translation.text has that rendering 1 time(s) for 2 occurrence(s) in the source");
  }

  @Test
  void doesNotApplyWithoutAGlossaryAndRejectsAMissingFile() {
    Metric none = MetricRegistry.load().create(List.of("GLOSSARY"), Map.of()).get(0);
    assertThat(none.measure(EvaluationContext.of(doc("商务部。", "MOFCOM.", null), "s")).applicable()).isFalse();
    assertThatThrownBy(() -> MetricRegistry.load().create(List.of("GLOSSARY"), Map.of("GLOSSARY", Map.of("files", dir.resolve("nope.tsv").toString()))))
        .hasMessageStartingWith("metric GLOSSARY: cannot read glossary " + dir.resolve("nope.tsv"));
  }

  @Test
  void theSeedGlossaryFlagsTheCnsoVariantInSeed000() {
    TestFiles.Run run = TestFiles.verso("evaluate", "seeds", "--glossary", "glossaries/seeds.tsv", "--metrics", "GLOSSARY",
        "-o", dir.resolve("out").toString(), "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
