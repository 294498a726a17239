package dev.verso.text;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/**
 * Work on daemon threads: loading a shared resource so that a command overlaps it with other
 * start-up work, and the threads of the evaluator and the report writers, whose results are taken
 * with {@link #result}.
 */
public final class Background {
  private Background() {}

  /**
   * Runs {@code task} on a daemon thread named {@code name}. A failure is not reported here: the
   * resource fails again, with its cause, where the command first uses it.
   */
  public static void load(String name, Runnable task) {
    daemons(name)
        .newThread(
            () -> {
              try {
                task.run();
              } catch (RuntimeException | Error e) {
                // reported by the first real use
              }
            })
        .start();
  }

  /** Makes daemon threads named {@code name}, which never keep the JVM alive. */
  public static ThreadFactory daemons(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * What {@code task} returned, once it is done. What it threw is thrown again as it was (a runtime
   * exception or an error; anything else wrapped in an {@link IllegalStateException}).
   */
  public static <T> T result(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c);
    }
  }
}
