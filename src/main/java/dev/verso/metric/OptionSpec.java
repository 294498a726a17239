package dev.verso.metric;

/**
 * One option a metric accepts: its name, default value (as written on a command line) and meaning.
 */
public record OptionSpec(String name, String defaultValue, String description) {}
