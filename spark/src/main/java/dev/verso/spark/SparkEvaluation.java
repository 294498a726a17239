package dev.verso.spark;

import dev.verso.io.NaturalOrder;
import dev.verso.io.ReadResult;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.metric.builtin.AcronymConsistencyMetric;
import dev.verso.metric.builtin.TermConsistencyMetric;
import dev.verso.metric.builtin.TranslationDefectsMetric;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.InputProblem;
import dev.verso.report.ReportModel;
import dev.verso.report.Suppressions;
import dev.verso.spark.Rows.DocKey;
import dev.verso.spark.Rows.Evaluated;
import dev.verso.spark.Rows.Extra;
import dev.verso.spark.Rows.KeyUse;
import dev.verso.spark.Rows.Light;
import dev.verso.spark.Rows.Parsed;
import dev.verso.spark.Rows.Problem;
import dev.verso.spark.Rows.Ranked;
import dev.verso.spark.Rows.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distributed evaluation: documents are read and evaluated where they lie (one engine per
 * executor, in {@code mapPartitions}); only small rows move: the keys of the cross-document checks,
 * their findings (routed back to the partition of their document), and the per-document statistics
 * (sorted by id and streamed to the driver, which sums them in document order and runs the paired
 * tests exactly as the CLI does).
 */
public final class SparkEvaluation {
  private static final ObjectWriter LINE = JsonMapper.builder().build().writer();

  private final JavaSparkContext jsc;
  private final Engine.Settings settings;
  private final List<Metric> metrics;
  private final int partitions;
  private final Engine.Limits limits;

  /**
   * @param metrics the run's metrics created on the driver from {@code settings} (for reports)
   * @param partitions partitions of the document set (at least one)
   */
  public SparkEvaluation(JavaSparkContext jsc, Engine.Settings settings, List<Metric> metrics, int partitions) {
    this(jsc, settings, metrics, partitions, Engine.Limits.DEFAULT);
  }

  /**
   * @param metrics the run's metrics created on the driver from {@code settings} (for reports)
   * @param partitions partitions of the document set (at least one)
   * @param limits the per-document bounds, as the CLI applies them
   */
  public SparkEvaluation(
      JavaSparkContext jsc, Engine.Settings settings, List<Metric> metrics, int partitions, Engine.Limits limits) {
    this.jsc = jsc;
    this.settings = settings;
    this.metrics = List.copyOf(metrics);
    this.partitions = Math.max(1, partitions);
    this.limits = limits;
  }

  /**
   * What the distributed part hands to the driver-side reporting: the finished results (computed on
   * use from the cached evaluation, never moved), the input problems and the document count; {@link
   * #release} drops the cache.
   */
  public record Outcome(JavaRDD<DocumentResult> documents, List<InputProblem> problems, long documentCount, JavaRDD<?> cached) {
    /** Drops the cached evaluation. */
    public void release() {
      cached.unpersist(false);
    }
  }

  /** Reads, evaluates and runs the cross-document checks. */
  public Outcome run(List<Inputs.InputFile> files, JavaRDD<Parsed> parquet, Inputs.SerializableConfiguration conf) {
    JavaRDD<Parsed> parsed =
        files.isEmpty()
            ? jsc.emptyRDD()
            : jsc.parallelize(files, Math.min(files.size(), partitions)).mapPartitions(it -> readFiles(it, conf));
    if (parquet != null) {
      parsed = parsed.union(parquet);
    }
    parsed = parsed.persist(StorageLevel.MEMORY_AND_DISK());

    // documents whose id occurs more than once are joined as the CLI joins them (only those move)
    Set<String> duplicated =
        new HashSet<>(
            parsed.filter(p -> p.document() != null)
                .mapToPair(p -> new Tuple2<>(p.id(), 1))
                .reduceByKey(Integer::sum)
                .filter(t -> t._2() > 1)
                .keys()
                .collect());
    Broadcast<Set<String>> dup = jsc.broadcast(duplicated);
    JavaRDD<Parsed> docs = parsed.filter(p -> p.document() != null && !dup.value().contains(p.id()));
    List<Problem> problems = new ArrayList<>(parsed.filter(p -> p.problem() != null).map(Parsed::problem).collect());
    if (!duplicated.isEmpty()) {
      JavaRDD<Parsed> joined =
          parsed.filter(p -> p.document() != null && dup.value().contains(p.id()))
              .groupBy(Parsed::id)
              .flatMap(g -> join(g._2()).iterator());
      problems.addAll(joined.filter(p -> p.problem() != null).map(Parsed::problem).collect());
      docs = docs.union(joined.filter(p -> p.document() != null));
    }

    if (files.size() < partitions && parquet == null) {
      // fewer files than partitions (one big JSONL file): spread the parsed documents once
      docs = docs.repartition(partitions);
    }
    Engine.Settings s = settings;
    Engine.Limits bounds = limits;
    JavaRDD<Evaluated> all =
        docs.mapPartitions(it -> evaluate(it, s, bounds)).persist(StorageLevel.MEMORY_AND_DISK());
    for (List<Problem> ps : all.map(Evaluated::problems).filter(l -> !l.isEmpty()).collect()) {
      problems.addAll(ps);
    }
    parsed.unpersist(false);
    // a document over a limit was not evaluated: it is an error above, and no document of the report
    JavaRDD<Evaluated> evaluated = all.filter(e -> e.result() != null);
    long count = evaluated.count();

    // cross-document checks: keys grouped across documents, findings routed to their documents
    JavaRDD<Extra> extras = jsc.emptyRDD();
    boolean grouped = false;
    for (Metric m : metrics) {
      if (m instanceof CorpusMetric && !(m instanceof TranslationDefectsMetric)) {
        grouped = true;
      }
    }
    if (grouped) {
      extras =
          evaluated.flatMap(e -> e.uses().iterator())
              .mapToPair(u -> new Tuple2<>(u.metric() + "\u0000" + u.key(), u))
              .groupByKey()
              .flatMap(g -> groupFindings(g._2(), s).iterator());
    }
    Map<String, Integer> lineCounts = new HashMap<>();
    Map<String, Integer> lineDocuments = new TreeMap<>();
    TranslationDefectsMetric defects = null;
    for (Metric m : metrics) {
      if (m instanceof TranslationDefectsMetric d && d.runsRecurringLines()) {
        defects = d;
      }
    }
    if (defects != null) {
      lineDocuments.putAll(
          evaluated.flatMap(e -> e.lineSystems().iterator()).mapToPair(sys -> new Tuple2<>(sys, 1)).reduceByKey(Integer::sum).collectAsMap());
      Map<String, Integer> needed = new HashMap<>();
      for (var e : lineDocuments.entrySet()) {
        needed.put(e.getKey(), defects.recurringLineThreshold(e.getValue()));
      }
      Broadcast<Map<String, Integer>> need = jsc.broadcast(needed);
      // only lines frequent enough to be boilerplate reach the driver
      lineCounts.putAll(
          evaluated.flatMap(e -> e.lineKeys().iterator())
              .mapToPair(k -> new Tuple2<>(k, 1))
              .reduceByKey(Integer::sum)
              .filter(t -> t._2() >= need.value().getOrDefault(t._1().substring(0, t._1().indexOf('\u0000')), Integer.MAX_VALUE))
              .collectAsMap());
    }
    Broadcast<Map<String, Integer>> lines = jsc.broadcast(lineCounts);
    Broadcast<Map<String, Integer>> lineDocs = jsc.broadcast(lineDocuments);

    int n = evaluated.getNumPartitions();
    JavaRDD<Extra> routed;
    if (grouped) {
      JavaPairRDD<String, Integer> where =
          evaluated.mapPartitionsWithIndex(
                  (i, it) -> {
                    List<Tuple2<String, Integer>> out = new ArrayList<>();
                    it.forEachRemaining(e -> out.add(new Tuple2<>(e.id(), i)));
                    return out.iterator();
                  },
                  true)
              .mapToPair(t -> t);
      routed =
          extras.mapToPair(x -> new Tuple2<>(x.documentId(), x))
              .join(where)
              .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
              .partitionBy(new IndexPartitioner(n))
              .values();
    } else {
      routed = jsc.parallelize(List.<Extra>of(), n);
    }
    // the results with their corpus findings: recomputed from the cache for each use (cheap next to
    // the evaluation), so that only one copy of the results is ever kept
    JavaRDD<DocumentResult> finals =
        evaluated.zipPartitions(routed, (docsIt, extraIt) -> finish(docsIt, extraIt, s, lines.value(), lineDocs.value()));
    problems.sort(Problem.ORDER);
    List<InputProblem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(p.problem());
    }
    return new Outcome(finals, out, count, evaluated);
  }

  /** Routes a row to the partition whose index is its key. */
  static final class IndexPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;
    private final int n;

    IndexPartitioner(int n) {
      this.n = n;
    }

    @Override
    public int numPartitions() {
      return n;
    }

    @Override
    public int getPartition(Object key) {
      return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IndexPartitioner p && p.n == n;
    }

    @Override
    public int hashCode() {
      return n;
    }
  }

  // ---- stages (static: they run on executors)

  private static Iterator<Parsed> readFiles(Iterator<Inputs.InputFile> files, Inputs.SerializableConfiguration conf) {
    List<Parsed> out = new ArrayList<>();
    while (files.hasNext()) {
      Inputs.InputFile f = files.next();
      ReadResult r = Inputs.read(f, conf);
      int seq = 0;
      for (InputProblem p : r.problems()) {
        out.add(new Parsed(null, f.index(), seq, null, Problem.of(0, "", f.index(), seq++, p)));
      }
      for (Document d : r.documents()) {
        out.add(new Parsed(d.id(), f.index(), seq++, Codec.document(d), null));
      }
    }
    return out.iterator();
  }

  /** Joins the records of one id in input order, as {@code InputReader.join} does. */
  private static List<Parsed> join(Iterable<Parsed> records) {
    List<Parsed> all = new ArrayList<>();
    records.forEach(all::add);
    all.sort((a, b) -> a.file() != b.file() ? Integer.compare(a.file(), b.file()) : Integer.compare(a.seq(), b.seq()));
    List<Parsed> out = new ArrayList<>();
    Document merged = null;
    Parsed first = null;
    for (Parsed p : all) {
      Document d = Codec.readDocument(p.document());
      if (merged == null) {
        merged = d;
        first = p;
        continue;
      }
      try {
        merged = merged.merge(d);
      } catch (IllegalArgumentException e) {
        InputProblem ip =
            InputProblem.error(
                d.origin().file(),
                d.origin().line(),
                "id",
                "duplicate document id '" + d.id() + "' (first seen at " + merged.origin() + "): " + e.getMessage());
        out.add(new Parsed(null, p.file(), p.seq(), null, Problem.of(1, "", p.file(), p.seq(), ip)));
      }
    }
    out.add(new Parsed(first.id(), first.file(), first.seq(), Codec.document(merged), null));
    return out;
  }

  private static Iterator<Evaluated> evaluate(Iterator<Parsed> docs, Engine.Settings settings, Engine.Limits limits) {
    Engine engine = Engine.get(settings);
    Bounded bounded = new Bounded(engine, limits);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = docs.hasNext();
        if (!more) {
          bounded.close();
        }
        return more;
      }

      @Override
      public Evaluated next() {
        Parsed p = docs.next();
        Document d = Codec.readDocument(p.document());
        List<Problem> problems = new ArrayList<>();
        String refused = Evaluator.oversize(d, limits.maxFieldChars());
        DocumentResult r;
        try {
          r = refused == null ? bounded.evaluate(d) : null;
          if (r == null) {
            String why = refused != null ? refused : Evaluator.overtime(d, limits.timeoutSeconds());
            problems.add(Problem.of(2, d.id(), 0, 0, InputProblem.error(d.origin().file(), d.origin().line(), null, why)));
            return new Evaluated(d.id(), null, List.of(), List.of(), List.of(), problems);
          }
        } catch (RuntimeException | StackOverflowError e) {
          problems.add(Problem.of(2, d.id(), 0, 0, InputProblem.error(d.origin().file(), d.origin().line(), null,
              "document '" + d.id() + "': evaluation failed: " + e.getClass().getSimpleName() + ": " + e.getMessage())));
          r = new DocumentResult(d, List.of());
        }
        int seq = 0;
        for (UnitResult u : r.units()) {
          for (var e : u.failures().entrySet()) {
            // the CLI's wording (Evaluator records a failed metric this way)
            problems.add(Problem.of(2, d.id(), 0, seq++, InputProblem.error(d.origin().file(), d.origin().line(), null,
                "document '" + d.id() + "', system '" + u.system() + "': metric " + e.getKey() + " failed: " + e.getValue())));
          }
        }
        List<KeyUse> uses = new ArrayList<>();
        Set<String> lineKeys = new LinkedHashSet<>();
        List<String> lineSystems = new ArrayList<>();
        for (Metric m : engine.metrics()) {
          if (!(m instanceof CorpusMetric)) {
            continue;
          }
          for (UnitResult u : r.units()) {
            Measurement ms = u.measurements().get(m.id());
            if (ms == null) {
              continue;
            }
            Map<String, Object> details = ms.details();
            if (m instanceof AcronymConsistencyMetric) {
              if (details.get("definitions") instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                  if (list.get(i) instanceof Map<?, ?> def) {
                    String key = AcronymConsistencyMetric.longFormKey(String.valueOf(def.get("long")));
                    uses.add(new KeyUse(m.id(), u.system() + "\u0000" + key, u.system(), d.id(), i, Codec.value(def)));
                  }
                }
              }
            } else if (m instanceof TermConsistencyMetric) {
              if (details.get("terms") instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                  if (list.get(i) instanceof Map<?, ?> term) {
                    uses.add(new KeyUse(m.id(), u.system() + "\u0000" + term.get("term"), u.system(), d.id(), i, Codec.value(term)));
                  }
                }
              }
            } else if (m instanceof TranslationDefectsMetric) {
              if (details.get("lines") instanceof List<?> list) {
                lineSystems.add(u.system());
                for (Object o : list) {
                  if (o instanceof List<?> row) {
                    lineKeys.add(u.system() + "\u0000" + row.get(0));
                  }
                }
              }
            } else {
              // a plug-in corpus metric: all its units of a system meet in one task
              uses.add(new KeyUse(m.id(), u.system(), u.system(), d.id(), 0, Codec.value(details)));
            }
          }
        }
        return new Evaluated(d.id(), Codec.result(r), uses, List.copyOf(lineKeys), lineSystems, problems);
      }
    };
  }

  /**
   * One partition's evaluations under the time limit: each document runs on a worker thread and is
   * given up when it runs past the limit (its worker is abandoned, as the CLI abandons it, and a
   * fresh one takes over). Without a limit the document is evaluated on the task's own thread.
   */
  private static final class Bounded {
    private final Engine engine;
    private final long millis;
    private java.util.concurrent.ExecutorService worker;

    Bounded(Engine engine, Engine.Limits limits) {
      this.engine = engine;
      this.millis = limits.timeoutSeconds() * 1000L;
    }

    /** The result, or null when the evaluation ran past the limit. */
    DocumentResult evaluate(Document d) {
      if (millis == 0) {
        return engine.evaluator().evaluate(d);
      }
      if (worker == null) {
        worker = java.util.concurrent.Executors.newSingleThreadExecutor(dev.verso.text.Background.daemons("verso-spark-eval"));
      }
      java.util.concurrent.Future<DocumentResult> f = worker.submit(() -> engine.evaluator().evaluate(d));
      try {
        return f.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        f.cancel(true);
        worker.shutdownNow();
        worker = null;
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (java.util.concurrent.ExecutionException e) {
        return dev.verso.text.Background.result(f);
      }
    }

    void close() {
      if (worker != null) {
        worker.shutdownNow();
        worker = null;
      }
    }
  }

  /** Runs a corpus metric's own cross-document check on the uses of one key, in document order. */
  @SuppressWarnings("unchecked")
  private static List<Extra> groupFindings(Iterable<KeyUse> group, Engine.Settings settings) {
    List<KeyUse> uses = new ArrayList<>();
    group.forEach(uses::add);
    uses.sort((a, b) -> {
      int c = NaturalOrder.INSTANCE.compare(a.documentId(), b.documentId());
      return c != 0 ? c : Integer.compare(a.index(), b.index());
    });
    Engine engine = Engine.get(settings);
    Metric metric = engine.metric(uses.get(0).metric());
    CorpusMetric cm = (CorpusMetric) metric;
    String system = uses.get(0).system();
    String listName = metric instanceof AcronymConsistencyMetric ? "definitions" : metric instanceof TermConsistencyMetric ? "terms" : null;
    List<CorpusMetric.UnitMeasurement> units = new ArrayList<>();
    Map<String, Integer> firstIndex = new HashMap<>();
    int i = 0;
    while (i < uses.size()) {
      String doc = uses.get(i).documentId();
      firstIndex.put(doc, uses.get(i).index());
      Map<String, Object> details;
      if (listName == null) {
        details = (Map<String, Object>) Codec.readValue(uses.get(i).entry());
        i++;
      } else {
        List<Object> entries = new ArrayList<>();
        while (i < uses.size() && uses.get(i).documentId().equals(doc)) {
          entries.add(Codec.readValue(uses.get(i).entry()));
          i++;
        }
        details = Map.of(listName, entries);
      }
      units.add(new CorpusMetric.UnitMeasurement(doc, new Measurement(null, List.of(), details, null)));
    }
    List<Extra> out = new ArrayList<>();
    int seq = 0;
    for (CorpusMetric.CorpusFinding cf : cm.corpusFindings(system, units)) {
      String doc = cf.documentId();
      // the CLI lists a metric's corpus findings by unit for acronyms and plug-ins, by term (first use) for terms
      String orderDoc = metric instanceof TermConsistencyMetric ? uses.get(0).documentId() : doc;
      int orderIndex = metric instanceof TermConsistencyMetric ? uses.get(0).index() : firstIndex.getOrDefault(doc, 0);
      out.add(new Extra(doc, system, metric.id(), orderDoc, orderIndex, seq++, Codec.finding(cf.finding())));
    }
    return out;
  }

  private static Iterator<DocumentResult> finish(
      Iterator<Evaluated> docs,
      Iterator<Extra> extras,
      Engine.Settings settings,
      Map<String, Integer> lineCounts,
      Map<String, Integer> lineDocuments) {
    Engine engine = Engine.get(settings);
    List<Metric> metrics = engine.metrics();
    Map<String, List<Extra>> byDoc = new HashMap<>();
    extras.forEachRemaining(x -> byDoc.computeIfAbsent(x.documentId(), k -> new ArrayList<>()).add(x));
    TranslationDefectsMetric defects = null;
    for (Metric m : metrics) {
      if (m instanceof TranslationDefectsMetric d && d.runsRecurringLines()) {
        defects = d;
      }
    }
    TranslationDefectsMetric boilerplate = defects;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public DocumentResult next() {
        Evaluated e = docs.next();
        DocumentResult r = Codec.readResult(e.result());
        // (system \0 metric) -> corpus findings, in the order Evaluator.addCorpusFindings adds them
        Map<String, List<Finding>> mine = new TreeMap<>();
        List<Extra> xs = byDoc.getOrDefault(e.id(), new ArrayList<>());
        xs.sort(Extra.ORDER);
        for (Metric m : metrics) {
          if (!(m instanceof CorpusMetric)) {
            continue;
          }
          for (UnitResult u : r.units()) {
            if (m == boilerplate) {
              Measurement ms = u.measurements().get(m.id());
              if (ms != null) {
                String prefix = u.system() + "\u0000";
                for (CorpusMetric.CorpusFinding cf :
                    boilerplate.recurringLines(u.system(), new CorpusMetric.UnitMeasurement(e.id(), ms),
                        h -> lineCounts.getOrDefault(prefix + h, 0), lineDocuments.getOrDefault(u.system(), 0))) {
                  mine.computeIfAbsent(u.system() + "\u0000" + m.id(), k -> new ArrayList<>()).add(cf.finding());
                }
              }
            }
          }
          for (Extra x : xs) {
            if (x.metric().equals(m.id())) {
              mine.computeIfAbsent(x.system() + "\u0000" + m.id(), k -> new ArrayList<>()).add(Codec.readFinding(x.finding()));
            }
          }
        }
        if (!mine.isEmpty()) {
          r = withCorpusFindings(r, mine);
        }
        return r;
      }
    };
  }

  /** Adds corpus findings to the measurements and unit findings exactly as {@code Evaluator} does. */
  static DocumentResult withCorpusFindings(DocumentResult r, Map<String, List<Finding>> mine) {
    List<UnitResult> units = new ArrayList<>();
    for (UnitResult u : r.units()) {
      Map<String, Measurement> ms = new TreeMap<>(u.measurements());
      List<Finding> all = new ArrayList<>(u.findings());
      for (var e : mine.entrySet()) {
        String[] key = e.getKey().split("\u0000", 2);
        if (!key[0].equals(u.system())) {
          continue;
        }
        Measurement old = ms.get(key[1]);
        List<Finding> fs = new ArrayList<>(old.findings());
        fs.addAll(e.getValue());
        fs.sort(Evaluator.FINDING_ORDER);
        ms.put(key[1], new Measurement(old.stats(), fs, old.details(), old.note()));
        all.addAll(e.getValue());
      }
      all.sort(Evaluator.FINDING_ORDER);
      units.add(new UnitResult(u.system(), ms, List.copyOf(all), u.failures()));
    }
    return new DocumentResult(r.document(), List.copyOf(units));
  }

  /** Suppression rules as plain strings (the core's rules are not serialisable). */
  static ArrayList<ArrayList<String>> rules(Suppressions s) {
    ArrayList<ArrayList<String>> out = new ArrayList<>();
    for (Suppressions.Rule r : s.rules()) {
      out.add(new ArrayList<>(java.util.Arrays.asList(r.id(), r.check(), r.document(), r.text(), r.reason())));
    }
    return out;
  }

  static Suppressions suppressions(List<ArrayList<String>> rules) {
    if (rules.isEmpty()) {
      return Suppressions.NONE;
    }
    List<Suppressions.Rule> out = new ArrayList<>();
    for (List<String> r : rules) {
      out.add(new Suppressions.Rule(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }
    return new Suppressions(out);
  }

  /** Severity weights that rank documents for the HTML page (as the CLI's streaming report does). */
  static long weight(DocumentResult d) {
    long w = 0;
    for (UnitResult u : d.units()) {
      for (Finding f : u.findings()) {
        w += switch (f.severity()) {
          case CRITICAL -> 1000;
          case MAJOR -> 100;
          case MINOR -> 10;
          case INFO -> 1;
        };
      }
    }
    return w;
  }

  // ---- driver side

  /** One document's statistics row; with {@code full}, the encoded result goes along. */
  static Light light(DocumentResult r, boolean full) {
    List<Unit> units = new ArrayList<>();
    for (UnitResult u : r.units()) {
      List<String> ids = new ArrayList<>();
      List<double[]> stats = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      int[] findings = new int[u.measurements().size()];
      int i = 0;
      for (var me : u.measurements().entrySet()) {
        ids.add(me.getKey());
        stats.add(me.getValue().stats());
        notes.add(me.getValue().note());
        findings[i++] = me.getValue().findings().size();
      }
      units.add(new Unit(u.system(), ids, stats, notes, findings));
    }
    return new Light(new DocKey(r.document().id()), units, full ? Codec.result(r) : null);
  }

  /**
   * Streams the per-document statistics to the driver in document order (a sort by id; only these
   * small rows move) and hands each to {@code sink}; when {@code full} is set the rows carry the whole
   * encoded result (for the quality gates).
   */
  public static void streamInOrder(JavaRDD<DocumentResult> finals, boolean full, int partitions, Consumer<Light> sink) {
    Iterator<Light> it = finals.map(r -> light(r, full)).sortBy(Light::key, true, Math.max(1, partitions)).toLocalIterator();
    while (it.hasNext()) {
      sink.accept(it.next());
    }
  }

  /** Each document's entry of the CLI's report.json, as one JSON line. */
  public static JavaRDD<String> jsonLines(JavaRDD<DocumentResult> finals, Engine.Settings settings, Suppressions suppressions) {
    ArrayList<ArrayList<String>> rules = rules(suppressions);
    return finals.mapPartitions(
        it -> {
          List<Metric> metrics = Engine.get(settings).metrics();
          Suppressions sup = suppressions(rules);
          return new Iterator<String>() {
            @Override
            public boolean hasNext() {
              return it.hasNext();
            }

            @Override
            public String next() {
              DocumentResult r = it.next();
              try {
                return LINE.writeValueAsString(ReportModel.document(metrics, r, sup));
              } catch (RuntimeException ex) {
                throw new IllegalStateException("document " + r.document().id() + ": cannot write its JSON: " + ex.getMessage(), ex);
              }
            }
          };
        });
  }

  /** The {@code n} worst documents (most serious findings, then by id), decoded on the driver. */
  public static List<DocumentResult> worst(JavaRDD<DocumentResult> finals, int n) {
    if (n <= 0) {
      return List.of();
    }
    record Held(long weight, String id, DocumentResult result) {}
    List<Ranked> candidates =
        finals.mapPartitions(
                it -> {
                  java.util.Comparator<Held> worstFirst =
                      java.util.Comparator.comparingLong(Held::weight).reversed().thenComparing(Held::id, NaturalOrder.INSTANCE);
                  PriorityQueue<Held> heap = new PriorityQueue<>(worstFirst.reversed());
                  while (it.hasNext()) {
                    DocumentResult r = it.next();
                    heap.add(new Held(weight(r), r.document().id(), r));
                    if (heap.size() > n) {
                      heap.poll();
                    }
                  }
                  List<Ranked> out = new ArrayList<>();
                  for (Held h : heap) {
                    out.add(new Ranked(h.weight(), h.id(), Codec.result(h.result())));
                  }
                  return out.iterator();
                })
            .collect();
    List<Ranked> sorted = new ArrayList<>(candidates);
    sorted.sort(Ranked.WORST_FIRST);
    List<DocumentResult> out = new ArrayList<>();
    for (Ranked r : sorted.subList(0, Math.min(n, sorted.size()))) {
      out.add(Codec.readResult(r.full()));
    }
    out.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.document().id(), b.document().id()));
    return out;
  }

  /** Adds one streamed row to the corpus totals (in document order, like the CLI). */
  public static void addTo(CorpusTotals totals, Light row) {
    for (Unit u : row.units()) {
      if (u.metrics().isEmpty()) {
        totals.add(u.system(), "", null, 0);
      }
      for (int i = 0; i < u.metrics().size(); i++) {
        totals.add(u.system(), u.metrics().get(i), u.stats().get(i), u.findings()[i]);
      }
    }
  }

  /** A statistics-only stand-in for a document's results, for the paired tests on the driver. */
  public static DocumentResult statsOnly(Light row) {
    Document d = Document.of(row.key().id(), null, Map.of(), Map.of());
    List<UnitResult> units = new ArrayList<>();
    for (Unit u : row.units()) {
      Map<String, Measurement> ms = new TreeMap<>();
      for (int i = 0; i < u.metrics().size(); i++) {
        ms.put(u.metrics().get(i), new Measurement(u.stats().get(i), List.of(), Map.of(), u.notes().get(i)));
      }
      units.add(new UnitResult(u.system(), ms, List.of(), Map.of()));
    }
    return new DocumentResult(d, units);
  }
}
