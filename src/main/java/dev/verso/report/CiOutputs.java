package dev.verso.report;

import dev.verso.Version;
import dev.verso.model.TextPosition;
import dev.verso.report.gate.GateOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Outputs for CI systems: SARIF 2.1.0 (code-scanning tools), JUnit XML (test report viewers) and
 * GitHub Actions workflow-command annotations. Positions are file, line and column of the input
 * files, derived from each field's start in its file.
 */
public final class CiOutputs {
  private CiOutputs() {}

  /** SARIF level for a severity: critical and major are errors, minor warnings, info notes. */
  static String sarifLevel(String severity) {
    return switch (severity) {
      case "critical", "major" -> "error";
      case "minor" -> "warning";
      default -> "note";
    };
  }

  /** The SARIF 2.1.0 log of all findings (suppressed ones carry an external suppression). */
  public static Map<String, Object> sarif(List<FindingRow> rows) {
    Map<String, Map<String, Object>> rules = new TreeMap<>();
    for (FindingRow r : rows) {
      rules.computeIfAbsent(
          r.finding().check(),
          k -> {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", k);
            rule.put("name", k);
            rule.put(
                "shortDescription",
                Map.of(
                    "text",
                    k + " (" + r.finding().type() + ", metric " + r.finding().metric() + ")"));
            rule.put(
                "properties",
                ReportModel.ordered(
                    "metric", r.finding().metric(), "issueType", r.finding().type()));
            return rule;
          });
    }
    List<String> ruleIds = new ArrayList<>(rules.keySet());
    List<Object> results = new ArrayList<>();
    for (FindingRow r : rows) {
      TextPosition p = r.filePosition();
      Map<String, Object> res = new LinkedHashMap<>();
      res.put("ruleId", r.finding().check());
      res.put("ruleIndex", ruleIds.indexOf(r.finding().check()));
      res.put("level", sarifLevel(r.finding().severity()));
      res.put("message", Map.of("text", r.finding().message()));
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", p.line());
      region.put("startColumn", p.column());
      region.put("snippet", Map.of("text", r.finding().text()));
      res.put(
          "locations",
          List.of(
              Map.of(
                  "physicalLocation",
                  ReportModel.ordered(
                      "artifactLocation", Map.of("uri", uri(p.file())), "region", region))));
      res.put("partialFingerprints", Map.of("versoFindingId/v1", r.finding().id()));
      if (r.suppressed()) {
        res.put(
            "suppressions",
            List.of(
                ReportModel.ordered(
                    "kind", "external", "justification", "accepted in the suppressions file")));
      }
      res.put(
          "properties",
          ReportModel.ordered(
              "document",
              r.document().id(),
              "system",
              r.system(),
              "field",
              r.finding().field(),
              "severity",
              r.finding().severity(),
              "start",
              r.finding().start(),
              "end",
              r.finding().end()));
      results.add(res);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", Version.NAME);
    driver.put("version", Version.VERSION);
    driver.put("rules", new ArrayList<>(rules.values()));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  /** A relative path as a URI reference with '/' separators (absolute paths become file URIs). */
  static String uri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      return p.toUri().toString();
    }
    StringBuilder sb = new StringBuilder();
    for (Path part : p) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(
          java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  /** Writes the SARIF log atomically. */
  public static void writeSarif(Path file, List<FindingRow> rows) throws IOException {
    Object log = sarif(rows);
    AtomicFiles.write(
        file,
        out -> {
          JsonReporter.writer().writeValue(out, log);
          out.write('\n');
        });
  }

  /** One document's translation by one system: a JUnit test case of its own. */
  private record Unit(String document, String system) {}

  /**
   * JUnit XML: one test case per gate and system, and one per document and system; a document's
   * case fails when it contributed to a failed gate.
   */
  public static String junit(
      List<GateOutcome> gates, List<FindingRow> rows, Map<String, List<String>> systemsByDocument) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long gateFailures = gates.stream().filter(g -> !g.passed()).count();
    // why each offending unit fails: the failed gates it contributed to
    Map<Unit, List<String>> reasons = new HashMap<>();
    for (GateOutcome g : gates) {
      if (!g.passed()) {
        for (String d : g.offendingDocuments()) {
          reasons
              .computeIfAbsent(new Unit(d, g.system()), k -> new ArrayList<>())
              .add(g.gate() + ": " + g.message());
        }
      }
    }
    int docCases = systemsByDocument.values().stream().mapToInt(List::size).sum();
    sb.append(
        String.format(
            Locale.ROOT,
            "<testsuites name=\"verso\" tests=\"%d\" failures=\"%d\">%n",
            gates.size() + docCases,
            gateFailures + reasons.size()));
    gateSuite(sb, gates, gateFailures);
    sb.append(
        String.format(
            Locale.ROOT,
            "  <testsuite name=\"verso.documents\" tests=\"%d\" failures=\"%d\">%n",
            docCases,
            reasons.size()));
    Map<Unit, List<FindingRow>> findingsByUnit = new HashMap<>();
    for (FindingRow r : rows) {
      findingsByUnit
          .computeIfAbsent(new Unit(r.document().id(), r.system()), k -> new ArrayList<>())
          .add(r);
    }
    for (var e : systemsByDocument.entrySet()) {
      for (String system : e.getValue()) {
        Unit unit = new Unit(e.getKey(), system);
        sb.append("    <testcase classname=\"verso.documents\" name=\"")
            .append(xml(e.getKey() + " [" + system + "]"))
            .append('"');
        if (!reasons.containsKey(unit)) {
          sb.append("/>\n");
          continue;
        }
        sb.append(">\n      <failure message=\"")
            .append(xml(String.join("; ", reasons.get(unit))))
            .append("\">")
            .append(xml(String.join("\n", findingLines(findingsByUnit.get(unit)))))
            .append("</failure>\n    </testcase>\n");
      }
    }
    sb.append("  </testsuite>\n</testsuites>\n");
    return sb.toString();
  }

  /** The test suite of the gates: one case per gate and system. */
  private static void gateSuite(StringBuilder sb, List<GateOutcome> gates, long failures) {
    sb.append(
        String.format(
            Locale.ROOT,
            "  <testsuite name=\"verso.gates\" tests=\"%d\" failures=\"%d\">%n",
            gates.size(),
            failures));
    for (GateOutcome g : gates) {
      sb.append("    <testcase classname=\"verso.gates\" name=\"")
          .append(xml(g.gate() + " [" + g.system() + "]"))
          .append('"');
      if (g.passed()) {
        sb.append("/>\n");
      } else {
        sb.append(">\n      <failure message=\"")
            .append(xml(g.message()))
            .append("\">")
            .append(xml(String.join("\n", g.offenders())))
            .append("</failure>\n    </testcase>\n");
      }
    }
    sb.append("  </testsuite>\n");
  }

  /** "file:line:column severity CHECK: message" for each unsuppressed finding (none: empty). */
  private static List<String> findingLines(List<FindingRow> findings) {
    List<String> lines = new ArrayList<>();
    for (FindingRow f : findings == null ? List.<FindingRow>of() : findings) {
      if (!f.suppressed()) {
        TextPosition p = f.filePosition();
        lines.add(
            p.file()
                + ":"
                + p.line()
                + ":"
                + p.column()
                + " "
                + f.finding().severity()
                + " "
                + f.finding().check()
                + ": "
                + f.finding().message());
      }
    }
    return lines;
  }

  private static String xml(String s) {
    // XML 1.0 cannot carry most control characters even escaped: drop them.
    StringBuilder clean = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
        .forEach(clean::appendCodePoint);
    return StringEscapeUtils.escapeXml10(clean.toString());
  }

  /** Prints GitHub Actions annotations for unsuppressed findings and failed gates. */
  public static void github(PrintWriter out, List<FindingRow> rows, List<GateOutcome> gates) {
    for (FindingRow r : rows) {
      if (r.suppressed()) {
        continue;
      }
      TextPosition p = r.filePosition();
      String level =
          switch (r.finding().severity()) {
            case "critical", "major" -> "error";
            case "minor" -> "warning";
            default -> "notice";
          };
      out.println(
          "::"
              + level
              + " file="
              + property(p.file())
              + ",line="
              + p.line()
              + ",col="
              + p.column()
              + ",title="
              + property(r.finding().check() + " (" + r.document().id() + ", " + r.system() + ")")
              + "::"
              + data(r.finding().message()));
    }
    for (GateOutcome g : gates) {
      if (!g.passed()) {
        out.println(
            "::error title=" + property("quality gate " + g.gate()) + "::" + data(g.message()));
      }
    }
    out.flush();
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
