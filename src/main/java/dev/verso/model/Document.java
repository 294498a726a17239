package dev.verso.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One document: an optional original ({@code source}), translations keyed by system, summaries
 * keyed by system, optional reference translations and free metadata. Immutable; maps are sorted by
 * key so that everything derived from a document is deterministic.
 */
public record Document(
    String id,
    Passage source,
    Map<String, Passage> translations,
    Map<String, String> summaries,
    List<Passage> references,
    Map<String, String> meta,
    List<Origin> origins,
    boolean segmented,
    Map<String, TextPosition> positions) {

  /** System name used when an input does not name its translation system. */
  public static final String DEFAULT_SYSTEM = "default";

  public Document {
    Objects.requireNonNull(id, "id");
    translations = unmodifiableSorted(translations);
    summaries = unmodifiableSorted(summaries);
    references = List.copyOf(references == null ? List.of() : references);
    meta = unmodifiableSorted(meta);
    origins = List.copyOf(origins == null ? List.of() : origins);
    positions = unmodifiableSorted(positions);
  }

  /**
   * A document with a source, translations and summaries only: no references, metadata, input
   * origins or field positions (for tests and programs that build documents themselves).
   */
  public static Document of(
      String id, Passage source, Map<String, Passage> translations, Map<String, String> summaries) {
    return new Document(
        id, source, translations, summaries, List.of(), Map.of(), List.of(), false, Map.of());
  }

  /** The key under which {@link #positions} records where a field of {@code system} starts. */
  public static String positionKey(String system, String field) {
    return field.startsWith("translation.") || field.equals(Fields.SUMMARY)
        ? system + "/" + field
        : field;
  }

  /**
   * Where {@code field} (as seen by {@code system}) starts in its input file; falls back to the
   * document's first origin, line 1 column 1 of the record.
   */
  public TextPosition position(String system, String field) {
    TextPosition p = positions.get(positionKey(system, field));
    if (p != null) {
      return p;
    }
    Origin o = origin();
    return new TextPosition(o.file(), Math.max(1, o.line()), 1);
  }

  private static <V> Map<String, V> unmodifiableSorted(Map<String, V> m) {
    return m == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(m));
  }

  /** True when the original text is available. */
  public boolean hasSource() {
    return source != null && !source.isEmpty();
  }

  /**
   * The summary that belongs to {@code system}: its own, else the only summary the document has.
   */
  public String summaryFor(String system) {
    String own = summaries.get(system);
    if (own != null) {
      return own;
    }
    if (summaries.size() == 1 && !translations.containsKey(summaries.keySet().iterator().next())) {
      return summaries.values().iterator().next();
    }
    return null;
  }

  /** The first origin, used in messages. */
  public Origin origin() {
    return origins.isEmpty() ? new Origin("<unknown>", 0) : origins.get(0);
  }

  /**
   * This document without the translations and summaries of the given systems (null when nothing
   * else is left): what another record of the same id can still add after a conflict.
   */
  public Document withoutSystems(java.util.Set<String> systems) {
    Map<String, Passage> tr = new TreeMap<>(translations);
    tr.keySet().removeAll(systems);
    Map<String, String> su = new TreeMap<>(summaries);
    su.keySet().removeAll(systems);
    if (tr.isEmpty() && su.isEmpty()) {
      return null;
    }
    return new Document(id, source, tr, su, references, meta, origins, segmented, positions);
  }

  /**
   * Joins another description of the same document (same id) into this one: the other's systems,
   * summaries and metadata are added; source and references are taken from whichever has them.
   *
   * @throws IllegalArgumentException when both describe the same system, or different sources
   */
  public Document merge(Document other) {
    if (!id.equals(other.id)) {
      throw new IllegalArgumentException("cannot merge documents " + id + " and " + other.id);
    }
    Map<String, Passage> tr = new TreeMap<>(translations);
    for (var e : other.translations.entrySet()) {
      if (tr.putIfAbsent(e.getKey(), e.getValue()) != null) {
        throw new IllegalArgumentException(
            "system '" + e.getKey() + "' is given twice for document '" + id + "'");
      }
    }
    Map<String, String> su = new TreeMap<>(summaries);
    for (var e : other.summaries.entrySet()) {
      if (su.putIfAbsent(e.getKey(), e.getValue()) != null) {
        throw new IllegalArgumentException(
            "summary of system '" + e.getKey() + "' is given twice for document '" + id + "'");
      }
    }
    Passage src = source;
    if (other.hasSource()) {
      if (hasSource() && !source.equals(other.source)) {
        throw new IllegalArgumentException("document '" + id + "' has two different sources");
      }
      src = other.source;
    }
    List<Passage> refs = references.isEmpty() ? other.references : references;
    Map<String, String> me = new TreeMap<>(other.meta);
    me.putAll(meta);
    List<Origin> or = new ArrayList<>(origins);
    or.addAll(other.origins);
    Map<String, TextPosition> pos = new TreeMap<>(other.positions);
    pos.putAll(positions);
    return new Document(id, src, tr, su, refs, me, or, segmented && other.segmented, pos);
  }
}
