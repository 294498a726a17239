package dev.verso.metric;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A {@link MetricProvider} for the common case: a fixed id, description and option list, and a
 * metric built from validated {@link Options}. A plug-in subclasses it with a public no-argument
 * constructor: {@code public Provider() { super(ID, "…", OPTIONS, MyMetric::new); }}.
 */
public abstract class SimpleMetricProvider implements MetricProvider {
  private final String id;
  private final String description;
  private final List<OptionSpec> options;
  private final List<CheckSpec> checks;
  private final Function<Options, Metric> factory;

  protected SimpleMetricProvider(
      String id, String description, List<OptionSpec> options, Function<Options, Metric> factory) {
    this(id, description, options, List.of(), factory);
  }

  /** A provider whose metric reports the declared {@code checks}. */
  protected SimpleMetricProvider(
      String id,
      String description,
      List<OptionSpec> options,
      List<CheckSpec> checks,
      Function<Options, Metric> factory) {
    this.id = Objects.requireNonNull(id, "id");
    this.description = Objects.requireNonNull(description, "description");
    this.options = List.copyOf(options);
    this.checks = List.copyOf(checks);
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public final List<CheckSpec> checks() {
    return checks;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final List<OptionSpec> options() {
    return options;
  }

  /**
   * Validates {@code given} against the options (unknown names are errors) and builds the metric.
   */
  @Override
  public final Metric create(Map<String, String> given) {
    return factory.apply(Options.parse(id, given, options));
  }
}
