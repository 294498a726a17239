package dev.verso.metric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** All metric providers found on a class path, by id. */
public final class MetricRegistry {
  private final Map<String, MetricProvider> providers;

  private MetricRegistry(Map<String, MetricProvider> providers) {
    this.providers = Collections.unmodifiableMap(providers);
  }

  /** Providers visible to {@code loader} through {@link ServiceLoader}. */
  public static MetricRegistry load(ClassLoader loader) {
    Map<String, MetricProvider> found = new TreeMap<>();
    try {
      for (MetricProvider p : ServiceLoader.load(MetricProvider.class, loader)) {
        MetricProvider prev = found.putIfAbsent(p.id(), p);
        if (prev != null && prev.getClass() != p.getClass()) {
          throw new IllegalStateException(
              "two metric providers share the id "
                  + p.id()
                  + ": "
                  + prev.getClass().getName()
                  + " and "
                  + p.getClass().getName());
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("could not load a metric plug-in: " + e.getMessage(), e);
    }
    return new MetricRegistry(found);
  }

  /**
   * Providers visible to the thread's context class loader, or to Verso's own loader when the
   * thread has none: the built-in metrics and every plug-in jar on the class path.
   */
  public static MetricRegistry load() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return load(cl != null ? cl : MetricRegistry.class.getClassLoader());
  }

  /** Every provider, sorted by id. */
  public List<MetricProvider> providers() {
    return List.copyOf(providers.values());
  }

  /**
   * The provider with this id.
   *
   * @throws IllegalArgumentException naming the available ids when there is none
   */
  public MetricProvider provider(String id) {
    MetricProvider p = providers.get(id);
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown metric '"
              + id
              + "' (available: "
              + String.join(", ", providers.keySet())
              + "); did you mean "
              + CheckCatalog.closest(id, providers.keySet())
              + "?");
    }
    return p;
  }

  /**
   * Creates the metrics named in {@code ids} (all enabled-by-default ones when empty), configured
   * from {@code options} (metric id to option map).
   */
  public List<Metric> create(List<String> ids, Map<String, Map<String, String>> options) {
    for (String configured : options.keySet()) {
      provider(configured);
    }
    List<String> chosen = new ArrayList<>();
    if (ids == null || ids.isEmpty()) {
      for (MetricProvider p : providers.values()) {
        if (p.enabledByDefault()) {
          chosen.add(p.id());
        }
      }
    } else {
      for (String id : ids) {
        provider(id);
        if (!chosen.contains(id)) {
          chosen.add(id);
        }
      }
      Collections.sort(chosen);
    }
    List<Metric> out = new ArrayList<>();
    for (String id : chosen) {
      out.add(provider(id).create(options.getOrDefault(id, Map.of())));
    }
    return out;
  }
}
