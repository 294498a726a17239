package dev.verso.metric;

import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import java.util.Objects;

/**
 * A check a metric declares: the stable UPPER_SNAKE id its findings carry, their ITS issue type,
 * the severity they usually have (a finding may be graded up or down by its evidence) and one line
 * saying what it finds. Declared checks are listed by {@code verso metrics} and are the ids that
 * gates and suppressions may name.
 *
 * @param id stable UPPER_SNAKE id, e.g. {@code ACRONYM_DRIFT}
 * @param type ITS 2.0 issue type of its findings
 * @param severity default severity
 * @param description one line
 */
public record CheckSpec(String id, IssueType type, Severity severity, String description) {
  public CheckSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    if (!isCheckId(id)) {
      throw new IllegalArgumentException("check id must be UPPER_SNAKE, got '" + id + "'");
    }
  }

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** Whether {@code s} has the shape of a check id: UPPER_SNAKE, e.g. {@code ACRONYM_DRIFT}. */
  public static boolean isCheckId(String s) {
    return s != null && ID.matcher(s).matches();
  }
}
