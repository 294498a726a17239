package dev.verso.report;

import dev.verso.io.BinaryStrings;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The binary and JSON records {@link SpilledReport} writes per document and reads back: statistics
 * (per unit: system, finding counts by severity, each measurement's statistics and finding count),
 * texts (id, origin, field positions, source, references, each system's translation and summary)
 * and findings as maps. Strings are written as a byte count and UTF-8, so any length is kept.
 */
final class SpillRecords {
  private SpillRecords() {}

  /** One document's statistics: per unit, its system, finding counts and measurements. */
  static byte[] statsRecord(DocumentResult d) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    DataOutputStream out = new DataOutputStream(buf);
    out.writeInt(d.units().size());
    for (UnitResult u : d.units()) {
      BinaryStrings.write(out, u.system());
      int[] bySeverity = new int[Severity.values().length];
      for (Finding f : u.findings()) {
        bySeverity[f.severity().ordinal()]++;
      }
      for (int c : bySeverity) {
        out.writeInt(c);
      }
      out.writeInt(u.measurements().size());
      for (var e : u.measurements().entrySet()) {
        BinaryStrings.write(out, e.getKey());
        double[] st = e.getValue().stats();
        out.writeInt(st == null ? -1 : st.length);
        if (st != null) {
          for (double v : st) {
            out.writeDouble(v);
          }
        }
        out.writeInt(e.getValue().findings().size());
      }
    }
    out.flush();
    return buf.toByteArray();
  }

  private static double[] readStats(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0) {
      return null;
    }
    double[] st = new double[len];
    for (int i = 0; i < len; i++) {
      st[i] = in.readDouble();
    }
    return st;
  }

  /** The texts findings point into: the source, the references and each system's fields. */
  static byte[] textsRecord(DocumentResult r) throws IOException {
    Document d = r.document();
    ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    DataOutputStream out = new DataOutputStream(buf);
    BinaryStrings.write(out, d.id());
    BinaryStrings.write(out, d.origin().file());
    out.writeInt(d.origin().line());
    out.writeInt(d.positions().size());
    for (var e : d.positions().entrySet()) {
      BinaryStrings.write(out, e.getKey());
      BinaryStrings.write(out, e.getValue().file());
      out.writeInt(e.getValue().line());
      out.writeInt(e.getValue().column());
    }
    writePassage(out, d.source());
    out.writeInt(d.references().size());
    for (Passage p : d.references()) {
      writePassage(out, p);
    }
    out.writeInt(d.translations().size());
    for (var e : d.translations().entrySet()) {
      BinaryStrings.write(out, e.getKey());
      writePassage(out, e.getValue());
      BinaryStrings.write(out, d.summaryFor(e.getKey()));
    }
    out.flush();
    return buf.toByteArray();
  }

  /**
   * A document with the texts, origin and field positions of {@link #textsRecord} (no metadata).
   */
  static Document readTexts(byte[] record) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
    String id = BinaryStrings.read(in);
    dev.verso.model.Origin origin =
        new dev.verso.model.Origin(BinaryStrings.read(in), in.readInt());
    Map<String, dev.verso.model.TextPosition> positions = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String key = BinaryStrings.read(in);
      positions.put(
          key,
          new dev.verso.model.TextPosition(BinaryStrings.read(in), in.readInt(), in.readInt()));
    }
    Passage source = readPassage(in);
    List<Passage> references = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      references.add(readPassage(in));
    }
    Map<String, Passage> translations = new TreeMap<>();
    Map<String, String> summaries = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String system = BinaryStrings.read(in);
      translations.put(system, readPassage(in));
      String summary = BinaryStrings.read(in);
      if (summary != null) {
        summaries.put(system, summary);
      }
    }
    return new Document(
        id,
        source,
        translations,
        summaries,
        references,
        Map.of(),
        List.of(origin),
        false,
        positions);
  }

  private static void writePassage(DataOutputStream out, Passage p) throws IOException {
    out.writeBoolean(p != null);
    if (p != null) {
      BinaryStrings.write(out, p.title());
      BinaryStrings.write(out, p.text());
    }
  }

  private static Passage readPassage(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    String title = BinaryStrings.read(in);
    return new Passage(title, BinaryStrings.read(in), null);
  }

  /** A finding as a map {@link #readFinding} reads back. */
  static Map<String, Object> findingMap(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("check", f.check());
    m.put("type", f.type().id());
    m.put("severity", f.severity().id());
    m.put("field", f.field());
    m.put("start", f.span().start());
    m.put("end", f.span().end());
    m.put("message", f.message());
    m.put("suggestions", f.suggestions());
    m.put("evidence", f.evidence());
    return m;
  }

  /** A finding read back from its report entry, tagged with its metric. */
  @SuppressWarnings("unchecked")
  static ReportModel.Tagged readFinding(Map<String, Object> m) {
    IssueType type = IssueType.fromId((String) m.get("type"));
    Map<String, Object> evidence = (Map<String, Object>) m.get("evidence");
    return new ReportModel.Tagged(
        (String) m.get("metric"),
        new Finding(
            (String) m.get("check"),
            type,
            Severity.parse((String) m.get("severity")),
            (String) m.get("field"),
            new Span(((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue()),
            (String) m.get("message"),
            (List<String>) m.get("suggestions"),
            evidence == null ? Map.of() : evidence));
  }

  /** One unit's part of a statistics record: its system, finding counts and measurements. */
  record UnitStats(String system, int[] bySeverity, List<MetricStats> measurements) {}

  /** One measurement's statistics (null when the metric did not apply) and finding count. */
  record MetricStats(String metric, double[] stats, int findings) {}

  /** The units of a record written by {@link #statsRecord}. */
  static List<UnitStats> readStatsRecord(byte[] record) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
    List<UnitStats> units = new ArrayList<>();
    for (int u = in.readInt(); u > 0; u--) {
      String system = BinaryStrings.read(in);
      int[] bySeverity = new int[Severity.values().length];
      for (int k = 0; k < bySeverity.length; k++) {
        bySeverity[k] = in.readInt();
      }
      List<MetricStats> ms = new ArrayList<>();
      for (int k = in.readInt(); k > 0; k--) {
        String metric = BinaryStrings.read(in);
        double[] st = readStats(in);
        ms.add(new MetricStats(metric, st, in.readInt()));
      }
      units.add(new UnitStats(system, bySeverity, ms));
    }
    return units;
  }
}
