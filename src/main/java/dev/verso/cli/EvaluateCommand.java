package dev.verso.cli;

import dev.verso.io.DocumentStream;
import dev.verso.io.InputReader;
import dev.verso.io.JoiningDocumentStream;
import dev.verso.io.ReadResult;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.CorpusTotals;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.report.ConsoleReporter;
import dev.verso.report.HtmlReporter;
import dev.verso.report.JsonReporter;
import dev.verso.report.ReportContext;
import dev.verso.report.ReportFiles;
import dev.verso.report.Reporter;
import dev.verso.report.SpilledReport;
import dev.verso.report.StreamingReport;
import dev.verso.report.Suppressions;
import dev.verso.report.xliff.MqmTsvReporter;
import dev.verso.report.xliff.XliffReporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code verso evaluate}: reads inputs, runs the metrics and writes the reports. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate translations and summaries and write reports.",
      "INPUT is a seed record, plain text, JSONL, CSV or TSV file, or a directory of them;",
      "with no input and no --source/--system, the bundled seeds/ directory is evaluated."
    })
public class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files or directories.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("reports");

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Report formats: json, html, console, xliff, mqm-tsv (default: json,html,console).")
  List<String> formats = new ArrayList<>(List.of("json", "html", "console"));

  @Option(
      names = "--metrics",
      split = ",",
      paramLabel = "ID",
      description = "Metrics to run (default: all enabled by default; see `verso metrics`).")
  List<String> metrics = new ArrayList<>();

  @Option(
      names = {"-O", "--option"},
      paramLabel = "ID.NAME=VALUE",
      description = "A metric option, e.g. -O LENGTH_RATIO.threshold=4 (repeatable).")
  List<String> options = new ArrayList<>();

  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description =
          "Glossary (TSV, CSV or TBX) for the GLOSSARY metric; repeat for several, the first entry for a term wins.")
  List<Path> glossaries = new ArrayList<>();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "JSON configuration file (metrics, metricOptions, threads, gates).")
  Path config;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(
      names = "--source",
      paramLabel = "FILE",
      description = "Line-aligned source file (one segment per line).")
  Path source;

  @Option(
      names = "--reference",
      paramLabel = "FILE",
      description = "Line-aligned reference file (repeatable; with --source).")
  List<Path> references = new ArrayList<>();

  @Option(
      names = "--system",
      paramLabel = "NAME=PATH",
      description =
          "A system's translations: a line-aligned file with --source, else a file or directory whose documents are joined by id (repeatable).")
  List<String> systems = new ArrayList<>();

  @Option(
      names = "--stream",
      description =
          "For corpora too large for memory: evaluate documents in input order (no joining by id),"
              + " write per-document results to report.jsonl as they come, keep the summary in report.json and"
              + " the worst documents in report.html.")
  boolean stream;

  @Option(
      names = "--html-documents",
      paramLabel = "N",
      description =
          "Documents whose texts and side-by-side views report.html embeds, those with the most serious findings; every document keeps its scores and findings there (default: ${DEFAULT-VALUE}).")
  int htmlDocuments = HtmlReporter.DEFAULT_FULL_DOCUMENTS;

  @Option(
      names = "--compare",
      paramLabel = "TEST",
      description =
          "With several systems: bs (paired bootstrap, default), ar (paired approximate randomisation) or none.")
  String compare = "bs";

  @Option(
      names = "--baseline-system",
      paramLabel = "NAME",
      description = "Baseline of the system comparison (default: the first system by name).")
  String baselineSystem;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Bootstrap resamples (default 1000) or randomisation trials (default 10000).")
  Integer samples;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed of the comparison (default: ${DEFAULT-VALUE}, sacreBLEU's).")
  long seed = dev.verso.compare.PairedTests.DEFAULT_SEED;

  @Option(
      names = "--max-field-chars",
      paramLabel = "N",
      description =
          "Longest field (source, translation, summary) evaluated, in characters; a document with a longer one becomes an error (default: ${DEFAULT-VALUE}).")
  int maxFieldChars = Evaluator.DEFAULT_MAX_FIELD_CHARS;

  @Option(
      names = "--document-timeout",
      paramLabel = "SECONDS",
      description =
          "Time limit on one document's evaluation; a document that takes longer becomes an error (0: no limit; default: ${DEFAULT-VALUE}). Which documents hit the limit depends on the machine.")
  int documentTimeout = Evaluator.DEFAULT_TIMEOUT_SECONDS;

  @Option(
      names = "--learn-lexicon",
      description =
          "Before scoring, learn word renderings CC-CEDICT lacks from the inputs' aligned sentences"
              + " (IBM Model 1), write them to learnt-lexicon.tsv in the output folder, and let"
              + " COVERAGE and OMISSION count them (option lexicon). Reads the inputs twice.")
  boolean learnLexicon;

  @Option(
      names = "--no-progress",
      description = "Never show the progress bar (it is shown only in a terminal).")
  boolean noProgress;

  /** What one evaluation produced, for commands that go on from there. */
  protected record Run(EvaluationResult result, ReportContext context) {}

  @Override
  public Integer call() throws IOException {
    Config cfg = loadConfig();
    if (stream) {
      return streamingEvaluate(cfg, dev.verso.report.Suppressions.NONE, metrics -> d -> {}) == null
          ? ExitCodes.USAGE
          : ExitCodes.OK;
    }
    if (needsEveryResult()) {
      return evaluateAndReport(cfg, dev.verso.report.Suppressions.NONE) == null
          ? ExitCodes.USAGE
          : ExitCodes.OK;
    }
    return boundedEvaluate(cfg, dev.verso.report.Suppressions.NONE, metrics -> null) == null
        ? ExitCodes.USAGE
        : ExitCodes.OK;
  }

  /**
   * True when a chosen report needs every document's results at once (the XLIFF write-back and the
   * MQM export group findings by input file), so the run keeps them in memory.
   */
  protected boolean needsEveryResult() {
    return formats.contains("xliff") || formats.contains("mqm-tsv");
  }

  /**
   * Reads, evaluates and reports in bounded memory (the default): documents are joined by id as
   * they are read ({@link JoiningDocumentStream}), and each result is spilled to disk as soon as it
   * is ready ({@link SpilledReport}); returns what the reports summarise, or null (after saying
   * why) when no document could be read.
   */
  protected SpilledReport.Finished boundedEvaluate(
      Config cfg,
      Suppressions suppressions,
      Function<List<Metric>, SpilledReport.DocumentListener> listeners)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    boolean outputExisted = Files.exists(output);
    Setup setup = setUp(cfg);
    List<String> described = new ArrayList<>();
    ProblemLog log = new ProblemLog(spec.commandLine().getErr());
    SpilledReport.DocumentListener listener = listeners.apply(setup.metrics());
    SpilledReport.Finished done;
    if (source != null || !references.isEmpty()) {
      // line-aligned files are read whole (their lines are joined into documents by position)
      ReadResult read = new EvaluateInputs(this).readInputs(described);
      read.problems().forEach(log);
      ReportContext ctx =
          new ReportContext(output, out, described, setup.metricOptions(), suppressions);
      done = spillAndReport(setup, read.documents().iterator(), log, ctx, listener);
    } else {
      try (JoiningDocumentStream joined =
          new JoiningDocumentStream(new EvaluateInputs(this).inputsWithSystems(described), log)) {
        ReportContext ctx =
            new ReportContext(output, out, described, setup.metricOptions(), suppressions);
        done = spillAndReport(setup, joined, log, ctx, listener);
      }
    }
    if (done == null) {
      // no report: the spill files and this run's lexicon are gone; leave no empty output folder
      // behind either
      try {
        if (!outputExisted) {
          Files.deleteIfExists(output);
        }
      } catch (IOException e) {
        // a folder someone else filled meanwhile stays
      }
    }
    return done;
  }

  private SpilledReport.Finished spillAndReport(
      Setup setup,
      Iterator<Document> docs,
      ProblemLog log,
      ReportContext ctx,
      SpilledReport.DocumentListener listener)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Metric> chosen = setup.metrics();
    try (SpilledReport report = new SpilledReport(chosen, ctx, reportFiles())) {
      evaluate(setup, docs, report, log);
      if (report.count() == 0) {
        return noDocument();
      }
      SpilledReport.Finished done =
          report.finish(
              log.kept(),
              log.notKept(),
              new SystemComparisonOptions(this)::compareSystems,
              listener);
      for (Path p : done.written()) {
        out.println("Wrote " + p);
      }
      if (formats.contains("console")) {
        new ConsoleReporter()
            .write(
                new EvaluationResult(chosen, List.of(), done.totals(), log.kept()),
                ctx.withComparison(done.comparison()));
      }
      out.flush();
      return done;
    }
  }

  /**
   * Evaluates {@code docs} with the progress bar, handing each result to {@code sink} in input
   * order; input problems go to {@code log}.
   */
  private CorpusTotals evaluate(
      Setup setup, Iterator<Document> docs, Consumer<DocumentResult> sink, ProblemLog log) {
    Progress progress = new Progress(-1, !noProgress);
    CorpusTotals totals =
        new Evaluator(setup.metrics(), setup.threads(), maxFieldChars(), documentTimeout())
            .run(
                docs,
                r -> {
                  sink.accept(r);
                  progress.step();
                },
                log.asList());
    progress.finish();
    log.printOmitted();
    return totals;
  }

  /** The report files --format and --html-documents ask for. */
  private ReportFiles reportFiles() {
    return new ReportFiles(formats.contains("json"), formats.contains("html"), htmlDocuments);
  }

  /** Deletes the lexicon this run learnt, when it writes no report. */
  private void forgetLexicon() {
    if (learnLexicon) {
      try {
        Files.deleteIfExists(output.resolve(LexiconLearning.FILE));
      } catch (IOException e) {
        // a lexicon that cannot be deleted stays beside no report; the report names the one used
      }
    }
  }

  /** Says that no document could be read (so no report is written) and returns null. */
  private <T> T noDocument() {
    forgetLexicon();
    PrintWriter err = spec.commandLine().getErr();
    err.println("verso: no document could be read; no report written");
    err.flush();
    return null;
  }

  /** What every way of evaluating starts from: the metrics with their options, and the threads. */
  private record Setup(
      Map<String, Map<String, String>> metricOptions, List<Metric> metrics, int threads) {}

  /**
   * Checks the options, creates the metrics, and checks and clears the output folder (reports of an
   * earlier run there are removed, so that none is taken for this run's).
   */
  private Setup setUp(Config cfg) {
    Map<String, Map<String, String>> metricOptions = new MetricSetup(this).metricOptions(cfg);
    List<Metric> chosen = new MetricSetup(this).createMetrics(cfg, metricOptions);
    int nThreads = threads(cfg);
    new SystemComparisonOptions(this)
        .comparing(); // a bad --compare or --samples is reported before the evaluation, not after
    // it
    OutputPaths.requireWritableDir(output);
    OutputPaths.clearPrevious(output);
    if (learnLexicon) {
      List<String> ids = chosen.stream().map(Metric::id).toList();
      for (String id : List.of("COVERAGE", "OMISSION")) {
        if (metricOptions.getOrDefault(id, Map.of()).containsKey("lexicon")) {
          throw new UsageException(
              "--learn-lexicon sets option lexicon of COVERAGE and OMISSION; give either it or "
                  + id
                  + ".lexicon, not both");
        }
      }
      Path file = learnLexicon(nThreads);
      for (String id : List.of("COVERAGE", "OMISSION")) {
        if (ids.contains(id)) {
          metricOptions.computeIfAbsent(id, k -> new TreeMap<>()).put("lexicon", file.toString());
        }
      }
      chosen = new MetricSetup(this).createMetrics(cfg, metricOptions);
    }
    return new Setup(metricOptions, chosen, nThreads);
  }

  /**
   * The first pass of --learn-lexicon: reads the inputs once, learns on {@code threads} threads,
   * writes the lexicon and returns its file.
   */
  private Path learnLexicon(int threads) {
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (source != null || !references.isEmpty()) {
        ReadResult read = new EvaluateInputs(this).readInputs(new ArrayList<>());
        return LexiconLearning.learn(
            read.documents().iterator(), threads, maxFieldChars(), documentTimeout(), output, err);
      }
      try (JoiningDocumentStream joined =
          new JoiningDocumentStream(
              new EvaluateInputs(this).inputsWithSystems(new ArrayList<>()), p -> {})) {
        return LexiconLearning.learn(
            joined, threads, maxFieldChars(), documentTimeout(), output, err);
      }
    } catch (IOException e) {
      throw new UsageException(
          "cannot write " + output.resolve(LexiconLearning.FILE) + ": " + OutputPaths.reason(e));
    }
  }

  /** The --config file, or an empty configuration. */
  protected Config loadConfig() {
    return config == null ? Config.empty() : Config.read(config);
  }

  /**
   * Reads the inputs, evaluates and writes the reports; returns null (after saying why) when no
   * document could be read.
   */
  protected Run evaluateAndReport(Config cfg, Suppressions suppressions) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Setup setup = setUp(cfg);
    Map<String, Map<String, String>> metricOptions = setup.metricOptions();
    List<Metric> chosen = setup.metrics();
    int nThreads = setup.threads();

    List<String> described = new ArrayList<>();
    ReadResult read = new EvaluateInputs(this).readInputs(described);
    List<InputProblem> problems = read.problems();
    for (InputProblem p : problems) {
      err.println((p.level() == InputProblem.Level.ERROR ? "error: " : "") + p);
    }
    if (read.documents().isEmpty()) {
      forgetLexicon();
      err.println("verso: no document could be read; no report written");
      err.flush();
      return null;
    }
    Progress progress = new Progress(read.documents().size(), !noProgress);
    EvaluationResult result =
        new Evaluator(chosen, nThreads, maxFieldChars(), documentTimeout())
            .evaluateAll(read.documents(), problems, r -> progress.step());
    progress.finish();
    for (InputProblem p : result.problems().subList(problems.size(), result.problems().size())) {
      err.println("error: " + p);
    }
    ReportContext ctx = new ReportContext(output, out, described, metricOptions, suppressions);
    ctx = ctx.withComparison(new SystemComparisonOptions(this).compareSystems(result));
    List<Reporter> reporters = new ArrayList<>();
    for (String f : formats) {
      reporters.add(
          switch (f) {
            case "json" -> new JsonReporter();
            case "html" -> new HtmlReporter(htmlDocuments);
            case "xliff" -> new XliffReporter(); // XLIFF write-back (issue 18)
            case "mqm-tsv" -> new MqmTsvReporter(); // MQM export (issue 18)
            default -> new ConsoleReporter();
          });
    }
    reporters.sort(
        (a, b) -> Boolean.compare(a instanceof ConsoleReporter, b instanceof ConsoleReporter));
    for (Reporter r : reporters) {
      Path written = r.write(result, ctx);
      if (written != null) {
        out.println("Wrote " + written);
      }
    }
    out.flush();
    err.flush();
    return new Run(result, ctx);
  }

  /**
   * Evaluates with {@code --stream}: each document's results go to report.jsonl (and to the
   * listener {@code listeners} makes for the chosen metrics) as soon as they are ready; returns the
   * corpus totals, or null (after saying why) when no document could be read.
   */
  protected CorpusTotals streamingEvaluate(
      Config cfg,
      Suppressions suppressions,
      Function<List<Metric>, Consumer<DocumentResult>> listeners)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (formats.contains("xliff") || formats.contains("mqm-tsv")) {
      throw new UsageException(
          "--format xliff and mqm-tsv need every finding of a file at once and are not available with --stream");
    }
    if (source != null || !references.isEmpty()) {
      throw new UsageException(
          "--stream reads INPUT files and --system NAME=PATH inputs; line-aligned --source files are not streamed");
    }
    Setup setup = setUp(cfg);
    Map<String, Map<String, String>> metricOptions = setup.metricOptions();
    List<Metric> chosen = setup.metrics();
    List<String> described = new ArrayList<>();
    List<InputReader.Input> in = new EvaluateInputs(this).inputsWithSystems(described);
    ProblemLog onProblem = new ProblemLog(err);
    if (chosen.stream().anyMatch(m -> m instanceof CorpusMetric)) {
      onProblem.accept(
          InputProblem.warning(
              "<run>",
              0,
              null,
              "cross-document checks (e.g. ACRONYM_CORPUS_VARIANT) are not run with --stream"));
    }
    ReportContext ctx = new ReportContext(output, out, described, metricOptions, suppressions);
    Consumer<DocumentResult> listener = listeners.apply(chosen);
    try (DocumentStream docs = new DocumentStream(in, onProblem);
        StreamingReport report = new StreamingReport(chosen, ctx, reportFiles())) {
      CorpusTotals totals =
          evaluate(
              setup,
              docs,
              r -> {
                report.accept(r);
                listener.accept(r);
              },
              onProblem);
      if (docs.count() == 0) {
        return noDocument();
      }
      List<InputProblem> problems = onProblem.kept();
      for (Path p : report.finish(totals, problems, onProblem.notKept())) {
        out.println("Wrote " + p);
      }
      if (formats.contains("console")) {
        new ConsoleReporter().write(new EvaluationResult(chosen, List.of(), totals, problems), ctx);
        out.println("Streamed " + docs.count() + " document(s)");
      }
      out.flush();
      err.flush();
      return totals;
    }
  }

  private int documentTimeout() {
    if (documentTimeout < 0) {
      throw new UsageException(
          "--document-timeout must be 0 (no limit) or more, got " + documentTimeout);
    }
    return documentTimeout;
  }

  private int maxFieldChars() {
    if (maxFieldChars < 1) {
      throw new UsageException("--max-field-chars must be at least 1, got " + maxFieldChars);
    }
    return maxFieldChars;
  }

  private int threads(Config cfg) {
    int nThreads =
        threads != null
            ? threads
            : cfg.threads() != null ? cfg.threads() : Runtime.getRuntime().availableProcessors();
    if (nThreads < 1) {
      throw new UsageException("--threads must be at least 1, got " + nThreads);
    }
    return nThreads;
  }
}
