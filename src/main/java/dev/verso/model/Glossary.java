package dev.verso.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * User glossaries merged into one term list; when several glossaries define the same source term,
 * the one given first wins (later duplicates are kept in {@link #shadowed()} for reporting).
 */
public final class Glossary {
  private static final Glossary EMPTY = new Glossary(List.of());
  private final Map<String, GlossaryEntry> bySource = new LinkedHashMap<>();
  private final List<GlossaryEntry> shadowed = new ArrayList<>();

  /** A glossary of {@code entries}, earlier entries outranking later ones with the same source. */
  public Glossary(Collection<GlossaryEntry> entries) {
    for (GlossaryEntry e : entries) {
      if (bySource.putIfAbsent(e.source(), e) != null) {
        shadowed.add(e);
      }
    }
  }

  /** The empty glossary. */
  public static Glossary empty() {
    return EMPTY;
  }

  /** The entries, one per source term, in reading order. */
  public List<GlossaryEntry> entries() {
    return List.copyOf(bySource.values());
  }

  /** The entry for a source term, or null. */
  public GlossaryEntry get(String source) {
    return bySource.get(source);
  }

  /** Entries that repeated a source term already defined earlier. */
  public List<GlossaryEntry> shadowed() {
    return List.copyOf(shadowed);
  }

  /** True when there are no entries. */
  public boolean isEmpty() {
    return bySource.isEmpty();
  }
}
