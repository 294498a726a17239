package dev.verso.spark;

import dev.verso.cli.CheckCommand;
import dev.verso.cli.Config;
import dev.verso.cli.ExitCodes;
import dev.verso.cli.UsageException;
import dev.verso.compare.PairedTests;
import dev.verso.compare.SystemComparison;
import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.io.TextFile;
import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.report.AtomicFiles;
import dev.verso.report.FindingRow;
import dev.verso.report.HtmlReporter;
import dev.verso.report.JsonReporter;
import dev.verso.report.ReportContext;
import dev.verso.report.ReportModel;
import dev.verso.report.Suppressions;
import dev.verso.report.gate.GateOutcome;
import dev.verso.report.gate.GateTally;
import dev.verso.report.gate.QualityGate;
import dev.verso.spark.Rows.Parsed;
import dev.verso.spark.Rows.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code verso-spark}: the CLI's {@code evaluate} and {@code check} on Apache Spark, embedded in
 * local mode or under {@code spark-submit}; inputs and outputs may be on any Hadoop-compatible file
 * system.
 */
@Command(
    name = "verso-spark",
    mixinStandardHelpOptions = true,
    version = "verso-spark 0.1.0",
    subcommands = {Main.Evaluate.class, Main.Check.class},
    description = "Verso's evaluation on Apache Spark: the same metrics, checks and reports for corpora beyond one machine.")
public final class Main implements Callable<Integer> {
  private static final tools.jackson.databind.ObjectMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    System.exit(code);
  }

  /** Runs a command line in-process and returns the exit code (tests reuse an active Spark session). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parse) -> {
          if (ex instanceof UsageException) {
            cmd.getErr().println("verso-spark: " + ex.getMessage());
            cmd.getErr().flush();
            return ExitCodes.USAGE;
          }
          cmd.getErr().println("verso-spark: internal error: " + ex);
          ex.printStackTrace(cmd.getErr());
          cmd.getErr().flush();
          return ExitCodes.INTERNAL;
        });
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code verso-spark evaluate}. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description = {
        "Evaluate on Spark and write per-document results (OUT/documents/), OUT/report.json and OUT/report.html.",
        "INPUT is a JSONL, Parquet, seed-record, plain-text, CSV or TSV file or a directory of them, on any",
        "Hadoop-compatible file system (hdfs://, s3a://, file:/, or a local path)."
      })
  public static class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files or directories (default: seeds/).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output directory (default: ${DEFAULT-VALUE}).")
    String output = "reports";

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Per-document results: jsonl (default) or parquet.")
    String format = "jsonl";

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the document set (default: twice Spark's default parallelism).")
    Integer partitions;

    @Option(names = "--metrics", split = ",", paramLabel = "ID", description = "Metrics to run (default: all enabled by default).")
    List<String> metrics = new ArrayList<>();

    @Option(names = {"-O", "--option"}, paramLabel = "ID.NAME=VALUE", description = "A metric option, e.g. -O LENGTH_RATIO.threshold=4 (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--glossary", paramLabel = "FILE", description = "Glossary (TSV, CSV or TBX); a path every executor can read (repeatable).")
    List<String> glossaries = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "JSON or YAML configuration file (metrics, metricOptions, gates), read on the driver.")
    java.nio.file.Path config;

    @Option(names = "--system", paramLabel = "NAME=PATH", description = "A system's translations in a file or directory, joined to the other inputs by document id (repeatable).")
    List<String> systems = new ArrayList<>();

    @Option(names = "--compare", paramLabel = "TEST", description = "With several systems: bs (paired bootstrap, default), ar (approximate randomisation) or none.")
    String compare = "bs";

    @Option(names = "--baseline-system", paramLabel = "NAME", description = "Baseline of the system comparison (default: the first system by name).")
    String baselineSystem;

    @Option(names = "--max-field-chars", paramLabel = "N", description = "Longest field (source, translation, summary) evaluated, in characters; a document with a longer one becomes an error (default: ${DEFAULT-VALUE}).")
    int maxFieldChars = dev.verso.metric.Evaluator.DEFAULT_MAX_FIELD_CHARS;

    @Option(names = "--document-timeout", paramLabel = "SECONDS", description = "Time limit on one document's evaluation; a document that takes longer becomes an error (0: no limit; default: ${DEFAULT-VALUE}). Which documents hit the limit depends on the machine.")
    int documentTimeout = dev.verso.metric.Evaluator.DEFAULT_TIMEOUT_SECONDS;

    @Option(names = "--samples", paramLabel = "N", description = "Bootstrap resamples (default 1000) or randomisation trials (default 10000).")
    Integer samples;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the comparison (default: ${DEFAULT-VALUE}, the CLI's).")
    long seed = PairedTests.DEFAULT_SEED;

    @Option(names = "--html-documents", paramLabel = "N", description = "Documents shown in report.html, the worst first (default: ${DEFAULT-VALUE}).")
    int htmlDocuments = 200;

    @Override
    public Integer call() throws IOException {
      return execute(null, null, Suppressions.NONE);
    }

    /** The per-document bounds of {@code --max-field-chars} and {@code --document-timeout}. */
    Engine.Limits limits() {
      try {
        return new Engine.Limits(maxFieldChars, documentTimeout);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    /** Evaluates and reports; with a gate, applies it and returns 3 when it fails. */
    Integer execute(QualityGate gate, JsonNode gateBaseline, Suppressions suppressions) throws IOException {
      limits(); // a bad limit is a usage error before anything is read
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Config cfg = config == null ? Config.empty() : Config.read(config);
      return execute(cfg, gate, gateBaseline, suppressions, out, err);
    }

    Integer execute(Config cfg, QualityGate gate, JsonNode gateBaseline, Suppressions suppressions, PrintWriter out, PrintWriter err)
        throws IOException {
      if (!format.equals("jsonl") && !format.equals("parquet")) {
        throw new UsageException("--format must be jsonl or parquet, got '" + format + "'");
      }
      if (!List.of("bs", "ar", "none").contains(compare)) {
        throw new UsageException("--compare must be bs, ar or none, got '" + compare + "'");
      }
      if (samples != null && samples < 1) {
        throw new UsageException("--samples must be at least 1");
      }
      if (partitions != null && partitions < 1) {
        throw new UsageException("--partitions must be at least 1, got " + partitions);
      }
      Map<String, Map<String, String>> metricOptions = metricOptions(cfg);
      List<String> metricIds = !metrics.isEmpty() ? metrics : cfg.metrics();
      List<Metric> chosen;
      try {
        chosen = MetricRegistry.load().create(metricIds, metricOptions);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      Map<String, String> named = namedSystems();
      List<String> plain = inputs;
      if (plain.isEmpty() && named.isEmpty()) {
        if (!Files.isDirectory(java.nio.file.Path.of("seeds"))) {
          throw new UsageException("no INPUT given and no seeds/ directory here; try `verso-spark evaluate --help`");
        }
        plain = List.of("seeds");
      }

      boolean ours = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
      SparkSession spark = session();
      try {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hconf = jsc.hadoopConfiguration();
        int parts = partitions != null ? partitions : Math.max(2, jsc.defaultParallelism() * 2);
        List<String> described = new ArrayList<>();
        List<Inputs.InputFile> files = new ArrayList<>();
        List<String[]> parquet = new ArrayList<>();
        List<String[]> all = new ArrayList<>();
        for (String p : plain) {
          all.add(new String[] {p, Document.DEFAULT_SYSTEM});
          described.add(p);
        }
        named.forEach((k, v) -> {
          all.add(new String[] {v, k});
          described.add(k + "=" + v);
        });
        for (String[] in : all) {
          if (Inputs.isParquet(in[0])) {
            parquet.add(in);
            continue;
          }
          try {
            files.addAll(Inputs.list(in[0], in[1], files.size(), hconf));
          } catch (Inputs.MissingInputException e) {
            throw new UsageException(e.getMessage());
          }
        }
        Inputs.SerializableConfiguration conf = new Inputs.SerializableConfiguration(hconf);
        JavaRDD<Parsed> parquetRows = parquet.isEmpty() ? null : readParquet(spark, parquet, files.size());
        Engine.Settings settings = new Engine.Settings(chosen.stream().map(Metric::id).toList(), metricOptions);
        SparkEvaluation run = new SparkEvaluation(jsc, settings, chosen, parts, limits());
        SparkEvaluation.Outcome outcome = run.run(files, parquetRows, conf);
        List<InputProblem> problems = outcome.problems();
        int printed = 0;
        for (InputProblem p : problems) {
          if (printed++ < 20) {
            err.println((p.level() == InputProblem.Level.ERROR ? "error: " : "") + p);
          }
        }
        if (printed > 20) {
          err.println("verso-spark: " + (printed - 20) + " more input problem(s) not printed (see report.json)");
        }
        if (outcome.documentCount() == 0) {
          err.println("verso-spark: no document could be read; no report written");
          err.flush();
          return ExitCodes.USAGE;
        }

        // the driver: corpus sums in document order, statistics for the paired tests, gate tallies
        CorpusTotals totals = new CorpusTotals(chosen);
        List<DocumentResult> statsRows = new ArrayList<>();
        boolean comparing = !compare.equals("none");
        GateTally tally = gate == null ? null : tally(gate, chosen, gateBaseline);
        long[] suppressed = {0};
        SparkEvaluation.streamInOrder(
            outcome.documents(),
            tally != null,
            parts,
            row -> {
              SparkEvaluation.addTo(totals, row);
              if (comparing) {
                statsRows.add(SparkEvaluation.statsOnly(row));
              }
              if (tally != null) {
                DocumentResult d = Codec.readResult(row.full());
                List<FindingRow> rows = FindingRow.of(chosen, d, suppressions);
                tally.accept(d, rows);
                suppressed[0] += rows.stream().filter(FindingRow::suppressed).count();
              }
            });
        SystemComparison comparison = null;
        if (comparing) {
          SystemComparison.Test test = compare.equals("bs") ? SystemComparison.Test.BOOTSTRAP : SystemComparison.Test.RANDOMIZATION;
          int n = samples != null ? samples : compare.equals("bs") ? PairedTests.DEFAULT_RESAMPLES : PairedTests.DEFAULT_TRIALS;
          try {
            comparison = SystemComparison.of(new EvaluationResult(chosen, statsRows, totals, problems), baselineSystem, test, n, seed);
          } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
          }
        }
        statsRows.clear();

        // outputs
        String documentsDir = child(output, "documents");
        Path docsPath = new Path(documentsDir);
        FileSystem fs = docsPath.getFileSystem(hconf);
        fs.delete(docsPath, true);
        JavaRDD<String> lines = SparkEvaluation.jsonLines(outcome.documents(), settings, suppressions);
        if (format.equals("jsonl")) {
          lines.saveAsTextFile(documentsDir);
        } else {
          StructType schema = new StructType().add("id", DataTypes.StringType, false).add("json", DataTypes.StringType, false);
          JavaRDD<Row> rows = lines.map(l -> RowFactory.create(idOf(l), l));
          spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite).parquet(documentsDir);
        }
        out.println("Wrote " + documentsDir + " (" + outcome.documentCount() + " document(s), " + format + ")");
        ReportContext ctx =
            new ReportContext(java.nio.file.Path.of("."), out, described, metricOptions, suppressions).withComparison(comparison);
        Map<String, Object> tree = ReportModel.build(new EvaluationResult(chosen, List.of(), totals, problems), ctx);
        Map<String, Object> withDocs = new LinkedHashMap<>();
        for (var e : tree.entrySet()) {
          withDocs.put(e.getKey(), e.getValue());
          if (e.getKey().equals("documents")) {
            withDocs.put("documentsFile", "documents/");
            withDocs.put("documentsFormat", format);
            withDocs.put("documentCount", outcome.documentCount());
          }
        }
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        byte[] json = (JsonMapper.builder().build().writer().with(pp).writeValueAsString(withDocs) + "\n").getBytes(StandardCharsets.UTF_8);
        out.println("Wrote " + write(output, JsonReporter.FILE, json, hconf));
        List<DocumentResult> shown = SparkEvaluation.worst(outcome.documents(), htmlDocuments);
        String page =
            HtmlReporter.render(
                new EvaluationResult(chosen, shown, totals, problems),
                suppressions,
                shown.size() < outcome.documentCount()
                    ? "showing the " + shown.size() + " documents with the most serious findings of " + outcome.documentCount()
                    : null,
                comparison);
        out.println("Wrote " + write(output, HtmlReporter.FILE, page.getBytes(StandardCharsets.UTF_8), hconf));
        outcome.release();
        out.println("Evaluated " + outcome.documentCount() + " document(s) on Spark (" + spark.sparkContext().master() + ")"
            + (problems.isEmpty() ? "" : "; " + problems.size() + " input problem(s)"));
        if (tally == null) {
          out.flush();
          err.flush();
          return ExitCodes.OK;
        }
        List<GateOutcome> outcomes = tally.finish(totals);
        if (suppressed[0] > 0) {
          out.println(suppressed[0] + " finding(s) suppressed");
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        for (GateOutcome o : outcomes) {
          out.println((o.passed() ? "PASS " : "FAIL ") + o.gate() + " [" + o.system() + "]: " + o.message());
          for (String line : o.offenders()) {
            out.println("     " + line);
          }
        }
        out.println(failed == 0
            ? "Quality gate passed (" + outcomes.size() + " check(s))."
            : "Quality gate FAILED: " + failed + " of " + outcomes.size() + " check(s) failed.");
        out.flush();
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.GATE_FAILED;
      } finally {
        if (ours) {
          spark.stop();
        }
      }
    }

    private static GateTally tally(QualityGate gate, List<Metric> metrics, JsonNode base) {
      try {
        return gate.tally(metrics, base, false);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }

    private SparkSession session() {
      SparkSession.Builder b = SparkSession.builder().appName("Verso");
      if (master != null) {
        b.master(master);
      } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
        b.master("local[*]");
      }
      b.config("spark.ui.showConsoleProgress", "false");
      SparkSession s = b.getOrCreate();
      return s;
    }

    /** Parquet inputs: each row as the JSON object of the CLI's JSONL schema, read by the core's reader. */
    private static JavaRDD<Parsed> readParquet(SparkSession spark, List<String[]> inputs, int firstIndex) {
      JavaRDD<Parsed> out = null;
      int index = firstIndex;
      for (String[] in : inputs) {
        Dataset<Row> df = spark.read().parquet(in[0]);
        Column[] cols = new Column[df.columns().length];
        for (int i = 0; i < cols.length; i++) {
          cols[i] = functions.col(df.columns()[i]);
        }
        String system = in[1];
        int fileIndex = index++;
        JavaRDD<Parsed> rows =
            df.select(functions.input_file_name(), functions.to_json(functions.struct(cols)))
                .javaRDD()
                .mapPartitions(
                    it -> {
                      List<Parsed> parsed = new ArrayList<>();
                      int seq = 0;
                      while (it.hasNext()) {
                        Row r = it.next();
                        String file = r.getString(0);
                        ReadResult rr = InputReader.parse(new TextFile(file, r.getString(1), List.of()), "row.jsonl", "", system);
                        for (InputProblem p : rr.problems()) {
                          parsed.add(new Parsed(null, fileIndex, seq, null, Problem.of(0, "", fileIndex, seq++, p)));
                        }
                        for (Document d : rr.documents()) {
                          parsed.add(new Parsed(d.id(), fileIndex, seq++, Codec.document(d), null));
                        }
                      }
                      return parsed.iterator();
                    });
        out = out == null ? rows : out.union(rows);
      }
      return out;
    }

    private Map<String, Map<String, String>> metricOptions(Config cfg) {
      Map<String, Map<String, String>> metricOptions = new TreeMap<>();
      cfg.metricOptions().forEach((k, v) -> metricOptions.put(k, new TreeMap<>(v)));
      for (String o : options) {
        int dot = o.indexOf('.');
        int eq = o.indexOf('=');
        if (dot <= 0 || eq < dot + 2) {
          throw new UsageException("--option must look like METRIC_ID.name=value, got '" + o + "'");
        }
        metricOptions.computeIfAbsent(o.substring(0, dot), k -> new TreeMap<>()).put(o.substring(dot + 1, eq), o.substring(eq + 1));
      }
      if (!glossaries.isEmpty()) {
        for (String g : glossaries) {
          if (!Files.isRegularFile(java.nio.file.Path.of(g))) {
            throw new UsageException(g + ": no such glossary file");
          }
        }
        String joined = String.join(",", glossaries);
        // as the CLI: GLOSSARY checks compliance, COVERAGE and TERM_CONSISTENCY use its terms
        metricOptions.computeIfAbsent("GLOSSARY", k -> new TreeMap<>()).put("files", joined);
        metricOptions.computeIfAbsent("COVERAGE", k -> new TreeMap<>()).putIfAbsent("files", joined);
        metricOptions.computeIfAbsent("TERM_CONSISTENCY", k -> new TreeMap<>()).putIfAbsent("files", joined);
      }
      return metricOptions;
    }

    private Map<String, String> namedSystems() {
      Map<String, String> named = new LinkedHashMap<>();
      for (String s : systems) {
        int eq = s.indexOf('=');
        if (eq <= 0 || eq == s.length() - 1) {
          throw new UsageException("--system must look like NAME=PATH, got '" + s + "'");
        }
        if (named.put(s.substring(0, eq), s.substring(eq + 1)) != null) {
          throw new UsageException("--system " + s.substring(0, eq) + " is given twice");
        }
      }
      return named;
    }
  }

  /** {@code verso-spark check}: evaluate, then the configuration's quality gates (exit 3 when one fails). */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {"Evaluate on Spark, then apply the quality gates of --config (exit 3 when one fails), as `verso check` does."})
  public static final class Check extends Evaluate {
    @Option(names = "--baseline", paramLabel = "REPORT", description = "An earlier report.json (local) for the regression gates.")
    java.nio.file.Path baseline;

    @Option(names = "--suppressions", paramLabel = "FILE", description = "Accepted findings (JSON or YAML).")
    java.nio.file.Path suppressionsFile;

    @Override
    public Integer call() throws IOException {
      Config cfg = config == null ? Config.empty() : Config.read(config);
      if (cfg.gates() == null) {
        throw new UsageException("no quality gates: give --config FILE with a \"gates\" section (see `verso check --help`)");
      }
      QualityGate gate;
      try {
        gate = QualityGate.parse(cfg.gates());
      } catch (IllegalArgumentException e) {
        throw new UsageException(config + ": " + e.getMessage());
      }
      JsonNode base = null;
      if (baseline != null) {
        try {
          base = JsonMapper.builder().build().readTree(Files.readString(baseline, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
          throw new UsageException(baseline + ": cannot read the baseline report: " + e.getMessage());
        }
      }
      if (gate.needsBaseline() && base == null) {
        throw new UsageException("the regression gates need --baseline OLD_REPORT.json");
      }
      Suppressions sup = suppressionsFile == null ? Suppressions.NONE : CheckCommand.readSuppressions(suppressionsFile);
      return execute(cfg, gate, base, sup, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  /** The id of a document's report line. */
  static String idOf(String line) {
    return JSON.readTree(line).get("id").asString();
  }

  /** {@code dir/name} for a local path or a URI. */
  static String child(String dir, String name) {
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }

  /** Writes a report file into the output directory (local files atomically); returns its name. */
  static String write(String dir, String name, byte[] bytes, Configuration conf) throws IOException {
    if (Inputs.isLocal(dir)) {
      java.nio.file.Path target = java.nio.file.Path.of(dir).resolve(name);
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, o -> o.write(bytes));
      return target.toString();
    }
    Path p = new Path(child(dir, name));
    try (OutputStream o = p.getFileSystem(conf).create(p, true)) {
      o.write(bytes);
    }
    return p.toString();
  }
}
