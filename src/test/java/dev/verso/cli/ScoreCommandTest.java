package dev.verso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.reference.ReferenceScorer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verso score} in-process; expected outputs are sacreBLEU 2.6.0's on the bundled excerpt
 * (version string swapped).
 */
class ScoreCommandTest {
  @TempDir static Path dir;
  private static String ref;
  private static String niu;
  private static String didi;

  @BeforeAll
  static void copyExcerpt() throws Exception {
    for (String f : List.of("ref.en", "sys_NiuTrans.en", "sys_DIDI-NLP.en")) {
      try (InputStream in = ScoreCommandTest.class.getResourceAsStream("/mt-metrics/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    ref = dir.resolve("ref.en").toString();
    niu = dir.resolve("sys_NiuTrans.en").toString();
    didi = dir.resolve("sys_DIDI-NLP.en").toString();
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static String v(String s) {
    return s.replace("version:2.6.0", "version:" + ReferenceScorer.VERSION)
        .replace("\"version\": \"2.6.0\"", "\"version\": \"" + ReferenceScorer.VERSION + "\"");
  }

  @Test
  void textOutputAlignsScoresLikeSacrebleu() {
    Run r = run("score", "-r", ref, "-i", didi, "-m", "bleu", "chrf", "ter", "-f", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            v(
                "        BLEU|nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 21.7 56.7/26.7/15.2/9.8 (BP = 0.995 ratio = 0.995 hyp_len = 559 ref_len = 562)\n"
                    + "      chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 55.2\n"
                    + "TER|nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0 = 66.3\n"));
  }

  @Test
  void jsonIsTheDefaultFormat() {
    Run r = run("score", "-r", ref, "-i", didi, "-m", "ter", "bleu");
    assertThat(r.out())
        .isEqualTo(
            v(
                "[\n{\n \"name\": \"BLEU\",\n \"score\": 21.7,\n"
                    + " \"signature\": \"nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0\",\n"
                    + " \"verbose_score\": \"56.7/26.7/15.2/9.8 (BP = 0.995 ratio = 0.995 hyp_len = 559 ref_len = 562)\",\n"
                    + " \"nrefs\": \"1\",\n \"case\": \"mixed\",\n \"eff\": \"no\",\n \"tok\": \"13a\",\n"
                    + " \"smooth\": \"exp\",\n \"version\": \"2.6.0\"\n},\n{\n \"name\": \"TER\",\n \"score\": 66.3,\n"
                    + " \"signature\": \"nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0\",\n"
                    + " \"nrefs\": \"1\",\n \"case\": \"lc\",\n \"tok\": \"tercom\",\n \"norm\": \"no\",\n"
                    + " \"punct\": \"yes\",\n \"asian\": \"no\",\n \"version\": \"2.6.0\"\n}\n]\n"));
  }

  @Test
  void sentenceLevelPrintsOneLinePerSegment() {
    Run r = run("score", "-r", ref, "-i", didi, "-m", "chrf", "--sentence-level");
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(16);
    assertThat(lines[0])
        .isEqualTo(v("chrF2|nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0 = 69.4"));
    assertThat(lines[1]).endsWith(" = 85.7");
    assertThat(lines[2]).endsWith(" = 41.6");
  }

  @Test
  void readsTabSeparatedSystemsFromStandardInput() throws Exception {
    List<String> a = Files.readAllLines(dir.resolve("sys_NiuTrans.en"), StandardCharsets.UTF_8);
    List<String> b = Files.readAllLines(dir.resolve("sys_DIDI-NLP.en"), StandardCharsets.UTF_8);
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < a.size(); i++) {
      in.append(a.get(i)).append('\t').append(b.get(i)).append('\n');
    }
    InputStream old = System.in;
    try {
      System.setIn(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)));
      Run r = run("score", "-r", ref, "-m", "bleu", "ter");
      assertThat(r.out())
          .isEqualTo(
              "[\n    {\n        \"system\": \"System 1\",\n        \"BLEU\": \"19.7\",\n        \"TER\": \"72.4\"\n    },\n"
                  + "    {\n        \"system\": \"System 2\",\n        \"BLEU\": \"21.7\",\n        \"TER\": \"66.3\"\n    }\n]\n");
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void pairedBootstrapPrintsTableNotesSignaturesAndRankings() {
    Run r =
        run("score", "-r", ref, "-i", niu, didi, "-m", "bleu", "ter", "--paired-bs", "-f", "text");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("│  21.7 (21.5 ± 6.4)  │ 66.3 (66.3 ± 7.3)  │");
    assertThat(r.out()).contains("│    (p = 0.1319)     │   (p = 0.0230)*    │");
    assertThat(r.out()).contains("Paired bootstrap resampling test with 1000 resampling trials");
    assertThat(r.out())
        .contains(
            v(
                " - TER        nrefs:1|bs:1000|seed:12345|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0"));
    assertThat(r.out()).contains("Ranking by TER (lower is better)");
  }

  @Test
  void pairedJsonCarriesPValuesDeltasAndMarks() {
    Run r =
        run(
            "score",
            "-r",
            ref,
            "-i",
            niu,
            didi,
            "-m",
            "ter",
            "--paired-ar",
            "--paired-ar-n",
            "2000");
    assertThat(r.out()).contains("\"system\": \"Baseline: " + niu + "\"");
    assertThat(r.out()).contains("\"p_value\": 0.03298350824587706,");
    assertThat(r.out()).contains("\"significant\": true");
  }

  @Test
  void usageErrorsExitWithTwo() {
    Run r = run("score", "-r", ref, "-i", didi, "-m", "bleu", "chrf", "-sl");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Only one metric can be used in sentence-level mode.");
    r = run("score", "-r", ref, "-i", didi, "-m", "meteor");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown metric 'meteor' (known: bleu, chrf, ter)");
    r = run("score", "-r", ref, "-i", didi, "--paired-bs");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("Paired tests require multiple input systems given to --input (-i).");
    r = run("score", "-r", dir.resolve("missing.en").toString(), "-i", didi);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("file not found: ");
    r = run("score", "-r", ref, "-i", niu, didi, "--paired-bs", "-pbsn", "-5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the number of resamples/trials must not be negative");
    r = run("score", "-r", ref, "-i", didi, "--tokenize", "moses");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown tokenizer 'moses'");
  }
}
