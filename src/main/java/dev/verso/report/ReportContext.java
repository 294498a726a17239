package dev.verso.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a reporter needs besides the result: the output directory, the console, and the effective
 * configuration to echo in the report (inputs as given, metric options).
 */
public record ReportContext(
    Path outputDir,
    PrintWriter console,
    List<String> inputs,
    Map<String, Map<String, String>> metricOptions,
    Suppressions suppressions,
    dev.verso.compare.SystemComparison comparison) {

  /** A context with suppressions and no system comparison. */
  public ReportContext(
      Path outputDir,
      PrintWriter console,
      List<String> inputs,
      Map<String, Map<String, String>> metricOptions,
      Suppressions suppressions) {
    this(outputDir, console, inputs, metricOptions, suppressions, null);
  }

  /** The same context with a system comparison. */
  public ReportContext withComparison(dev.verso.compare.SystemComparison c) {
    return new ReportContext(outputDir, console, inputs, metricOptions, suppressions, c);
  }

  /** A context without suppressions. */
  public ReportContext(
      Path outputDir,
      PrintWriter console,
      List<String> inputs,
      Map<String, Map<String, String>> metricOptions) {
    this(outputDir, console, inputs, metricOptions, Suppressions.NONE, null);
  }
}
