package dev.verso.report.xliff;

import static dev.verso.TestFiles.verso;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.core.MTag;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.its.IITSItem;
import net.sf.okapi.lib.xliff2.its.LocQualityIssue;
import net.sf.okapi.lib.xliff2.its.LocQualityIssues;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-18 acceptance run: XLIFF 1.2, XLIFF 2.0 and TMX evaluated together, findings written
 * back.
 */
class XliffWriteBackTest {
  @TempDir static Path dir;

  private static final Path EXAMPLES = TestFiles.projectDir().resolve("examples");
  private static TestFiles.Run run;

  /** One evaluation of the three example files, shared by the tests. */
  @BeforeAll
  static void evaluateExamples() {
    run =
        verso(
            "evaluate",
            EXAMPLES.resolve("bank-notice.xlf").toString(),
            EXAMPLES.resolve("forum-notice.xlf").toString(),
            EXAMPLES.resolve("city-site.tmx").toString(),
            "-o",
            dir.toString(),
            "--format",
            "json,xliff,mqm-tsv",
            "--threads",
            "1");
  }

  @Test
  void threeFormatsEvaluateInOneRunWithTheirSegmentsAsBeads() throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Wrote " + dir.resolve("xliff"))
        .contains("Wrote " + dir.resolve("mqm.tsv"));
    assertThat(TestFiles.validateReport(dir.resolve("report.json"))).isEmpty();
    var report = TestFiles.readJson(dir.resolve("report.json"));
    Map<String, List<String>> beads = new LinkedHashMap<>();
    for (var d : report.get("documents")) {
      List<String> types = new ArrayList<>();
      for (var b : d.get("systems").get(0).get("details").get("ALIGNMENT").get("beads")) {
        types.add(
            b.get("src").size() + "-" + b.get("tgt").size() + "@" + b.get("confidence").asDouble());
      }
      beads.put(d.get("id").asText(), types);
    }
    assertThat(beads)
        .containsExactly(
            Map.entry("bank-notice.txt", List.of("1-1@1.0", "1-1@1.0", "1-1@1.0")),
            Map.entry("city-site", List.of("1-1@1.0", "1-1@1.0", "1-1@1.0")),
            Map.entry("forum-notice.html", List.of("1-1@1.0", "1-1@1.0", "1-1@1.0", "1-1@1.0")));
  }

  @Test
  void plantedOmissionComesBackAsItsIssueOnItsUnitAndTheFileValidatesAndOkapiReadsIt()
      throws Exception {
    assertThat(run.exitCode()).isZero();
    Path written = dir.resolve("xliff/forum-notice.xlf");
    String original =
        Files.readString(EXAMPLES.resolve("forum-notice.xlf"), StandardCharsets.UTF_8);
    String out = Files.readString(written, StandardCharsets.UTF_8);

    // everything of the input is still there, in order: only insertions were made
    assertThat(isSubsequence(original, out)).isTrue();
    assertThat(out)
        .contains(
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh-CN\" trgLang=\"en\""
                + " xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\">");

    // valid against the XLIFF 2.0 core schema shipped in Okapi's jar, and Okapi's own full
    // validation
    URL xsd = XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    schema.newValidator().validate(new StreamSource(new StringReader(out)));
    XLIFFReader.validate(written.toFile());

    // Okapi reads the issues back: unit u3 (the planted omission: 明年, 上海, 第三届数字经济 dropped)
    Map<String, List<String>> issues = new LinkedHashMap<>();
    try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
      reader.open(written.toFile());
      while (reader.hasNext()) {
        Event e = reader.next();
        if (e.isUnit()) {
          Unit u = e.getUnit();
          List<String> found = new ArrayList<>();
          for (int p = 0; p < u.getPartCount(); p++) {
            collect(u.getPart(p).getSourceTags(), "source", found);
            collect(u.getPart(p).getTargetTags(), "target", found);
          }
          issues.put(u.getId(), found);
        }
      }
    }
    assertThat(issues.get("u3")).isNotEmpty().allMatch(s -> s.startsWith("source omission 70 "));
    assertThat(issues.get("u3"))
        .contains(
            "source omission 70 \"上海\" (person) is not found in its aligned translation [MISSING_NAME]");
    assertThat(issues.get("u3")).anyMatch(s -> s.endsWith("[OMITTED_CONTENT]"));
    assertThat(issues.get("u4")).isEmpty(); // untranslated (state initial): not an omission
  }

  private static void collect(
      net.sf.okapi.lib.xliff2.core.Tags tags, String side, List<String> out) {
    for (Tag t : tags) {
      if (t instanceof MTag m && t.getTagType() == TagType.OPENING && m.hasITSItem()) {
        IITSItem item = m.getITSItems().get(LocQualityIssue.class);
        List<LocQualityIssue> list =
            item instanceof LocQualityIssues g ? g.getList() : List.of((LocQualityIssue) item);
        for (LocQualityIssue q : list) {
          out.add(
              side + " " + q.getType() + " " + q.getSeverity().intValue() + " " + q.getComment());
        }
      }
    }
  }

  @Test
  void mqmTsvHasOneRowPerFindingWithSegmentSideAndCategory() throws Exception {
    assertThat(run.exitCode()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("mqm.tsv"), StandardCharsets.UTF_8);
    assertThat(rows.get(0))
        .isEqualTo(
            "system\tdocument\tsegment\tside\tstart\tend\ttext\tcategory\tseverity\tcheck\tmessage");
    assertThat(rows)
        .contains(
            "default\tforum-notice.html\tu3\tsource\t9\t11\t上海\tAccuracy/Omission\tMajor\tMISSING_NAME\t\"上海\" (person) is not found in its aligned translation");
    var report = TestFiles.readJson(dir.resolve("report.json"));
    int findings = 0;
    for (var d : report.get("documents")) {
      findings += d.get("systems").get(0).get("findings").size();
    }
    assertThat(rows).hasSize(findings + 1);
  }

  @Test
  void xliff12IssuesGoOnTheTransUnit() throws Exception {
    assertThat(run.exitCode()).isZero();
    String out = Files.readString(dir.resolve("xliff/bank-notice.xlf"), StandardCharsets.UTF_8);
    String original = Files.readString(EXAMPLES.resolve("bank-notice.xlf"), StandardCharsets.UTF_8);
    assertThat(isSubsequence(original, out)).isTrue();
    assertThat(out).contains("<trans-unit id=\"3\" its:locQualityIssuesRef=\"#verso-lqi-1\">");
    // Okapi's XLIFF 1.2 filter reads them back on that trans-unit
    assertThat(OkapiXliff12ReadBackTest.read(out))
        .containsExactly(
            Map.entry("1", List.of()),
            Map.entry("2", List.of()),
            Map.entry(
                "3",
                List.of(
                    "omission 40.0 \"下午\" (time) is not found in its aligned translation [MISSING_DATE]")),
            Map.entry("4", List.of()));
    assertThat(Files.exists(dir.resolve("xliff/city-site.tmx"))).isFalse();
  }

  @Test
  void malformedXliffIsReportedWithFileAndLineAndTheRestIsEvaluated() throws Exception {
    Path badFile =
        TestFiles.write(
            dir.resolve("in/broken.xlf"),
            "<xliff version=\"1.2\">\n<file original=\"a\" source-language=\"zh\">\n</xliff>\n");
    TestFiles.Run bad =
        verso(
            "evaluate",
            badFile.toString(),
            EXAMPLES.resolve("city-site.tmx").toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "json");
    assertThat(bad.exitCode()).isZero();
    assertThat(bad.err())
        .isEqualTo(
            "error: "
                + badFile
                + ":3: malformed XML: The element type \"file\" must be terminated by the matching end-tag \"</file>\".\n");
    assertThat(bad.err()).doesNotContain("Exception").doesNotContain("\tat ");
    var report = TestFiles.readJson(dir.resolve("out/report.json"));
    assertThat(report.get("documents").size()).isEqualTo(1);
  }

  @Test
  void twoSystemsWithTheSameOriginalAreOneDocumentAndEachFileGetsItsOwnFindings() throws Exception {
    String head =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh\" trgLang=\"en\">\n"
            + "<file id=\"f\" original=\"memo\">\n<unit id=\"1\">\n<segment state=\"translated\">\n"
            + "<source>会议决定，明年将在上海举办第三届数字经济论坛。</source>\n<target>";
    String tail = "</target>\n</segment>\n</unit>\n</file>\n</xliff>\n";
    Path a =
        TestFiles.write(
            dir.resolve("sys/a.xlf"),
            head
                + "The meeting decided that the third Digital Economy Forum will be held in Shanghai next year."
                + tail);
    Path b =
        TestFiles.write(
            dir.resolve("sys/b.xlf"), head + "The meeting decided to hold a forum." + tail);
    Path out = dir.resolve("two");
    TestFiles.Run two =
        verso(
            "evaluate",
            "--system",
            "A=" + a,
            "--system",
            "B=" + b,
            "-o",
            out.toString(),
            "--format",
            "json,xliff",
            "--metrics",
            "OMISSION",
            "--compare",
            "none",
            "--threads",
            "1");
    assertThat(two.exitCode()).as(two.err()).isZero();
    var report = TestFiles.readJson(out.resolve("report.json"));
    assertThat(report.get("documents").size()).isEqualTo(1);
    assertThat(report.get("documents").get(0).get("systems").size()).isEqualTo(2);
    String writtenA = Files.readString(out.resolve("xliff/a.xlf"), StandardCharsets.UTF_8);
    String writtenB = Files.readString(out.resolve("xliff/b.xlf"), StandardCharsets.UTF_8);
    assertThat(writtenA).doesNotContain("omission");
    assertThat(writtenB).contains("its:locQualityIssueType=\"omission\"");
  }

  static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }
}
