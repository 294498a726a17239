package dev.verso.text;

/**
 * Starts loading a shared resource on a daemon thread, so that a command overlaps it with other
 * start-up work.
 */
public final class Background {
  private Background() {}

  /**
   * Runs {@code task} on a daemon thread named {@code name}. A failure is not reported here: the
   * resource fails again, with its cause, where the command first uses it.
   */
  public static void load(String name, Runnable task) {
    Thread t =
        new Thread(
            () -> {
              try {
                task.run();
              } catch (RuntimeException | Error e) {
                // reported by the first real use
              }
            },
            name);
    t.setDaemon(true);
    t.start();
  }
}
