package dev.verso.cli;

/** A problem with the command line or its inputs that the user can fix; exits with code 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
