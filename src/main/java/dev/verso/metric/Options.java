package dev.verso.metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validated metric options: unknown names and malformed values are rejected with a clear message.
 */
public final class Options {
  private final String metricId;
  private final Map<String, String> values;

  private Options(String metricId, Map<String, String> values) {
    this.metricId = metricId;
    this.values = values;
  }

  /**
   * Checks {@code given} against {@code specs} and fills in defaults.
   *
   * @throws IllegalArgumentException naming the first unknown option and the known ones
   */
  public static Options parse(String metricId, Map<String, String> given, List<OptionSpec> specs) {
    Map<String, String> v = new LinkedHashMap<>();
    for (OptionSpec s : specs) {
      v.put(s.name(), s.defaultValue());
    }
    for (var e : new TreeMap<>(given).entrySet()) {
      if (!v.containsKey(e.getKey())) {
        List<String> known = specs.stream().map(OptionSpec::name).sorted().toList();
        throw new IllegalArgumentException(
            "metric "
                + metricId
                + ": unknown option '"
                + e.getKey()
                + "'"
                + (known.isEmpty()
                    ? " (it takes no options)"
                    : " (known: " + String.join(", ", known) + ")"));
      }
      v.put(e.getKey(), e.getValue());
    }
    return new Options(metricId, v);
  }

  /** The raw string value. */
  public String string(String name) {
    if (!values.containsKey(name)) {
      throw new IllegalStateException("metric " + metricId + " reads undeclared option " + name);
    }
    return values.get(name);
  }

  /** A finite number. */
  public double number(String name) {
    String s = string(name);
    try {
      double d = Double.parseDouble(s.trim());
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "metric " + metricId + ": option '" + name + "' must be a number, got '" + s + "'");
    }
  }

  /** A whole number. */
  public int integer(String name) {
    String s = string(name);
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "metric " + metricId + ": option '" + name + "' must be a whole number, got '" + s + "'");
    }
  }

  /** A whole number of at least {@code min}. */
  public int integer(String name, int min) {
    int v = integer(name);
    if (v < min) {
      throw new IllegalArgumentException(
          "metric " + metricId + ": option '" + name + "' must be at least " + min);
    }
    return v;
  }

  /** {@code true} or {@code false}. */
  public boolean bool(String name) {
    String s = string(name).trim().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      return s.equals("true");
    }
    throw new IllegalArgumentException(
        "metric "
            + metricId
            + ": option '"
            + name
            + "' must be true or false, got '"
            + string(name)
            + "'");
  }

  /** All effective values, in declaration order (for signatures). */
  public Map<String, String> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }
}
