package dev.verso.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * Copies the JSON-like values that metrics attach to findings and measurements into a form whose
 * iteration order is the same in every JVM.
 *
 * <p>{@code Map.of}, {@code Set.of} and hash-based collections iterate in an order that can change
 * from one JVM to the next (the immutable collections are salted per run), so a report written from
 * them is not byte-reproducible. Maps that promise an order ({@link SortedMap}, {@link
 * LinkedHashMap}) keep it; every other map is sorted by key. Sets that promise an order ({@link
 * SortedSet}, {@link java.util.LinkedHashSet}) keep it; every other set becomes a list sorted by
 * natural order (or by text when the elements are not comparable). Lists keep their order;
 * everything is copied recursively and returned unmodifiable.
 */
public final class Canonical {
  private Canonical() {}

  /** The canonical copy of a map whose keys are written as JSON object keys. */
  public static Map<String, Object> map(Map<String, ?> m) {
    if (m == null || m.isEmpty()) {
      return Map.of();
    }
    if (m instanceof Fixed f) {
      return f;
    }
    return new Fixed(sortedCopy(m));
  }

  /**
   * A canonical map: unmodifiable, in a fixed order. Copying it again returns it as is, so values
   * that pass through {@link #map} twice (a measurement rebuilt with more findings) keep their
   * order.
   */
  private static final class Fixed extends java.util.AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    Fixed(Map<String, Object> entries) {
      this.entries = entries;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return Collections.unmodifiableMap(entries).entrySet();
    }

    @Override
    public Object get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }

    @Override
    public int size() {
      return entries.size();
    }
  }

  /** The canonical copy of one value (map, collection, array element or scalar). */
  public static Object value(Object v) {
    if (v instanceof Fixed) {
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out;
      if (m instanceof SortedMap<?, ?> || m instanceof LinkedHashMap<?, ?>) {
        out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.put(String.valueOf(e.getKey()), value(e.getValue()));
        }
      } else {
        out = sortedCopy(m);
      }
      return new Fixed(out);
    }
    if (v instanceof Set<?> s
        && !(s instanceof SortedSet<?>)
        && !(s instanceof java.util.LinkedHashSet<?>)) {
      List<Object> items = new ArrayList<>(s.size());
      for (Object o : s) {
        items.add(value(o));
      }
      items.sort(NATURAL_THEN_TEXT);
      return Collections.unmodifiableList(items);
    }
    if (v instanceof Collection<?> c) {
      List<Object> items = new ArrayList<>(c.size());
      for (Object o : c) {
        items.add(value(o));
      }
      return Collections.unmodifiableList(items);
    }
    return v;
  }

  private static Map<String, Object> sortedCopy(Map<?, ?> m) {
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      out.put(String.valueOf(e.getKey()), value(e.getValue()));
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Comparator<Object> NATURAL_THEN_TEXT =
      (a, b) -> {
        if (a instanceof Comparable ca && b != null && a.getClass() == b.getClass()) {
          return ca.compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
      };
}
