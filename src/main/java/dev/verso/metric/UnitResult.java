package dev.verso.metric;

import dev.verso.model.Finding;
import java.util.List;
import java.util.Map;

/**
 * The results of every metric on one (document, system) unit.
 *
 * @param system the translation system
 * @param measurements metric id to its measurement, sorted by id
 * @param findings all findings of all metrics, in report order
 * @param failures metric id to the error message when the metric threw on this unit
 */
public record UnitResult(
    String system,
    Map<String, Measurement> measurements,
    List<Finding> findings,
    Map<String, String> failures) {}
