package dev.verso.report;

import dev.verso.compare.SystemComparison;
import dev.verso.io.NaturalOrder;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.InputProblem;
import dev.verso.model.IssueType;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports of a default run in bounded memory. Each document's results are written to temporary
 * spill files as soon as it is evaluated: its report.json entry, its entry in the HTML page's data,
 * its statistics, its texts (which findings point into) and what the cross-document checks read.
 * Only the ids, the positions of those records and a weight per document stay in memory. {@link
 * #finish} then runs the cross-document checks over the spilled measurements and spills their
 * findings, sums the statistics and compares the systems in report order (by id), and writes
 * report.json and report.html from the spilled entries one document at a time, adding the corpus
 * findings to the entries they point into and rebuilding the page's full views of the worst
 * documents from their entries and texts.
 *
 * <p>The reports are byte for byte those of the evaluation held in memory ({@link JsonReporter},
 * {@link HtmlReporter}); {@code BoundedMemoryTest} compares them.
 */
public final class SpilledReport implements Consumer<DocumentResult>, AutoCloseable {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final List<Metric> metrics;
  private final List<Metric> corpusMetrics;
  private final ReportContext ctx;
  private final boolean json;
  private final boolean html;
  private final int htmlDocuments;
  private final Spill entries;
  private final Spill pageEntries;
  private final Spill stats;
  private final Spill texts;
  private final Spill corpusRecords;
  private final Spill extraFindings;
  // metric id to system to the spilled measurements the metric's corpus checks read
  private final Map<String, Map<String, UnitSpill>> corpusUnits = new TreeMap<>();
  private final List<String> ids = new ArrayList<>();
  // per document: severity-weighted count of its findings (for the page's choice of documents),
  // and the last of its spilled corpus findings (each record links to the one before, -1 ends)
  private long[] weights = new long[1024];
  private int[] lastExtra = new int[1024];
  private int[] previousExtra = new int[1024];
  private long units;

  /** One (metric, system)'s spilled measurements: document numbers and spill records. */
  private static final class UnitSpill {
    int[] documents = new int[64];
    int[] records = new int[64];
    int size;

    void add(int document, int record) {
      if (size == documents.length) {
        documents = Arrays.copyOf(documents, size * 2);
        records = Arrays.copyOf(records, size * 2);
      }
      documents[size] = document;
      records[size++] = record;
    }
  }

  public SpilledReport(
      List<Metric> metrics, ReportContext ctx, boolean json, boolean html, int htmlDocuments)
      throws IOException {
    this.metrics = List.copyOf(metrics);
    this.corpusMetrics = metrics.stream().filter(m -> m instanceof CorpusMetric).toList();
    this.ctx = ctx;
    this.json = json;
    this.html = html;
    this.htmlDocuments = htmlDocuments;
    Path dir = ctx.outputDir();
    Files.createDirectories(dir);
    this.entries = new Spill(dir.resolve("report.entries"));
    this.pageEntries = html ? new Spill(dir.resolve("report.page")) : null;
    this.stats = new Spill(dir.resolve("report.stats"));
    this.texts = new Spill(dir.resolve("report.texts"));
    this.corpusRecords = corpusMetrics.isEmpty() ? null : new Spill(dir.resolve("report.corpus"));
    this.extraFindings = corpusMetrics.isEmpty() ? null : new Spill(dir.resolve("report.extra"));
  }

  @Override
  public void accept(DocumentResult d) {
    try {
      int n = ids.size();
      ids.add(d.document().id());
      units += d.units().size();
      if (n == weights.length) {
        weights = Arrays.copyOf(weights, n * 2);
        lastExtra = Arrays.copyOf(lastExtra, n * 2);
      }
      weights[n] = StreamingReport.weight(d);
      lastExtra[n] = -1;
      entries.add(MAPPER.writeValueAsBytes(ReportModel.document(metrics, d, ctx.suppressions())));
      if (html) {
        pageEntries.add(
            MAPPER.writeValueAsBytes(
                HtmlReporter.documentData(metrics, d, ctx.suppressions(), false)));
      }
      stats.add(statsRecord(d));
      texts.add(textsRecord(d));
      for (UnitResult u : d.units()) {
        for (Metric m : corpusMetrics) {
          Measurement ms = u.measurements().get(m.id());
          if (ms != null) {
            int rec = corpusRecords.add(MAPPER.writeValueAsBytes(ms.details()));
            corpusUnits
                .computeIfAbsent(m.id(), k -> new TreeMap<>())
                .computeIfAbsent(u.system(), k -> new UnitSpill())
                .add(n, rec);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Documents accepted so far. */
  public long count() {
    return ids.size();
  }

  /** What {@link #finish} computed besides the files. */
  public record Finished(List<Path> written, CorpusTotals totals, SystemComparison comparison) {}

  /** Receives each document as reported, in report order, for the quality gates. */
  @FunctionalInterface
  public interface DocumentListener {
    /**
     * One document: its id, each system's scores (metric id to score, NaN where the report has
     * none) and its findings as report rows.
     */
    void accept(String id, Map<String, Map<String, Double>> scores, List<FindingRow> rows);
  }

  /**
   * Runs the cross-document checks, sums the corpus statistics, compares the systems with {@code
   * comparison} (given the metrics, systems and per-document statistics; may return null), hands
   * every document as reported to {@code listener} (may be null) and writes the reports, all files
   * appearing together at the end.
   */
  public Finished finish(
      List<InputProblem> problems,
      long problemsNotListed,
      Comparer comparison,
      DocumentListener listener)
      throws IOException {
    int[] order = reportOrder();
    spillCorpusFindings(order);
    CorpusTotals totals = totals(order);
    SystemComparison sc = comparison.compare(metrics, totals.systems(), documentStats(order));
    ReportContext withComparison = ctx.withComparison(sc);
    if (listener != null) {
      for (int n : order) {
        tell(listener, n);
      }
    }
    List<Path> written = new ArrayList<>();
    Path jsonTmp = null;
    Path htmlTmp = null;
    try {
      if (json) {
        jsonTmp = AtomicFiles.temporaryFor(ctx.outputDir().resolve(JsonReporter.FILE));
        writeJson(jsonTmp, order, totals, problems, problemsNotListed, withComparison);
      }
      if (html) {
        htmlTmp = AtomicFiles.temporaryFor(ctx.outputDir().resolve(HtmlReporter.FILE));
        writeHtml(htmlTmp, order, totals, problems, sc);
      }
      if (json) {
        written.add(AtomicFiles.publish(jsonTmp, ctx.outputDir().resolve(JsonReporter.FILE)));
      }
      if (html) {
        written.add(AtomicFiles.publish(htmlTmp, ctx.outputDir().resolve(HtmlReporter.FILE)));
      }
      return new Finished(written, totals, sc);
    } finally {
      for (Path p : new Path[] {jsonTmp, htmlTmp}) {
        if (p != null) {
          Files.deleteIfExists(p);
          AtomicFiles.settled(p);
        }
      }
    }
  }

  /** Hands document {@code n} as reported to the listener. */
  @SuppressWarnings("unchecked")
  private void tell(DocumentListener listener, int n) throws IOException {
    Map<String, Object> tree = MAPPER.readValue(reportedEntry(n), LinkedHashMap.class);
    Document doc = readTexts(texts.get(n));
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    List<FindingRow> rows = new ArrayList<>();
    for (Object o : (List<Object>) tree.get("systems")) {
      Map<String, Object> unit = (Map<String, Object>) o;
      String system = (String) unit.get("system");
      Map<String, Double> s = new LinkedHashMap<>();
      ((Map<String, Object>) unit.get("scores"))
          .forEach((k, v) -> s.put(k, v == null ? Double.NaN : ((Number) v).doubleValue()));
      scores.put(system, s);
      for (Object f : (List<Object>) unit.get("findings")) {
        rows.add(new FindingRow(doc, system, (Map<String, Object>) f));
      }
    }
    listener.accept(ids.get(n), scores, rows);
  }

  /** Document {@code n}'s report.json entry, with its corpus findings. */
  private byte[] reportedEntry(int n) throws IOException {
    byte[] entry = entries.get(n);
    Map<Evaluator.UnitKey, List<Finding>> mine = extrasOf(n);
    return mine == null ? entry : withFindings(entry, n, mine, Function.identity());
  }

  /** Compares systems given their per-document statistics (see {@link SystemComparison#of}). */
  @FunctionalInterface
  public interface Comparer {
    SystemComparison compare(
        List<Metric> metrics,
        List<String> systems,
        Iterable<Map<String, Map<String, double[]>>> documents);
  }

  /** Document numbers in report order: by id. */
  private int[] reportOrder() {
    Integer[] boxed = new Integer[ids.size()];
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> NaturalOrder.INSTANCE.compare(ids.get(a), ids.get(b)));
    int[] order = new int[boxed.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /**
   * Runs the cross-document checks over the spilled measurements (in report order) and spills their
   * findings, linked per document, adding their weight to the document's.
   */
  private void spillCorpusFindings(int[] order) throws IOException {
    if (corpusUnits.isEmpty()) {
      return;
    }
    int[] rank = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
    }
    Map<String, Integer> byId = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), i);
    }
    Map<String, Map<String, List<CorpusMetric.UnitMeasurement>>> units = new TreeMap<>();
    for (var byMetric : corpusUnits.entrySet()) {
      for (var bySystem : byMetric.getValue().entrySet()) {
        UnitSpill s = bySystem.getValue();
        Integer[] idx = new Integer[s.size];
        for (int i = 0; i < idx.length; i++) {
          idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingInt(i -> rank[s.documents[i]]));
        units
            .computeIfAbsent(byMetric.getKey(), k -> new TreeMap<>())
            .put(bySystem.getKey(), new SpilledUnits(s, idx));
      }
    }
    Evaluator.corpusFindings(
        metrics,
        units,
        (doc, unit, f) -> {
          Integer n = byId.get(doc);
          if (n == null) {
            return; // a corpus metric pointing outside the corpus: nothing to attach it to
          }
          try {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("system", unit.system());
            rec.put("metric", unit.metric());
            rec.put("finding", findingMap(f));
            int r = extraFindings.add(MAPPER.writeValueAsBytes(rec));
            if (r == previousExtra.length) {
              previousExtra = Arrays.copyOf(previousExtra, r * 2);
            }
            previousExtra[r] = lastExtra[n];
            lastExtra[n] = r;
            weights[n] += StreamingReport.weight(f.severity());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Document {@code n}'s corpus findings by unit key, in the order found, or null for none. */
  @SuppressWarnings("unchecked")
  private Map<Evaluator.UnitKey, List<Finding>> extrasOf(int n) throws IOException {
    if (lastExtra[n] < 0) {
      return null;
    }
    List<Integer> chain = new ArrayList<>();
    for (int r = lastExtra[n]; r >= 0; r = previousExtra[r]) {
      chain.add(r);
    }
    Map<Evaluator.UnitKey, List<Finding>> out = new TreeMap<>();
    for (int k = chain.size() - 1; k >= 0; k--) {
      Map<String, Object> rec =
          MAPPER.readValue(extraFindings.get(chain.get(k)), LinkedHashMap.class);
      out.computeIfAbsent(
              new Evaluator.UnitKey((String) rec.get("system"), (String) rec.get("metric")),
              x -> new ArrayList<>())
          .add(readFinding((Map<String, Object>) rec.get("finding")).f());
    }
    return out;
  }

  /** A finding as a map {@link #readFinding} reads back. */
  private static Map<String, Object> findingMap(Finding f) {
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

  /** A (metric, system)'s measurements in report order, read from the spill as they are needed. */
  private final class SpilledUnits extends AbstractList<CorpusMetric.UnitMeasurement> {
    private final UnitSpill spill;
    private final Integer[] order;

    SpilledUnits(UnitSpill spill, Integer[] order) {
      this.spill = spill;
      this.order = order;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CorpusMetric.UnitMeasurement get(int i) {
      int k = order[i];
      try {
        Map<String, Object> details =
            MAPPER.readValue(corpusRecords.get(spill.records[k]), LinkedHashMap.class);
        return new CorpusMetric.UnitMeasurement(
            ids.get(spill.documents[k]), new Measurement(null, List.of(), details, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public int size() {
      return order.length;
    }
  }

  /** The corpus totals, summed in report order, with the corpus findings counted. */
  private CorpusTotals totals(int[] order) throws IOException {
    CorpusTotals totals = new CorpusTotals(metrics);
    for (int n : order) {
      Map<Evaluator.UnitKey, List<Finding>> found = extrasOf(n);
      Map<Evaluator.UnitKey, List<Finding>> mine = found == null ? Map.of() : found;
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(stats.get(n)));
      int nUnits = in.readInt();
      totals.addDocument(nUnits);
      for (int u = 0; u < nUnits; u++) {
        String system = readString(in);
        for (Severity s : Severity.values()) {
          totals.addFindings(s, in.readInt());
        }
        int nMeasurements = in.readInt();
        for (int k = 0; k < nMeasurements; k++) {
          String metric = readString(in);
          double[] st = readStats(in);
          int findings = in.readInt();
          List<Finding> added = mine.getOrDefault(new Evaluator.UnitKey(system, metric), List.of());
          for (Finding f : added) {
            totals.addFindings(f.severity(), 1);
          }
          totals.add(system, metric, st, findings + added.size());
        }
      }
    }
    return totals;
  }

  /** The applicable statistics of every document in report order (system to metric to stats). */
  private Iterable<Map<String, Map<String, double[]>>> documentStats(int[] order) {
    return () ->
        new Iterator<>() {
          private int i;

          @Override
          public boolean hasNext() {
            return i < order.length;
          }

          @Override
          public Map<String, Map<String, double[]>> next() {
            try {
              DataInputStream in =
                  new DataInputStream(new ByteArrayInputStream(stats.get(order[i++])));
              Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
              int nUnits = in.readInt();
              for (int u = 0; u < nUnits; u++) {
                String system = readString(in);
                in.skipBytes(4 * Severity.values().length);
                Map<String, double[]> m = new LinkedHashMap<>();
                int nMeasurements = in.readInt();
                for (int k = 0; k < nMeasurements; k++) {
                  String metric = readString(in);
                  double[] st = readStats(in);
                  in.readInt();
                  if (st != null) {
                    m.put(metric, st);
                  }
                }
                out.put(system, m);
              }
              return out;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
  }

  /** One document's statistics: per unit, its system, finding counts and measurements. */
  private static byte[] statsRecord(DocumentResult d) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    DataOutputStream out = new DataOutputStream(buf);
    out.writeInt(d.units().size());
    for (UnitResult u : d.units()) {
      writeString(out, u.system());
      int[] bySeverity = new int[Severity.values().length];
      for (Finding f : u.findings()) {
        bySeverity[f.severity().ordinal()]++;
      }
      for (int c : bySeverity) {
        out.writeInt(c);
      }
      out.writeInt(u.measurements().size());
      for (var e : u.measurements().entrySet()) {
        writeString(out, e.getKey());
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
  private static byte[] textsRecord(DocumentResult r) throws IOException {
    Document d = r.document();
    ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);
    DataOutputStream out = new DataOutputStream(buf);
    writeString(out, d.id());
    writeString(out, d.origin().file());
    out.writeInt(d.origin().line());
    out.writeInt(d.positions().size());
    for (var e : d.positions().entrySet()) {
      writeString(out, e.getKey());
      writeString(out, e.getValue().file());
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
      writeString(out, e.getKey());
      writePassage(out, e.getValue());
      writeString(out, d.summaryFor(e.getKey()));
    }
    out.flush();
    return buf.toByteArray();
  }

  /**
   * A document with the texts, origin and field positions of {@link #textsRecord} (no metadata).
   */
  private static Document readTexts(byte[] record) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
    String id = readString(in);
    dev.verso.model.Origin origin = new dev.verso.model.Origin(readString(in), in.readInt());
    Map<String, dev.verso.model.TextPosition> positions = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String key = readString(in);
      positions.put(
          key, new dev.verso.model.TextPosition(readString(in), in.readInt(), in.readInt()));
    }
    Passage source = readPassage(in);
    List<Passage> references = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      references.add(readPassage(in));
    }
    Map<String, Passage> translations = new TreeMap<>();
    Map<String, String> summaries = new TreeMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      String system = readString(in);
      translations.put(system, readPassage(in));
      String summary = readString(in);
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
      writeString(out, p.title());
      writeString(out, p.text());
    }
  }

  private static Passage readPassage(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    String title = readString(in);
    return new Passage(title, readString(in), null);
  }

  /** A string of any length (or null) as a byte count and UTF-8 bytes. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0) {
      return null;
    }
    byte[] b = new byte[len];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** report.json: the summary of {@link ReportModel#build} with the documents streamed in. */
  private void writeJson(
      Path target,
      int[] order,
      CorpusTotals totals,
      List<InputProblem> problems,
      long problemsNotListed,
      ReportContext withComparison)
      throws IOException {
    Map<String, Object> tree =
        ReportModel.build(
            new dev.verso.metric.EvaluationResult(metrics, List.of(), totals, problems),
            withComparison);
    if (problemsNotListed > 0) {
      tree.put("errorsNotListed", problemsNotListed);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
        JsonGenerator gen = JsonReporter.writer().createGenerator(out)) {
      gen.writeStartObject();
      for (var e : tree.entrySet()) {
        gen.writeName(e.getKey());
        if (!e.getKey().equals("documents")) {
          gen.writePOJO(e.getValue());
          continue;
        }
        gen.writeStartArray();
        for (int n : order) {
          try (JsonParser p = MAPPER.createParser(reportedEntry(n))) {
            p.nextToken();
            gen.copyCurrentStructure(p);
          }
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();
      // like JsonReporter's: the document ends at its closing brace, without a line end
    }
  }

  /**
   * The documents the page shows in full: the {@code htmlDocuments} with the most serious findings
   * (severity-weighted, corpus findings included); ties go to the earlier document in report order.
   */
  private java.util.Set<Integer> fullDocuments(int[] order) {
    Comparator<Integer> worseFirst =
        Comparator.comparingLong((Integer n) -> -weights[n])
            .thenComparing(n -> ids.get(n), NaturalOrder.INSTANCE);
    PriorityQueue<Integer> kept = new PriorityQueue<>(worseFirst.reversed());
    for (int n : order) {
      kept.add(n);
      if (kept.size() > htmlDocuments) {
        kept.poll();
      }
    }
    return new java.util.HashSet<>(kept);
  }

  /** report.html: the page with the spilled entries, the worst documents in full. */
  private void writeHtml(
      Path target,
      int[] order,
      CorpusTotals totals,
      List<InputProblem> problems,
      SystemComparison sc)
      throws IOException {
    java.util.Set<Integer> full = fullDocuments(order);
    String note =
        full.size() < ids.size()
            ? "texts and side-by-side views for the "
                + full.size()
                + " documents with the most serious findings;"
                + " scores and findings for all "
                + ids.size()
                + " (every text is in report.json)"
            : null;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
      HtmlReporter.writePage(
          out,
          new HtmlReporter.PageSummary(metrics, totals, problems, ids.size(), units, note),
          sc,
          sink -> {
            for (int n : order) {
              if (full.contains(n)) {
                sink.add(MAPPER.writeValueAsString(fullPageEntry(n)));
                continue;
              }
              byte[] entry = pageEntries.get(n);
              Map<Evaluator.UnitKey, List<Finding>> mine = extrasOf(n);
              if (mine != null) {
                entry = withFindings(entry, n, mine, HtmlReporter::withoutEvidence);
              }
              sink.add(new String(entry, StandardCharsets.UTF_8));
            }
          });
    }
  }

  /**
   * Document {@code n}'s page entry with texts and alignment ({@link HtmlReporter#documentData}
   * with texts), rebuilt from its report.json entry and its spilled texts.
   */
  @SuppressWarnings("unchecked")
  private Map<String, Object> fullPageEntry(int n) throws IOException {
    Map<String, Object> entry = MAPPER.readValue(reportedEntry(n), LinkedHashMap.class);
    Document doc = readTexts(texts.get(n));
    Map<String, Object> dm = new LinkedHashMap<>();
    dm.put("id", entry.get("id"));
    dm.put("meta", entry.get("meta"));
    Map<String, Object> fields = new LinkedHashMap<>();
    if (Boolean.TRUE.equals(entry.get("hasSource"))) {
      fields.put(Fields.SOURCE_TITLE, doc.source().title());
      fields.put(Fields.SOURCE_TEXT, doc.source().text());
    }
    dm.put("fields", fields);
    List<Object> systems = new ArrayList<>();
    for (Object o : (List<Object>) entry.get("systems")) {
      Map<String, Object> unit = (Map<String, Object>) o;
      String system = (String) unit.get("system");
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("system", system);
      sm.put("scores", unit.get("scores"));
      sm.put("findings", unit.get("findings"));
      Map<String, Object> sf = new LinkedHashMap<>();
      sf.put(Fields.TRANSLATION_TITLE, doc.translations().get(system).title());
      sf.put(Fields.TRANSLATION_TEXT, doc.translations().get(system).text());
      sf.put(Fields.SUMMARY, doc.summaryFor(system));
      sm.put("fields", sf);
      Map<String, Object> details = new LinkedHashMap<>();
      Object alignment = ((Map<String, Object>) unit.get("details")).get(HtmlReporter.ALIGNMENT);
      if (alignment instanceof Map<?, ?> a && !a.isEmpty()) {
        details.put(HtmlReporter.ALIGNMENT, alignment);
      }
      sm.put("details", details);
      systems.add(sm);
    }
    dm.put("systems", systems);
    return dm;
  }

  /**
   * A spilled entry (report.json's or the page's) with corpus findings added to its systems'
   * finding lists: the listed findings are read back, joined with the new ones and rendered again
   * in report order, so ids, order and suppression are those of an evaluation held in memory.
   */
  @SuppressWarnings("unchecked")
  private byte[] withFindings(
      byte[] entry,
      int n,
      Map<Evaluator.UnitKey, List<Finding>> mine,
      Function<List<Object>, List<Object>> form)
      throws IOException {
    Map<String, Object> tree = MAPPER.readValue(entry, LinkedHashMap.class);
    Document texts = readTexts(this.texts.get(n));
    for (Object o : (List<Object>) tree.get("systems")) {
      Map<String, Object> unit = (Map<String, Object>) o;
      String system = (String) unit.get("system");
      List<ReportModel.Tagged> tagged = new ArrayList<>();
      boolean added = false;
      for (var e : mine.entrySet()) {
        if (e.getKey().system().equals(system)) {
          added = true;
          for (Finding f : e.getValue()) {
            tagged.add(new ReportModel.Tagged(e.getKey().metric(), f));
          }
        }
      }
      if (!added) {
        continue;
      }
      for (Object f : (List<Object>) unit.get("findings")) {
        tagged.add(readFinding((Map<String, Object>) f));
      }
      unit.put(
          "findings", form.apply(ReportModel.findings(texts, system, tagged, ctx.suppressions())));
    }
    return MAPPER.writeValueAsBytes(tree);
  }

  /** A finding read back from its report entry, tagged with its metric. */
  @SuppressWarnings("unchecked")
  private static ReportModel.Tagged readFinding(Map<String, Object> m) {
    IssueType type = null;
    for (IssueType t : IssueType.values()) {
      if (t.id().equals(m.get("type"))) {
        type = t;
      }
    }
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

  /** Deletes the spill files. */
  @Override
  public void close() throws IOException {
    for (Spill s : new Spill[] {entries, pageEntries, stats, texts, corpusRecords, extraFindings}) {
      if (s != null) {
        s.close();
      }
    }
  }
}
