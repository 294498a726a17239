package dev.verso.io;

import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoiningDocumentStreamTest {
  @TempDir Path dir;

  @Test
  void joinsLikeReadingEverythingAndHandsOutEachDocumentAfterItsLastRecord() throws Exception {
    Path a =
        write(
            dir.resolve("a.jsonl"),
            "{\"id\":\"x\",\"source\":\"源。\",\"translations\":{\"s1\":\"X one.\"}}\n"
                + "{\"id\":\"solo\",\"translations\":{\"s1\":\"Alone.\"}}\n"
                + "{\"id\":7,\"translations\":{\"s1\":\"Seven.\"}}\n"
                + "{\"id\":\"x\",\"translations\":{\"s1\":\"X again.\",\"s3\":\"X three.\"}}\n");
    Path b = write(dir.resolve("b.jsonl"), "{\"id\":\"x\",\"translations\":{\"s2\":\"X two.\"}}\n");
    List<InputReader.Input> inputs =
        List.of(
            new InputReader.Input(a, Document.DEFAULT_SYSTEM),
            new InputReader.Input(b, Document.DEFAULT_SYSTEM));
    List<InputProblem> problems = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    try (JoiningDocumentStream s = new JoiningDocumentStream(inputs, problems::add)) {
      s.forEachRemaining(docs::add);
      assertThat(s.count()).isEqualTo(3);
    }
    // 'solo' and 7 pass straight through; 'x' waits for its third record, in b.jsonl
    assertThat(docs).extracting(Document::id).containsExactly("solo", "7", "x");
    ReadResult all = InputReader.readAll(inputs);
    assertThat(docs.get(2)).isEqualTo(all.documents().get(2));
    assertThat(docs.get(2).translations().keySet()).containsExactly("s1", "s2", "s3");
    assertThat(problems)
        .map(InputProblem::toString)
        .containsExactlyElementsOf(all.problems().stream().map(InputProblem::toString).toList());
    assertThat(problems)
        .singleElement()
        .asString()
        .contains("a.jsonl:4")
        .contains("duplicate document id 'x'")
        .contains("its other system(s) s3 were kept");
  }

  @Test
  void idsAreCountedAsTheReaderReadsThem() {
    assertThat(
            JoiningDocumentStream.jsonlId(
                "{\"a\":{\"id\":\"inner\"},\"id\":\"outer\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("outer");
    assertThat(
            JoiningDocumentStream.jsonlId(
                "{\"id\":12345678901234567890}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("12345678901234567890");
    assertThat(
            JoiningDocumentStream.jsonlId(
                "\uFEFF{\"id\":\"bom\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isEqualTo("bom");
    assertThat(
            JoiningDocumentStream.jsonlId(
                "{\"id\":1.5}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isNull();
    assertThat(
            JoiningDocumentStream.jsonlId(
                "{\"id\":\"cut\"".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isNull();
    assertThat(
            JoiningDocumentStream.jsonlId("[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isNull();
  }
}
