package dev.verso.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The steps the readers are built from, each on its own. */
class ReaderStepsTest {
  @TempDir Path dir;

  @Test
  void lineCursorCountsLineEndsOnlyOnce() {
    DelimitedReader.LineCursor c = new DelimitedReader.LineCursor("id,x\n1,\"a\nb\"\n2,c\n");
    assertThat(c.lineAt(5)).isEqualTo(2);
    assertThat(c.lineAt(13)).isEqualTo(4);
    assertThat(c.lineAt(13)).isEqualTo(4);
    assertThat(c.lineAt(99)).isEqualTo(5);
  }

  @Test
  void lineEndsAreReadAsLfWithOneWarningAtTheFirstCr() {
    List<InputProblem> problems = new ArrayList<>();
    assertThat(TextFile.withLfLineEnds("a\nb\r\nc\rd", "f.txt", problems)).isEqualTo("a\nb\nc\nd");
    assertThat(problems)
        .containsExactly(
            InputProblem.warning(
                "f.txt",
                2,
                null,
                "file has Windows (CRLF) or old Mac (CR) line ends; they were read as LF"));
    List<InputProblem> none = new ArrayList<>();
    assertThat(TextFile.withLfLineEnds("a\nb", "f.txt", none)).isEqualTo("a\nb");
    assertThat(none).isEmpty();
  }

  @Test
  void jsonlIdIsAStringOrAWholeNumber() throws Exception {
    JsonMapper m = JsonMapper.builder().build();
    assertThat(JsonlReader.id(m.readTree("\"d-1\""))).isEqualTo("d-1");
    assertThat(JsonlReader.id(m.readTree("12345678901234567890")))
        .isEqualTo("12345678901234567890");
    assertThatThrownBy(() -> JsonlReader.id(m.readTree("1.5")))
        .hasMessage("field 'id' must be a string or a whole number, got 1.5");
    assertThatThrownBy(() -> JsonlReader.id(m.readTree("[1]")))
        .hasMessage("field 'id' must be a string or a number, got an array");
  }

  @Test
  void jsonlFieldsGoToTheBuilder() throws Exception {
    JsonMapper m = JsonMapper.builder().build();
    DocumentBuilder b = new DocumentBuilder().record(3);
    JsonlReader.readField("id", m.readTree("\"x\""), b);
    JsonlReader.readField("translations", m.readTree("{\"s\":\"Text.\"}"), b);
    JsonlReader.readField("meta", m.readTree("{\"n\":2,\"t\":\"v\"}"), b);
    Document d = b.build(new Origin("f.jsonl", 3), Document.DEFAULT_SYSTEM, false);
    assertThat(d.id()).isEqualTo("x");
    assertThat(d.translations().get("s").text()).isEqualTo("Text.");
    assertThat(d.meta()).isEqualTo(Map.of("n", "2", "t", "v"));
    assertThatThrownBy(() -> JsonlReader.readField("references", m.readTree("[3]"), b))
        .hasMessage(
            "field 'references[0]' must be an object {title, text} or a string, got a number");
  }

  @Test
  void fileIdsAndDuplicateIdErrors() {
    Path root = dir;
    assertThat(InputReader.fileId(root, root.resolve("sub/doc.one.txt"))).isEqualTo("sub/doc.one");
    assertThat(InputReader.fileId(root.resolve("a.txt"), root.resolve("a.txt"))).isEqualTo("a");
    Document d =
        new Document(
            "x",
            null,
            Map.of(),
            Map.of(),
            List.of(),
            Map.of(),
            List.of(new Origin("f.jsonl", 4)),
            false,
            Map.of());
    assertThat(InputReader.duplicateId(d, " (why)"))
        .isEqualTo(InputProblem.error("f.jsonl", 4, "id", "duplicate document id 'x' (why)"));
  }
}
