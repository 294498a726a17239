package dev.verso.model;

import java.util.Locale;

/**
 * Something wrong with an input: the file, 1-based line (0 for the whole file), the field when one
 * is concerned (else null), and the reason. Errors drop a document; warnings keep it.
 */
public record InputProblem(Level level, String file, int line, String field, String message) {

  /**
   * Whether the affected document was dropped ({@code ERROR}) or read with a repair ({@code
   * WARNING}).
   */
  public enum Level {
    ERROR,
    WARNING;

    /** Lower-case name for reports. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** An error that dropped a document or a file. */
  public static InputProblem error(String file, int line, String field, String message) {
    return new InputProblem(Level.ERROR, file, line, field, message);
  }

  /** A warning about a repaired input. */
  public static InputProblem warning(String file, int line, String field, String message) {
    return new InputProblem(Level.WARNING, file, line, field, message);
  }

  /** {@code file:line: field 'x': message}, the form printed on the console. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (level == Level.WARNING) {
      sb.append("warning: ");
    }
    if (field != null) {
      sb.append("field '").append(field).append("': ");
    }
    return sb.append(message).toString();
  }
}
