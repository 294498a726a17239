package dev.verso.metric.builtin.coverage;

import dev.verso.metric.CheckSpec;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks COVERAGE and OMISSION declare: additions (COVERAGE) and omissions (OMISSION, and
 * COVERAGE with omissionFindings).
 */
public final class CoverageChecks {
  private CoverageChecks() {}

  /** Omitted sentences, content runs and anchors. */
  public static final List<CheckSpec> OMISSIONS =
      List.of(
          omission("OMITTED_SENTENCE", "a source sentence with no counterpart in the translation"),
          omission(
              "OMITTED_CONTENT",
              "a run of source content words the aligned translation does not render"),
          omission(
              "MISSING_NUMBER",
              "a number, ordinal, percentage or amount in the source that the aligned translation lacks"),
          omission(
              "MISSING_DATE", "a date or time in the source that the aligned translation lacks"),
          omission(
              "MISSING_NAME", "a person's name in the source that the aligned translation lacks"),
          omission(
              "MISSING_ORGANIZATION",
              "an organisation's name in the source that the aligned translation lacks"),
          omission(
              "MISSING_ACRONYM",
              "an acronym or Latin-script token in the source that the aligned translation lacks"),
          omission(
              "MISSING_TERM", "a glossary term in the source that the aligned translation lacks"));

  /** Added content and anchors. */
  public static final List<CheckSpec> ADDITIONS =
      List.of(
          addition(
              "ADDED_CONTENT", "translation content with no counterpart in the aligned source"),
          addition(
              "ADDED_NUMBER",
              "a number, ordinal, percentage or amount in the translation that the aligned source lacks"),
          addition("ADDED_DATE", "a date or time in the translation that the aligned source lacks"),
          addition(
              "ADDED_NAME", "a person's name in the translation that the aligned source lacks"),
          addition(
              "ADDED_ORGANIZATION",
              "an organisation's name in the translation that the aligned source lacks"),
          addition(
              "ADDED_ACRONYM",
              "an acronym or Latin-script token in the translation that the aligned source lacks"));

  /** A major omission check. */
  private static CheckSpec omission(String id, String description) {
    return new CheckSpec(id, IssueType.OMISSION, Severity.MAJOR, description);
  }

  /** A minor addition check. */
  private static CheckSpec addition(String id, String description) {
    return new CheckSpec(id, IssueType.ADDITION, Severity.MINOR, description);
  }

  /** Additions, then omissions. */
  public static List<CheckSpec> all() {
    List<CheckSpec> out = new ArrayList<>(ADDITIONS);
    out.addAll(OMISSIONS);
    return List.copyOf(out);
  }
}
