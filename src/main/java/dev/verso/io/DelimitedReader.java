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
    try (CSVParser p = CSVParser.parse(new StringReader(file.content()), format(delimiter))) {
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
      LineCursor lines = new LineCursor(file.content());
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
        int line = lines.lineAt(r.getCharacterPosition());
        Document d = toDocument(r, header, file.name(), line, system, problems);
        if (d != null) {
          docs.add(d);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      problems.add(
          InputProblem.error(file.name(), 1, null, "unreadable header: " + rootMessage(e)));
    }
    return new ReadResult(docs, problems);
  }

  /** The CSV ({@code ','}) or TSV ({@code '\t'}) format: a header row, fields kept untrimmed. */
  static CSVFormat format(char delimiter) {
    return (delimiter == '\t' ? CSVFormat.TDF : CSVFormat.RFC4180)
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreSurroundingSpaces(false)
        .setTrim(false)
        .setAllowMissingColumnNames(false)
        .get();
  }

  /**
   * The 1-based line of character positions in a text, asked for in increasing order: each call
   * counts only the line ends since the previous one.
   */
  static final class LineCursor {
    private final String content;
    private long pos;
    private int line = 1;

    LineCursor(String content) {
      this.content = content;
    }

    /** The line of character position {@code at} (not before the last position asked for). */
    int lineAt(long at) {
      for (long k = pos; k < at && k < content.length(); k++) {
        if (content.charAt((int) k) == '\n') {
          line++;
        }
      }
      pos = Math.max(pos, at);
      return line;
    }
  }

  /**
   * The document of one row at {@code line}, or null with an error in {@code problems} when the row
   * is ragged or lacks an id or a translated text.
   */
  private static Document toDocument(
      CSVRecord r,
      Map<String, Integer> header,
      String name,
      int line,
      String system,
      List<InputProblem> problems) {
    if (!r.isConsistent()) {
      problems.add(
          InputProblem.error(
              name,
              line,
              null,
              "row has " + r.size() + " fields but the header has " + header.size()));
      return null;
    }
    DocumentBuilder b = new DocumentBuilder().record(line);
    for (var h : header.entrySet()) {
      b.flat(h.getKey(), r.get(h.getValue()));
    }
    if (b.id() == null) {
      problems.add(InputProblem.error(name, line, "id", "missing required field 'id'"));
      return null;
    }
    Document d = b.build(new Origin(name, line), system, false);
    if (d == null) {
      problems.add(
          InputProblem.error(
              name, line, "translated_content", "missing required field 'translated_content'"));
    }
    return d;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
