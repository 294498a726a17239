package dev.verso.model;

import java.util.Locale;

/** How much a finding matters, from most to least serious (MQM-style). */
public enum Severity {
  CRITICAL,
  MAJOR,
  MINOR,
  INFO;

  /** The lower-case name used in reports and configuration files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a lower- or upper-case severity name. */
  public static Severity parse(String s) {
    for (Severity v : values()) {
      if (v.id().equals(s.toLowerCase(Locale.ROOT))) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + s + "' (expected critical, major, minor or info)");
  }
}
