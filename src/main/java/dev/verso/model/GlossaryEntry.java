package dev.verso.model;

import java.util.List;

/**
 * One term of a user glossary: a source term, its required target rendering, an optional acronym
 * and renderings that must not be used.
 *
 * @param source the term in the source language (e.g. 商务部)
 * @param target the required translation (e.g. Ministry of Commerce)
 * @param acronym the target acronym (e.g. MOFCOM), or empty
 * @param forbidden target variants that are wrong (e.g. Department of Commerce)
 * @param origin where the entry was read, {@code file:line}
 */
public record GlossaryEntry(
    String source, String target, String acronym, List<String> forbidden, String origin) {

  public GlossaryEntry {
    if (source == null || source.isBlank() || target == null || target.isBlank()) {
      throw new IllegalArgumentException("a glossary entry needs a source and a target term");
    }
    source = source.strip();
    target = target.strip();
    acronym = acronym == null ? "" : acronym.strip();
    forbidden = List.copyOf(forbidden == null ? List.of() : forbidden);
    origin = origin == null ? "" : origin;
  }
}
