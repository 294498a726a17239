package dev.verso.cli;

import dev.verso.metric.MetricProvider;
import dev.verso.metric.MetricRegistry;
import dev.verso.metric.OptionSpec;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code verso metrics}: lists every available metric with its id, description and options. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description =
        "List every available metric (built-in and plug-ins) with its options and the checks it reports.")
public final class MetricsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (MetricProvider p : MetricRegistry.load().providers()) {
      out.println(p.id() + (p.enabledByDefault() ? "" : " (not run by default)"));
      out.println("    " + p.description());
      for (OptionSpec o : p.options()) {
        out.println(
            "    --option "
                + p.id()
                + "."
                + o.name()
                + "=VALUE  (default "
                + o.defaultValue()
                + ")  "
                + o.description());
      }
      for (dev.verso.metric.CheckSpec c : p.checks()) {
        out.println(
            "    check "
                + c.id()
                + "  ("
                + c.type().id()
                + ", "
                + c.severity().id()
                + ")  "
                + c.description());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
