package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents joined by id, read one at a time so that a corpus need not fit in memory. A first,
 * cheap pass counts how many records carry each id (JSON Lines files are scanned for their ids
 * only); the second pass reads the records and hands out a document as soon as its last record has
 * been read. A document whose id occurs once passes straight through; only documents split over
 * several records (systems in separate files, repeated ids) wait, and only until their last part.
 *
 * <p>Records are joined as {@link InputReader#join} joins them, and the documents are handed out in
 * the order their last record is read; callers that report in id order sort afterwards. Ids are
 * counted as 64-bit hashes, so two ids that collide only make their documents wait until the end of
 * the input, never change what is joined.
 */
public final class JoiningDocumentStream extends QueuedDocuments {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final DocumentStream records;
  private final Consumer<InputProblem> problems;
  private final DocumentStream.LongIntMap expected;
  private final Map<String, Part> waiting = new LinkedHashMap<>();
  private final DocumentStream.LongHashSet passedThrough = new DocumentStream.LongHashSet();

  /** A document read in part: what is joined so far and how many records it took. */
  private static final class Part {
    Document doc;
    int records;

    Part(Document doc) {
      this.doc = doc;
      this.records = 1;
    }
  }

  /**
   * Counts the ids of {@code inputs}, then opens them for reading; problems go to {@code problems}.
   */
  public JoiningDocumentStream(List<InputReader.Input> inputs, Consumer<InputProblem> problems) {
    this.problems = problems;
    this.expected = census(inputs);
    this.records = new DocumentStream(inputs, problems, true);
  }

  @Override
  boolean readMore() {
    if (records.hasNext()) {
      offer(records.next());
    } else if (!waiting.isEmpty()) {
      // ids whose count overestimated their records (a record that failed to parse, a hash
      // collision): hand out what was joined, in the order the documents were first seen
      for (Part p : waiting.values()) {
        ready.add(p.doc);
      }
      waiting.clear();
    } else {
      return false;
    }
    return true;
  }

  @Override
  public void close() {
    records.close();
  }

  private void offer(Document d) {
    Part p = waiting.get(d.id());
    if (p == null) {
      long hash = DocumentStream.hash64(d.id());
      if (expected.get(hash) <= 1) {
        if (passedThrough.add(hash)) {
          ready.add(d);
        } else {
          // only when the counting pass read a record differently from the reading pass
          problems.accept(
              InputReader.duplicateId(
                  d, " read after its document was evaluated; the record was not joined"));
        }
        return;
      }
      p = new Part(d);
      waiting.put(d.id(), p);
    } else {
      p.doc = InputReader.joined(p.doc, d, problems);
      p.records++;
    }
    if (p.records >= expected.get(DocumentStream.hash64(d.id()))) {
      waiting.remove(d.id());
      ready.add(p.doc);
    }
  }

  /** How many records carry each id (by hash); problems of this pass are not reported. */
  static DocumentStream.LongIntMap census(List<InputReader.Input> inputs) {
    DocumentStream.LongIntMap counts = new DocumentStream.LongIntMap();
    Consumer<InputProblem> ignore = p -> {};
    for (InputReader.Input in : inputs) {
      Path root = in.path();
      for (Iterator<Path> files = DocumentStream.listFiles(root, ignore); files.hasNext(); ) {
        Path f = files.next();
        if (Files.isDirectory(root) && InputReader.isSkipped(f)) {
          continue;
        }
        String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if ((lower.endsWith(".jsonl") || lower.endsWith(".ndjson"))
            && DocumentStream.looksUtf8(f)) {
          countJsonlIds(f, counts);
          continue;
        }
        String id = InputReader.fileId(root, f);
        for (Document d : InputReader.readFile(f, id, in.system()).documents()) {
          counts.increment(DocumentStream.hash64(d.id()));
        }
      }
    }
    return counts;
  }

  /**
   * Counts the top-level ids of a JSON Lines file, reading each line's other fields only to skip
   * them.
   */
  private static void countJsonlIds(Path f, DocumentStream.LongIntMap counts) {
    try (LineReader in = new LineReader(Files.newInputStream(f))) {
      for (byte[] line = in.next(); line != null; line = in.next()) {
        if (line.length > 0) {
          String id = jsonlId(line);
          if (id != null) {
            counts.increment(DocumentStream.hash64(id));
          }
        }
      }
    } catch (IOException e) {
      // the reading pass reports the file; uncounted ids are handed out as they come
    }
  }

  /**
   * The id a JSON Lines record carries (as {@link JsonlReader} reads it: a string, or a whole
   * number in decimal), or null when the line has none or is not a JSON object.
   */
  static String jsonlId(byte[] line) {
    int from = 0;
    if (ByteOrderMarks.utf8(line)) {
      from = 3;
    }
    try (JsonParser p = MAPPER.createParser(line, from, line.length - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String id = null;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (name.equals("id") && v == JsonToken.VALUE_STRING) {
          id = p.getString();
        } else if (name.equals("id") && v == JsonToken.VALUE_NUMBER_INT) {
          id = p.getBigIntegerValue().toString();
        } else {
          p.skipChildren();
        }
      }
      return t == JsonToken.END_OBJECT ? id : null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
