package dev.verso.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any work is done, that report outputs can be written: an evaluation of a large
 * corpus should not run for an hour and then fail on a read-only folder.
 */
final class OutputPaths {
  private OutputPaths() {}

  /**
   * Proves {@code dir} writable with a probe file, in it or, when it does not exist yet, in the
   * nearest existing folder above it (the run creates it when it writes); exit 2 otherwise.
   */
  static void requireWritableDir(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("cannot write " + dir + ": it is a file, not a directory");
    }
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new UsageException(
          "cannot write " + dir + ": " + existing + " is a file, not a directory");
    }
    try {
      Path probe = Files.createTempFile(existing, ".verso-write-check.", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot write " + dir + ": " + reason(e));
    }
  }

  /** Report files a run writes into its output folder. */
  static final java.util.List<String> REPORT_FILES =
      java.util.List.of("report.json", "report.jsonl", "report.html");

  /**
   * Deletes the reports of an earlier run from {@code dir}, so that a run that fails or is stopped
   * never leaves an old report beside a new one, or an old one that looks current: the folder holds
   * this run's reports or none.
   */
  static void clearPrevious(Path dir) {
    for (String f : REPORT_FILES) {
      try {
        Files.deleteIfExists(dir.resolve(f));
      } catch (IOException e) {
        throw new UsageException("cannot write " + dir.resolve(f) + ": " + reason(e));
      }
    }
  }

  /**
   * Checks that {@code file} (when given) can be created, creating its folder if needed; exit 2
   * otherwise.
   */
  static void requireWritableFile(Path file, String option) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new UsageException("cannot write " + file + " (" + option + "): it is a directory");
    }
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (Files.exists(parent) && !Files.isDirectory(parent)) {
        throw new UsageException(
            "cannot write " + file + " (" + option + "): " + parent + " is a file, not a folder");
      }
      Files.createDirectories(parent);
      Path probe = Files.createTempFile(parent, ".verso-write-check.", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot write " + file + " (" + option + "): " + reason(e));
    }
  }

  static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.FileSystemException) {
      return e.getClass()
          .getSimpleName()
          .replace("Exception", "")
          .replaceAll("([a-z])([A-Z])", "$1 $2")
          .toLowerCase(java.util.Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }
}
