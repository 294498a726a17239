package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV and TSV with a header row naming the fields with the seed format's names or their aliases
 * ({@code id, title, resulting_text, translated_title, translated_content, english_summary, system,
 * reference, …}); other columns become metadata. Rows with the same id and different {@code system}
 * values describe one document and are joined later. Quoted fields may span lines.
 */
public final class DelimitedReader {

  private DelimitedReader() {}

  /** Parses decoded CSV ({@code delimiter ','}) or TSV ({@code '\t'}) content. */
  public static ReadResult parse(TextFile file, char delimiter, String system) {
    List<Document> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>(file.problems());
    CSVFormat fmt =
        (delimiter == '\t' ? CSVFormat.TDF : CSVFormat.RFC4180)
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .setAllowMissingColumnNames(false)
            .get();
    try (CSVParser p = CSVParser.parse(new StringReader(file.content()), fmt)) {
      Map<String, Integer> header = p.getHeaderMap();
      boolean hasId =
          header.keySet().stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).equals("id"));
      if (!hasId) {
        problems.add(
            InputProblem.error(
                file.name(), 1, "id", "missing required column 'id' in the header row"));
        return ReadResult.problems(problems);
      }
      var it = p.iterator();
      long cursorPos = 0;
      int cursorLine = 1;
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(
              InputProblem.error(
                  file.name(),
                  (int) p.getCurrentLineNumber(),
                  null,
                  "unreadable row: " + rootMessage(e)));
          break;
        }
        String content = file.content();
        for (long k = cursorPos; k < r.getCharacterPosition() && k < content.length(); k++) {
          if (content.charAt((int) k) == '\n') {
            cursorLine++;
          }
        }
        cursorPos = Math.max(cursorPos, r.getCharacterPosition());
        int line = cursorLine;
        if (!r.isConsistent()) {
          problems.add(
              InputProblem.error(
                  file.name(),
                  line,
                  null,
                  "row has " + r.size() + " fields but the header has " + header.size()));
          continue;
        }
        DocumentBuilder b = new DocumentBuilder().record(line);
        for (var h : header.entrySet()) {
          b.flat(h.getKey(), r.get(h.getValue()));
        }
        if (b.id() == null) {
          problems.add(InputProblem.error(file.name(), line, "id", "missing required field 'id'"));
          continue;
        }
        Document d = b.build(new Origin(file.name(), line), system, false);
        if (d == null) {
          problems.add(
              InputProblem.error(
                  file.name(),
                  line,
                  "translated_content",
                  "missing required field 'translated_content'"));
          continue;
        }
        docs.add(d);
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          InputProblem.error(file.name(), 1, null, "unreadable header: " + rootMessage(e)));
    }
    return new ReadResult(docs, problems);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
