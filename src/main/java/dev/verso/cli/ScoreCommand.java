package dev.verso.cli;

import dev.verso.compare.ComparedMetric;
import dev.verso.compare.Comparison;
import dev.verso.compare.ComparisonText;
import dev.verso.compare.FancyGrid;
import dev.verso.compare.MetricComparison;
import dev.verso.compare.PairedTests;
import dev.verso.compare.StatScorer;
import dev.verso.compare.SystemResult;
import dev.verso.metric.reference.Bleu;
import dev.verso.metric.reference.Chrf;
import dev.verso.metric.reference.CorpusScoring;
import dev.verso.metric.reference.PyFormat;
import dev.verso.metric.reference.ReferenceScorer;
import dev.verso.metric.reference.ScoreText;
import dev.verso.metric.reference.Ter;
import dev.verso.metric.reference.TextLines;
import dev.verso.metric.reference.tokenize.PyStrings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verso score}: BLEU, chrF and TER of one or more systems against references, with
 * sacreBLEU's flag names, defaults, numbers and output; paired significance tests with {@code
 * --paired-bs} / {@code --paired-ar}.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL,
    description = {
      "Scores systems against references with BLEU, chrF and TER exactly as sacreBLEU 2.x does, "
          + "and compares several systems with paired bootstrap resampling or approximate randomisation.",
      "Files are read as UTF-8, one segment per line (split on \\n, trailing whitespace removed). "
          + "Without -i, systems are read from standard input, several systems separated by tabs."
    })
public final class ScoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-r", "--reference"},
      required = true,
      paramLabel = "REF",
      description = "Reference file; repeat for several references.")
  List<Path> references = new ArrayList<>();

  @Option(
      names = {"-i", "--input"},
      arity = "1..*",
      paramLabel = "HYP",
      description = "System output file(s); standard input when absent.")
  List<String> inputs;

  @Option(
      names = {"-m", "--metrics"},
      arity = "1..*",
      paramLabel = "METRIC",
      description = "bleu, chrf, ter (default: ${DEFAULT-VALUE}).")
  List<String> metrics = new ArrayList<>(List.of("bleu"));

  @Option(
      names = {"-sl", "--sentence-level"},
      description = "Score each segment (one metric only).")
  boolean sentenceLevel;

  @Option(
      names = {"-tok", "--tokenize"},
      paramLabel = "TOK",
      defaultValue = "13a",
      description = "BLEU tokenizer: 13a, zh, intl, char, none (default: ${DEFAULT-VALUE}).")
  String tokenize;

  @Option(
      names = {"-s", "--smooth-method"},
      paramLabel = "METHOD",
      defaultValue = "exp",
      description = "BLEU smoothing: exp, floor, add-k, none (default: ${DEFAULT-VALUE}).")
  String smoothMethod;

  @Option(
      names = {"-sv", "--smooth-value"},
      paramLabel = "VALUE",
      description = "Smoothing value for floor (default 0.1) and add-k (default 1).")
  Double smoothValue;

  @Option(
      names = {"-lc", "--lowercase"},
      description = "Case-insensitive BLEU.")
  boolean lowercase;

  @Option(
      names = "--force",
      description = "Accepted for compatibility (sacreBLEU: silence the tokenized-input warning).")
  boolean force;

  @Option(
      names = {"-cc", "--chrf-char-order"},
      defaultValue = "6",
      description = "chrF character n-gram order (default: ${DEFAULT-VALUE}).")
  int chrfCharOrder;

  @Option(
      names = {"-cw", "--chrf-word-order"},
      defaultValue = "0",
      description = "chrF word n-gram order; 2 is chrF++ (default: ${DEFAULT-VALUE}).")
  int chrfWordOrder;

  @Option(
      names = "--chrf-beta",
      defaultValue = "2",
      description = "chrF recall weight beta (default: ${DEFAULT-VALUE}).")
  int chrfBeta;

  @Option(names = "--chrf-whitespace", description = "Keep whitespace in chrF character n-grams.")
  boolean chrfWhitespace;

  @Option(names = "--chrf-lowercase", description = "Case-insensitive chrF.")
  boolean chrfLowercase;

  @Option(
      names = "--chrf-eps-smoothing",
      description = "chrF eps smoothing instead of effective order.")
  boolean chrfEpsSmoothing;

  @Option(names = "--ter-case-sensitive", description = "Case-sensitive TER.")
  boolean terCaseSensitive;

  @Option(names = "--ter-asian-support", description = "TER: split Asian characters.")
  boolean terAsianSupport;

  @Option(names = "--ter-no-punct", description = "TER: remove punctuation.")
  boolean terNoPunct;

  @Option(names = "--ter-normalized", description = "TER: normalise and tokenise punctuation.")
  boolean terNormalized;

  @Option(
      names = {"-ci", "--confidence"},
      description = "Bootstrap confidence interval of a single system.")
  boolean confidence;

  @Option(
      names = {"-cin", "--confidence-n"},
      defaultValue = "1000",
      description = "Resamples for --confidence (default: ${DEFAULT-VALUE}).")
  int confidenceN;

  @Option(
      names = {"-pbs", "--paired-bs"},
      description = "Paired bootstrap resampling test against the baseline.")
  boolean pairedBs;

  @Option(
      names = {"-par", "--paired-ar"},
      description = "Paired approximate randomisation test against the baseline.")
  boolean pairedAr;

  @Option(
      names = {"-pbsn", "--paired-bs-n"},
      defaultValue = "1000",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int pairedBsN;

  @Option(
      names = {"-parn", "--paired-ar-n"},
      defaultValue = "10000",
      description = "Randomisation trials (default: ${DEFAULT-VALUE}).")
  int pairedArN;

  @Option(
      names = "--baseline",
      paramLabel = "SYSTEM",
      description = "Baseline system (its -i name); default: the first system.")
  String baseline;

  @Option(
      names = "--seed",
      defaultValue = "12345",
      description =
          "Random seed of the tests, as sacreBLEU's SACREBLEU_SEED (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-w", "--width"},
      defaultValue = "1",
      description = "Decimals printed (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(
      names = {"-b", "--score-only"},
      description = "Print only the score.")
  boolean scoreOnly;

  @Option(
      names = {"-f", "--format"},
      defaultValue = "json",
      paramLabel = "FORMAT",
      description = "json or text (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-q", "--quiet"},
      description = "Accepted for compatibility; Verso prints no progress messages.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("json") && !format.equals("text")) {
      throw new UsageException("--format must be json or text, got '" + format + "'");
    }
    if (pairedBs && pairedAr) {
      throw new UsageException("--paired-bs and --paired-ar are mutually exclusive");
    }
    if (width < 0) {
      throw new UsageException("--width must not be negative");
    }
    boolean paired = pairedBs || pairedAr;

    List<List<String>> refs = new ArrayList<>();
    for (Path r : references) {
      refs.add(readFile(r));
    }
    List<String> names = new ArrayList<>();
    List<List<String>> systems = new ArrayList<>();
    readSystems(names, systems, paired);
    int segments = systems.get(0).size();
    for (List<String> s : systems) {
      if (s.size() != segments) {
        throw new UsageException("systems have different numbers of lines");
      }
    }
    for (int i = 0; i < refs.size(); i++) {
      List<String> r = refs.get(i);
      if (r.size() != segments) {
        throw new UsageException(
            "System and reference streams have different lengths ("
                + segments
                + " vs "
                + r.size()
                + " lines in "
                + references.get(i)
                + ").");
      }
    }
    if (segments == 0) {
      throw new UsageException("the input has no segments");
    }
    if (sentenceLevel) {
      if (metrics.size() > 1) {
        throw new UsageException("Only one metric can be used in sentence-level mode.");
      }
      if (systems.size() > 1) {
        throw new UsageException("Only one system can be evaluated in sentence-level mode.");
      }
      if (confidence || paired) {
        throw new UsageException("Statistical tests are unavailable in sentence-level mode.");
      }
    }
    if (paired && systems.size() == 1) {
      throw new UsageException(
          "Paired tests require multiple input systems given to --input (-i).");
    }
    if (systems.size() > 1 && confidence) {
      throw new UsageException(
          "Use paired tests (--paired-bs or --paired-ar) for multiple systems.");
    }
    Map<String, ReferenceScorer> scorers = scorers();
    int nrefs = refs.size();

    if (sentenceLevel) {
      ReferenceScorer s = scorers.values().iterator().next();
      String sig = s.signature(nrefs);
      Object[] prepared = CorpusScoring.prepare(s, refs, segments);
      double[][] rows = CorpusScoring.stats(s, systems.get(0), prepared);
      for (double[] row : rows) {
        double score = s.score(row);
        out.println(
            scoreOnly
                ? PyFormat.fixed(score, width)
                : ScoreText.line(s.name(), sig, score, -1, -1, s.verbose(row), width));
      }
      out.flush();
      return ExitCodes.OK;
    }

    // Statistics for every metric and system (references prepared once per metric).
    Map<String, List<double[][]>> stats = new LinkedHashMap<>();
    for (var e : scorers.entrySet()) {
      Object[] prepared = CorpusScoring.prepare(e.getValue(), refs, segments);
      List<double[][]> bySystem = new ArrayList<>();
      for (List<String> sys : systems) {
        bySystem.add(CorpusScoring.stats(e.getValue(), sys, prepared));
      }
      stats.put(e.getKey(), bySystem);
    }

    if (systems.size() == 1) {
      printSingle(out, scorers, stats, nrefs);
    } else if (!paired) {
      printMulti(out, names, scorers, stats, nrefs);
    } else {
      printPaired(out, names, scorers, stats, nrefs);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<String> readFile(Path p) {
    try {
      return TextLines.read(p);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("file not found: " + p);
    } catch (java.nio.charset.CharacterCodingException e) {
      // name the line and byte, as the other readers do
      try {
        byte[] bytes = java.nio.file.Files.readAllBytes(p);
        dev.verso.io.TextFile tf = dev.verso.io.TextFile.decode(bytes, p.toString());
        if (!tf.ok()) {
          throw new UsageException(tf.problems().get(0).toString());
        }
      } catch (IOException again) {
        // fall through to the general message
      }
      throw new UsageException("cannot read " + p + ": it is not valid UTF-8");
    } catch (IOException e) {
      throw new UsageException("cannot read " + p + ": " + e.getMessage());
    }
  }

  private void readSystems(List<String> names, List<List<String>> systems, boolean paired)
      throws IOException {
    if (inputs == null || inputs.isEmpty()) {
      InputStream in = System.in;
      List<String> lines = TextLines.read(in);
      int count = -1;
      for (String line : lines) {
        String[] fields = PyStrings.rstrip(line).split("\t", -1);
        if (count == -1) {
          count = fields.length;
          for (int i = 0; i < count; i++) {
            systems.add(new ArrayList<>());
          }
        } else if (fields.length != count) {
          throw new UsageException(
              "the number of tab-delimited fields in the input stream differ across lines");
        }
        for (int i = 0; i < count; i++) {
          systems.get(i).add(PyStrings.rstrip(fields[i]));
        }
      }
      if (count == -1) {
        systems.add(new ArrayList<>());
        count = 1;
      }
      for (int i = 0; i < count; i++) {
        names.add("System " + (i + 1));
      }
      return;
    }
    for (String f : inputs) {
      if (names.contains(f)) {
        if (paired && f.equals(names.get(0))) {
          continue; // given again as a system: sacreBLEU ignores the repetition of the baseline
        }
        throw new UsageException("'" + f + "' already used to name a system");
      }
      if (!Files.isRegularFile(Path.of(f))) {
        throw new UsageException("file not found: " + f);
      }
      systems.add(readFile(Path.of(f)));
      names.add(f);
    }
  }

  private Map<String, ReferenceScorer> scorers() {
    // sacreBLEU evaluates metrics in sorted order of their upper-case names.
    Map<String, ReferenceScorer> m = new TreeMap<>();
    for (String name : metrics) {
      String key = name.toUpperCase(Locale.ROOT);
      try {
        switch (key) {
          case "BLEU":
            m.put(key, new Bleu(tokenize, lowercase, smoothMethod, smoothValue, sentenceLevel));
            break;
          case "CHRF":
            m.put(
                key,
                new Chrf(
                    chrfCharOrder,
                    chrfWordOrder,
                    chrfBeta,
                    chrfLowercase,
                    chrfWhitespace,
                    chrfEpsSmoothing));
            break;
          case "TER":
            m.put(key, new Ter(terNormalized, terNoPunct, terAsianSupport, terCaseSensitive));
            break;
          default:
            throw new UsageException("unknown metric '" + name + "' (known: bleu, chrf, ter)");
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return m;
  }

  private void printSingle(
      PrintWriter out,
      Map<String, ReferenceScorer> scorers,
      Map<String, List<double[][]>> stats,
      int nrefs) {
    List<String> results = new ArrayList<>();
    for (var e : scorers.entrySet()) {
      ReferenceScorer s = e.getValue();
      double[][] rows = stats.get(e.getKey()).get(0);
      double[] total = CorpusScoring.sum(rows, s.statNames().size());
      double score = s.score(total);
      double mean = -1;
      double ci = -1;
      String sig;
      if (confidence) {
        double[] mc = PairedTests.confidence(StatScorer.of(s), rows, confidenceN, seed);
        mean = mc[0];
        ci = mc[1];
        Map<String, String> t = new LinkedHashMap<>();
        t.put("bs", Integer.toString(confidenceN));
        t.put("seed", Long.toString(seed));
        sig = s.signature(Integer.toString(nrefs), t);
      } else {
        sig = s.signature(nrefs);
      }
      String verbose = s.verbose(total);
      if (scoreOnly) {
        results.add(ScoreText.scoreWithConfidence(score, mean, ci, width));
      } else if (format.equals("json")) {
        results.add(ScoreText.json(s.name(), sig, score, mean, ci, verbose, width));
      } else {
        results.add(ScoreText.line(s.name(), sig, score, mean, ci, verbose, width));
      }
    }
    if (format.equals("json")) {
      out.println(
          results.size() > 1 ? "[\n" + String.join(",\n", results) + "\n]" : results.get(0));
      return;
    }
    if (results.size() == 1 || scoreOnly) {
      results.forEach(out::println);
      return;
    }
    // Align the lines on their '=' as sacreBLEU does.
    int w = 0;
    for (String r : results) {
      w = Math.max(w, r.indexOf('=') - 1);
    }
    for (String r : results) {
      int len = r.indexOf('=') - 1;
      out.println(" ".repeat(w - len) + r);
    }
  }

  private void printMulti(
      PrintWriter out,
      List<String> names,
      Map<String, ReferenceScorer> scorers,
      Map<String, List<double[][]>> stats,
      int nrefs) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, String> sigs = new LinkedHashMap<>();
    for (var e : scorers.entrySet()) {
      ReferenceScorer s = e.getValue();
      List<String> col = new ArrayList<>();
      for (double[][] rows : stats.get(e.getKey())) {
        col.add(PyFormat.fixed(s.score(CorpusScoring.sum(rows, s.statNames().size())), width));
      }
      columns.put(s.name(), col);
      sigs.put(s.name(), s.signature(nrefs));
    }
    if (format.equals("json")) {
      StringBuilder b = new StringBuilder("[\n");
      for (int i = 0; i < names.size(); i++) {
        b.append("    {\n        \"system\": ").append(ScoreText.quote(names.get(i)));
        for (var c : columns.entrySet()) {
          b.append(",\n        ")
              .append(ScoreText.quote(c.getKey()))
              .append(": ")
              .append(ScoreText.quote(c.getValue().get(i)));
        }
        b.append("\n    }").append(i + 1 < names.size() ? ",\n" : "\n");
      }
      out.println(b.append(']'));
      return;
    }
    List<String> headers = new ArrayList<>();
    headers.add("System");
    headers.addAll(columns.keySet());
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(names.get(i));
      for (List<String> c : columns.values()) {
        row.add(c.get(i));
      }
      rows.add(row);
    }
    out.println(FancyGrid.render(headers, rows));
    out.println();
    printSignatures(out, sigs);
  }

  private static void printSignatures(PrintWriter out, Map<String, String> sigs) {
    out.println("-----------------");
    out.println("Metric signatures");
    out.println("-----------------");
    for (var e : sigs.entrySet()) {
      out.println(String.format(Locale.ROOT, " - %-10s %s", e.getKey(), e.getValue()));
    }
  }

  private void printPaired(
      PrintWriter out,
      List<String> names,
      Map<String, ReferenceScorer> scorers,
      Map<String, List<double[][]>> stats,
      int nrefs) {
    int base = 0;
    if (baseline != null) {
      base = names.indexOf(baseline);
      if (base < 0) {
        throw new UsageException(
            "--baseline '" + baseline + "' is not one of the systems " + names);
      }
    }
    List<ComparedMetric> compared = new ArrayList<>();
    Map<String, String> sigs = new LinkedHashMap<>();
    int n = pairedBs ? pairedBsN : pairedArN;
    if (n == 0) {
      // As sacreBLEU: 0 means the default number of resamples or trials.
      n = pairedBs ? PairedTests.DEFAULT_RESAMPLES : PairedTests.DEFAULT_TRIALS;
    } else if (n < 0) {
      throw new UsageException("the number of resamples/trials must not be negative");
    }
    for (var e : scorers.entrySet()) {
      ReferenceScorer s = e.getValue();
      Map<String, String> t = new LinkedHashMap<>();
      t.put(pairedBs ? "bs" : "ar", Integer.toString(n));
      t.put("seed", Long.toString(seed));
      String sig = s.signature(Integer.toString(nrefs), t);
      sigs.put(s.name(), sig);
      compared.add(
          new ComparedMetric(
              s.name(), sig, s.higherIsBetter(), StatScorer.of(s), stats.get(e.getKey())));
    }
    Comparison c =
        pairedBs
            ? PairedTests.bootstrap(names, compared, base, n, seed)
            : PairedTests.approximateRandomization(names, compared, base, n, seed);
    if (format.equals("json")) {
      out.println(json(c));
      return;
    }
    out.println(ComparisonText.table(c, width));
    out.println();
    out.print(ComparisonText.notes(c));
    out.println();
    printSignatures(out, sigs);
    out.println();
    out.print(ComparisonText.rankings(c, width));
  }

  /**
   * sacreBLEU's JSON for paired tests (a list of systems with score, p_value, mean, ci per metric),
   * plus delta and significance.
   */
  static String json(Comparison c) {
    StringBuilder b = new StringBuilder("[\n");
    int systems = c.metrics().get(0).systems().size();
    for (int i = 0; i < systems; i++) {
      SystemResult first = c.metrics().get(0).systems().get(i);
      String name = first.baseline() ? "Baseline: " + first.system() : first.system();
      b.append("    {\n        \"system\": ").append(ScoreText.quote(name));
      for (MetricComparison m : c.metrics()) {
        SystemResult r = m.systems().get(i);
        b.append(",\n        ").append(ScoreText.quote(m.metric())).append(": {\n");
        b.append("            \"score\": ").append(PyFormat.repr(r.score())).append(",\n");
        b.append("            \"p_value\": ").append(num(r.pValue())).append(",\n");
        b.append("            \"mean\": ").append(num(r.mean())).append(",\n");
        b.append("            \"ci\": ").append(num(r.ci())).append(",\n");
        b.append("            \"delta\": ").append(PyFormat.repr(r.delta())).append(",\n");
        b.append("            \"significant\": ")
            .append(
                r.pValue() == null ? "null" : Boolean.toString(r.significant(ComparisonText.ALPHA)))
            .append("\n        }");
      }
      b.append("\n    }").append(i + 1 < systems ? ",\n" : "\n");
    }
    return b.append(']').toString();
  }

  private static String num(Double d) {
    return d == null ? "null" : PyFormat.repr(d);
  }
}
