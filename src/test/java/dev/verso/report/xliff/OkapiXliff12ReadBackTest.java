package dev.verso.report.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import dev.verso.io.xliff.BitextFile;
import dev.verso.io.xliff.BitextReader;
import dev.verso.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.GenericAnnotation;
import net.sf.okapi.common.annotation.GenericAnnotationType;
import net.sf.okapi.common.annotation.GenericAnnotations;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Okapi's XLIFF 1.2 filter reads the trans-unit level ITS issues Verso writes. */
class OkapiXliff12ReadBackTest {
  @TempDir Path dir;

  @Test
  void okapiFilterReadsSingleAndStandoffIssuesOnTransUnits() throws Exception {
    Path in =
        TestFiles.write(
            dir.resolve("c.xlf"),
            "<?xml version=\"1.0\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "  <file original=\"o\" source-language=\"zh\" target-language=\"en\" datatype=\"plaintext\">\n    <body>\n"
                + "      <trans-unit id=\"t1\">\n        <source>你好。</source>\n        <target>Hello.</target>\n      </trans-unit>\n"
                + "      <trans-unit id=\"t2\">\n        <source>再见。</source>\n        <target>Bye.</target>\n      </trans-unit>\n"
                + "    </body>\n  </file>\n</xliff>\n");
    List<dev.verso.model.InputProblem> problems = new ArrayList<>();
    BitextFile f = BitextReader.parse(in, "c.xlf", "c", null, problems);
    XliffAnnotator a = new XliffAnnotator(f);
    a.add(
        f.documents().get(0).segments().get(0),
        false,
        0,
        2,
        new ItsIssue("omission", "o", Severity.MAJOR));
    a.add(
        f.documents().get(0).segments().get(0),
        true,
        0,
        5,
        new ItsIssue("style", "s", Severity.MINOR));
    a.add(
        f.documents().get(0).segments().get(1),
        true,
        0,
        3,
        new ItsIssue("terminology", "t", Severity.CRITICAL));
    Map<String, List<String>> issues = read(a.write());
    assertThat(issues)
        .containsExactly(
            Map.entry("t1", List.of("omission 70.0 o", "style 40.0 s")),
            Map.entry("t2", List.of("terminology 100.0 t")));
  }

  static Map<String, List<String>> read(String xliff) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (XLIFFFilter filter = new XLIFFFilter()) {
      filter.open(new RawDocument(xliff, LocaleId.fromString("zh"), LocaleId.fromString("en")));
      while (filter.hasNext()) {
        Event e = filter.next();
        if (e.isTextUnit()) {
          ITextUnit tu = e.getTextUnit();
          List<String> found = new ArrayList<>();
          GenericAnnotations anns = tu.getAnnotation(GenericAnnotations.class);
          if (anns != null) {
            for (GenericAnnotation g : anns.getAnnotations(GenericAnnotationType.LQI)) {
              found.add(
                  g.getString(GenericAnnotationType.LQI_TYPE)
                      + " "
                      + g.getDouble(GenericAnnotationType.LQI_SEVERITY)
                      + " "
                      + g.getString(GenericAnnotationType.LQI_COMMENT));
            }
          }
          out.put(tu.getId(), found);
        }
      }
    }
    return out;
  }
}
