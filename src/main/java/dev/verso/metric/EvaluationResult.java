package dev.verso.metric;

import dev.verso.model.InputProblem;
import java.util.List;

/**
 * A finished evaluation: per-document results in report order, corpus totals, the metrics run and
 * every input problem met on the way.
 */
public record EvaluationResult(
    List<Metric> metrics,
    List<DocumentResult> documents,
    CorpusTotals corpus,
    List<InputProblem> problems) {}
