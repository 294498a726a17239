package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.Origin;
import dev.verso.model.Passage;
import java.util.List;
import java.util.Map;

/**
 * A plain text file that is not in the record format: a translation-only document (the original is
 * not at hand). The whole file is the translation text, so every span points into it unchanged.
 */
public final class PlainTextReader {
  private PlainTextReader() {}

  /** The document for one decoded plain text file. */
  public static ReadResult parse(TextFile file, String id, String system) {
    Document d =
        new Document(
            id,
            null,
            Map.of(system, new Passage(null, file.content(), "en")),
            Map.of(),
            List.of(),
            Map.of(),
            List.of(new Origin(file.name(), 0)),
            false,
            Map.of(
                Document.positionKey(system, dev.verso.model.Fields.TRANSLATION_TEXT),
                new dev.verso.model.TextPosition(file.name(), 1, 1)));
    return new ReadResult(List.of(d), file.problems());
  }
}
