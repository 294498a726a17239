package dev.verso.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files atomically: to a temporary file beside the target, then a rename. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Temporary files not yet renamed into place; a shutdown hook (SIGTERM, Ctrl-C) deletes them. */
  private static final java.util.Set<Path> PENDING =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (Path p : PENDING) {
                    try {
                      Files.deleteIfExists(p);
                    } catch (IOException | RuntimeException e) {
                      // the process is ending; nothing more can be done
                    }
                  }
                },
                "verso-temp-cleanup"));
  }

  /** Creates a temporary file beside {@code target} that is deleted if the process is stopped. */
  public static Path temporaryFor(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    PENDING.add(tmp);
    return tmp;
  }

  /** Forgets a temporary file once it was renamed or deleted. */
  public static void settled(Path tmp) {
    if (tmp != null) {
      PENDING.remove(tmp);
    }
  }

  /** What writes the content. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole file. */
    void write(OutputStream out) throws IOException;
  }

  /** Writes {@code target} so that it either has the complete new content or is left as it was. */
  public static void write(Path target, Body body) throws IOException {
    Path tmp = temporaryFor(target);
    try {
      try (OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        body.write(out);
      }
      publish(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
      settled(tmp);
    }
  }

  /**
   * Moves a finished temporary file onto {@code target} (readable by all, atomically where the file
   * system can) and forgets it; returns {@code target}.
   */
  public static Path publish(Path tmp, Path target) throws IOException {
    try {
      Files.setPosixFilePermissions(
          tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: keep the default permissions
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    settled(tmp);
    return target;
  }
}
