package dev.verso.cli;

import dev.verso.io.InputReader;
import dev.verso.io.ParallelFilesReader;
import dev.verso.io.ReadResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.InputProblem;
import dev.verso.report.ConsoleReporter;
import dev.verso.report.HtmlReporter;
import dev.verso.report.JsonReporter;
import dev.verso.report.ReportContext;
import dev.verso.report.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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
public final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Input files or directories.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path output = Path.of("reports");

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description = "Report formats: json, html, console (default: json,html,console).")
  List<String> formats = new ArrayList<>(List.of("json", "html", "console"));

  @Option(names = "--metrics", split = ",", paramLabel = "ID", description = "Metrics to run (default: all enabled by default; see `verso metrics`).")
  List<String> metrics = new ArrayList<>();

  @Option(names = {"-O", "--option"}, paramLabel = "ID.NAME=VALUE", description = "A metric option, e.g. -O LENGTH_RATIO.threshold=4 (repeatable).")
  List<String> options = new ArrayList<>();

  @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration file (metrics, metricOptions, threads, gates).")
  Path config;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
  Integer threads;

  @Option(names = "--source", paramLabel = "FILE", description = "Line-aligned source file (one segment per line).")
  Path source;

  @Option(names = "--reference", paramLabel = "FILE", description = "Line-aligned reference file (repeatable; with --source).")
  List<Path> references = new ArrayList<>();

  @Option(
      names = "--system",
      paramLabel = "NAME=PATH",
      description = "A system's translations: a line-aligned file with --source, else a file or directory whose documents are joined by id (repeatable).")
  List<String> systems = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Config cfg = config == null ? Config.empty() : Config.read(config);
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
    List<String> metricIds = !metrics.isEmpty() ? metrics : cfg.metrics();
    int nThreads = threads != null ? threads : cfg.threads() != null ? cfg.threads() : Runtime.getRuntime().availableProcessors();
    if (nThreads < 1) {
      throw new UsageException("--threads must be at least 1, got " + nThreads);
    }
    for (String f : formats) {
      if (!List.of("json", "html", "console").contains(f)) {
        throw new UsageException("unknown report format '" + f + "' (known: json, html, console)");
      }
    }
    List<Metric> chosen;
    try {
      chosen = MetricRegistry.load().create(metricIds, metricOptions);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }

    List<String> described = new ArrayList<>();
    ReadResult read = readInputs(described);
    List<InputProblem> problems = read.problems();
    for (InputProblem p : problems) {
      err.println((p.level() == InputProblem.Level.ERROR ? "error: " : "") + p);
    }
    if (read.documents().isEmpty()) {
      err.println("verso: no document could be read; no report written");
      err.flush();
      return ExitCodes.USAGE;
    }
    EvaluationResult result = new Evaluator(chosen, nThreads).evaluateAll(read.documents(), problems);
    for (InputProblem p : result.problems().subList(problems.size(), result.problems().size())) {
      err.println("error: " + p);
    }
    ReportContext ctx = new ReportContext(output, out, described, metricOptions);
    List<Reporter> reporters = new ArrayList<>();
    for (String f : formats) {
      reporters.add(
          switch (f) {
            case "json" -> new JsonReporter();
            case "html" -> new HtmlReporter();
            default -> new ConsoleReporter();
          });
    }
    reporters.sort((a, b) -> Boolean.compare(a instanceof ConsoleReporter, b instanceof ConsoleReporter));
    for (Reporter r : reporters) {
      Path written = r.write(result, ctx);
      if (written != null) {
        out.println("Wrote " + written);
      }
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private ReadResult readInputs(List<String> described) {
    Map<String, Path> named = new LinkedHashMap<>();
    for (String s : systems) {
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new UsageException("--system must look like NAME=PATH, got '" + s + "'");
      }
      String name = s.substring(0, eq);
      if (named.put(name, Path.of(s.substring(eq + 1))) != null) {
        throw new UsageException("--system " + name + " is given twice");
      }
    }
    if (source != null || !references.isEmpty()) {
      if (source == null) {
        throw new UsageException("--reference needs --source (line-aligned files)");
      }
      if (!inputs.isEmpty()) {
        throw new UsageException("give either INPUT files or line-aligned --source/--system files, not both");
      }
      if (named.isEmpty()) {
        throw new UsageException("--source needs at least one --system NAME=FILE");
      }
      requireFile(source);
      references.forEach(EvaluateCommand::requireFile);
      named.values().forEach(EvaluateCommand::requireFile);
      described.add("source=" + source);
      references.forEach(r -> described.add("reference=" + r));
      named.forEach((k, v) -> described.add(k + "=" + v));
      try {
        return InputReader.join(ParallelFilesReader.read(source, references, named));
      } catch (ParallelFilesReader.MismatchException e) {
        throw new UsageException(e.getMessage());
      }
    }
    List<InputReader.Input> in = new ArrayList<>();
    List<Path> plain = inputs;
    if (plain.isEmpty() && named.isEmpty()) {
      Path seeds = Path.of("seeds");
      if (!Files.isDirectory(seeds)) {
        throw new UsageException("no INPUT given and no seeds/ directory here; try `verso evaluate --help`");
      }
      plain = List.of(seeds);
    }
    for (Path p : plain) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file or directory");
      }
      in.add(new InputReader.Input(p, dev.verso.model.Document.DEFAULT_SYSTEM));
      described.add(p.toString());
    }
    for (var e : named.entrySet()) {
      if (!Files.exists(e.getValue())) {
        throw new UsageException(e.getValue() + ": no such file or directory (--system " + e.getKey() + ")");
      }
      in.add(new InputReader.Input(e.getValue(), e.getKey()));
      described.add(e.getKey() + "=" + e.getValue());
    }
    return InputReader.readAll(in);
  }

  private static void requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UsageException(p + ": no such file");
    }
  }
}
