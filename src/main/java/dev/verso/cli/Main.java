package dev.verso.cli;

import picocli.CommandLine;

/** Entry point of the {@code verso} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 always (DESIGN.md §4): ids and messages carry Chinese text whatever the platform's
    // locale
    java.io.PrintWriter err =
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8),
            true);
    // An error in any other thread (a metric worker, the background loads) ends the run with one
    // line, never a stack trace; the reports are written atomically, so none is left half-written.
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> {
          err.println(fatalMessage(e));
          err.flush();
          Runtime.getRuntime()
              .halt(e instanceof OutOfMemoryError ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        });
    int code;
    try {
      code =
          run(
              args,
              new java.io.PrintWriter(
                  new java.io.OutputStreamWriter(
                      System.out, java.nio.charset.StandardCharsets.UTF_8),
                  true),
              err);
    } catch (OutOfMemoryError | StackOverflowError e) {
      err.println(fatalMessage(e));
      code = e instanceof OutOfMemoryError ? ExitCodes.USAGE : ExitCodes.INTERNAL;
    }
    System.exit(code);
  }

  /** The one line printed when the JVM runs out of memory or stack. */
  static String fatalMessage(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      long mb = Runtime.getRuntime().maxMemory() >> 20;
      return "verso: out of memory (the Java heap is limited to "
          + mb
          + " MB); no report was written."
          + " Raise the limit, e.g. JAVA_OPTS=-Xmx"
          + Math.max(1, 2 * mb / 1024 + (2 * mb % 1024 == 0 ? 0 : 1))
          + "g,"
          + " or evaluate with --stream";
    }
    if (e instanceof StackOverflowError) {
      return "verso: internal error: stack overflow; no report was written (please report this input)";
    }
    return "verso: internal error: " + e + " (set VERSO_DEBUG=1 for the stack trace)";
  }

  private static final java.util.Set<String> ANALYSING =
      java.util.Set.of("evaluate", "check", "inspect", "align");

  /** Runs the command line in-process and returns the exit code (used by tests). */
  public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
    if (args.length == 0 || ANALYSING.contains(args[0])) {
      dev.verso.text.TextAnalyzer
          .preload(); // overlaps loading the dictionary and models with start-up
    }
    // a known subcommand is built alone (see VersoCommand.subcommandLine); anything else (help,
    // options, a mistyped command) goes through the whole command line
    CommandLine sub = VersoCommand.subcommandLine(args.length == 0 ? "evaluate" : args[0]);
    CommandLine cl = sub != null ? sub : VersoCommand.commandLine();
    String[] rest =
        sub == null
            ? args
            : args.length == 0
                ? VersoCommand.defaultEvaluation()
                : java.util.Arrays.copyOfRange(args, 1, args.length);
    // input-controlled text (ids, system names, file names) never sends escape sequences to a
    // terminal
    java.io.PrintWriter safeOut = new java.io.PrintWriter(new TerminalSafeWriter(out), true);
    java.io.PrintWriter safeErr = new java.io.PrintWriter(new TerminalSafeWriter(err), true);
    cl.setOut(safeOut);
    cl.setErr(safeErr);
    try {
      return cl.execute(rest);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
  }
}
