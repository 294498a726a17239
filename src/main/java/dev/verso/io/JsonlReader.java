package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Lines, one document per line:
 *
 * <pre>
 * {"id": "…", "source": {"lang", "title", "text"}, "translations": {"SYSTEM": {"title", "text"}},
 *  "summaries": {"SYSTEM": "…"}, "references": [{"title", "text"}], "meta": {…}}</pre>
 *
 * The flat names of the seed record format ({@code title}, {@code resulting_text}, {@code
 * translated_content}, {@code english_summary}, …, with {@code system} naming the flat translation)
 * are accepted too. A translation may be a plain string (its text), a reference too. Blank lines
 * are skipped. Each bad line becomes an error naming the line and field; the other lines are read.
 */
public final class JsonlReader {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonlReader() {}

  /** Parses decoded JSONL content. */
  public static ReadResult parse(TextFile file, String system) {
    List<Document> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>(file.problems());
    String[] lines = file.content().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      parseLine(lines[i], file.name(), i + 1, system, docs::add, problems::add);
    }
    return new ReadResult(docs, problems);
  }

  /**
   * Parses one line (blank lines are skipped), handing the document or the problem to the
   * consumers.
   */
  static void parseLine(
      String line,
      String file,
      int lineNo,
      String system,
      java.util.function.Consumer<Document> docs,
      java.util.function.Consumer<InputProblem> problems) {
    if (line.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (UnexpectedEndOfInputException e) {
      problems.accept(
          InputProblem.error(
              file, lineNo, null, "truncated JSON: the line ends before its object is closed"));
      return;
    } catch (JacksonException e) {
      problems.accept(
          InputProblem.error(
              file, lineNo, null, "invalid JSON: " + firstLine(e.getOriginalMessage())));
      return;
    }
    try {
      docs.accept(toDocument(node, file, lineNo, system));
    } catch (FieldException e) {
      problems.accept(InputProblem.error(file, lineNo, e.field, e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A problem with one field of a record. */
  static final class FieldException extends Exception {
    private static final long serialVersionUID = 1L;
    final String field;

    FieldException(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  static Document toDocument(JsonNode node, String file, int line, String system)
      throws FieldException {
    if (!node.isObject()) {
      throw new FieldException(null, "expected a JSON object, got " + kind(node));
    }
    DocumentBuilder b = new DocumentBuilder().record(line);
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      readField(e.getKey(), e.getValue(), b);
    }
    if (b.id() == null) {
      throw new FieldException("id", "missing required field 'id'");
    }
    Document d = b.build(new Origin(file, line), system, false);
    if (d == null) {
      throw new FieldException(
          "translations",
          "missing required field 'translations' (or 'translated_content'): the record has no translated text");
    }
    return d;
  }

  /** Adds one top-level field {@code k} of a record to {@code b}. */
  static void readField(String k, JsonNode v, DocumentBuilder b) throws FieldException {
    switch (k) {
      case "id" -> b.id(id(v));
      case "source" -> readSource(v, b);
      case "translations" -> readTranslations(v, b);
      case "summaries" -> readSummaries(v, b);
      case "references" -> readReferences(v, b);
      case "meta" -> readMeta(v, b);
      default -> readFlat(k, v, b);
    }
  }

  /** The document id a field {@code id} gives: a string, or a whole number in decimal. */
  static String id(JsonNode v) throws FieldException {
    if (!v.isString() && !v.isNumber()) {
      throw new FieldException("id", "field 'id' must be a string or a number, got " + kind(v));
    }
    if (v.isNumber() && !v.isIntegralNumber()) {
      throw new FieldException(
          "id",
          "field 'id' must be a string or a whole number, got "
              + (Double.isFinite(v.doubleValue()) ? v.toString() : "a number out of range"));
    }
    return v.isNumber() ? v.bigIntegerValue().toString() : v.asString();
  }

  /** The field {@code source}: a string (its text), an object {lang, title, text} or null. */
  private static void readSource(JsonNode v, DocumentBuilder b) throws FieldException {
    if (v.isString()) {
      b.source(null, v.stringValue(), null);
    } else if (v.isObject()) {
      b.source(
          text(v, "title", "source.title"),
          text(v, "text", "source.text"),
          text(v, "lang", "source.lang"));
    } else if (!v.isNull()) {
      throw new FieldException(
          "source", "field 'source' must be an object {lang, title, text}, got " + kind(v));
    }
  }

  /** The field {@code translations}: an object keyed by system, of strings or {title, text}. */
  private static void readTranslations(JsonNode v, DocumentBuilder b) throws FieldException {
    if (!v.isObject()) {
      throw new FieldException(
          "translations", "field 'translations' must be an object keyed by system, got " + kind(v));
    }
    for (Map.Entry<String, JsonNode> t : v.properties()) {
      String f = "translations." + t.getKey();
      if (t.getValue().isString()) {
        b.translation(t.getKey(), null, t.getValue().stringValue());
      } else if (t.getValue().isObject()) {
        b.translation(
            t.getKey(),
            text(t.getValue(), "title", f + ".title"),
            text(t.getValue(), "text", f + ".text"));
      } else {
        throw new FieldException(
            f,
            "field '"
                + f
                + "' must be an object {title, text} or a string, got "
                + kind(t.getValue()));
      }
    }
  }

  /** The field {@code summaries}: an object keyed by system, of strings or nulls. */
  private static void readSummaries(JsonNode v, DocumentBuilder b) throws FieldException {
    if (!v.isObject()) {
      throw new FieldException(
          "summaries", "field 'summaries' must be an object keyed by system, got " + kind(v));
    }
    for (Map.Entry<String, JsonNode> t : v.properties()) {
      if (!t.getValue().isString() && !t.getValue().isNull()) {
        throw new FieldException(
            "summaries." + t.getKey(),
            "field 'summaries." + t.getKey() + "' must be a string, got " + kind(t.getValue()));
      }
      b.summary(t.getKey(), t.getValue().isNull() ? null : t.getValue().stringValue());
    }
  }

  /** The field {@code references}: an array of strings or {title, text} objects. */
  private static void readReferences(JsonNode v, DocumentBuilder b) throws FieldException {
    if (!v.isArray()) {
      throw new FieldException("references", "field 'references' must be an array, got " + kind(v));
    }
    int idx = 0;
    for (JsonNode r : v) {
      String f = "references[" + idx++ + "]";
      if (r.isString()) {
        b.reference(null, r.stringValue());
      } else if (r.isObject()) {
        b.reference(text(r, "title", f + ".title"), text(r, "text", f + ".text"));
      } else {
        throw new FieldException(
            f, "field '" + f + "' must be an object {title, text} or a string, got " + kind(r));
      }
    }
  }

  /** The field {@code meta}: an object whose values are kept as text (JSON for structures). */
  private static void readMeta(JsonNode v, DocumentBuilder b) throws FieldException {
    if (!v.isObject()) {
      throw new FieldException("meta", "field 'meta' must be an object, got " + kind(v));
    }
    for (Map.Entry<String, JsonNode> m : v.properties()) {
      JsonNode mv = m.getValue();
      if (mv.isFloatingPointNumber() && !Double.isFinite(mv.doubleValue())) {
        throw new FieldException(
            "meta." + m.getKey(), "field 'meta." + m.getKey() + "' is a number out of range");
      }
      b.meta(
          m.getKey(),
          mv.isString()
              ? mv.stringValue()
              : mv.isNumber() ? mv.numberValue().toString() : mv.toString());
    }
  }

  /**
   * Any other field: a scalar is a flat seed-record field, a structure is metadata (as JSON), a
   * null is ignored.
   */
  private static void readFlat(String k, JsonNode v, DocumentBuilder b) {
    if (v.isNull()) {
      return;
    }
    if (v.isString() || v.isNumber() || v.isBoolean()) {
      b.flat(k, v.asString());
    } else {
      b.meta(k, v.toString());
    }
  }

  private static String text(JsonNode obj, String name, String field) throws FieldException {
    JsonNode v = obj.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new FieldException(field, "field '" + field + "' must be a string, got " + kind(v));
    }
    return v.stringValue();
  }

  private static String kind(JsonNode v) {
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isString()) {
      return "a string";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    return "null";
  }
}
