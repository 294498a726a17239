package dev.verso.io.xliff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Passage;
import dev.verso.model.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BitextReaderTest {
  @TempDir Path dir;

  private static final Path EXAMPLES = TestFiles.projectDir().resolve("examples");

  @Test
  void readsXliff12FileAsOneDocumentWithTransUnitsAsSegments() {
    ReadResult r = InputReader.read(EXAMPLES.resolve("bank-notice.xlf"), "sysA");
    assertThat(r.problems()).isEmpty();
    Document d = r.documents().get(0);
    assertThat(d.id()).isEqualTo("bank-notice.txt");
    assertThat(d.source().lang()).isEqualTo("zh-CN");
    assertThat(d.source().text()).isEqualTo("中国人民银行宣布下调存款准备金率。\n此次下调将释放长期资金约一万亿元。\n新闻发布会于下午三点举行。");
    assertThat(d.source().segments())
        .containsExactly(new Span(0, 17), new Span(18, 35), new Span(36, 49));
    Passage t = d.translations().get("sysA");
    assertThat(t.lang()).isEqualTo("en");
    assertThat(t.text())
        .isEqualTo(
            "The People's Bank of China announced a cut in the reserve requirement ratio.\n"
                + "The cut will release about 1 trillion yuan of long-term funds.\n"
                + "The press conference was held at 3 p.m.");
    assertThat(t.segments()).hasSize(3);
    // trans-unit 4 has no target: counted as untranslated, not evaluated (so never an omission)
    assertThat(d.meta())
        .containsEntry("format", "xliff-1.2")
        .containsEntry("segments", "3")
        .containsEntry("untranslatedSegments", "1")
        .containsEntry("untranslated", "4");
    assertThat(d.origin().line()).isEqualTo(3);
  }

  @Test
  void readsXliff2InlineCodesAsPlaceholdersAndSkipsInitialSegments() {
    ReadResult r = InputReader.read(EXAMPLES.resolve("forum-notice.xlf"), "default");
    assertThat(r.problems()).isEmpty();
    Document d = r.documents().get(0);
    assertThat(d.id()).isEqualTo("forum-notice.html");
    assertThat(d.source().text().split("\n"))
        .containsExactly(
            "国家统计局今天发布了最新数据。\uFFFC",
            "一季度国内生产总值同比增长5.3%。",
            "会议决定，明年将在上海举办第三届数字经济论坛。",
            "WTO秘书处对此表示欢迎。");
    assertThat(d.translations().get("default").text().split("\n"))
        .containsExactly(
            "The National Bureau of Statistics released the latest figures today.\uFFFC",
            "GDP grew 5.3% year on year in the first quarter.",
            "The meeting decided to hold a forum.",
            "The WTO Secretariat welcomed the decision.");
    assertThat(d.meta()).containsEntry("format", "xliff-2").containsEntry("untranslated", "u4");
  }

  @Test
  void readsTmxUnitsAsSegmentsAndGroupsByPropWhenAsked() throws Exception {
    ReadResult r = InputReader.read(EXAMPLES.resolve("city-site.tmx"), "default");
    assertThat(r.problems()).isEmpty();
    Document d = r.documents().get(0);
    assertThat(d.id()).isEqualTo("city-site");
    assertThat(d.source().segments()).hasSize(3);
    assertThat(d.translations().get("default").text())
        .isEqualTo(
            "Welcome to our website.\nThis website is run by the Shanghai Municipal People's Government.\nCopyright\uFFFC2024.");

    Path tmx =
        TestFiles.write(
            dir.resolve("g.tmx"),
            """
        <tmx version="1.4"><header srclang="zh" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/>
        <body>
        <tu><prop type="x-doc">a</prop><tuv xml:lang="zh"><seg>一。</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>
        <tu><prop type="x-doc">b</prop><tuv xml:lang="zh"><seg>二。</seg></tuv><tuv xml:lang="en"><seg>Two.</seg></tuv></tu>
        <tu><prop type="x-doc">a</prop><tuv xml:lang="zh"><seg>三。</seg></tuv><tuv xml:lang="en"><seg>Three.</seg></tuv><tuv xml:lang="fr"><seg>Trois.</seg></tuv></tu>
        </body></tmx>
        """);
    List<InputProblem> problems = new ArrayList<>();
    BitextFile f = BitextReader.parse(tmx, "g.tmx", "g", "x-doc", problems);
    assertThat(f.documents()).extracting(BitextDocument::id).containsExactly("g/a", "g/b");
    assertThat(f.documents().get(0).joined(true)).isEqualTo("One.\nThree.");
    assertThat(problems)
        .containsExactly(
            InputProblem.warning(
                "g.tmx", 1, "xml:lang", "only zh -> en is read; variants in fr were ignored"));
  }

  @Test
  void recognisesXliffByContentWhateverTheExtension() throws Exception {
    Path xml =
        TestFiles.write(
            dir.resolve("export.xml"),
            """
        <?xml version="1.0"?>
        <!-- exported -->
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="zh" target-language="en" datatype="plaintext"><body>
        <trans-unit id="a"><source>你好。</source><target>Hello.</target></trans-unit></body></file></xliff>
        """);
    ReadResult r = InputReader.read(xml, "default");
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents().get(0).translations().get("default").text()).isEqualTo("Hello.");
  }

  @Test
  void malformedFileIsAnErrorNamingFileAndLineAndOtherInputsAreStillRead() throws Exception {
    Path bad =
        TestFiles.write(
            dir.resolve("bad.xlf"),
            """
        <?xml version="1.0"?>
        <xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="zh" trgLang="en">
        <file id="f"><unit id="1"><segment><source>你好</source><target>Hello</segment></unit></file></xliff>
        """);
    Path bad2 =
        TestFiles.write(
            dir.resolve("bad.tmx"),
            "<tmx version=\"1.4\"><header srclang=\"zh\"/>\n<body><tu>\n</body></tmx>\n");
    ReadResult r =
        InputReader.readAll(
            List.of(
                new InputReader.Input(bad, "default"),
                new InputReader.Input(bad2, "default"),
                new InputReader.Input(EXAMPLES.resolve("city-site.tmx"), "default")));
    assertThat(r.documents()).extracting(Document::id).containsExactly("city-site");
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0).toString())
        .isEqualTo(
            bad
                + ":3: malformed XML: The element type \"target\" must be terminated by the matching end-tag \"</target>\".");
    assertThat(r.problems().get(1).toString())
        .isEqualTo(
            bad2
                + ":3: malformed XML: The element type \"tu\" must be terminated by the matching end-tag \"</tu>\".");
  }

  @Test
  void structuralProblemsNameTheFieldAndLine() throws Exception {
    Path noLang =
        TestFiles.write(
            dir.resolve("nolang.xlf"),
            "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n<file id=\"f\"/></xliff>\n");
    assertThat(InputReader.read(noLang, "default").problems())
        .containsExactly(
            InputProblem.error(noLang.toString(), 1, "srcLang", "<xliff> has no srcLang"));
    Path empty =
        TestFiles.write(
            dir.resolve("empty.xlf"),
            "<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"zh\" trgLang=\"en\">\n"
                + "<file id=\"f\"><unit id=\"1\"><segment state=\"initial\"><source>你好</source><target>Hello</target></segment></unit></file></xliff>\n");
    assertThat(InputReader.read(empty, "default").problems())
        .containsExactly(
            InputProblem.error(
                empty.toString(),
                2,
                null,
                "document 'f' has no translated segment (1 untranslated); nothing to evaluate"));
  }

  @Test
  void randomBytesNeverThrowAndSpansStayInsideTheText() throws Exception {
    Random rnd = new Random(18);
    String[] parts = {
      "<",
      ">",
      "</",
      "/>",
      "&amp;",
      "&#x4e2d;",
      "&",
      "<![CDATA[",
      "]]>",
      "\"",
      " ",
      "\n",
      "你好",
      "x",
      "<source>",
      "</source>",
      "<target>",
      "</target>",
      "<g id='1'>",
      "</g>",
      "<x id='2'/>",
      "<trans-unit id='u'>",
      "</trans-unit>"
    };
    for (int n = 0; n < 300; n++) {
      StringBuilder sb =
          new StringBuilder(
              "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file original='o' source-language='zh' target-language='en'><body>");
      for (int k = rnd.nextInt(12); k > 0; k--) {
        sb.append(parts[rnd.nextInt(parts.length)]);
      }
      sb.append("</body></file></xliff>");
      Path f = TestFiles.write(dir.resolve("r" + n + ".xlf"), sb.toString());
      ReadResult r = InputReader.read(f, "default");
      for (Document d : r.documents()) {
        for (Span s : d.source().segments()) {
          assertThat(s.end()).isLessThanOrEqualTo(d.source().text().length());
        }
      }
      assertThat(r.documents().size() + r.problems().size()).isPositive();
    }
  }
}
