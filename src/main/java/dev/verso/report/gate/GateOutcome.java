package dev.verso.report.gate;

import java.util.List;

/**
 * The verdict of one gate for one system.
 *
 * @param gate the gate's path in the configuration, e.g. {@code scores.COVERAGE.min}
 * @param system the system it was applied to
 * @param passed whether it passed
 * @param actual the measured value
 * @param limit the configured limit
 * @param message a sentence saying what was measured against what, and by how much it failed
 * @param offenders the worst documents, one line each
 * @param offendingDocuments ids of documents that contributed to a failure
 */
public record GateOutcome(
    String gate,
    String system,
    boolean passed,
    double actual,
    double limit,
    String message,
    List<String> offenders,
    List<String> offendingDocuments) {}
