package dev.verso.cli;

import dev.verso.metric.GlossaryConsumer;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricProvider;
import dev.verso.metric.MetricRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics {@code evaluate} and {@code check} run: the ids of {@code --metrics} (or the
 * configuration), with the options of the configuration, {@code --option} and {@code --glossary}.
 */
final class MetricSetup {
  private final EvaluateCommand cmd;

  MetricSetup(EvaluateCommand cmd) {
    this.cmd = cmd;
  }

  Map<String, Map<String, String>> metricOptions(Config cfg) {
    Map<String, Map<String, String>> metricOptions = new TreeMap<>();
    cfg.metricOptions().forEach((k, v) -> metricOptions.put(k, new TreeMap<>(v)));
    for (String o : cmd.options) {
      int dot = o.indexOf('.');
      int eq = o.indexOf('=');
      if (dot <= 0 || eq < dot + 2) {
        throw new UsageException("--option must look like METRIC_ID.name=value, got '" + o + "'");
      }
      metricOptions
          .computeIfAbsent(o.substring(0, dot), k -> new TreeMap<>())
          .put(o.substring(dot + 1, eq), o.substring(eq + 1));
    }
    if (!cmd.glossaries.isEmpty()) {
      for (Path g : cmd.glossaries) {
        if (!Files.isRegularFile(g)) {
          throw new UsageException(g + ": no such glossary file");
        }
      }
      String files = String.join(",", cmd.glossaries.stream().map(Path::toString).toList());
      // every metric that declares it reads glossaries gets them (GLOSSARY checks compliance,
      // COVERAGE
      // and OMISSION count their terms as anchors, TERM_CONSISTENCY traces them); an option given
      // explicitly wins
      for (MetricProvider p : MetricRegistry.load().providers()) {
        if (p instanceof GlossaryConsumer g) {
          metricOptions
              .computeIfAbsent(p.id(), k -> new TreeMap<>())
              .putIfAbsent(g.glossaryOption(), files);
        }
      }
    }
    return metricOptions;
  }

  List<Metric> createMetrics(Config cfg, Map<String, Map<String, String>> metricOptions) {
    for (String f : cmd.formats) {
      if (!List.of("json", "html", "console", "xliff", "mqm-tsv").contains(f)) {
        throw new UsageException(
            "unknown report format '" + f + "' (known: json, html, console, xliff, mqm-tsv)");
      }
    }
    if (cmd.htmlDocuments < 0) {
      throw new UsageException("--html-documents must be 0 or more, got " + cmd.htmlDocuments);
    }
    List<String> metricIds = !cmd.metrics.isEmpty() ? cmd.metrics : cfg.metrics();
    try {
      return MetricRegistry.load().create(metricIds, metricOptions);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
