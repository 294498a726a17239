package dev.verso.report;

import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Finding;
import dev.verso.model.InputProblem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports for corpora too large for memory: each document's results are written as one line of
 * {@code report.jsonl} as soon as it is evaluated; {@code report.json} keeps the summary (corpus
 * scores, configuration, errors) with an empty {@code documents} list and points to the JSONL file;
 * {@code report.html} shows the corpus overview and only the worst documents (a bounded number,
 * kept in a heap while the stream passes). All three files appear together at the end (temporary
 * files, then renames), or not at all.
 */
public final class StreamingReport implements Consumer<DocumentResult>, AutoCloseable {
  /** Per-document results, one JSON object per line. */
  public static final String JSONL_FILE = "report.jsonl";

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter LINE = MAPPER.writer();

  private final List<Metric> metrics;
  private final ReportContext ctx;
  private final ReportFiles files;
  private final Path jsonlTmp;
  private final OutputStream jsonlOut;
  private final PriorityQueue<Ranked> worst;
  private long seq;
  private long documents;

  private record Ranked(DocumentResult result, long weight, long seq) {}

  /** Worse documents first: higher weight, then earlier in input. */
  private static final Comparator<Ranked> BEST_FIRST =
      Comparator.comparingLong(Ranked::weight)
          .thenComparing(Comparator.comparingLong(Ranked::seq).reversed());

  public StreamingReport(List<Metric> metrics, ReportContext ctx, ReportFiles files)
      throws IOException {
    this.metrics = List.copyOf(metrics);
    this.ctx = ctx;
    this.files = files;
    this.worst = new PriorityQueue<>(Math.max(1, files.htmlDocuments() + 1), BEST_FIRST);
    Files.createDirectories(ctx.outputDir());
    if (files.json()) {
      jsonlTmp = AtomicFiles.temporaryFor(ctx.outputDir().resolve(JSONL_FILE));
      jsonlOut = new BufferedOutputStream(Files.newOutputStream(jsonlTmp), 1 << 16);
    } else {
      jsonlTmp = null;
      jsonlOut = null;
    }
  }

  /** Severity weights used to rank documents for the HTML page. */
  static long weight(DocumentResult d) {
    long w = 0;
    for (UnitResult u : d.units()) {
      for (Finding f : u.findings()) {
        w += weight(f.severity());
      }
    }
    return w;
  }

  /** The weight of one finding of {@code s}. */
  static long weight(dev.verso.model.Severity s) {
    return switch (s) {
      case CRITICAL -> 1000;
      case MAJOR -> 100;
      case MINOR -> 10;
      case INFO -> 1;
    };
  }

  @Override
  public void accept(DocumentResult d) {
    documents++;
    if (files.json()) {
      try {
        jsonlOut.write(
            LINE.writeValueAsBytes(ReportModel.document(metrics, d, ctx.suppressions())));
        jsonlOut.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (files.html() && files.htmlDocuments() > 0) {
      worst.add(new Ranked(d, weight(d), seq++));
      if (worst.size() > files.htmlDocuments()) {
        worst.poll();
      }
    }
  }

  /**
   * Writes report.json and report.html and moves all files into place; returns the files written.
   */
  public List<Path> finish(CorpusTotals totals, List<InputProblem> problems, long droppedProblems)
      throws IOException {
    List<Path> written = new ArrayList<>();
    EvaluationResult summary = new EvaluationResult(metrics, List.of(), totals, problems);
    Path jsonTmp = null;
    Path htmlTmp = null;
    try {
      if (files.json()) {
        jsonlOut.close();
        Map<String, Object> tree = ReportModel.build(summary, ctx);
        Map<String, Object> withStream = new LinkedHashMap<>();
        for (var e : tree.entrySet()) {
          withStream.put(e.getKey(), e.getValue());
          if (e.getKey().equals("documents")) {
            withStream.put("documentsFile", JSONL_FILE);
            withStream.put("documentCount", documents);
            withStream.put("errorsNotListed", droppedProblems);
          }
        }
        jsonTmp = AtomicFiles.temporaryFor(ctx.outputDir().resolve(JsonReporter.FILE));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(jsonTmp))) {
          JsonReporter.writer().writeValue(out, withStream);
          out.write('\n');
        }
      }
      if (files.html()) {
        List<DocumentResult> shown = new ArrayList<>();
        for (Ranked r : worst) {
          shown.add(r.result());
        }
        shown.sort(
            Comparator.comparing(d -> d.document().id(), dev.verso.io.NaturalOrder.INSTANCE));
        String page =
            HtmlReporter.render(
                new EvaluationResult(metrics, shown, totals, problems),
                ctx.suppressions(),
                shown.size() < documents
                    ? "showing the "
                        + shown.size()
                        + " documents with the most serious findings of "
                        + documents
                    : null,
                null);
        htmlTmp = AtomicFiles.temporaryFor(ctx.outputDir().resolve(HtmlReporter.FILE));
        Files.write(htmlTmp, page.getBytes(StandardCharsets.UTF_8));
      }
      if (files.json()) {
        written.add(move(jsonlTmp, ctx.outputDir().resolve(JSONL_FILE)));
        written.add(move(jsonTmp, ctx.outputDir().resolve(JsonReporter.FILE)));
      }
      if (files.html()) {
        written.add(move(htmlTmp, ctx.outputDir().resolve(HtmlReporter.FILE)));
      }
      return written;
    } finally {
      for (Path p : new Path[] {jsonlTmp, jsonTmp, htmlTmp}) {
        if (p != null) {
          Files.deleteIfExists(p);
          AtomicFiles.settled(p);
        }
      }
    }
  }

  private static Path move(Path tmp, Path target) throws IOException {
    return AtomicFiles.publish(tmp, target);
  }

  /** Deletes the partial JSONL file when the run is abandoned. */
  @Override
  public void close() throws IOException {
    if (jsonlOut != null) {
      jsonlOut.close();
    }
    if (jsonlTmp != null) {
      Files.deleteIfExists(jsonlTmp);
      AtomicFiles.settled(jsonlTmp);
    }
  }
}
