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
    Map<String, Map<String, String>> metricOptions) {}
