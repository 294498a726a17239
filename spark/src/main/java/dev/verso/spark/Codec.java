package dev.verso.spark;

import dev.verso.io.BinaryStrings;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Measurement;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Origin;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.model.TextPosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compact binary form of the core's records (documents, findings, per-document results), so that
 * Spark can cache, spill and move them without the core knowing about serialisation. Decoding gives
 * back equal records: map iteration order, number types (int, long, double) and nulls are kept, so a
 * decoded result writes byte-identical JSON.
 */
public final class Codec {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Codec() {}

  /** Encodes a document. */
  public static byte[] document(Document d) {
    return encode(out -> writeDocument(out, d));
  }

  /** Decodes {@link #document(Document)}. */
  public static Document readDocument(byte[] b) {
    return decode(b, Codec::readDocument);
  }

  /** Encodes a finding. */
  public static byte[] finding(Finding f) {
    return encode(out -> writeFinding(out, f));
  }

  /** Decodes {@link #finding(Finding)}. */
  public static Finding readFinding(byte[] b) {
    return decode(b, Codec::readFinding);
  }

  /** Encodes one document's results (with the document). */
  public static byte[] result(DocumentResult r) {
    return encode(
        out -> {
          writeDocument(out, r.document());
          out.writeInt(r.units().size());
          for (UnitResult u : r.units()) {
            out.writeUTF(u.system());
            out.writeInt(u.measurements().size());
            for (var e : u.measurements().entrySet()) {
              out.writeUTF(e.getKey());
              writeMeasurement(out, e.getValue());
            }
            writeFindings(out, u.findings());
            writeStringMap(out, u.failures());
          }
        });
  }

  /** Decodes {@link #result(DocumentResult)}. */
  public static DocumentResult readResult(byte[] b) {
    return decode(
        b,
        in -> {
          Document d = readDocument(in);
          int n = in.readInt();
          List<UnitResult> units = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            String system = in.readUTF();
            int m = in.readInt();
            Map<String, Measurement> ms = new TreeMap<>();
            for (int j = 0; j < m; j++) {
              String id = in.readUTF();
              ms.put(id, readMeasurement(in));
            }
            List<Finding> findings = readFindings(in);
            Map<String, String> failures = readStringMap(in);
            units.add(new UnitResult(system, ms, findings, failures));
          }
          return new DocumentResult(d, List.copyOf(units));
        });
  }

  /** Encodes a JSON-like value (maps, lists, strings, numbers, booleans, null). */
  public static byte[] value(Object v) {
    return encode(out -> writeValue(out, v));
  }

  /** Decodes {@link #value(Object)}. */
  public static Object readValue(byte[] b) {
    return decode(b, Codec::readValue);
  }

  // ---- documents

  private static void writeDocument(DataOutputStream out, Document d) throws IOException {
    BinaryStrings.write(out, d.id());
    writePassage(out, d.source());
    out.writeInt(d.translations().size());
    for (var e : d.translations().entrySet()) {
      BinaryStrings.write(out, e.getKey());
      writePassage(out, e.getValue());
    }
    writeStringMap(out, d.summaries());
    out.writeInt(d.references().size());
    for (Passage p : d.references()) {
      writePassage(out, p);
    }
    writeStringMap(out, d.meta());
    out.writeInt(d.origins().size());
    for (Origin o : d.origins()) {
      BinaryStrings.write(out, o.file());
      out.writeInt(o.line());
    }
    out.writeBoolean(d.segmented());
    out.writeInt(d.positions().size());
    for (var e : d.positions().entrySet()) {
      BinaryStrings.write(out, e.getKey());
      BinaryStrings.write(out, e.getValue().file());
      out.writeInt(e.getValue().line());
      out.writeInt(e.getValue().column());
    }
  }

  private static Document readDocument(DataInputStream in) throws IOException {
    String id = BinaryStrings.read(in);
    Passage source = readPassage(in);
    int n = in.readInt();
    Map<String, Passage> tr = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String k = BinaryStrings.read(in);
      tr.put(k, readPassage(in));
    }
    Map<String, String> summaries = readStringMap(in);
    n = in.readInt();
    List<Passage> refs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      refs.add(readPassage(in));
    }
    Map<String, String> meta = readStringMap(in);
    n = in.readInt();
    List<Origin> origins = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String f = BinaryStrings.read(in);
      origins.add(new Origin(f, in.readInt()));
    }
    boolean segmented = in.readBoolean();
    n = in.readInt();
    Map<String, TextPosition> pos = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String k = BinaryStrings.read(in);
      String f = BinaryStrings.read(in);
      int line = in.readInt();
      pos.put(k, new TextPosition(f, line, in.readInt()));
    }
    return new Document(id, source, tr, summaries, refs, meta, origins, segmented, pos);
  }

  private static void writePassage(DataOutputStream out, Passage p) throws IOException {
    out.writeBoolean(p != null);
    if (p != null) {
      BinaryStrings.write(out, p.title());
      BinaryStrings.write(out, p.text());
      BinaryStrings.write(out, p.lang());
    }
  }

  private static Passage readPassage(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    String title = BinaryStrings.read(in);
    String text = BinaryStrings.read(in);
    return new Passage(title, text, BinaryStrings.read(in));
  }

  // ---- measurements and findings

  private static void writeMeasurement(DataOutputStream out, Measurement m) throws IOException {
    double[] s = m.stats();
    out.writeInt(s == null ? -1 : s.length);
    if (s != null) {
      for (double d : s) {
        out.writeDouble(d);
      }
    }
    writeFindings(out, m.findings());
    writeValue(out, m.details());
    BinaryStrings.write(out, m.note());
  }

  @SuppressWarnings("unchecked")
  private static Measurement readMeasurement(DataInputStream in) throws IOException {
    int n = in.readInt();
    double[] s = null;
    if (n >= 0) {
      s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = in.readDouble();
      }
    }
    List<Finding> findings = readFindings(in);
    Map<String, Object> details = (Map<String, Object>) readValue(in);
    return new Measurement(s, findings, details, BinaryStrings.read(in));
  }

  private static void writeFindings(DataOutputStream out, List<Finding> fs) throws IOException {
    out.writeInt(fs.size());
    for (Finding f : fs) {
      writeFinding(out, f);
    }
  }

  private static List<Finding> readFindings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<Finding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readFinding(in));
    }
    return out;
  }

  private static void writeFinding(DataOutputStream out, Finding f) throws IOException {
    BinaryStrings.write(out, f.check());
    BinaryStrings.write(out, f.type().name());
    BinaryStrings.write(out, f.severity().name());
    BinaryStrings.write(out, f.field());
    out.writeInt(f.span().start());
    out.writeInt(f.span().end());
    BinaryStrings.write(out, f.message());
    writeValue(out, f.suggestions());
    writeValue(out, f.evidence());
  }

  @SuppressWarnings("unchecked")
  private static Finding readFinding(DataInputStream in) throws IOException {
    String check = BinaryStrings.read(in);
    IssueType type = IssueType.valueOf(BinaryStrings.read(in));
    Severity severity = Severity.valueOf(BinaryStrings.read(in));
    String field = BinaryStrings.read(in);
    int start = in.readInt();
    Span span = new Span(start, in.readInt());
    String message = BinaryStrings.read(in);
    List<String> suggestions = (List<String>) readValue(in);
    Map<String, Object> evidence = (Map<String, Object>) readValue(in);
    return new Finding(check, type, severity, field, span, message, suggestions, evidence);
  }

  // ---- values

  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte INT = 2;
  private static final byte LONG = 3;
  private static final byte DOUBLE = 4;
  private static final byte BOOLEAN = 5;
  private static final byte MAP = 6;
  private static final byte LIST = 7;
  private static final byte FLOAT = 8;

  private static void writeValue(DataOutputStream out, Object v) throws IOException {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof String s) {
      out.writeByte(STRING);
      BinaryStrings.write(out, s);
    } else if (v instanceof Integer i) {
      out.writeByte(INT);
      out.writeInt(i);
    } else if (v instanceof Short s) {
      out.writeByte(INT);
      out.writeInt(s);
    } else if (v instanceof Long l) {
      out.writeByte(LONG);
      out.writeLong(l);
    } else if (v instanceof Double d) {
      out.writeByte(DOUBLE);
      out.writeDouble(d);
    } else if (v instanceof Float f) {
      out.writeByte(FLOAT);
      out.writeFloat(f);
    } else if (v instanceof Boolean b) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(b);
    } else if (v instanceof Map<?, ?> m) {
      out.writeByte(MAP);
      out.writeInt(m.size());
      for (var e : m.entrySet()) {
        BinaryStrings.write(out, String.valueOf(e.getKey()));
        writeValue(out, e.getValue());
      }
    } else if (v instanceof Iterable<?> it) {
      List<Object> l = new ArrayList<>();
      it.forEach(l::add);
      out.writeByte(LIST);
      out.writeInt(l.size());
      for (Object o : l) {
        writeValue(out, o);
      }
    } else if (v instanceof double[] a) {
      out.writeByte(LIST);
      out.writeInt(a.length);
      for (double d : a) {
        writeValue(out, d);
      }
    } else if (v instanceof int[] a) {
      out.writeByte(LIST);
      out.writeInt(a.length);
      for (int d : a) {
        writeValue(out, d);
      }
    } else if (v instanceof Object[] a) {
      writeValue(out, List.of(a));
    } else {
      // a record or bean: the tree Jackson would write for it in the report
      writeValue(out, MAPPER.convertValue(v, Object.class));
    }
  }

  private static Object readValue(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case NULL:
        return null;
      case STRING:
        return BinaryStrings.read(in);
      case INT:
        return in.readInt();
      case LONG:
        return in.readLong();
      case DOUBLE:
        return in.readDouble();
      case FLOAT:
        return in.readFloat();
      case BOOLEAN:
        return in.readBoolean();
      case MAP:
        {
          int n = in.readInt();
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            String k = BinaryStrings.read(in);
            m.put(k, readValue(in));
          }
          return m;
        }
      case LIST:
        {
          int n = in.readInt();
          List<Object> l = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            l.add(readValue(in));
          }
          return l;
        }
      default:
        throw new IOException("corrupt encoded value: tag " + tag);
    }
  }

  private static void writeStringMap(DataOutputStream out, Map<String, String> m) throws IOException {
    out.writeInt(m.size());
    for (var e : m.entrySet()) {
      BinaryStrings.write(out, e.getKey());
      BinaryStrings.write(out, e.getValue());
    }
  }

  private static Map<String, String> readStringMap(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String k = BinaryStrings.read(in);
      m.put(k, BinaryStrings.read(in));
    }
    return m;
  }

  // ---- plumbing

  private interface Writer {
    void write(DataOutputStream out) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static byte[] encode(Writer w) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      w.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static <T> T decode(byte[] b, Reader<T> r) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(b))) {
      return r.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
