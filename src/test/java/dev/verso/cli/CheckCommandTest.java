package dev.verso.cli;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.verso.TestFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckCommandTest {
  @TempDir Path dir;

  private Path corpus() throws Exception {
    // Two documents: one clean, one with a repeated phrase (major) and a repeated word (minor).
    write(dir.resolve("in/clean.txt"), "The ministry held a meeting on Monday.\n");
    write(
        dir.resolve("in/stutter.txt"),
        "Intro line.\nThey strive to be an example, strive to be an example.\nThe the end.\n");
    return dir.resolve("in");
  }

  private Path config(String gates) throws Exception {
    return write(
        dir.resolve("verso.json"),
        "{\"metrics\":[\"DUPLICATION\",\"UNTRANSLATED\"],\"gates\":" + gates + "}");
  }

  private TestFiles.Run check(String... extra) throws Exception {
    String[] base = {
      "check",
      corpus().toString(),
      "-o",
      dir.resolve("out").toString(),
      "--format",
      "json",
      "--config",
      dir.resolve("verso.json").toString()
    };
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return verso(all);
  }

  @Test
  void passesWhenEveryGateHolds() throws Exception {
    config(
        "{\"scores\":{\"UNTRANSLATED\":{\"min\":1.0}},\"findings\":{\"critical\":{\"max\":0},\"REPEATED_PHRASE\":{\"max\":2}}}");
    TestFiles.Run run = check();
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "PASS scores.UNTRANSLATED.min [default]: UNTRANSLATED of system default is 1.0000, within min 1.0000")
        .contains(
            "PASS findings.REPEATED_PHRASE.max [default]: system default has 2 REPEATED_PHRASE findings, within max 2")
        .contains("Quality gate passed (3 check(s)).");
  }

  @Test
  void failsOnAScoreBelowItsMinimumAndNamesTheWorstDocuments() throws Exception {
    config("{\"scores\":{\"DUPLICATION\":{\"min\":0.99}}}");
    TestFiles.Run run = check();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    // 6 repeated words of 7 + 16 words: 1 - 6/23 over the corpus, 1 - 6/16 for the stuttering
    // document
    assertThat(run.out())
        .contains(
            "FAIL scores.DUPLICATION.min [default]: DUPLICATION of system default is 0.7391, below min 0.9900 by 0.2509")
        .contains("     stutter: DUPLICATION 0.6250\n")
        .doesNotContain("clean: DUPLICATION")
        .contains("Quality gate FAILED: 1 of 1 check(s) failed.");
  }

  @Test
  void failsOnTooManyFindingsOfASeverityOrCheck() throws Exception {
    config("{\"findings\":{\"major\":{\"max\":0},\"REPEATED_PHRASE\":{\"max\":5}}}");
    TestFiles.Run run = check();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    Path stutter = dir.resolve("in/stutter.txt");
    assertThat(run.out())
        .contains(
            "FAIL findings.major.max [default]: system default has 1 major findings, above max 0 by 1")
        .contains(
            "     stutter: 1 (first: "
                + stutter
                + ":2:31 REPEATED_PHRASE \"strive to be an example\")")
        .contains("PASS findings.REPEATED_PHRASE.max [default]");
  }

  @Test
  void streamingCheckGivesTheSameVerdictsAsTheInMemoryOne() throws Exception {
    config(
        "{\"scores\":{\"DUPLICATION\":{\"min\":0.99},\"UNTRANSLATED\":{\"min\":1.0}},"
            + "\"findings\":{\"major\":{\"max\":0},\"REPEATED_PHRASE\":{\"max\":5}},\"regression\":{\"DUPLICATION\":{\"maxDrop\":0.01}}}");
    write(
        dir.resolve("old/report.json"),
        "{\"corpus\":{\"systems\":[{\"system\":\"default\",\"scores\":{\"DUPLICATION\":0.95}}]},"
            + "\"documents\":[{\"id\":\"stutter\",\"systems\":[{\"system\":\"default\",\"scores\":{\"DUPLICATION\":0.9}}]}]}");
    String baseline = dir.resolve("old/report.json").toString();
    TestFiles.Run inMemory = check("--baseline", baseline);
    TestFiles.Run streamed = check("--baseline", baseline, "--stream");
    assertThat(streamed.exitCode()).as(streamed.err()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(inMemory.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    String verdicts = gateLines(inMemory.out());
    assertThat(gateLines(streamed.out())).isEqualTo(verdicts);
    assertThat(verdicts)
        .contains(
            "FAIL scores.DUPLICATION.min [default]: DUPLICATION of system default is 0.7391, below min 0.9900 by 0.2509\n"
                + "     stutter: DUPLICATION 0.6250\n")
        .contains(
            "FAIL regression.DUPLICATION.maxDrop [default]: DUPLICATION of system default went from 0.9500 to 0.7391")
        .contains("     stutter: DUPLICATION 0.9000 -> 0.6250\n")
        .contains("Quality gate FAILED: 3 of 5 check(s) failed.");
    assertThat(Files.exists(dir.resolve("out/report.jsonl"))).isTrue();
    TestFiles.Run sarifStream = check("--stream", "--sarif", dir.resolve("x.sarif").toString());
    assertThat(sarifStream.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(sarifStream.err())
        .isEqualTo(
            "verso: --sarif, --junit and --github list every finding and are not available with --stream; the gates themselves are\n");
  }

  private static String gateLines(String out) {
    StringBuilder b = new StringBuilder();
    for (String line : out.split("\n")) {
      if (line.startsWith("PASS ")
          || line.startsWith("FAIL ")
          || line.startsWith("     ")
          || line.startsWith("Quality gate")) {
        b.append(line).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void failsOnARegressionAgainstABaselineReport() throws Exception {
    config("{\"regression\":{\"DUPLICATION\":{\"maxDrop\":0.01}}}");
    write(
        dir.resolve("old/report.json"),
        "{\"corpus\":{\"systems\":[{\"system\":\"default\",\"scores\":{\"DUPLICATION\":0.95}}]},"
            + "\"documents\":[{\"id\":\"stutter\",\"systems\":[{\"system\":\"default\",\"scores\":{\"DUPLICATION\":0.9}}]}]}");
    TestFiles.Run noBase = check();
    assertThat(noBase.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noBase.err())
        .isEqualTo("verso: the regression gates need --baseline OLD_REPORT.json\n");
    TestFiles.Run run = check("--baseline", dir.resolve("old/report.json").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(run.out())
        .contains(
            "FAIL regression.DUPLICATION.maxDrop [default]: DUPLICATION of system default went from 0.9500 to 0.7391: worse by 0.2109, above maxDrop 0.0100")
        .contains("     stutter: DUPLICATION 0.9000 -> 0.6250");
  }

  @Test
  void suppressedFindingsDoNotCountAndAreMarked() throws Exception {
    config("{\"findings\":{\"major\":{\"max\":0},\"minor\":{\"max\":0}}}");
    Path sup =
        write(
            dir.resolve("suppressions.yaml"),
            "suppressions:\n  - check: REPEATED_PHRASE\n    document: stutter\n    text: strive to be an example\n    reason: quoted slogan\n");
    TestFiles.Run partly = check("--suppressions", sup.toString());
    assertThat(partly.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(partly.out())
        .contains("PASS findings.major.max")
        .contains("FAIL findings.minor.max")
        .contains("1 finding(s) suppressed by " + sup);
    JsonNode report = TestFiles.readJson(dir.resolve("out/report.json"));
    JsonNode findings = report.get("documents").get(1).get("systems").get(0).get("findings");
    assertThat(findings)
        .extracting(f -> f.get("text").asText() + "=" + f.get("suppressed").asBoolean())
        .containsExactly("strive to be an example=true", "the=false");
    String minorId = findings.get(1).get("id").asText();
    write(
        sup,
        "suppressions:\n  - check: REPEATED_PHRASE\n    document: stutter\n    text: strive to be an example\n  - id: \""
            + minorId
            + "\"\n");
    TestFiles.Run all = check("--suppressions", sup.toString());
    assertThat(all.exitCode()).as(all.out()).isZero();
    write(sup, "suppressions:\n  - chek: X\n");
    TestFiles.Run bad = check("--suppressions", sup.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err())
        .isEqualTo(
            "verso: "
                + sup
                + ": suppressions[0]: unknown key 'chek' (known: check, document, id, reason, text)\n");
  }

  @Test
  void rejectsUnknownGateKeysAndMissingGates() throws Exception {
    config("{\"score\":{}}");
    TestFiles.Run run = check();
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "verso: "
                + dir.resolve("verso.json")
                + ": unknown gates section 'score' (known: findings, regression, scores)\n");
    config("{\"scores\":{\"COVERAGE\":{\"min\":0.9}}}");
    TestFiles.Run unknownMetric = check();
    assertThat(unknownMetric.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknownMetric.err())
        .contains(
            "gates.scores names metric COVERAGE, which this run does not compute (run: DUPLICATION, UNTRANSLATED)");
    write(dir.resolve("verso.json"), "{\"metrics\":[\"DUPLICATION\"]}");
    assertThat(check().err())
        .startsWith("verso: no quality gates: give --config FILE with a \"gates\" section");
  }

  @Test
  void writesValidSarifJunitAndGithubAnnotations() throws Exception {
    config("{\"findings\":{\"major\":{\"max\":0}}}");
    Path sarif = dir.resolve("ci/verso.sarif");
    Path junit = dir.resolve("ci/junit.xml");
    TestFiles.Run run = check("--sarif", sarif.toString(), "--junit", junit.toString(), "--github");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.GATE_FAILED);
    Path stutter = dir.resolve("in/stutter.txt");
    assertThat(run.out())
        .contains(
            "::error file="
                + stutter.toString().replace(":", "%3A")
                + ",line=2,col=31,title=REPEATED_PHRASE (stutter%2C default)::\"strive to be an example\" is repeated")
        .contains(
            "::warning file="
                + stutter
                + ",line=3,col=5,title=REPEATED_PHRASE (stutter%2C default)::\"The\" is repeated")
        .contains(
            "::error title=quality gate findings.major.max::system default has 1 major findings, above max 0 by 1");

    JsonNode log = new ObjectMapper().readTree(sarif.toFile());
    try (InputStream schema = getClass().getResourceAsStream("/schemas/sarif-2.1.0.json")) {
      var v =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema).validate(log);
      assertThat(v).isEmpty();
    }
    JsonNode first = log.get("runs").get(0).get("results").get(0);
    assertThat(first.get("ruleId").asText()).isEqualTo("REPEATED_PHRASE");
    assertThat(first.get("level").asText()).isEqualTo("error");
    JsonNode region = first.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(2);
    assertThat(region.get("startColumn").asInt()).isEqualTo(31);
    assertThat(
            first
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .isEqualTo(stutter.toUri().toString());

    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("3");
    assertThat(suites.getAttribute("failures")).isEqualTo("2");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    assertThat(((Element) cases.item(0)).getAttribute("name"))
        .isEqualTo("findings.major.max [default]");
    assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("clean [default]");
    assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isZero();
    Element stutterCase = (Element) cases.item(2);
    assertThat(stutterCase.getAttribute("name")).isEqualTo("stutter [default]");
    assertThat(stutterCase.getElementsByTagName("failure").item(0).getTextContent())
        .contains(stutter + ":2:31 major REPEATED_PHRASE: \"strive to be an example\" is repeated");
  }
}
