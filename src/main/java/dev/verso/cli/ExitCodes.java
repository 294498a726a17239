package dev.verso.cli;

/** Process exit codes, part of the command-line contract. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** A bug or an unexpected failure inside Verso. */
  public static final int INTERNAL = 1;

  /** Bad command line, unreadable or invalid input. */
  public static final int USAGE = 2;

  /** A quality gate failed. */
  public static final int GATE_FAILED = 3;

  private ExitCodes() {}
}
