package dev.verso.cli;

import dev.verso.metric.DocumentResult;
import dev.verso.metric.UnitResult;
import dev.verso.report.AtomicFiles;
import dev.verso.report.CiOutputs;
import dev.verso.report.FindingRow;
import dev.verso.report.Suppressions;
import dev.verso.report.gate.GateOutcome;
import dev.verso.report.gate.GateTally;
import dev.verso.report.gate.QualityGate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code verso check}: evaluates like {@code evaluate}, then applies the quality gates of the
 * configuration; exits 3 when a gate fails, printing which gate, by how much and the worst
 * offenders. Writes SARIF, JUnit XML and GitHub annotations on request.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate, then apply the quality gates of --config (exit 3 when one fails).",
      "Gates: {\"gates\": {\"scores\": {\"METRIC\": {\"min\": 0.9}}, \"findings\": {\"major\": {\"max\": 0},"
          + " \"CHECK_ID\": {\"max\": 0}}, \"regression\": {\"METRIC\": {\"maxDrop\": 0.01}}}}"
    })
public final class CheckCommand extends EvaluateCommand {

  @Option(
      names = "--baseline",
      paramLabel = "REPORT",
      description = "An earlier report.json for the regression gates.")
  Path baseline;

  @Option(
      names = "--suppressions",
      paramLabel = "FILE",
      description =
          "Accepted findings (JSON or YAML): {\"suppressions\": [{\"id\": ...} | {\"check\", \"document\", \"text\", \"reason\"}]}.")
  Path suppressionsFile;

  @Option(
      names = "--sarif",
      paramLabel = "FILE",
      description = "Also write the findings as SARIF 2.1.0.")
  Path sarif;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Also write JUnit XML: a test case per gate and per document.")
  Path junit;

  @Option(
      names = "--github",
      description = "Print GitHub Actions annotations (::error file=…,line=…::message).")
  boolean github;

  @Override
  public Integer call() throws IOException {
    if (stream && (sarif != null || junit != null || github)) {
      throw new UsageException(
          "--sarif, --junit and --github list every finding and are not available with --stream;"
              + " the gates themselves are");
    }
    Config cfg = loadConfig();
    dev.verso.metric.CheckCatalog catalog =
        dev.verso.metric.CheckCatalog.of(dev.verso.metric.MetricRegistry.load().providers());
    QualityGate gate = readGate(cfg, catalog);
    JsonNode base = readBaseline(gate);
    OutputPaths.requireWritableFile(sarif, "--sarif");
    OutputPaths.requireWritableFile(junit, "--junit");
    Suppressions sup = readSuppressions(catalog);
    if (stream) {
      return streamed(cfg, gate, base, sup);
    }
    if (!needsEveryResult()) {
      return bounded(cfg, gate, base, sup);
    }
    return heldInMemory(cfg, gate, base, sup);
  }

  /** The gates of the configuration, every finding gate naming a declared check. */
  private QualityGate readGate(Config cfg, dev.verso.metric.CheckCatalog catalog) {
    if (cfg.gates() == null) {
      throw new UsageException(
          "no quality gates: give --config FILE with a \"gates\" section (see `verso check --help`)");
    }
    QualityGate gate;
    try {
      gate = QualityGate.parse(cfg.gates());
    } catch (IllegalArgumentException e) {
      throw new UsageException(config + ": " + e.getMessage());
    }
    for (String id : gate.findingChecks()) {
      String why = catalog.unknown(id);
      if (why != null) {
        throw new UsageException(config + ": gates.findings." + id + ": " + why);
      }
    }
    return gate;
  }

  /** The --baseline report, checked to be one (null without --baseline). */
  private JsonNode readBaseline(QualityGate gate) {
    JsonNode base = baseline == null ? null : StructuredFiles.read(baseline, "baseline report");
    if (base != null) {
      try {
        QualityGate.validateBaseline(base);
      } catch (IllegalArgumentException e) {
        throw new UsageException(baseline + ": " + e.getMessage());
      }
    }
    if (gate.needsBaseline() && base == null) {
      throw new UsageException("the regression gates need --baseline OLD_REPORT.json");
    }
    return base;
  }

  /** The --suppressions rules, each check they name declared (none without the option). */
  private Suppressions readSuppressions(dev.verso.metric.CheckCatalog catalog) {
    Suppressions sup =
        suppressionsFile == null ? Suppressions.NONE : readSuppressions(suppressionsFile);
    for (int i = 0; i < sup.rules().size(); i++) {
      String check = sup.rules().get(i).check();
      String why = check == null ? null : catalog.unknown(check);
      if (why != null) {
        throw new UsageException(suppressionsFile + ": suppressions[" + i + "].check: " + why);
      }
    }
    return sup;
  }

  /** {@code --stream}: documents pass through once; the gates keep counts and the worst few. */
  private int streamed(Config cfg, QualityGate gate, JsonNode base, Suppressions sup)
      throws IOException {
    GateTally[] tally = new GateTally[1];
    long[] suppressed = {0};
    dev.verso.metric.CorpusTotals totals =
        streamingEvaluate(
            cfg,
            sup,
            metrics -> {
              tally[0] = tally(gate, metrics, base);
              return d -> {
                List<FindingRow> docRows = FindingRow.of(metrics, d, sup);
                synchronized (tally) {
                  tally[0].accept(d, docRows);
                  suppressed[0] += docRows.stream().filter(FindingRow::suppressed).count();
                }
              };
            });
    if (totals == null) {
      return ExitCodes.USAGE;
    }
    return report(tally[0].finish(totals), List.of(), suppressed[0], Map.of());
  }

  /**
   * The default: bounded memory, the gates see each document as reported, one at a time. With
   * --sarif, --junit or --github every finding row is kept too, without the texts of its document
   * (only its id, origin and field positions, which the outputs point into) and without its
   * evidence.
   */
  private int bounded(Config cfg, QualityGate gate, JsonNode base, Suppressions sup)
      throws IOException {
    GateTally[] tally = new GateTally[1];
    long[] suppressed = {0};
    boolean listRows = sarif != null || junit != null || github;
    List<FindingRow> rows = new ArrayList<>();
    Map<String, List<String>> systems = new LinkedHashMap<>();
    dev.verso.report.SpilledReport.Finished done =
        boundedEvaluate(
            cfg,
            sup,
            metrics -> {
              tally[0] = tally(gate, metrics, base, junit != null);
              return (id, scores, docRows) -> {
                tally[0].accept(id, scores, docRows);
                suppressed[0] += docRows.stream().filter(FindingRow::suppressed).count();
                if (listRows) {
                  systems.put(id, List.copyOf(scores.keySet()));
                  for (FindingRow r : docRows) {
                    rows.add(r.slim());
                  }
                }
              };
            });
    if (done == null) {
      return ExitCodes.USAGE;
    }
    return report(tally[0].finish(done.totals()), rows, suppressed[0], systems);
  }

  /** With outputs that list every finding (SARIF, JUnit, GitHub): every result in memory. */
  private int heldInMemory(Config cfg, QualityGate gate, JsonNode base, Suppressions sup)
      throws IOException {
    Run run = evaluateAndReport(cfg, sup);
    if (run == null) {
      return ExitCodes.USAGE;
    }
    List<FindingRow> rows = FindingRow.of(run.result(), sup);
    List<GateOutcome> outcomes;
    try {
      outcomes = gate.apply(run.result(), rows, base);
    } catch (IllegalArgumentException e) {
      throw new UsageException(config + ": " + e.getMessage());
    }
    Map<String, List<String>> systems = new LinkedHashMap<>();
    for (DocumentResult d : run.result().documents()) {
      List<String> s = new ArrayList<>();
      for (UnitResult u : d.units()) {
        s.add(u.system());
      }
      systems.put(d.document().id(), s);
    }
    return report(outcomes, rows, rows.stream().filter(FindingRow::suppressed).count(), systems);
  }

  private GateTally tally(QualityGate gate, List<dev.verso.metric.Metric> metrics, JsonNode base) {
    return tally(gate, metrics, base, false);
  }

  private GateTally tally(
      QualityGate gate, List<dev.verso.metric.Metric> metrics, JsonNode base, boolean listAll) {
    try {
      return gate.tally(metrics, base, listAll);
    } catch (IllegalArgumentException e) {
      throw new UsageException(config + ": " + e.getMessage());
    }
  }

  /**
   * Writes the CI outputs asked for and prints the outcome of every gate; {@code systems} maps each
   * document id to its systems (for JUnit).
   */
  private int report(
      List<GateOutcome> outcomes,
      List<FindingRow> rows,
      long suppressed,
      Map<String, List<String>> systems)
      throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (sarif != null) {
      CiOutputs.writeSarif(sarif, rows);
      out.println("Wrote " + sarif);
    }
    if (junit != null) {
      String xml = CiOutputs.junit(outcomes, rows, systems);
      AtomicFiles.write(junit, o -> o.write(xml.getBytes(StandardCharsets.UTF_8)));
      out.println("Wrote " + junit);
    }
    if (github) {
      CiOutputs.github(out, rows, outcomes);
    }
    if (suppressed > 0) {
      out.println(suppressed + " finding(s) suppressed by " + suppressionsFile);
    }
    long failed = outcomes.stream().filter(o -> !o.passed()).count();
    for (GateOutcome o : outcomes) {
      out.println(
          (o.passed() ? "PASS " : "FAIL ") + o.gate() + " [" + o.system() + "]: " + o.message());
      for (String line : o.offenders()) {
        out.println("     " + line);
      }
    }
    out.println(
        failed == 0
            ? "Quality gate passed (" + outcomes.size() + " check(s))."
            : "Quality gate FAILED: " + failed + " of " + outcomes.size() + " check(s) failed.");
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.GATE_FAILED;
  }

  private static final Set<String> RULE_KEYS = Set.of("id", "check", "document", "text", "reason");

  /** Reads a suppressions file (JSON or YAML), naming the file and rule in errors. */
  public static Suppressions readSuppressions(Path file) {
    JsonNode root = StructuredFiles.read(file, "suppressions file");
    for (String k : root.propertyNames()) {
      if (!k.equals("suppressions")) {
        throw new UsageException(
            file + ": unknown key '" + k + "' (expected \"suppressions\": [...])");
      }
    }
    JsonNode list = root.get("suppressions");
    if (list == null || !list.isArray()) {
      throw new UsageException(file + ": \"suppressions\" must be a list");
    }
    List<Suppressions.Rule> rules = new ArrayList<>();
    int i = 0;
    for (JsonNode r : list) {
      String where = file + ": suppressions[" + i++ + "]";
      if (!r.isObject()) {
        throw new UsageException(where + " must be an object");
      }
      for (String k : r.propertyNames()) {
        if (!RULE_KEYS.contains(k)) {
          throw new UsageException(
              where + ": unknown key '" + k + "' (known: check, document, id, reason, text)");
        }
      }
      String id = text(r, "id", where);
      String check = text(r, "check", where);
      if (id == null && check == null) {
        throw new UsageException(where + " needs an \"id\" or a \"check\"");
      }
      if (check != null && !dev.verso.metric.CheckSpec.isCheckId(check)) {
        throw new UsageException(
            where
                + ".check: '"
                + check
                + "' is not a check id (check ids are UPPER_SNAKE, e.g. ACRONYM_DRIFT)");
      }
      if (id != null && id.isBlank()) {
        throw new UsageException(where + ".id is empty");
      }
      rules.add(
          new Suppressions.Rule(
              id,
              check,
              text(r, "document", where),
              text(r, "text", where),
              text(r, "reason", where)));
    }
    return new Suppressions(rules);
  }

  private static String text(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new UsageException(where + "." + key + " must be a string, got " + kind(v));
    }
    return v.asString();
  }

  private static String kind(JsonNode v) {
    return v.isArray()
        ? "a list"
        : v.isObject()
            ? "a map"
            : v.isNumber() ? "a number" : v.isBoolean() ? "a boolean" : "'" + v + "'";
  }
}
