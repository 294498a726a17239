package dev.verso.metric.builtin.coverage;

import dev.verso.metric.CheckSpec;
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
          new CheckSpec(
              "OMITTED_SENTENCE",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "a source sentence with no counterpart in the translation"),
          new CheckSpec(
              "OMITTED_CONTENT",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "a run of source content words the aligned translation does not render"),
          new CheckSpec(
              "MISSING_NUMBER",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "a number, ordinal, percentage or amount in the source that the aligned translation lacks"),
          new CheckSpec(
              "MISSING_DATE",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "a date or time in the source that the aligned translation lacks"),
          new CheckSpec(
              "MISSING_NAME",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "a person's name in the source that the aligned translation lacks"),
          new CheckSpec(
              "MISSING_ORGANIZATION",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "an organisation's name in the source that the aligned translation lacks"),
          new CheckSpec(
              "MISSING_ACRONYM",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "an acronym or Latin-script token in the source that the aligned translation lacks"),
          new CheckSpec(
              "MISSING_TERM",
              dev.verso.model.IssueType.OMISSION,
              dev.verso.model.Severity.MAJOR,
              "a glossary term in the source that the aligned translation lacks"));

  /** Added content and anchors. */
  public static final List<CheckSpec> ADDITIONS =
      List.of(
          new CheckSpec(
              "ADDED_CONTENT",
              dev.verso.model.IssueType.ADDITION,
              dev.verso.model.Severity.MINOR,
              "translation content with no counterpart in the aligned source"),
          new CheckSpec(
              "ADDED_NUMBER",
              dev.verso.model.IssueType.ADDITION,
              dev.verso.model.Severity.MINOR,
              "a number, ordinal, percentage or amount in the translation that the aligned source lacks"),
          new CheckSpec(
              "ADDED_DATE",
              dev.verso.model.IssueType.ADDITION,
              dev.verso.model.Severity.MINOR,
              "a date or time in the translation that the aligned source lacks"),
          new CheckSpec(
              "ADDED_NAME",
              dev.verso.model.IssueType.ADDITION,
              dev.verso.model.Severity.MINOR,
              "a person's name in the translation that the aligned source lacks"),
          new CheckSpec(
              "ADDED_ORGANIZATION",
              dev.verso.model.IssueType.ADDITION,
              dev.verso.model.Severity.MINOR,
              "an organisation's name in the translation that the aligned source lacks"),
          new CheckSpec(
              "ADDED_ACRONYM",
              dev.verso.model.IssueType.ADDITION,
              dev.verso.model.Severity.MINOR,
              "an acronym or Latin-script token in the translation that the aligned source lacks"));

  /** Additions, then omissions. */
  public static List<CheckSpec> all() {
    List<CheckSpec> out = new ArrayList<>(ADDITIONS);
    out.addAll(OMISSIONS);
    return List.copyOf(out);
  }
}
