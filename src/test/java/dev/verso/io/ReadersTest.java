package dev.verso.io;

import static dev.verso.TestFiles.write;
import static dev.verso.TestFiles.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
  @TempDir Path dir;

  private static ReadResult read(Path p) {
    return InputReader.readAll(List.of(new InputReader.Input(p, Document.DEFAULT_SYSTEM)));
  }

  private static List<String> messages(ReadResult r) {
    return r.problems().stream().map(InputProblem::toString).toList();
  }

  @Test
  void readsSeedRecordWithMultiLineValuesAndMetadata() throws Exception {
    Path f =
        write(
            dir.resolve("007_abc.txt"),
            "html: nan\n"
                + "title: 标题\n"
                + "resulting_text: 第一段。\n第二段。\n"
                + "input_url: http://example.org/a\n"
                + "source_lang: zh\n"
                + "crawl_batch: 7\n"
                + "translated_title: Title\n"
                + "translated_content: First paragraph.\nNote: still the content.\n"
                + "english_summary: nan\n");
    ReadResult r = read(f);
    assertThat(r.problems()).isEmpty();
    Document d = r.documents().get(0);
    assertThat(d.id()).isEqualTo("007_abc");
    assertThat(d.source().title()).isEqualTo("标题");
    assertThat(d.source().text()).isEqualTo("第一段。\n第二段。");
    assertThat(d.source().lang()).isEqualTo("zh");
    assertThat(d.translations().get("default").text())
        .isEqualTo("First paragraph.\nNote: still the content.");
    assertThat(d.translations().get("default").title()).isEqualTo("Title");
    assertThat(d.summaries()).isEmpty();
    assertThat(d.meta()).isEqualTo(Map.of("input_url", "http://example.org/a", "crawl_batch", "7"));
  }

  @Test
  void readsTheBundledSeeds() {
    ReadResult r = read(dev.verso.TestFiles.projectDir().resolve("seeds"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents())
        .extracting(Document::id)
        .containsExactly(
            "000_8df2e8391d3de86d",
            "001_989d453457ff62a8",
            "002_36c14d5cdac83621",
            "003_5350cc78e79839d4",
            "004_8838aec33d85e429");
    Document seed0 = r.documents().get(0);
    assertThat(seed0.source().text()).startsWith("4月6日下午，商务部电子商务司").endsWith("商务部机关党委负责同志到会指导。");
    assertThat(seed0.translations().get("default").title()).startsWith("Department of E-Commerce");
    assertThat(seed0.summaryFor("default")).startsWith("On April 6, the Department of E-Commerce");
    assertThat(seed0.meta()).containsEntry("date", "2023-04-19 00:00:00").doesNotContainKey("html");
    Document seed1 = r.documents().get(1);
    assertThat(seed1.hasSource()).isFalse();
    assertThat(seed1.translations().get("default").text())
        .startsWith("Warm congratulations on the preparatory meeting");
  }

  @Test
  void readsJsonlWithSeveralSystemsAndAliases() throws Exception {
    Path f =
        write(
            dir.resolve("docs.jsonl"),
            "{\"id\":\"a\",\"source\":{\"lang\":\"zh\",\"title\":\"标题\",\"text\":\"正文。\"},"
                + "\"translations\":{\"sysB\":{\"title\":\"T2\",\"text\":\"Body two.\"},\"sysA\":\"Body one.\"},"
                + "\"summaries\":{\"sysA\":\"Sum.\"},\"references\":[{\"text\":\"Ref.\"}],\"meta\":{\"n\":3}}\n"
                + "\n"
                + "{\"id\":7,\"title\":\"标题\",\"resulting_text\":\"正文。\",\"translated_content\":\"Text.\",\"system\":\"x\",\"date\":\"2023\"}\n");
    ReadResult r = read(f);
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents()).extracting(Document::id).containsExactly("7", "a");
    Document a = r.documents().get(1);
    assertThat(a.translations().keySet()).containsExactly("sysA", "sysB");
    assertThat(a.translations().get("sysA").text()).isEqualTo("Body one.");
    assertThat(a.summaryFor("sysA")).isEqualTo("Sum.");
    assertThat(a.summaryFor("sysB")).isNull();
    assertThat(a.references()).hasSize(1);
    assertThat(a.meta()).containsEntry("n", "3");
    Document seven = r.documents().get(0);
    assertThat(seven.translations().keySet()).containsExactly("x");
    assertThat(seven.meta()).containsEntry("date", "2023");
  }

  @Test
  void reportsTruncatedAndInvalidJsonLinesAndKeepsTheRest() throws Exception {
    Path f =
        write(
            dir.resolve("bad.jsonl"),
            "{\"id\":\"ok\",\"translated_content\":\"Fine.\"}\n"
                + "{\"id\":\"cut\",\"translated_content\":\"Fi\n"
                + "{\"id\":\"x\" \"translated_content\":\"y\"}\n"
                + "{\"translated_content\":\"no id\"}\n"
                + "{\"id\":\"nothing\",\"title\":\"only a title\"}\n"
                + "{\"id\":\"typed\",\"translations\":{\"s\":{\"text\":5}}}\n");
    ReadResult r = read(f);
    assertThat(r.documents()).extracting(Document::id).containsExactly("ok");
    String name = f.toString();
    assertThat(messages(r))
        .containsExactly(
            name + ":2: truncated JSON: the line ends before its object is closed",
            name
                + ":3: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries",
            name + ":4: field 'id': missing required field 'id'",
            name
                + ":5: field 'translations': missing required field 'translations' (or 'translated_content'): the record has no translated text",
            name
                + ":6: field 'translations.s.text': field 'translations.s.text' must be a string, got a number");
  }

  @Test
  void reportsInvalidUtf8WithLineAndByte() throws Exception {
    byte[] good = "translated_content: fine\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 6];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = 'a';
    bytes[good.length + 1] = (byte) 0xC3;
    bytes[good.length + 2] = (byte) 0x28;
    bytes[good.length + 3] = 'b';
    bytes[good.length + 4] = '\n';
    bytes[good.length + 5] = 'c';
    Path f = writeBytes(dir.resolve("latin1.txt"), bytes);
    ReadResult r = read(f);
    assertThat(r.documents()).isEmpty();
    assertThat(messages(r))
        .containsExactly(f + ":2: invalid UTF-8 at byte 26 (0xC3); save the file as UTF-8");
  }

  @Test
  void dropsByteOrderMarkAndCrlfWithWarnings() throws Exception {
    byte[] body =
        "translated_title: T\r\ntranslated_content: Line one.\r\nLine two.\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Path f = writeBytes(dir.resolve("bom.txt"), bytes);
    ReadResult r = read(f);
    assertThat(messages(r))
        .containsExactly(
            f + ":1: warning: file starts with a UTF-8 byte-order mark; it was ignored",
            f
                + ":1: warning: file has Windows (CRLF) or old Mac (CR) line ends; they were read as LF");
    assertThat(r.documents().get(0).translations().get("default").text())
        .isEqualTo("Line one.\nLine two.");
    assertThat(r.documents().get(0).translations().get("default").title()).isEqualTo("T");
  }

  @Test
  void reportsEmptyFileAndMissingRequiredField() throws Exception {
    Path empty = writeBytes(dir.resolve("d/empty.txt"), new byte[0]);
    Path noText = write(dir.resolve("d/notext.txt"), "title: 标题\nresulting_text: 正文。\n");
    Path ok = write(dir.resolve("d/plain.txt"), "Just an English text.\n");
    ReadResult r = read(dir.resolve("d"));
    assertThat(r.documents()).extracting(Document::id).containsExactly("plain");
    assertThat(messages(r))
        .containsExactly(
            empty + ": file is empty",
            noText + ": field 'translated_content': missing required field 'translated_content'");
    assertThat(ok).exists();
  }

  @Test
  void reportsDuplicateIdsAndJoinsSystemsById() throws Exception {
    write(dir.resolve("sysA/doc1.txt"), "System A text.");
    write(dir.resolve("sysB/doc1.txt"), "System B text.");
    ReadResult joined =
        InputReader.readAll(
            List.of(
                new InputReader.Input(dir.resolve("sysA"), "A"),
                new InputReader.Input(dir.resolve("sysB"), "B")));
    assertThat(joined.problems()).isEmpty();
    assertThat(joined.documents()).hasSize(1);
    assertThat(joined.documents().get(0).translations().keySet()).containsExactly("A", "B");

    Path f =
        write(
            dir.resolve("dup.jsonl"),
            "{\"id\":\"d\",\"translated_content\":\"one\"}\n{\"id\":\"d\",\"translated_content\":\"two\"}\n");
    ReadResult r = read(f);
    assertThat(r.documents()).hasSize(1);
    assertThat(r.documents().get(0).translations().get("default").text()).isEqualTo("one");
    assertThat(messages(r))
        .containsExactly(
            f
                + ":2: field 'id': duplicate document id 'd' (first seen at "
                + f
                + ":1): system 'default' is given twice for document 'd'");
  }

  @Test
  void readsCsvAndTsvWithQuotedMultilineFields() throws Exception {
    Path csv =
        write(
            dir.resolve("docs.csv"),
            "id,system,title,resulting_text,translated_content,english_summary,extra\n"
                + "c1,A,标题,正文。,\"First line,\nsecond line.\",Summary.,x\n"
                + "c1,B,标题,正文。,Other system.,,y\n"
                + ",A,t,s,text,,\n"
                + "c2,A,t,s\n");
    ReadResult r = read(csv);
    assertThat(r.documents()).extracting(Document::id).containsExactly("c1");
    Document c1 = r.documents().get(0);
    assertThat(c1.translations().keySet()).containsExactly("A", "B");
    assertThat(c1.translations().get("A").text()).isEqualTo("First line,\nsecond line.");
    assertThat(c1.summaryFor("A")).isEqualTo("Summary.");
    assertThat(messages(r))
        .containsExactly(
            csv + ":5: field 'id': missing required field 'id'",
            csv + ":6: row has 4 fields but the header has 7");
    Path tsv = write(dir.resolve("docs.tsv"), "id\ttranslated_content\nt1\tTab text.\n");
    assertThat(read(tsv).documents().get(0).translations().get("default").text())
        .isEqualTo("Tab text.");
    Path noId = write(dir.resolve("noid.csv"), "translated_content\nx\n");
    assertThat(messages(read(noId)))
        .containsExactly(noId + ":1: field 'id': missing required column 'id' in the header row");
  }

  @Test
  void readsLineAlignedFilesAndRejectsMismatchedCounts() throws Exception {
    Path src = write(dir.resolve("src.zh"), "第一句。\n第二句。\n");
    Path ref = write(dir.resolve("ref.en"), "First.\nSecond.\n");
    Path hyp = write(dir.resolve("hyp.en"), "One.\n\n");
    ReadResult r = ParallelFilesReader.read(src, List.of(ref), Map.of("sys", hyp));
    assertThat(r.documents()).extracting(Document::id).containsExactly("src:1", "src:2");
    assertThat(r.documents().get(1).translations().get("sys").text()).isEmpty();
    assertThat(r.documents().get(1).references().get(0).text()).isEqualTo("Second.");
    assertThat(r.documents().get(0).segmented()).isTrue();
    Path short1 = write(dir.resolve("short.en"), "Only one.\n");
    assertThatThrownBy(() -> ParallelFilesReader.read(src, List.of(), Map.of("s", short1)))
        .hasMessage(
            short1
                + " has 1 lines but "
                + src
                + " has 2; line-aligned files must have the same number of lines");
  }

  @Test
  void ordersIdsNaturally() {
    List<String> ids = new java.util.ArrayList<>(List.of("doc10", "doc2", "doc1", "a", "doc02"));
    ids.sort(NaturalOrder.INSTANCE);
    assertThat(ids).containsExactly("a", "doc1", "doc02", "doc2", "doc10");
  }

  @Test
  void randomBytesNeverCrashTheReaders() throws Exception {
    java.util.Random rnd = new java.util.Random(42);
    for (int i = 0; i < 300; i++) {
      byte[] b = new byte[rnd.nextInt(200)];
      rnd.nextBytes(b);
      if (i % 3 == 0) {
        String s = "translated_content: " + new String(b, StandardCharsets.ISO_8859_1);
        b = s.getBytes(StandardCharsets.UTF_8);
      }
      String ext = List.of(".txt", ".jsonl", ".csv", ".tsv").get(i % 4);
      Path f = writeBytes(dir.resolve("r" + i + ext), b);
      ReadResult r = read(f);
      assertThat(r.documents().size() + r.problems().size()).isPositive();
    }
  }
}
