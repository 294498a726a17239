package dev.verso.report.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import dev.verso.io.xliff.BitextFile;
import dev.verso.io.xliff.BitextReader;
import dev.verso.io.xliff.BitextSegment;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XliffAnnotatorTest {
  @TempDir Path dir;

  private BitextFile read(String name, String xml) throws Exception {
    Path f = TestFiles.write(dir.resolve(name), xml);
    List<dev.verso.model.InputProblem> problems = new ArrayList<>();
    BitextFile file = BitextReader.parse(f, name, "x", null, problems);
    assertThat(problems).isEmpty();
    return file;
  }

  private static final String HEAD2 =
      "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh\" trgLang=\"en\">\n"
          + "<file id=\"f\">\n<unit id=\"1\">\n<segment>\n<source>按<pc id=\"1\">红色</pc>按钮。</source>\n";

  @Test
  void spansThatCrossInlineTagsWidenToWholeElementsAndOverlapsShareAStandoffGroup()
      throws Exception {
    BitextFile f =
        read(
            "a.xlf",
            HEAD2
                + "<target>Press <pc id=\"1\">the red</pc> button &amp; now.</target>\n</segment>\n</unit>\n</file>\n</xliff>\n");
    BitextSegment s = f.documents().get(0).segments().get(0);
    assertThat(s.target().text()).isEqualTo("Press the red button & now.");
    XliffAnnotator a = new XliffAnnotator(f);
    a.add(s, true, 10, 20, new ItsIssue("mistranslation", "red button", Severity.MAJOR));
    a.add(s, true, 21, 22, new ItsIssue("characters", "a <b> & \"c\"", Severity.INFO));
    a.add(s, true, 0, 5, new ItsIssue("omission", "one", Severity.CRITICAL));
    a.add(s, true, 2, 5, new ItsIssue("addition", "two", Severity.MINOR));
    String out = a.write();
    assertThat(out)
        .isEqualTo(
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh\" trgLang=\"en\""
                + " xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\">\n"
                + "<file id=\"f\">\n<unit id=\"1\">\n"
                + "<its:locQualityIssues xml:id=\"verso-lqi-1\">\n"
                + "  <its:locQualityIssue locQualityIssueType=\"omission\" locQualityIssueComment=\"one\" locQualityIssueSeverity=\"100\"/>\n"
                + "  <its:locQualityIssue locQualityIssueType=\"addition\" locQualityIssueComment=\"two\" locQualityIssueSeverity=\"40\"/>\n"
                + "</its:locQualityIssues>\n"
                + "<segment>\n<source>按<pc id=\"1\">红色</pc>按钮。</source>\n"
                + "<target><mrk id=\"verso1\" type=\"its:any\" its:locQualityIssuesRef=\"#its=verso-lqi-1\">Press</mrk> "
                + "<mrk id=\"verso2\" type=\"its:any\" its:locQualityIssueType=\"mistranslation\" its:locQualityIssueComment=\"red button\" its:locQualityIssueSeverity=\"70\">"
                + "<pc id=\"1\">the red</pc> button</mrk> "
                + "<mrk id=\"verso3\" type=\"its:any\" its:locQualityIssueType=\"characters\" its:locQualityIssueComment=\"a &lt;b&gt; &amp; &quot;c&quot;\" its:locQualityIssueSeverity=\"10\">&amp;</mrk>"
                + " now.</target>\n</segment>\n</unit>\n</file>\n</xliff>\n");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(XLIFFReader.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"))
        .newValidator()
        .validate(new StreamSource(new StringReader(out)));
    XLIFFReader.validate(out, null);
  }

  @Test
  void anEmptySpanMarksTheWholeSegment() throws Exception {
    BitextFile f =
        read(
            "b.xlf",
            HEAD2
                + "<target>Press the red button.</target>\n</segment>\n</unit>\n</file>\n</xliff>\n");
    XliffAnnotator a = new XliffAnnotator(f);
    a.add(
        f.documents().get(0).segments().get(0),
        true,
        0,
        0,
        new ItsIssue("length", "short", Severity.MINOR));
    assertThat(a.write())
        .contains(
            "<target><mrk id=\"verso1\" type=\"its:any\" its:locQualityIssueType=\"length\""
                + " its:locQualityIssueComment=\"short\" its:locQualityIssueSeverity=\"40\">Press the red button.</mrk></target>");
  }

  @Test
  void xliff12IssuesGoOnTheTransUnitAsAStandoffGroup() throws Exception {
    BitextFile f =
        read(
            "c.xlf",
            "<?xml version=\"1.0\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "  <file original=\"o\" source-language=\"zh\" target-language=\"en\" datatype=\"plaintext\">\n    <body>\n"
                + "      <trans-unit id=\"t1\">\n        <source>你好。</source>\n        <target>Hello.</target>\n      </trans-unit>\n"
                + "      <trans-unit id=\"t2\">\n        <source>再见。</source>\n        <target>Bye.</target>\n      </trans-unit>\n"
                + "    </body>\n  </file>\n</xliff>\n");
    XliffAnnotator a = new XliffAnnotator(f);
    BitextSegment t1 = f.documents().get(0).segments().get(0);
    BitextSegment t2 = f.documents().get(0).segments().get(1);
    a.add(t1, false, 0, 2, new ItsIssue(IssueType.OMISSION.id(), "o", Severity.MAJOR));
    a.add(t1, true, 0, 5, new ItsIssue(IssueType.STYLE.id(), "s", Severity.MINOR));
    a.add(t2, true, 0, 3, new ItsIssue(IssueType.TERMINOLOGY.id(), "t", Severity.MINOR));
    assertThat(a.write())
        .isEqualTo(
            "<?xml version=\"1.0\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" xmlns:its=\"http://www.w3.org/2005/11/its\" its:version=\"2.0\">\n"
                + "  <file original=\"o\" source-language=\"zh\" target-language=\"en\" datatype=\"plaintext\">\n    <body>\n"
                + "      <trans-unit id=\"t1\" its:locQualityIssuesRef=\"#verso-lqi-1\">\n        <source>你好。</source>\n        <target>Hello.</target>\n"
                + "        <its:locQualityIssues xml:id=\"verso-lqi-1\">\n"
                + "          <its:locQualityIssue locQualityIssueType=\"omission\" locQualityIssueComment=\"o\" locQualityIssueSeverity=\"70\"/>\n"
                + "          <its:locQualityIssue locQualityIssueType=\"style\" locQualityIssueComment=\"s\" locQualityIssueSeverity=\"40\"/>\n"
                + "        </its:locQualityIssues>\n"
                + "      </trans-unit>\n"
                + "      <trans-unit id=\"t2\" its:locQualityIssuesRef=\"#verso-lqi-2\">\n"
                + "        <source>再见。</source>\n        <target>Bye.</target>\n"
                + "        <its:locQualityIssues xml:id=\"verso-lqi-2\">\n"
                + "          <its:locQualityIssue locQualityIssueType=\"terminology\" locQualityIssueComment=\"t\" locQualityIssueSeverity=\"40\"/>\n"
                + "        </its:locQualityIssues>\n"
                + "      </trans-unit>\n"
                + "    </body>\n  </file>\n</xliff>\n");
  }

  @Test
  void aFileWithoutIssuesIsWrittenUnchanged() throws Exception {
    String xml =
        HEAD2 + "<target>Press the red button.</target>\n</segment>\n</unit>\n</file>\n</xliff>\n";
    assertThat(new XliffAnnotator(read("d.xlf", xml)).write()).isEqualTo(xml);
  }

  @Test
  void mapsIssueTypesToMqmCategories() {
    assertThat(MqmTsvReporter.category(IssueType.OMISSION, "OMITTED_CONTENT"))
        .isEqualTo("Accuracy/Omission");
    assertThat(MqmTsvReporter.category(IssueType.TERMINOLOGY, "ACRONYM_DRIFT"))
        .isEqualTo("Terminology/Inconsistent");
    assertThat(MqmTsvReporter.category(IssueType.TERMINOLOGY, "TERM_NOT_APPLIED"))
        .isEqualTo("Terminology/Inappropriate for context");
    assertThat(MqmTsvReporter.category(IssueType.INCONSISTENCY, "INCONSISTENT_TERM"))
        .isEqualTo("Terminology/Inconsistent");
    assertThat(MqmTsvReporter.category(IssueType.INCONSISTENCY, "TITLE_MISMATCH"))
        .isEqualTo("Fluency/Inconsistency");
    assertThat(MqmTsvReporter.category(IssueType.DUPLICATION, "DUPLICATION"))
        .isEqualTo("Fluency/Duplication");
    assertThat(MqmTsvReporter.mqmSeverity("info")).isEqualTo("Neutral");
    assertThat(MqmTsvReporter.escape("a\tb\nc\\d")).isEqualTo("a\\tb\\nc\\\\d");
  }
}
