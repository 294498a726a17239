package dev.verso.cli;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static dev.verso.TestFiles.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.verso.TestFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs and mistakes that must end in a clear message and a complete report, never a stack trace.
 */
class HostileInputTest {
  @TempDir Path dir;

  /** {@code verso check IN --config CONFIG -o DIR/o EXTRA...}. */
  private TestFiles.Run check(Path in, Path config, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "check",
                in.toString(),
                "--config",
                config.toString(),
                "-o",
                dir.resolve("o").toString()));
    args.addAll(List.of(extra));
    return verso(args.toArray(String[]::new));
  }

  private static List<String> ids(JsonNode report) {
    List<String> ids = new ArrayList<>();
    report.get("documents").forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }

  private static List<String> errors(JsonNode report) {
    List<String> out = new ArrayList<>();
    report
        .get("errors")
        .forEach(
            e ->
                out.add(
                    e.get("level").asText()
                        + " "
                        + Path.of(e.get("file").asText()).getFileName()
                        + ":"
                        + e.get("line").asInt()
                        + " "
                        + e.get("message").asText()));
    return out;
  }

  @Test
  void aDirectoryOfHostileFilesRunsThroughAndKeepsEveryValidDocument() throws Exception {
    Path in = dir.resolve("in");
    writeBytes(
        in.resolve("bad.jsonl"),
        ("{\"id\":\"bad1\",\"translations\":{\"s\":\"Caf\u00e9 X.\"}}\n"
                + "{\"id\":\"good2\",\"translations\":{\"s\":\"A valid second document.\"}}\n")
            .getBytes(StandardCharsets.UTF_8));
    byte[] bad = Files.readAllBytes(in.resolve("bad.jsonl"));
    bad[37] = (byte) 0xFF; // the second byte of é
    writeBytes(in.resolve("bad.jsonl"), bad);
    write(
        in.resolve("deep.jsonl"),
        "[".repeat(5000)
            + "]".repeat(5000)
            + "\n{\"id\":\"deepok\",\"translations\":{\"s\":\"Fine.\"}}\n");
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    writeBytes(in.resolve("blob.bin"), binary);
    String record =
        "title: 商务部开展党建联学共建活动\nresulting_text: 商务部开展党建联学共建活动。\n"
            + "translated_title: MOFCOM holds a joint party-building event\n"
            + "translated_content: The Ministry of Commerce held a joint party-building event.\n";
    writeBytes(in.resolve("gb.txt"), record.getBytes(Charset.forName("GB18030")));
    byte[] u16 =
        ("\ufeffThe ministry held a meeting in Beijing.\n").getBytes(StandardCharsets.UTF_16LE);
    writeBytes(in.resolve("u16bom.txt"), u16);
    writeBytes(
        in.resolve("u16.txt"),
        "商务部开展活动。The ministry held an event.\n".getBytes(StandardCharsets.UTF_16LE));
    byte[] cut =
        "{\"id\":\"cut1\",\"translations\":{\"s\":\"Complete.\"}}\n{\"id\":\"cut2\",\"translations\":{\"s\":\"截断\"}}"
            .getBytes(StandardCharsets.UTF_8);
    int cutAt =
        "{\"id\":\"cut1\",\"translations\":{\"s\":\"Complete.\"}}\n{\"id\":\"cut2\",\"translations\":{\"s\":\"截"
                .getBytes(StandardCharsets.UTF_8)
                .length
            + 1;
    writeBytes(in.resolve("cut.jsonl"), java.util.Arrays.copyOf(cut, cutAt));
    write(in.resolve("notes.md"), "# notes\n");

    TestFiles.Run r =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json",
            "--metrics",
            "UNTRANSLATED,LENGTH_RATIO");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode report = TestFiles.readJson(dir.resolve("out/report.json"));
    assertThat(ids(report)).containsExactly("cut1", "deepok", "gb", "good2", "u16", "u16bom");
    assertThat(errors(report))
        .containsExactly(
            "error bad.jsonl:1 invalid UTF-8 at byte 37 (0xFF); save the file as UTF-8; this line was skipped",
            "error blob.bin:1 file contains a NUL byte at byte 0; it is not a text file",
            "error cut.jsonl:2 the file ends inside a UTF-8 character at byte "
                + (cutAt - 1)
                + " (truncated?); this line was skipped",
            "error deep.jsonl:1 invalid JSON: Document nesting depth (501) exceeds the maximum allowed (500, from `StreamReadConstraints.getMaxNestingDepth()`)",
            "warning gb.txt:1 file is not UTF-8; it was read as GB18030 (detected); save it as UTF-8 to be sure",
            "warning notes.md:0 skipped: files ending in .md in a directory are taken for reports, glossaries, archives or images, not documents; name the file itself to read it",
            "warning u16.txt:1 file is not UTF-8; it was read as UTF-16LE (detected); save it as UTF-8 to be sure",
            "warning u16bom.txt:1 file is UTF-16LE (byte-order mark); it was read as such");
    JsonNode gb = report.get("documents").get(2);
    // LENGTH_RATIO needs the source: the GB18030 original was read
    assertThat(gb.get("systems").get(0).get("scores").has("LENGTH_RATIO"))
        .as(gb.toString())
        .isTrue();
  }

  @Test
  void aHugeDocumentBecomesAnErrorAndItsNeighboursAreEvaluated() throws Exception {
    String huge = "商务部开展党建联学共建活动".repeat(8000);
    Path in =
        write(
            dir.resolve("c.jsonl"),
            "{\"id\":\"huge\",\"source\":{\"text\":\""
                + huge
                + "\"},\"translations\":{\"s\":\"The ministry held an event.\"}}\n"
                + "{\"id\":\"small\",\"source\":{\"text\":\"商务部开展活动。\"},\"translations\":{\"s\":\"The ministry held an event.\"}}\n");
    TestFiles.Run r =
        verso("evaluate", in.toString(), "-o", dir.resolve("out").toString(), "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode report = TestFiles.readJson(dir.resolve("out/report.json"));
    assertThat(ids(report)).containsExactly("small");
    assertThat(errors(report))
        .containsExactly(
            "error c.jsonl:1 document 'huge' not evaluated: field source has 104,000"
                + " characters, over the limit of 100,000 per field (split the document, or raise the limit with --max-field-chars)");
  }

  @Test
  void unwritableOutputsAreRefusedBeforeAnyWork() throws Exception {
    Path file = write(dir.resolve("a-file"), "x");
    Path in = write(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"translations\":{\"s\":\"Text.\"}}\n");
    TestFiles.Run r = verso("evaluate", in.toString(), "-o", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("verso: cannot write " + file + ": it is a file, not a directory\n");
    TestFiles.Run proc = verso("evaluate", in.toString(), "-o", "/proc/verso-out");
    assertThat(proc.exitCode()).isEqualTo(2);
    assertThat(proc.err()).startsWith("verso: cannot write /proc/verso-out: ");
    Path gates = write(dir.resolve("g.json"), "{\"gates\":{\"findings\":{\"major\":{\"max\":0}}}}");
    TestFiles.Run sarif = check(in, gates, "--sarif", file.resolve("x.sarif").toString());
    assertThat(sarif.exitCode()).isEqualTo(2);
    assertThat(sarif.err())
        .isEqualTo(
            "verso: cannot write "
                + file.resolve("x.sarif")
                + " (--sarif): "
                + file
                + " is a file, not a folder\n");
  }

  @Test
  void wrongTypedSuppressionsNameTheField() throws Exception {
    Path in = write(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"translations\":{\"s\":\"Text.\"}}\n");
    Path gates = write(dir.resolve("g.json"), "{\"gates\":{\"findings\":{\"major\":{\"max\":0}}}}");
    Path list = write(dir.resolve("s1.yaml"), "suppressions:\n  - check: [1, 2]\n");
    TestFiles.Run r = check(in, gates, "--suppressions", list.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("verso: " + list + ": suppressions[0].check must be a string, got a list\n");
    Path map = write(dir.resolve("s2.yaml"), "suppressions:\n  - id: {a: 1}\n");
    r = check(in, gates, "--suppressions", map.toString());
    assertThat(r.err())
        .isEqualTo("verso: " + map + ": suppressions[0].id must be a string, got a map\n");
    Path empty = write(dir.resolve("s3.yaml"), "suppressions:\n  - check: \"\"\n");
    r = check(in, gates, "--suppressions", empty.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "verso: "
                + empty
                + ": suppressions[0].check: '' is not a check id (check ids are UPPER_SNAKE, e.g. ACRONYM_DRIFT)\n");
  }

  @Test
  void aBaselineThatIsNotAReportAndAMisspeltSeverityFailTheGateSetup() throws Exception {
    Path in = write(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"translations\":{\"s\":\"Text.\"}}\n");
    Path gates =
        write(
            dir.resolve("g.json"),
            "{\"gates\":{\"regression\":{\"UNTRANSLATED\":{\"maxDrop\":0.01}}}}");
    Path nullCorpus =
        write(dir.resolve("b1.json"), "{\"schemaVersion\":\"1.0.0\",\"corpus\":null}");
    TestFiles.Run r = check(in, gates, "--baseline", nullCorpus.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "verso: "
                + nullCorpus
                + ": not a Verso report: field 'corpus.systems' is missing or not a list\n");
    Path strings =
        write(
            dir.resolve("b2.json"),
            "{\"schemaVersion\":\"1.0.0\",\"corpus\":{\"systems\":[{\"system\":\"s\",\"scores\":{\"UNTRANSLATED\":\"high\"}}]}}");
    r = check(in, gates, "--baseline", strings.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "verso: "
                + strings
                + ": field 'corpus.systems[0].scores.UNTRANSLATED' is not a number\n");
    Path majr = write(dir.resolve("g2.json"), "{\"gates\":{\"findings\":{\"majr\":{\"max\":0}}}}");
    r = check(in, majr);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "verso: "
                + majr
                + ": 'gates.findings.majr' is neither a severity (critical, major, minor, info)"
                + " nor a check id (check ids are UPPER_SNAKE, e.g. ACRONYM_DRIFT)\n");
  }

  @Test
  void controlCharactersInIdsAndSystemNamesNeverReachTheTerminal() throws Exception {
    Path in =
        write(
            dir.resolve("c.jsonl"),
            "{\"id\":\"a\\u001b]0;pwned\\u0007\",\"translations\":{\"s\\u001b[31m\":\"Hello world.\"}}\n");
    TestFiles.Run r = console(in);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).doesNotContain("\u001b").contains("s\\x1b[31m");
  }

  @Test
  void theConsoleTableStaysAlignedWithEscapedAndChineseSystemNames() throws Exception {
    Path in =
        write(
            dir.resolve("t.jsonl"),
            "{\"id\":\"a\",\"translations\":{\"s\\u001b[31m\":\"Hello world.\",\"系统\":\"Hello.\","
                + "\"plain\":\"Hi.\"}}\n");
    TestFiles.Run r = console(in, "--compare", "none");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // the score column starts in the same terminal cell on every row: "s\x1b[31m" is 9 cells, the
    // two Chinese characters 4
    assertThat(r.out())
        .contains("system     UNTRANSLATED\n")
        .contains("plain      1.0000\n")
        .contains("s\\x1b[31m  1.0000\n")
        .contains("系统       1.0000\n");
  }

  @Test
  void streamingPrintsTheRealCounts() throws Exception {
    Path in =
        write(
            dir.resolve("c.jsonl"),
            "{\"id\":\"a\",\"translations\":{\"s\":\"The the report.\"}}\n"
                + "{\"id\":\"b\",\"translations\":{\"s\":\"Clean text.\"}}\n");
    TestFiles.Run r =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o").toString(),
            "--stream",
            "--metrics",
            "DUPLICATION");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Evaluated 2 document(s), 2 system translation(s)")
        .contains("Findings: critical 0 major 0 minor 1 info 0");
  }

  @Test
  void aFailedRunLeavesNoEarlierReportThatLooksCurrent() throws Exception {
    Path out = dir.resolve("out");
    Path good =
        write(dir.resolve("good.jsonl"), "{\"id\":\"a\",\"translations\":{\"s\":\"Text.\"}}\n");
    assertThat(
            verso("evaluate", good.toString(), "-o", out.toString(), "--metrics", "UNTRANSLATED")
                .exitCode())
        .isZero();
    assertThat(out.resolve("report.json")).exists();
    assertThat(out.resolve("report.html")).exists();
    Path bad = write(dir.resolve("bad.jsonl"), "{\"id\":\n");
    TestFiles.Run r =
        verso("evaluate", bad.toString(), "-o", out.toString(), "--metrics", "UNTRANSLATED");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("verso: no document could be read; no report written");
    try (var files = Files.list(out)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void aKeyGivenTwiceInAConfigurationIsRejected() throws Exception {
    Path in = write(dir.resolve("c.jsonl"), "{\"id\":\"a\",\"translations\":{\"s\":\"Text.\"}}\n");
    Path json =
        write(
            dir.resolve("dup.json"),
            "{\"metrics\":[\"UNTRANSLATED\"],\"metrics\":[\"DUPLICATION\"]}");
    TestFiles.Run r =
        verso(
            "evaluate",
            in.toString(),
            "--config",
            json.toString(),
            "-o",
            dir.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("verso: " + json + ": invalid JSON: Duplicate Object property \"metrics\"\n");
    Path yaml = write(dir.resolve("dup.yaml"), "metrics: [UNTRANSLATED]\nmetrics: [DUPLICATION]\n");
    r =
        verso(
            "evaluate",
            in.toString(),
            "--config",
            yaml.toString(),
            "-o",
            dir.resolve("o").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("verso: " + yaml + ": invalid YAML: Duplicate Object property \"metrics\"\n");
  }

  @Test
  void scoreNamesTheFileLineAndByteOfABadReference() throws Exception {
    Path ref =
        writeBytes(
            dir.resolve("ref.en"), new byte[] {'a', ' ', 'b', '\n', (byte) 0xFF, ' ', 'c', '\n'});
    Path sys = write(dir.resolve("sys.en"), "a b\nc d\n");
    TestFiles.Run r = verso("score", "-r", ref.toString(), "-i", sys.toString(), "-m", "bleu");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "verso: " + ref + ":2: invalid UTF-8 at byte 4 (0xFF); save the file as UTF-8\n");
    Path shortRef = write(dir.resolve("short.en"), "a b\n");
    r = verso("score", "-r", shortRef.toString(), "-i", sys.toString(), "-m", "bleu");
    assertThat(r.err())
        .isEqualTo(
            "verso: System and reference streams have different lengths (2 vs 1 lines in "
                + shortRef
                + ").\n");
  }

  @Test
  void aRepeatedIdThatAlsoBringsANewSystemKeepsTheNewSystem() throws Exception {
    Path in =
        write(
            dir.resolve("c.jsonl"),
            "{\"id\":\"a\",\"translations\":{\"s1\":\"One.\"}}\n"
                + "{\"id\":\"a\",\"translations\":{\"s1\":\"Again.\",\"s2\":\"Two.\"}}\n");
    TestFiles.Run r =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("o").toString(),
            "--format",
            "json",
            "--metrics",
            "UNTRANSLATED");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode report = TestFiles.readJson(dir.resolve("o/report.json"));
    assertThat(report.get("documents").get(0).get("systems").size()).isEqualTo(2);
    assertThat(errors(report))
        .containsExactly(
            "error c.jsonl:2 duplicate document id 'a' (first seen at "
                + in
                + ":1): system 's1' is given twice for document 'a'; its other system(s) s2 were kept");
  }

  @Test
  void alignJsonlReportsABadLineAndAlignsTheOthers() throws Exception {
    byte[] bad = "{\"src\":[\"x\"],\"tgt\":[\"b\"]}\n".getBytes(StandardCharsets.UTF_8);
    bad[9] = (byte) 0xFF;
    byte[] good =
        "{\"src\":[\"商务部开展活动。\"],\"tgt\":[\"The ministry held an event.\"]}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, both, 0, bad.length);
    System.arraycopy(good, 0, both, bad.length, good.length);
    Path in = writeBytes(dir.resolve("a.jsonl"), both);
    TestFiles.Run r = verso("align", "--jsonl", in.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "verso: "
                + in
                + ":1: invalid UTF-8 at byte 9 (0xFF); save the file as UTF-8; this line was skipped\n");
    assertThat(r.out())
        .isEqualTo(
            "{\"src\":[\"商务部开展活动。\"],\"tgt\":[\"The ministry held an event.\"],\"beads\":[[[0],[0]]]}\n");
  }

  /** {@code verso evaluate} of UNTRANSLATED with the console report only. */
  private TestFiles.Run console(Path in, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                in.toString(),
                "-o",
                dir.resolve("o").toString(),
                "--format",
                "console",
                "--metrics",
                "UNTRANSLATED"));
    args.addAll(List.of(more));
    return verso(args.toArray(String[]::new));
  }
}
