package dev.verso.report.xliff;

import dev.verso.model.Severity;

/**
 * One W3C ITS 2.0 Localization Quality Issue to write into a file.
 *
 * @param type the ITS issue type, e.g. {@code omission}
 * @param comment the human-readable comment ({@code locQualityIssueComment})
 * @param severity Verso's severity, written as {@link #itsSeverity}
 */
public record ItsIssue(String type, String comment, Severity severity) {

  /** The ITS 2.0 namespace. */
  public static final String ITS_NS = "http://www.w3.org/2005/11/its";

  /**
   * The ITS severity (0 to 100, higher is worse): critical 100, major 70, minor 40, info 10 (ITS
   * reserves 0 for "no issue", and MQM weighs critical : major : minor as 25 : 5 : 1, which a
   * linear 0-100 scale cannot keep, so the values are spaced evenly).
   */
  public int itsSeverity() {
    return switch (severity) {
      case CRITICAL -> 100;
      case MAJOR -> 70;
      case MINOR -> 40;
      case INFO -> 10;
    };
  }

  /** The ITS local attributes with prefix {@code p}, escaped, each preceded by a space. */
  String attributes(String p) {
    return " "
        + p
        + ":locQualityIssueType=\""
        + XliffAnnotator.escape(type)
        + "\""
        + " "
        + p
        + ":locQualityIssueComment=\""
        + XliffAnnotator.escape(comment)
        + "\""
        + " "
        + p
        + ":locQualityIssueSeverity=\""
        + itsSeverity()
        + "\"";
  }

  /** The ITS standoff {@code locQualityIssue} element with prefix {@code p}. */
  String element(String p) {
    return "<"
        + p
        + ":locQualityIssue locQualityIssueType=\""
        + XliffAnnotator.escape(type)
        + "\""
        + " locQualityIssueComment=\""
        + XliffAnnotator.escape(comment)
        + "\""
        + " locQualityIssueSeverity=\""
        + itsSeverity()
        + "\"/>";
  }
}
