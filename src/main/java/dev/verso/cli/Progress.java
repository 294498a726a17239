package dev.verso.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress line on standard error while documents are evaluated, shown only when Verso runs in a
 * terminal and the run is long enough to need one; silent in pipes, CI logs and tests.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 250_000_000L;
  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastPrint;
  private int done;
  private boolean printed;

  Progress(int total, boolean enabled) {
    this.err = System.err;
    this.total = total;
    this.enabled = enabled && System.console() != null;
  }

  synchronized void step() {
    done++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - started < 1_000_000_000L || now - lastPrint < INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    if (total <= 0) {
      double secs = (now - started) / 1e9;
      err.print(String.format(Locale.ROOT, "\r%d documents (%.0f per second)", done, done / secs));
    } else {
      int width = 30;
      int filled = (int) ((long) width * Math.min(done, total) / total);
      err.print(
          String.format(
              Locale.ROOT,
              "\r[%s%s] %d/%d documents (%d%%)",
              "#".repeat(filled),
              " ".repeat(width - filled),
              done,
              total,
              100L * done / total));
    }
    err.flush();
    printed = true;
  }

  synchronized void finish() {
    if (printed) {
      err.print("\r" + " ".repeat(70) + "\r");
      err.flush();
    }
  }
}
