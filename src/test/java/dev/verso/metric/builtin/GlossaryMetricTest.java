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
    Path g =
        TestFiles.write(
            dir.resolve("g.tsv"),
            "source\ttarget\tacronym\tforbidden\n"
                + "商务部\tMinistry of Commerce\tMOFCOM\tDepartment of Commerce|Commerce Department\n"
                + "党委\tParty Committee\t\t\n"
                + "党支部\tParty branch\t\t\n");
    return MetricRegistry.load()
        .create(List.of("GLOSSARY"), Map.of("GLOSSARY", Map.of("files", g.toString())))
        .get(0);
  }

  private static Document doc(String src, String tgt, String summary) {
    return Document.of(
        "d",
        new Passage(null, src, "zh"),
        Map.of("s", new Passage(null, tgt, "en")),
        summary == null ? Map.of() : Map.of("s", summary));
  }

  private static List<String> run(Metric m, Document d) {
    Measurement r = m.measure(EvaluationContext.of(d, "s"));
    return r.findings().stream()
        .map(
            f ->
                f.check()
                    + " "
                    + f.field()
                    + " "
                    + f.span().start()
                    + "-"
                    + f.span().end()
                    + " \""
                    + f.span().of(Fields.text(d, "s", f.field()))
                    + "\" "
                    + f.suggestions())
        .toList();
  }

  @Test
  void approvedRenderingsPluralsAndAcronymsCountAsApplied() throws Exception {
    Metric m = metric();
    Document d =
        doc(
            "商务部党委与党支部开会。商务部同意。",
            "The Party Committees of MOFCOM met the Party branch. The Ministry of Commerce agreed.",
            null);
    assertThat(run(m, d)).isEmpty();
    assertThat(m.measure(EvaluationContext.of(d, "s")).stats()).containsExactly(4.0, 4.0);
  }

  @Test
  void reportsMissingRenderingsOnTheSourceAndForbiddenVariants() throws Exception {
    Metric m = metric();
    Document d =
        doc(
            "商务部党委开会。商务部同意。",
            "The Commerce Department's committee met. The Ministry of Commerce agreed.",
            "The Department of Commerce agreed.");
    // per bead: the first 商务部 is the one whose sentence lacks the rendering
    assertThat(run(m, d))
        .containsExactly(
            "TERM_NOT_APPLIED source.text 0-3 \"商务部\" [Ministry of Commerce]",
            "TERM_NOT_APPLIED source.text 3-5 \"党委\" [Party Committee]",
            "FORBIDDEN_TERM summary 4-26 \"Department of Commerce\" [Ministry of Commerce]",
            "FORBIDDEN_TERM translation.text 4-23 \"Commerce Department\" [Ministry of Commerce]");
    Measurement r = m.measure(EvaluationContext.of(d, "s"));
    assertThat(r.stats()).containsExactly(1.0, 3.0);
    assertThat(m.score(r.stats())).isEqualTo(1.0 / 3.0);
    assertThat(r.findings().get(0).message())
        .isEqualTo(
            "\"商务部\" should be rendered \"Ministry of Commerce\" or MOFCOM (glossary "
                + dir.resolve("g.tsv")
                + ":2); the aligned translation.text 0-40 (bead 0-0) has that rendering 0 time(s) for 1 occurrence(s) in the source");
    assertThat(r.findings().get(0).evidence())
        .containsEntry("bead", "0-0")
        .containsEntry("targetStart", 0)
        .containsEntry("targetEnd", 40);
  }

  /** (case, source, translation, expected findings, applied/occurrences). */
  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> beadExamples() {
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of(
            "approved in every bead, acronym and plural count",
            "商务部发布通知。党委开会。商务部同意。",
            "The Ministry of Commerce issued a notice. The Party Committees met. MOFCOM agreed.",
            List.of(),
            "3/3"),
        org.junit.jupiter.params.provider.Arguments.of(
            "a rendering in the wrong sentence does not count",
            "商务部发布通知。商务部同意。党委开会。",
            "The Ministry of Commerce, the Ministry of Commerce said, issued a notice. It agreed. The Party Committee met.",
            List.of("TERM_NOT_APPLIED source.text 8-11 \"商务部\" [Ministry of Commerce]"),
            "2/3"),
        org.junit.jupiter.params.provider.Arguments.of(
            "a forbidden variant instead of the approved term",
            "商务部发布通知。党支部开会。",
            "The Commerce Department issued a notice. The Party branch met.",
            List.of(
                "TERM_NOT_APPLIED source.text 0-3 \"商务部\" [Ministry of Commerce]",
                "FORBIDDEN_TERM translation.text 4-23 \"Commerce Department\" [Ministry of Commerce]"),
            "1/2"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("beadExamples")
  void checksEachSourceTermAgainstItsOwnBead(
      String name, String src, String tgt, List<String> expected, String stats) throws Exception {
    Metric m = metric();
    Document d = doc(src, tgt, null);
    assertThat(run(m, d)).isEqualTo(expected);
    double[] s = m.measure(EvaluationContext.of(d, "s")).stats();
    assertThat((int) s[0] + "/" + (int) s[1]).isEqualTo(stats);
  }

  @Test
  void doesNotApplyWithoutAGlossaryAndRejectsAMissingFile() {
    Metric none = MetricRegistry.load().create(List.of("GLOSSARY"), Map.of()).get(0);
    assertThat(none.measure(EvaluationContext.of(doc("商务部。", "MOFCOM.", null), "s")).applicable())
        .isFalse();
    assertThatThrownBy(
            () ->
                MetricRegistry.load()
                    .create(
                        List.of("GLOSSARY"),
                        Map.of("GLOSSARY", Map.of("files", dir.resolve("nope.tsv").toString()))))
        .hasMessageStartingWith("metric GLOSSARY: cannot read glossary " + dir.resolve("nope.tsv"));
  }

  @Test
  void theSeedGlossaryFlagsTheCnsoVariantInSeed000() {
    TestFiles.Run run =
        TestFiles.verso(
            "evaluate",
            "seeds",
            "--glossary",
            "glossaries/seeds.tsv",
            "--metrics",
            "GLOSSARY",
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
  }
}
