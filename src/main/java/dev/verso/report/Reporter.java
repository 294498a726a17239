package dev.verso.report;

import dev.verso.metric.EvaluationResult;
import java.io.IOException;
import java.nio.file.Path;

/** Writes an evaluation result in one format into an output directory. */
public interface Reporter {
  /** Format name as given to {@code --format}, e.g. {@code json}. */
  String format();

  /** Writes the report (atomically) and returns the file written, or null for console output. */
  Path write(EvaluationResult result, ReportContext context) throws IOException;
}
