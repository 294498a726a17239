package dev.verso.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The {@code --config} file (JSON, or YAML when named *.yaml/*.yml): {@code {"metrics": [ids],
 * "metricOptions": {ID: {name: value}}, "threads": N, "gates": {…}}}. Unknown keys are errors that
 * name them. {@code gates} is read by {@code verso check}; the raw node is kept for it.
 */
public record Config(
    List<String> metrics,
    Map<String, Map<String, String>> metricOptions,
    Integer threads,
    JsonNode gates) {

  private static final Set<String> KEYS = Set.of("metrics", "metricOptions", "threads", "gates");

  /** No configuration. */
  public static Config empty() {
    return new Config(List.of(), Map.of(), null, null);
  }

  /**
   * Reads and validates a configuration file.
   *
   * @throws UsageException naming the file and the offending key
   */
  public static Config read(Path file) {
    JsonNode root = StructuredFiles.read(file, "configuration");
    for (String k : root.propertyNames()) {
      if (!KEYS.contains(k)) {
        throw new UsageException(
            file
                + ": unknown configuration key '"
                + k
                + "' (known: gates, metricOptions, metrics, threads)");
      }
    }
    List<String> metrics = new ArrayList<>();
    JsonNode m = root.get("metrics");
    if (m != null) {
      if (!m.isArray()) {
        throw new UsageException(file + ": 'metrics' must be an array of metric ids");
      }
      for (JsonNode id : m) {
        if (!id.isString()) {
          throw new UsageException(file + ": 'metrics' must be an array of metric ids");
        }
        metrics.add(id.stringValue());
      }
    }
    Map<String, Map<String, String>> opts = new TreeMap<>();
    JsonNode o = root.get("metricOptions");
    if (o != null) {
      if (!o.isObject()) {
        throw new UsageException(
            file + ": 'metricOptions' must be an object {METRIC_ID: {option: value}}");
      }
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (!e.getValue().isObject()) {
          throw new UsageException(file + ": 'metricOptions." + e.getKey() + "' must be an object");
        }
        Map<String, String> one = new TreeMap<>();
        for (Map.Entry<String, JsonNode> kv : e.getValue().properties()) {
          if (kv.getValue().isObject() || kv.getValue().isArray()) {
            throw new UsageException(
                file
                    + ": 'metricOptions."
                    + e.getKey()
                    + "."
                    + kv.getKey()
                    + "' must be a string, number or boolean");
          }
          one.put(kv.getKey(), kv.getValue().asString());
        }
        opts.put(e.getKey(), one);
      }
    }
    Integer threads = null;
    JsonNode t = root.get("threads");
    if (t != null) {
      if (!t.isInt() || t.intValue() < 1) {
        throw new UsageException(file + ": 'threads' must be a positive whole number");
      }
      threads = t.intValue();
    }
    return new Config(List.copyOf(metrics), opts, threads, root.get("gates"));
  }
}
