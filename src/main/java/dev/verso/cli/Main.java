package dev.verso.cli;

import picocli.CommandLine;

/** Entry point of the {@code verso} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
  }

  private static final java.util.Set<String> ANALYSING = java.util.Set.of("evaluate", "check", "inspect", "align");

  /** Runs the command line in-process and returns the exit code (used by tests). */
  public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
    boolean score = args.length > 0 && args[0].equals("score");
    if (args.length == 0 || ANALYSING.contains(args[0])) {
      dev.verso.text.TextAnalyzer.preload(); // overlaps loading the dictionary and models with start-up
    }
    CommandLine cl = score ? VersoCommand.scoreCommandLine() : VersoCommand.commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(score ? java.util.Arrays.copyOfRange(args, 1, args.length) : args);
  }
}
