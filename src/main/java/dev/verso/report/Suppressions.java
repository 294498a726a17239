package dev.verso.report;

import java.util.List;
import java.util.Objects;

/**
 * Findings a team has accepted, like a linter's baseline: by finding id, or by check with an
 * optional document id and flagged text. Suppressed findings stay in the reports (marked) but do
 * not count toward quality gates.
 */
public final class Suppressions {
  /** No suppressions. */
  public static final Suppressions NONE = new Suppressions(List.of());

  /** One rule: {@code id}, or {@code check} with optional {@code document} and {@code text}. */
  public record Rule(String id, String check, String document, String text, String reason) {
    boolean matches(String findingId, String findingCheck, String documentId, String findingText) {
      if (id != null) {
        return id.equals(findingId);
      }
      return check.equals(findingCheck)
          && (document == null || document.equals(documentId))
          && (text == null || text.equals(findingText));
    }
  }

  private final List<Rule> rules;

  public Suppressions(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    for (Rule r : rules) {
      if (r.id() == null) {
        Objects.requireNonNull(r.check(), "a suppression needs an id or a check");
      }
    }
  }

  /** The rules, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  /** True when a rule accepts this finding. */
  public boolean suppresses(String findingId, String check, String documentId, String text) {
    for (Rule r : rules) {
      if (r.matches(findingId, check, documentId, text)) {
        return true;
      }
    }
    return false;
  }
}
