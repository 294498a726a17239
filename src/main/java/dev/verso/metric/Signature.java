package dev.verso.metric;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The identity of a configured metric, printed beside every number it produces, in the style of
 * sacreBLEU: {@code key:value} pairs joined by {@code |}, ending with the version.
 */
public record Signature(String text) {

  /** Builds {@code METRIC_ID|opt1:v1|opt2:v2|version:X} with options sorted by name. */
  public static Signature of(String metricId, Map<String, String> options, String version) {
    StringJoiner j = new StringJoiner("|");
    j.add(metricId);
    new TreeMap<>(options).forEach((k, v) -> j.add(k + ":" + v));
    j.add("version:" + version);
    return new Signature(j.toString());
  }

  @Override
  public String toString() {
    return text;
  }
}
