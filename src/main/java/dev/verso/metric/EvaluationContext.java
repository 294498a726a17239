package dev.verso.metric;

import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything a metric reads about one (document, system) unit. Analyses (sentences, anchors,
 * alignments) are computed once and shared by every metric through {@link #shared}; those that
 * depend only on the document (the source analysis) are shared across systems through {@link
 * #documentShared}.
 */
public final class EvaluationContext {
  private final Document document;
  private final String system;
  private final Map<Object, Object> unitCache = new ConcurrentHashMap<>();
  private final Map<Object, Object> documentCache;

  /**
   * A context for {@code system}'s translation of {@code document}; {@code documentCache} is shared
   * by its systems.
   */
  public EvaluationContext(Document document, String system, Map<Object, Object> documentCache) {
    if (!document.translations().containsKey(system)) {
      throw new IllegalArgumentException("document " + document.id() + " has no system " + system);
    }
    this.document = document;
    this.system = system;
    this.documentCache = documentCache;
  }

  /**
   * The context of {@code system} in {@code documentCache}'s document: the one already made there
   * (by {@link #forSystem} or an earlier call), so that every metric shares that unit's cached
   * analyses.
   */
  public static EvaluationContext in(
      Document document, String system, Map<Object, Object> documentCache) {
    return (EvaluationContext)
        documentCache.computeIfAbsent(
            new UnitKey(system), k -> new EvaluationContext(document, system, documentCache));
  }

  /**
   * Another system's translation of the same document, sharing this document's cache and that
   * unit's analyses; for metrics that compare a document's systems (cross-system consensus).
   */
  public EvaluationContext forSystem(String other) {
    return other.equals(system) ? this : in(document, other, documentCache);
  }

  private record UnitKey(String system) {}

  /** A context with its own document cache (tests, single units). */
  public static EvaluationContext of(Document document, String system) {
    return new EvaluationContext(document, system, new ConcurrentHashMap<>());
  }

  /** The whole document. */
  public Document document() {
    return document;
  }

  /** The translation system evaluated in this unit. */
  public String system() {
    return system;
  }

  /** The original, or null when the input has none. */
  public Passage source() {
    return document.hasSource() ? document.source() : null;
  }

  /** This system's translation. */
  public Passage translation() {
    return document.translations().get(system);
  }

  /** This system's summary, or null. */
  public String summary() {
    return document.summaryFor(system);
  }

  /** Reference translations, possibly empty. */
  public List<Passage> references() {
    return document.references();
  }

  /** A value computed once per unit under {@code key} and then shared by every metric. */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Function<EvaluationContext, T> compute) {
    Object v = unitCache.get(key);
    if (v == null) {
      v = compute.apply(this);
      Object prev = unitCache.putIfAbsent(key, v);
      if (prev != null) {
        v = prev;
      }
    }
    return (T) v;
  }

  /** A value computed once per document (shared across its systems), e.g. the source analysis. */
  @SuppressWarnings("unchecked")
  public <T> T documentShared(Object key, Function<Document, T> compute) {
    Object v = documentCache.get(key);
    if (v == null) {
      v = compute.apply(document);
      Object prev = documentCache.putIfAbsent(key, v);
      if (prev != null) {
        v = prev;
      }
    }
    return (T) v;
  }
}
