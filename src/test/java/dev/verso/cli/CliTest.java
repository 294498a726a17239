package dev.verso.cli;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  @Test
  void printsVersionAndHelp() {
    assertThat(verso("--version").out().trim()).isEqualTo("verso 0.1.0");
    TestFiles.Run help = verso("evaluate", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains("--threads=N")
        .contains("--system=NAME=PATH")
        .contains("--metrics=ID");
    assertThat(verso("metrics", "--help").exitCode()).isZero();
  }

  @Test
  void listsMetricsWithOptions() {
    TestFiles.Run run = verso("metrics");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("DUPLICATION\n    Words or phrases repeated back to back")
        .contains("--option LENGTH_RATIO.threshold=VALUE  (default 3.0)")
        .contains("UNTRANSLATED");
  }

  @Test
  void usageErrorsExitWithTwoAndSayWhatToDo() throws Exception {
    TestFiles.Run missing = verso("evaluate", dir.resolve("nope").toString(), "-o", dir.toString());
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.err())
        .isEqualTo("verso: " + dir.resolve("nope") + ": no such file or directory\n");

    TestFiles.Run badMetric = verso("evaluate", "seeds", "--metrics", "BLUE", "-o", dir.toString());
    assertThat(badMetric.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badMetric.err()).startsWith("verso: unknown metric 'BLUE' (available: ");
    assertThat(badMetric.err()).contains("); did you mean BLEU?");

    TestFiles.Run badOption =
        verso("evaluate", "seeds", "-O", "DUPLICATION.max=3", "-o", dir.toString());
    assertThat(badOption.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badOption.err())
        .isEqualTo("verso: metric DUPLICATION: unknown option 'max' (known: maxPhraseWords)\n");

    TestFiles.Run badFlag = verso("evaluate", "--no-such-flag");
    assertThat(badFlag.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badFlag.err()).startsWith("Unknown option: '--no-such-flag'");

    Path cfg = write(dir.resolve("verso.json"), "{\"metrics\":[\"DUPLICATION\"],\"treads\":2}");
    TestFiles.Run badConfig =
        verso("evaluate", "seeds", "--config", cfg.toString(), "-o", dir.toString());
    assertThat(badConfig.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badConfig.err())
        .isEqualTo(
            "verso: "
                + cfg
                + ": unknown configuration key 'treads' (known: gates, metricOptions, metrics, threads)\n");

    // checked before the evaluation: no report, and an earlier one stays
    Path earlier = write(dir.resolve("kept/report.json"), "{}");
    TestFiles.Run badTest =
        verso("evaluate", "seeds", "--compare", "tt", "-o", dir.resolve("kept").toString());
    assertThat(badTest.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badTest.err()).isEqualTo("verso: --compare must be bs, ar or none, got 'tt'\n");
    assertThat(badTest.out()).isEmpty();
    assertThat(earlier).hasContent("{}");
    TestFiles.Run noSamples = verso("evaluate", "seeds", "--samples", "0", "-o", dir.toString());
    assertThat(noSamples.err()).isEqualTo("verso: --samples must be at least 1\n");

    Path src = write(dir.resolve("src.zh"), "一。\n二。\n");
    Path hyp = write(dir.resolve("hyp.en"), "One.\n");
    TestFiles.Run mismatch =
        verso("evaluate", "--source", src.toString(), "--system", "A=" + hyp, "-o", dir.toString());
    assertThat(mismatch.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(mismatch.err())
        .isEqualTo(
            "verso: "
                + hyp
                + " has 1 lines but "
                + src
                + " has 2; line-aligned files must have the same number of lines\n");
  }

  @Test
  void noReadableDocumentExitsTwoAndWritesNoReport() throws Exception {
    Path empty = TestFiles.writeBytes(dir.resolve("in/empty.txt"), new byte[0]);
    TestFiles.Run run =
        verso("evaluate", dir.resolve("in").toString(), "-o", dir.resolve("out").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "error: "
                + empty
                + ": file is empty\nverso: no document could be read; no report written\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void configFileChoosesMetricsAndOptions() throws Exception {
    Path cfg =
        write(
            dir.resolve("verso.json"),
            "{\"metrics\":[\"LENGTH_RATIO\"],\"metricOptions\":{\"LENGTH_RATIO\":{\"threshold\":1}},\"threads\":1}");
    TestFiles.Run run =
        verso(
            "evaluate",
            "seeds",
            "--config",
            cfg.toString(),
            "-o",
            dir.toString(),
            "--format",
            "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    var report = TestFiles.readJson(dir.resolve("report.json"));
    assertThat(report.get("metrics").get(0).get("signature").asText())
        .isEqualTo("LENGTH_RATIO|expectedRatio:3.32|sigma:0.21|threshold:1|version:0.1.0");
    var f = report.get("documents").get(0).get("systems").get(0).get("findings").get(0);
    assertThat(f.get("check").asText()).isEqualTo("TRANSLATION_TOO_LONG");
    assertThat(f.get("message").asText())
        .isEqualTo(
            "translation is 691 characters for a 150-character source: 4.61 per source character where about 3.32 is expected; it is likely to add content");
  }

  @Test
  void evaluatesLineAlignedFilesAsSegments() throws Exception {
    Path src = write(dir.resolve("src.zh"), "第一句。\n第二句。\n");
    Path a = write(dir.resolve("a.en"), "The first sentence.\nThe the second.\n");
    Path b = write(dir.resolve("b.en"), "First.\nSecond 句.\n");
    TestFiles.Run run =
        verso(
            "evaluate",
            "--source",
            src.toString(),
            "--system",
            "A=" + a,
            "--system",
            "B=" + b,
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json,console");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Evaluated 2 document(s), 4 system translation(s)");
    var report = TestFiles.readJson(dir.resolve("out/report.json"));
    assertThat(report.get("documents"))
        .extracting(d -> d.get("id").asText())
        .containsExactly("src:1", "src:2");
    assertThat(TestFiles.validateReport(dir.resolve("out/report.json"))).isEmpty();
    assertThat(Files.exists(dir.resolve("out/report.html"))).isFalse();
  }
}
