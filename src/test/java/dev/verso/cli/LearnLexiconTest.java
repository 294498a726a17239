package dev.verso.cli;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verso.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --learn-lexicon}: the first pass, its file, and what COVERAGE makes of it. */
class LearnLexiconTest {
  @TempDir Path dir;

  /** Three sentences where CC-CEDICT's "ruins" for 废墟 is rendered as "rubble". */
  private static final String CORPUS =
      "{\"id\":\"1\",\"source\":{\"lang\":\"zh\",\"text\":\"地震把整座城市变成了一片废墟。\"},"
          + "\"translations\":{\"A\":{\"text\":\"The earthquake turned the whole city into rubble.\"}}}\n"
          + "{\"id\":\"2\",\"source\":{\"lang\":\"zh\",\"text\":\"救援人员在废墟中寻找幸存者。\"},"
          + "\"translations\":{\"A\":{\"text\":\"Rescuers searched the rubble for survivors.\"}}}\n"
          + "{\"id\":\"3\",\"source\":{\"lang\":\"zh\",\"text\":\"这座古老的寺庙只剩下废墟。\"},"
          + "\"translations\":{\"A\":{\"text\":\"Only rubble remains of this ancient temple.\"}}}\n";

  /** {@code verso evaluate IN -o OUT --metrics COVERAGE --format json --no-progress EXTRA...}. */
  private static TestFiles.Run coverage(Path in, Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                in.toString(),
                "-o",
                out.toString(),
                "--metrics",
                "COVERAGE",
                "--format",
                "json",
                "--no-progress"));
    args.addAll(List.of(extra));
    return verso(args.toArray(String[]::new));
  }

  /** The {@code learnt} spans of document {@code doc}'s first bead in OUT's report, as JSON. */
  private static String learnt(Path out, int doc) throws Exception {
    return new ObjectMapper()
        .readTree(out.resolve("report.json").toFile())
        .at("/documents/" + doc + "/systems/0/details/COVERAGE/beads/0/learnt")
        .toString();
  }

  @Test
  void learnsFromTheInputsWritesTheLexiconAndCoverageCountsIt() throws Exception {
    Path in = write(dir.resolve("c.jsonl"), CORPUS);
    Path out = dir.resolve("out");
    TestFiles.Run run = coverage(in, out, "--learn-lexicon");
    assertThat(run.exitCode()).isZero();
    Path lexicon = out.resolve("learnt-lexicon.tsv");
    assertThat(run.err())
        .isEqualTo(
            "verso: learnt 2 renderings from 3 sentence pairs of 3 documents; wrote "
                + lexicon
                + "\n");
    assertThat(Files.readString(lexicon))
        .isEqualTo(
            "source\ttarget\tprobability\tpairs\n"
                + "废墟\trubbl\t0.8007\t3\n"
                + "座\trubbl\t0.4015\t2\n");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(report.at("/configuration/metricOptions/COVERAGE/lexicon").asText())
        .isEqualTo(lexicon.toString());
    assertThat(report.at("/configuration/metricOptions/OMISSION").isMissingNode()).isTrue();
    // 废墟 is the likelier source of "rubble" wherever 座 stands beside it
    assertThat(learnt(out, 0)).isEqualTo("[[12,14]]");
    assertThat(learnt(out, 1)).isEqualTo("[[5,7]]");
    assertThat(learnt(out, 2)).isEqualTo("[[10,12]]");
    assertThat(report.at("/documents/0/systems/0/scores/COVERAGE").asDouble()).isEqualTo(5.0 / 6.0);

    // the lexicon can be reused (as Spark runs use one): a later run reading it leaves it in place
    TestFiles.Run reuse = coverage(in, out, "-O", "COVERAGE.lexicon=" + lexicon);
    assertThat(reuse.exitCode()).as(reuse.err()).isZero();
    assertThat(lexicon).exists();
    assertThat(learnt(out, 1)).isEqualTo("[[5,7]]");

    // a copy an editor saved with a byte-order mark and CRLF line ends reads the same
    Path edited =
        write(
            dir.resolve("edited.tsv"), "\uFEFF" + Files.readString(lexicon).replace("\n", "\r\n"));
    Path other = dir.resolve("other");
    TestFiles.Run fromEdited = coverage(in, other, "-O", "COVERAGE.lexicon=" + edited);
    assertThat(fromEdited.exitCode()).as(fromEdited.err()).isZero();
    assertThat(learnt(other, 1)).isEqualTo("[[5,7]]");
  }

  @Test
  void theLexiconAndTheReportAreTheSameWhateverTheThreadCount() throws Exception {
    Path in = write(dir.resolve("c.jsonl"), CORPUS + CORPUS.replace("\"id\":\"", "\"id\":\"b"));
    for (String threads : new String[] {"1", "2"}) {
      assertThat(
              verso(
                      "evaluate",
                      in.toString(),
                      "-o",
                      dir.resolve("t" + threads).toString(),
                      "--learn-lexicon",
                      "--threads",
                      threads,
                      "--format",
                      "json",
                      "--no-progress")
                  .exitCode())
          .isZero();
    }
    assertThat(Files.readString(dir.resolve("t1/learnt-lexicon.tsv")))
        .isEqualTo(Files.readString(dir.resolve("t2/learnt-lexicon.tsv")));
    assertThat(
            Files.readString(dir.resolve("t1/report.json"))
                .replace(dir.resolve("t1").toString(), "OUT"))
        .isEqualTo(
            Files.readString(dir.resolve("t2/report.json"))
                .replace(dir.resolve("t2").toString(), "OUT"));
  }

  @Test
  void aLexiconRewrittenAtTheSamePathIsReadAgain() throws Exception {
    Path out = dir.resolve("out");
    Path rubble = write(dir.resolve("rubble.jsonl"), CORPUS);
    Path debris = write(dir.resolve("debris.jsonl"), CORPUS.replace("rubble", "debris"));
    for (Path in : new Path[] {rubble, debris}) {
      TestFiles.Run run = coverage(in, out, "--learn-lexicon");
      assertThat(run.exitCode()).as(run.err()).isZero();
      // the same path, the same process: the second run scores with the second lexicon
      String word = in == rubble ? "rubbl" : "debri";
      assertThat(Files.readString(out.resolve("learnt-lexicon.tsv")))
          .contains("废墟\t" + word + "\t");
      assertThat(learnt(out, 1)).isEqualTo("[[5,7]]");
    }
  }

  @Test
  void learningAndALexiconOptionTogetherAreAUsageErrorAndAFailedRunLeavesNothing()
      throws Exception {
    Path in = write(dir.resolve("c.jsonl"), CORPUS);
    TestFiles.Run both =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o").toString(),
            "--learn-lexicon",
            "-O",
            "OMISSION.lexicon=x.tsv");
    assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(both.err())
        .isEqualTo("verso: metric OMISSION: option lexicon: x.tsv: no such file\n");
    Path lexicon = write(dir.resolve("l.tsv"), "source\ttarget\tprobability\tpairs\n");
    TestFiles.Run twice =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o").toString(),
            "--learn-lexicon",
            "-O",
            "OMISSION.lexicon=" + lexicon);
    assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(twice.err())
        .isEqualTo(
            "verso: --learn-lexicon sets option lexicon of COVERAGE and OMISSION; give either it or"
                + " OMISSION.lexicon, not both\n");
    assertThat(dir.resolve("o")).doesNotExist();

    // nothing readable: no report, no lexicon, no folder
    Path bad = write(dir.resolve("bad.jsonl"), "{\"id\": \"x\", \"translations\": \n");
    TestFiles.Run none =
        verso(
            "evaluate",
            bad.toString(),
            "-o",
            dir.resolve("n").toString(),
            "--learn-lexicon",
            "--no-progress");
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(dir.resolve("n")).doesNotExist();
    for (String mode : new String[] {"--stream", "--format=xliff"}) {
      TestFiles.Run other =
          verso(
              "evaluate",
              bad.toString(),
              "-o",
              dir.resolve("m").toString(),
              "--learn-lexicon",
              mode,
              "--no-progress");
      assertThat(other.exitCode()).as(mode).isEqualTo(ExitCodes.USAGE);
      assertThat(dir.resolve("m").resolve("learnt-lexicon.tsv")).as(mode).doesNotExist();
    }
  }

  @Test
  void aMissingOrMalformedLexiconIsAUsageError() throws Exception {
    Path in = write(dir.resolve("c.jsonl"), CORPUS);
    Path missing = dir.resolve("none.tsv");
    TestFiles.Run run =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o").toString(),
            "-O",
            "COVERAGE.lexicon=" + missing);
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo("verso: metric COVERAGE: option lexicon: " + missing + ": no such file\n");
    Path bad = write(dir.resolve("bad.tsv"), "source\ttarget\tprobability\tpairs\n废墟\trubbl\n");
    TestFiles.Run malformed =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o").toString(),
            "-O",
            "OMISSION.lexicon=" + bad);
    assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(malformed.err())
        .isEqualTo(
            "verso: metric OMISSION: option lexicon: "
                + bad
                + ":2: expected 4 tab-separated fields, got 2\n");
  }
}
