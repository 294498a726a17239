package dev.verso.cli;

import dev.verso.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code verso} command; with no subcommand it evaluates {@code seeds/} into {@code
 * reports/}.
 */
@Command(
    name = "verso",
    mixinStandardHelpOptions = true,
    versionProvider = VersoCommand.VersionProvider.class,
    description =
        "Translation-quality evaluation: coverage, omission, terminology, summaries, BLEU/chrF/TER.",
    subcommands = {
      EvaluateCommand.class,
      CheckCommand.class,
      MetricsCommand.class,
      InspectCommand.class,
      AlignCommand.class,
      ScoreCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCodes.USAGE,
    exitCodeOnExecutionException = ExitCodes.INTERNAL)
public final class VersoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** A configured command line with Verso's exit codes and error handling. */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new VersoCommand()));
  }

  /**
   * Subcommand {@code name} alone, named and configured as it is under {@code verso} (as {@link
   * #commandLine()}), or null when there is no such subcommand. Building only the command that runs
   * saves about 0.3 s of CPU on the main thread before any work starts (picocli reads every
   * command's annotations by reflection: 0.45 s of CPU for all of them, 0.15 s for {@code evaluate}
   * alone, without CDS).
   */
  public static CommandLine subcommandLine(String name) {
    for (Class<?> type : VersoCommand.class.getAnnotation(Command.class).subcommands()) {
      Command command = type.getAnnotation(Command.class);
      // help prints the other commands' usage, so it needs them all
      if (type != CommandLine.HelpCommand.class && command.name().equals(name)) {
        CommandLine cl = configure(new CommandLine(type));
        cl.setCommandName("verso " + name);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
        return cl;
      }
    }
    return null;
  }

  /** The arguments of {@code evaluate} when {@code verso} runs without any: the bundled seeds. */
  static String[] defaultEvaluation() {
    // the bundled seeds come with a glossary of their organisations
    java.nio.file.Path glossary = java.nio.file.Path.of("glossaries", "seeds.tsv");
    return java.nio.file.Files.isRegularFile(glossary)
            && java.nio.file.Files.isDirectory(java.nio.file.Path.of("seeds"))
        ? new String[] {"seeds", "--glossary", glossary.toString()}
        : new String[0];
  }

  private static CommandLine configure(CommandLine cl) {
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) -> {
          if (ex instanceof UsageException) {
            cmd.getErr().println("verso: " + ex.getMessage());
            return ExitCodes.USAGE;
          }
          if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            Throwable io = ex instanceof java.io.UncheckedIOException u ? u.getCause() : ex;
            cmd.getErr().println("verso: " + describeIo(io));
            return ExitCodes.USAGE;
          }
          cmd.getErr()
              .println("verso: internal error: " + ex + " (set VERSO_DEBUG=1 for the stack trace)");
          if (System.getenv("VERSO_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
          }
          return ExitCodes.INTERNAL;
        });
    return cl;
  }

  /** An I/O failure as one line: the file and the reason, without the exception class. */
  static String describeIo(Throwable io) {
    if (io instanceof java.nio.file.AccessDeniedException a) {
      return "cannot write " + a.getFile() + ": permission denied";
    }
    if (io instanceof java.nio.file.FileSystemException f) {
      return "cannot write "
          + f.getFile()
          + ": "
          + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    return "input/output error: " + io.getMessage();
  }

  @Override
  public Integer call() {
    // No subcommand: the default job, evaluate the bundled seeds into reports/.
    CommandLine sub = spec.commandLine().getSubcommands().get("evaluate");
    if (sub == null) {
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitCodes.USAGE;
    }
    return sub.execute(defaultEvaluation());
  }

  /** Prints the name and version. */
  public static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Version.NAME + " " + Version.VERSION};
    }
  }
}
