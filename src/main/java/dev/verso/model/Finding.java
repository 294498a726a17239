package dev.verso.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem found by a check: where it is (field and span into that field's raw text), what it is
 * (stable check id, ITS issue type, severity) and what to do about it.
 *
 * @param check stable UPPER_SNAKE id of the check, e.g. {@code UNTRANSLATED}
 * @param type ITS 2.0 issue type
 * @param severity how serious it is
 * @param field the field the span points into, e.g. {@code translation.text} (see {@link Fields})
 * @param span the offending text; never null
 * @param message a sentence a reviewer can act on
 * @param suggestions replacement texts, possibly empty
 * @param evidence extra machine-readable facts (sorted by key, nested values in a JVM-independent
 *     order; see {@link Canonical}), possibly empty
 */
public record Finding(
    String check,
    IssueType type,
    Severity severity,
    String field,
    Span span,
    String message,
    List<String> suggestions,
    Map<String, Object> evidence) {

  public Finding {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    suggestions = List.copyOf(suggestions == null ? List.of() : suggestions);
    evidence = Canonical.map(evidence);
  }

  /** A finding without suggestions or evidence. */
  public static Finding of(
      String check, IssueType type, Severity severity, String field, Span span, String message) {
    return new Finding(check, type, severity, field, span, message, List.of(), Map.of());
  }
}
