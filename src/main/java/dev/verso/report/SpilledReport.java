package dev.verso.report;

import dev.verso.compare.SystemComparison;
import dev.verso.io.NaturalOrder;
import dev.verso.metric.CorpusFindings;
import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Metric;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.InputProblem;
import dev.verso.model.Severity;
import dev.verso.text.Background;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  private final ReportContext ctx;
  private final ReportFiles files;
  private final Spill entries;
  private final Spill pageEntries;
  private final Spill stats;
  private final Spill texts;
  private final SpilledCorpusChecks corpusChecks;
  private final List<String> ids = new ArrayList<>();
  // per document: severity-weighted count of its findings, corpus findings included (for the
  // page's choice of documents)
  private long[] weights = new long[1024];
  private long units;

  public SpilledReport(List<Metric> metrics, ReportContext ctx, ReportFiles files)
      throws IOException {
    this.metrics = List.copyOf(metrics);
    this.ctx = ctx;
    this.files = files;
    Path dir = ctx.outputDir();
    Files.createDirectories(dir);
    this.entries = new Spill(dir.resolve("report.entries"));
    this.pageEntries = files.html() ? new Spill(dir.resolve("report.page")) : null;
    this.stats = new Spill(dir.resolve("report.stats"));
    this.texts = new Spill(dir.resolve("report.texts"));
    this.corpusChecks = new SpilledCorpusChecks(metrics, dir);
  }

  @Override
  public void accept(DocumentResult d) {
    try {
      int n = ids.size();
      ids.add(d.document().id());
      units += d.units().size();
      if (n == weights.length) {
        weights = Arrays.copyOf(weights, n * 2);
      }
      weights[n] = StreamingReport.weight(d);
      ReportedDocument entry = ReportModel.reported(metrics, d, ctx.suppressions());
      entries.add(MAPPER.writeValueAsBytes(entry.toMap()));
      if (files.html()) {
        pageEntries.add(MAPPER.writeValueAsBytes(pageEntry(entry, null)));
      }
      stats.add(SpillRecords.statsRecord(d));
      texts.add(SpillRecords.textsRecord(d));
      corpusChecks.add(n, d);
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
    corpusChecks.run(order, ids, (n, f) -> weights[n] += StreamingReport.weight(f.severity()));
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
      // report.html is written on a second thread while report.json is written on this one: they
      // only read the spill files (positional reads) and the sums
      Future<?> html = null;
      if (files.html()) {
        Path target = AtomicFiles.temporaryFor(ctx.outputDir().resolve(HtmlReporter.FILE));
        htmlTmp = target;
        if (files.json()) {
          html =
              HTML_WRITER.submit(
                  () -> {
                    try {
                      writeHtml(target, order, totals, problems, sc);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
        } else {
          writeHtml(target, order, totals, problems, sc);
        }
      }
      try {
        if (files.json()) {
          jsonTmp = AtomicFiles.temporaryFor(ctx.outputDir().resolve(JsonReporter.FILE));
          writeJson(jsonTmp, order, totals, problems, problemsNotListed, withComparison);
        }
      } finally {
        await(html);
      }
      if (files.json()) {
        written.add(AtomicFiles.publish(jsonTmp, ctx.outputDir().resolve(JsonReporter.FILE)));
      }
      if (files.html()) {
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

  // the thread that writes report.html while report.json is written (a daemon: it never keeps the
  // JVM alive)
  private static final ExecutorService HTML_WRITER =
      Executors.newSingleThreadExecutor(Background.daemons("verso-report-html"));

  /** Waits for {@code task} (may be null) and passes on what it threw. */
  private static void await(Future<?> task) throws IOException {
    if (task == null) {
      return;
    }
    try {
      Background.result(task);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Hands document {@code n} as reported to the listener. */
  @SuppressWarnings("unchecked")
  private void tell(DocumentListener listener, int n) throws IOException {
    ReportedDocument entry =
        ReportedDocument.fromMap(MAPPER.readValue(reportedEntry(n), LinkedHashMap.class));
    Document doc = SpillRecords.readTexts(texts.get(n));
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    List<FindingRow> rows = new ArrayList<>();
    for (ReportedUnit unit : entry.systems()) {
      scores.put(unit.system(), unit.scoreValues());
      for (ReportedFinding f : unit.findings()) {
        rows.add(new FindingRow(doc, unit.system(), f));
      }
    }
    listener.accept(ids.get(n), scores, rows);
  }

  /** Document {@code n}'s report.json entry, with its corpus findings. */
  private byte[] reportedEntry(int n) throws IOException {
    byte[] entry = entries.get(n);
    Map<CorpusFindings.UnitKey, List<Finding>> mine = corpusChecks.findingsOf(n);
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

  /** The corpus totals, summed in report order, with the corpus findings counted. */
  private CorpusTotals totals(int[] order) throws IOException {
    CorpusTotals totals = new CorpusTotals(metrics);
    for (int n : order) {
      Map<CorpusFindings.UnitKey, List<Finding>> found = corpusChecks.findingsOf(n);
      Map<CorpusFindings.UnitKey, List<Finding>> mine = found == null ? Map.of() : found;
      List<SpillRecords.UnitStats> unitStats = SpillRecords.readStatsRecord(stats.get(n));
      totals.addDocument(unitStats.size());
      for (SpillRecords.UnitStats u : unitStats) {
        for (Severity s : Severity.values()) {
          totals.addFindings(s, u.bySeverity()[s.ordinal()]);
        }
        for (SpillRecords.MetricStats m : u.measurements()) {
          List<Finding> added =
              mine.getOrDefault(new CorpusFindings.UnitKey(u.system(), m.metric()), List.of());
          for (Finding f : added) {
            totals.addFindings(f.severity(), 1);
          }
          totals.add(u.system(), m.metric(), m.stats(), m.findings() + added.size());
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
              Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
              for (SpillRecords.UnitStats u : SpillRecords.readStatsRecord(stats.get(order[i++]))) {
                Map<String, double[]> m = new LinkedHashMap<>();
                for (SpillRecords.MetricStats ms : u.measurements()) {
                  if (ms.stats() != null) {
                    m.put(ms.metric(), ms.stats());
                  }
                }
                out.put(u.system(), m);
              }
              return out;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
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
      if (kept.size() > files.htmlDocuments()) {
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
                sink.add(fullPageEntry(n));
                continue;
              }
              byte[] entry = pageEntries.get(n);
              Map<CorpusFindings.UnitKey, List<Finding>> mine = corpusChecks.findingsOf(n);
              sink.add(
                  mine == null
                      ? tree(entry)
                      : withFindingsTree(entry, n, mine, HtmlReporter::withoutEvidence));
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
    return pageEntry(
        ReportedDocument.fromMap(MAPPER.readValue(reportedEntry(n), LinkedHashMap.class)),
        SpillRecords.readTexts(texts.get(n)));
  }

  /**
   * The page entry of a document given its report.json entry: with {@code texts} the full view
   * (fields and alignment), without (null) the scores and findings without evidence. Built from the
   * entry so that a document's findings are rendered once.
   */
  private static Map<String, Object> pageEntry(ReportedDocument entry, Document texts) {
    List<HtmlReporter.PageUnit> units = new ArrayList<>();
    for (ReportedUnit unit : entry.systems()) {
      units.add(
          new HtmlReporter.PageUnit(
              unit.system(),
              unit.scores(),
              texts == null ? HtmlReporter.withoutEvidence(unit.findings()) : unit.findings(),
              unit.details().get(HtmlReporter.ALIGNMENT)));
    }
    return HtmlReporter.pageEntry(entry.id(), entry.meta(), entry.hasSource(), texts, units);
  }

  /**
   * A spilled entry (report.json's or the page's) with corpus findings added to its systems'
   * finding lists: the listed findings are read back, joined with the new ones and rendered again
   * in report order, so ids, order and suppression are those of an evaluation held in memory.
   */
  private byte[] withFindings(
      byte[] entry,
      int n,
      Map<CorpusFindings.UnitKey, List<Finding>> mine,
      Function<List<ReportedFinding>, List<ReportedFinding>> form)
      throws IOException {
    return MAPPER.writeValueAsBytes(withFindingsTree(entry, n, mine, form));
  }

  /** A spilled entry read back as a tree. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> tree(byte[] entry) {
    return MAPPER.readValue(entry, LinkedHashMap.class);
  }

  /** {@link #withFindings} as a tree. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> withFindingsTree(
      byte[] entry,
      int n,
      Map<CorpusFindings.UnitKey, List<Finding>> mine,
      Function<List<ReportedFinding>, List<ReportedFinding>> form)
      throws IOException {
    Map<String, Object> tree = tree(entry);
    Document texts = SpillRecords.readTexts(this.texts.get(n));
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
      for (ReportedFinding f : reported(unit.get("findings"))) {
        tagged.add(f.tagged());
      }
      unit.put(
          "findings",
          ReportedFinding.toMaps(
              form.apply(ReportModel.findings(texts, system, tagged, ctx.suppressions()))));
    }
    return tree;
  }

  /** A finding list of a spilled entry, read back as report entries. */
  @SuppressWarnings("unchecked")
  private static List<ReportedFinding> reported(Object findings) {
    List<ReportedFinding> out = new ArrayList<>();
    for (Object f : (List<Object>) findings) {
      out.add(ReportedFinding.fromMap((Map<String, Object>) f));
    }
    return out;
  }

  /** Deletes the spill files. */
  @Override
  public void close() throws IOException {
    corpusChecks.close();
    for (Spill s : new Spill[] {entries, pageEntries, stats, texts}) {
      if (s != null) {
        s.close();
      }
    }
  }
}
