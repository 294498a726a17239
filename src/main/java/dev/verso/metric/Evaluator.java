package dev.verso.metric;

import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.InputProblem;
import dev.verso.text.Background;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs metrics over documents, in parallel per document, handing results to a sink in input order
 * so that output is identical whatever the number of threads. A metric that throws on one unit is
 * recorded as a failure of that unit and metric; the rest goes on.
 */
public final class Evaluator {

  /** Report order of findings: field, position, then check and message. */
  public static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::field)
          .thenComparing(Finding::span)
          .thenComparing(Finding::check)
          .thenComparing(Finding::message);

  /**
   * Default limit on one field's length in characters (about 20 pages of English, 30 of Chinese). A
   * longer field is not evaluated: its document becomes an error naming the field and the limit, so
   * one runaway input (a whole crawl in one line) never holds up or sinks the run.
   */
  public static final int DEFAULT_MAX_FIELD_CHARS = 100_000;

  /**
   * Default limit on one document's evaluation time, in seconds (seed-sized documents take
   * milliseconds).
   */
  public static final int DEFAULT_TIMEOUT_SECONDS = 60;

  private final List<Metric> metrics;
  private final int threads;
  private final int maxFieldChars;
  private final long timeoutMillis;

  public Evaluator(List<Metric> metrics, int threads) {
    this(metrics, threads, DEFAULT_MAX_FIELD_CHARS, 0);
  }

  /**
   * An evaluator that refuses documents with a field longer than {@code maxFieldChars} and gives up
   * on a document whose evaluation runs longer than {@code timeoutSeconds} (0: no limit).
   */
  public Evaluator(List<Metric> metrics, int threads, int maxFieldChars, int timeoutSeconds) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (maxFieldChars < 1) {
      throw new IllegalArgumentException(
          "the field length limit must be at least 1, got " + maxFieldChars);
    }
    this.metrics = List.copyOf(metrics);
    this.threads = threads;
    this.maxFieldChars = maxFieldChars;
    if (timeoutSeconds < 0) {
      throw new IllegalArgumentException(
          "the time limit must not be negative, got " + timeoutSeconds);
    }
    this.timeoutMillis = timeoutSeconds * 1000L;
  }

  /**
   * Why {@code doc} is too large to evaluate (its longest field over {@code maxFieldChars}), or
   * null.
   */
  public static String oversize(Document doc, int maxFieldChars) {
    String field = null;
    int len = 0;
    if (doc.source() != null) {
      int l = length(doc.source());
      if (l > len) {
        len = l;
        field = "source";
      }
    }
    for (var e : doc.translations().entrySet()) {
      int l = length(e.getValue());
      if (l > len) {
        len = l;
        field = "translations." + e.getKey();
      }
    }
    for (var e : doc.summaries().entrySet()) {
      int l = e.getValue() == null ? 0 : e.getValue().length();
      if (l > len) {
        len = l;
        field = "summaries." + e.getKey();
      }
    }
    for (int i = 0; i < doc.references().size(); i++) {
      int l = length(doc.references().get(i));
      if (l > len) {
        len = l;
        field = "references[" + i + "]";
      }
    }
    if (len <= maxFieldChars) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "document '%s' not evaluated: field %s has %,d characters, over the limit of %,d per field"
            + " (split the document, or raise the limit with --max-field-chars)",
        doc.id(),
        field,
        len,
        maxFieldChars);
  }

  private static int length(dev.verso.model.Passage p) {
    if (p == null) {
      return 0;
    }
    return (p.title() == null ? 0 : p.title().length())
        + (p.text() == null ? 0 : p.text().length());
  }

  /** The metrics this evaluator runs. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** Evaluates one document: every system, every metric. */
  public DocumentResult evaluate(Document doc) {
    Map<Object, Object> docCache = new ConcurrentHashMap<>();
    List<UnitResult> units = new ArrayList<>();
    for (String system : doc.translations().keySet()) {
      EvaluationContext ctx = EvaluationContext.in(doc, system, docCache);
      Map<String, Measurement> ms = new TreeMap<>();
      Map<String, String> failures = new TreeMap<>();
      List<Finding> findings = new ArrayList<>();
      for (Metric m : metrics) {
        try {
          Measurement r = m.measure(ctx);
          ms.put(m.id(), r);
          findings.addAll(r.findings());
        } catch (RuntimeException | StackOverflowError e) {
          failures.put(m.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
          // one document's allocation too large for the heap: that unit fails, the run goes on
          failures.put(
              m.id(),
              "out of memory on this document (raise JAVA_OPTS=-Xmx… or split the document)");
        }
      }
      findings.sort(FINDING_ORDER);
      units.add(new UnitResult(system, ms, List.copyOf(findings), failures));
    }
    return new DocumentResult(doc, List.copyOf(units));
  }

  /**
   * Evaluates every document, calling {@code sink} with each result in input order, and returns the
   * corpus totals. At most a few documents per thread are in flight, so memory stays bounded.
   */
  public CorpusTotals run(
      Iterator<Document> docs, Consumer<DocumentResult> sink, List<InputProblem> problems) {
    CorpusTotals totals = new CorpusTotals(metrics);
    inOrder(
        docs,
        this::evaluate,
        r -> {
          totals.add(r);
          recordFailures(r, problems);
          sink.accept(r);
        },
        problems);
    return totals;
  }

  /**
   * Applies {@code work} to every document of {@code docs} within the field length limit, on this
   * evaluator's threads and under its time limit, and calls {@code sink} with the results in input
   * order; a document over either limit becomes an error in {@code problems} and has no result. At
   * most a few documents per thread are in flight, so memory stays bounded. {@code work} must not
   * throw for one bad document ({@link #evaluate} records failures in its result instead).
   */
  public <T> void inOrder(
      Iterator<Document> docs,
      java.util.function.Function<Document, T> work,
      Consumer<T> sink,
      List<InputProblem> problems) {
    docs = withinLimit(docs, problems);
    if (threads == 1 && timeoutMillis == 0) {
      while (docs.hasNext()) {
        sink.accept(work.apply(docs.next()));
      }
      return;
    }
    java.util.concurrent.ThreadPoolExecutor pool =
        new java.util.concurrent.ThreadPoolExecutor(
            threads,
            threads,
            1,
            java.util.concurrent.TimeUnit.MINUTES,
            new java.util.concurrent.LinkedBlockingQueue<>(),
            Background.daemons("verso-eval"));
    try {
      Deque<Pending<T>> window = new ArrayDeque<>();
      int maxInFlight = threads * 4;
      while (docs.hasNext()) {
        Document d = docs.next();
        java.util.concurrent.atomic.AtomicLong started =
            new java.util.concurrent.atomic.AtomicLong();
        window.add(
            new Pending<>(
                d,
                started,
                pool.submit(
                    () -> {
                      started.set(System.nanoTime());
                      return work.apply(d);
                    })));
        if (window.size() >= maxInFlight) {
          accept(window.poll(), pool, sink, problems);
        }
      }
      while (!window.isEmpty()) {
        accept(window.poll(), pool, sink, problems);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A document handed to the pool, with the time its work started (0 until then). */
  private record Pending<T>(
      Document doc, java.util.concurrent.atomic.AtomicLong started, Future<T> result) {}

  /**
   * Waits for one document; when its work runs past the time limit it becomes an error and its
   * worker is left to finish in the background while a new worker takes its place.
   */
  private <T> void accept(
      Pending<T> p,
      java.util.concurrent.ThreadPoolExecutor pool,
      Consumer<T> consume,
      List<InputProblem> problems) {
    if (timeoutMillis == 0) {
      consume.accept(Background.result(p.result()));
      return;
    }
    while (true) {
      long start = p.started().get();
      long waited = start == 0 ? 0 : (System.nanoTime() - start) / 1_000_000;
      long left = start == 0 ? timeoutMillis : timeoutMillis - waited;
      if (left <= 0) {
        p.result().cancel(true);
        synchronized (pool) {
          pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
          pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        problems.add(
            InputProblem.error(
                p.doc().origin().file(),
                p.doc().origin().line(),
                null,
                overtime(p.doc(), timeoutMillis / 1000)));
        return;
      }
      try {
        consume.accept(
            p.result().get(Math.min(left, 1000), java.util.concurrent.TimeUnit.MILLISECONDS));
        return;
      } catch (java.util.concurrent.TimeoutException e) {
        // not done yet: look at the clock again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        consume.accept(Background.result(p.result()));
        return;
      }
    }
  }

  /** Why {@code doc} was not evaluated when it ran past the limit of {@code seconds}. */
  public static String overtime(Document doc, long seconds) {
    return String.format(
        java.util.Locale.ROOT,
        "document '%s' not evaluated: it took longer than the limit of %d s per document"
            + " (split the document, or raise the limit with --document-timeout)",
        doc.id(),
        seconds);
  }

  /** The documents within the field length limit; the others become errors in {@code problems}. */
  private Iterator<Document> withinLimit(Iterator<Document> docs, List<InputProblem> problems) {
    return new Iterator<>() {
      private Document next;

      @Override
      public boolean hasNext() {
        while (next == null && docs.hasNext()) {
          Document d = docs.next();
          String why = oversize(d, maxFieldChars);
          if (why == null) {
            next = d;
          } else {
            problems.add(InputProblem.error(d.origin().file(), d.origin().line(), null, why));
          }
        }
        return next != null;
      }

      @Override
      public Document next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Document d = next;
        next = null;
        return d;
      }
    };
  }

  /** Evaluates a list of documents and keeps every result in memory. */
  public EvaluationResult evaluateAll(List<Document> docs, List<InputProblem> problems) {
    return evaluateAll(docs, problems, r -> {});
  }

  /** Like {@link #evaluateAll(List, List)}, calling {@code progress} after each document. */
  public EvaluationResult evaluateAll(
      List<Document> docs, List<InputProblem> problems, Consumer<DocumentResult> progress) {
    List<DocumentResult> results = new ArrayList<>();
    List<InputProblem> all = new ArrayList<>(problems);
    CorpusTotals totals =
        run(
            docs.iterator(),
            r -> {
              results.add(r);
              progress.accept(r);
            },
            all);
    if (metrics.stream().anyMatch(m -> m instanceof CorpusMetric)) {
      List<DocumentResult> withCorpus = addCorpusFindings(results);
      totals = new CorpusTotals(metrics);
      for (DocumentResult r : withCorpus) {
        totals.add(r);
      }
      return new EvaluationResult(metrics, List.copyOf(withCorpus), totals, List.copyOf(all));
    }
    return new EvaluationResult(metrics, List.copyOf(results), totals, List.copyOf(all));
  }

  /**
   * Runs the cross-document checks of every {@link CorpusMetric} (once per system, units in
   * document order) and adds their findings to the measurements of the documents they point into;
   * statistics are unchanged.
   */
  private List<DocumentResult> addCorpusFindings(List<DocumentResult> results) {
    Map<String, Map<String, List<CorpusMetric.UnitMeasurement>>> units = new TreeMap<>();
    for (DocumentResult r : results) {
      for (UnitResult u : r.units()) {
        for (Metric m : metrics) {
          Measurement ms = u.measurements().get(m.id());
          if (m instanceof CorpusMetric && ms != null) {
            units
                .computeIfAbsent(m.id(), k -> new TreeMap<>())
                .computeIfAbsent(u.system(), k -> new ArrayList<>())
                .add(new CorpusMetric.UnitMeasurement(r.document().id(), ms));
          }
        }
      }
    }
    Map<String, Map<CorpusFindings.UnitKey, List<Finding>>> extra =
        CorpusFindings.of(metrics, units);
    if (extra.isEmpty()) {
      return results;
    }
    List<DocumentResult> out = new ArrayList<>(results.size());
    for (DocumentResult r : results) {
      out.add(CorpusFindings.addTo(r, extra.get(r.document().id())));
    }
    return out;
  }

  private static void recordFailures(DocumentResult r, List<InputProblem> problems) {
    for (UnitResult u : r.units()) {
      for (var e : u.failures().entrySet()) {
        problems.add(
            InputProblem.error(
                r.document().origin().file(),
                r.document().origin().line(),
                null,
                "document '"
                    + r.document().id()
                    + "', system '"
                    + u.system()
                    + "': metric "
                    + e.getKey()
                    + " failed: "
                    + e.getValue()));
      }
    }
  }

  /** Scores of one unit, metric id to score, for applicable metrics. */
  public static Map<String, Double> unitScores(List<Metric> metrics, UnitResult u) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Metric m : metrics) {
      Measurement ms = u.measurements().get(m.id());
      if (ms != null && ms.applicable()) {
        out.put(m.id(), m.score(ms.stats()));
      }
    }
    return out;
  }
}
