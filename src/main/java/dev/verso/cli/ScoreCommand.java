package dev.verso.cli;

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
    checkFlags();
    boolean paired = pairedBs || pairedAr;
    List<List<String>> refs = new ArrayList<>();
    for (Path r : references) {
      refs.add(readFile(r));
    }
    List<String> names = new ArrayList<>();
    List<List<String>> systems = new ArrayList<>();
    readSystems(names, systems, paired);
    int segments = checkLengths(refs, systems);
    checkModes(systems.size(), paired);
    Map<String, ReferenceScorer> scorers = scorers();
    int nrefs = refs.size();
    if (sentenceLevel) {
      printSentences(out, scorers.values().iterator().next(), refs, systems.get(0), nrefs);
      return ExitCodes.OK;
    }
    Map<String, List<double[][]>> stats = statistics(scorers, refs, systems, segments);
    ScoreOutput printed = new ScoreOutput(this, out, names, scorers, stats, nrefs);
    if (systems.size() == 1) {
      printed.printSingle();
    } else if (!paired) {
      printed.printMulti();
    } else {
      printed.printPaired();
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** Rejects contradictory or out-of-range flags before any file is read. */
  private void checkFlags() {
    if (!format.equals("json") && !format.equals("text")) {
      throw new UsageException("--format must be json or text, got '" + format + "'");
    }
    if (pairedBs && pairedAr) {
      throw new UsageException("--paired-bs and --paired-ar are mutually exclusive");
    }
    if (width < 0) {
      throw new UsageException("--width must not be negative");
    }
  }

  /** The number of segments, after checking that every system and reference has that many. */
  private int checkLengths(List<List<String>> refs, List<List<String>> systems) {
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
    return segments;
  }

  /** sacreBLEU's rules on which modes combine with how many systems. */
  private void checkModes(int systems, boolean paired) {
    if (sentenceLevel) {
      if (metrics.size() > 1) {
        throw new UsageException("Only one metric can be used in sentence-level mode.");
      }
      if (systems > 1) {
        throw new UsageException("Only one system can be evaluated in sentence-level mode.");
      }
      if (confidence || paired) {
        throw new UsageException("Statistical tests are unavailable in sentence-level mode.");
      }
    }
    if (paired && systems == 1) {
      throw new UsageException(
          "Paired tests require multiple input systems given to --input (-i).");
    }
    if (systems > 1 && confidence) {
      throw new UsageException(
          "Use paired tests (--paired-bs or --paired-ar) for multiple systems.");
    }
  }

  /** {@code --sentence-level}: one line per segment. */
  private void printSentences(
      PrintWriter out, ReferenceScorer s, List<List<String>> refs, List<String> system, int nrefs) {
    String sig = s.signature(nrefs);
    Object[] prepared = CorpusScoring.prepare(s, refs, system.size());
    for (double[] row : CorpusScoring.stats(s, system, prepared)) {
      double score = s.score(row);
      out.println(
          scoreOnly
              ? PyFormat.fixed(score, width)
              : new ScoreText(s.name(), sig, score, s.verbose(row), width).line());
    }
    out.flush();
  }

  /** Statistics for every metric and system, the references prepared once per metric. */
  private static Map<String, List<double[][]>> statistics(
      Map<String, ReferenceScorer> scorers,
      List<List<String>> refs,
      List<List<String>> systems,
      int segments) {
    Map<String, List<double[][]>> stats = new LinkedHashMap<>();
    for (var e : scorers.entrySet()) {
      Object[] prepared = CorpusScoring.prepare(e.getValue(), refs, segments);
      List<double[][]> bySystem = new ArrayList<>();
      for (List<String> sys : systems) {
        bySystem.add(CorpusScoring.stats(e.getValue(), sys, prepared));
      }
      stats.put(e.getKey(), bySystem);
    }
    return stats;
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
}
