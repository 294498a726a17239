package dev.verso.io.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.model.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps of reading TMX and of checking an XLIFF/TMX file's text, each on its own. */
class TmxReaderTest {
  private static List<Element> units(String body) throws Exception {
    XmlTree tree = XmlTree.parse("<tmx version=\"1.4\"><body>" + body + "</body></tmx>");
    return tree.root().child("body").childElements("tu");
  }

  @Test
  void languagesAreSettledByTheFirstUnits() throws Exception {
    List<Element> tus =
        units(
            "<tu><tuv xml:lang=\"zh-CN\"><seg>一</seg></tuv><tuv xml:lang=\"en\"><seg>one</seg></tuv>"
                + "<tuv xml:lang=\"fr\"><seg>un</seg></tuv></tu>"
                + "<tu><tuv xml:lang=\"de\"><seg>zwei</seg></tuv>"
                + "<tuv xml:lang=\"EN\"><seg>two</seg></tuv></tu>");
    TmxReader.Languages langs = new TmxReader.Languages("*all*");
    TmxReader.Variants first = langs.pick(tus.get(0).childElements("tuv"));
    assertThat(first.source().attr("xml:lang")).isEqualTo("zh-CN");
    assertThat(first.target().attr("xml:lang")).isEqualTo("en");
    TmxReader.Variants second = langs.pick(tus.get(1).childElements("tuv"));
    assertThat(second.source()).isNull();
    assertThat(second.target().attr("xml:lang")).isEqualTo("EN");
    assertThat(langs.source()).isEqualTo("zh-CN");
    assertThat(langs.target()).isEqualTo("en");
    assertThat(langs.others()).containsExactly("de", "fr");
  }

  @Test
  void unitsAreGroupedByTheValueOfTheirGroupingProp() throws Exception {
    String xml =
        "<tmx version=\"1.4\"><body><tu><prop type=\"doc\"> a.txt </prop></tu><tu/></body></tmx>";
    XmlTree tree = XmlTree.parse(xml);
    List<Element> tus = tree.root().child("body").childElements("tu");
    assertThat(TmxReader.groupKey(tree, tus.get(0), "f", "doc")).isEqualTo("f/a.txt");
    assertThat(TmxReader.groupKey(tree, tus.get(1), "f", "doc")).isEqualTo("f");
    assertThat(TmxReader.groupKey(tree, tus.get(0), "f", null)).isEqualTo("f");
  }

  @Test
  void xmlTextDropsTheBomSilentlyAndRejectsOtherEncodings() {
    List<InputProblem> problems = new ArrayList<>();
    byte[] bom = "\uFEFF<tmx/>".getBytes(StandardCharsets.UTF_8);
    assertThat(dev.verso.io.ByteOrderMarks.utf8(bom)).isTrue();
    assertThat(BitextReader.xmlText(bom, "a.tmx", problems)).isEqualTo("<tmx/>");
    byte[] latin =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx/>".getBytes(StandardCharsets.UTF_8);
    assertThat(dev.verso.io.ByteOrderMarks.utf8(latin)).isFalse();
    assertThat(BitextReader.xmlText(latin, "a.tmx", problems)).isNull();
    assertThat(problems)
        .containsExactly(
            InputProblem.error(
                "a.tmx",
                1,
                "encoding",
                "declared encoding ISO-8859-1 is not read; save the file as UTF-8"));
  }
}
