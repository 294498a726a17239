package dev.verso.text.en;

import dev.verso.model.Span;
import java.util.Objects;

/**
 * One acronym definition found in English text: a short form and the long form it abbreviates, each
 * with its exact span in the text that was searched.
 *
 * @param shortForm the abbreviation as written, e.g. {@code CFNSO}
 * @param shortSpan where the short form stands
 * @param longForm the expansion as written, e.g. {@code China Federation of Network Social
 *     Organizations}
 * @param longSpan where the long form stands
 * @param shortFirst true for the pattern {@code SHORT (long form)}, false for {@code long form
 *     (SHORT)}
 */
public record AcronymDefinition(
    String shortForm, Span shortSpan, String longForm, Span longSpan, boolean shortFirst) {

  public AcronymDefinition {
    Objects.requireNonNull(shortForm, "shortForm");
    Objects.requireNonNull(shortSpan, "shortSpan");
    Objects.requireNonNull(longForm, "longForm");
    Objects.requireNonNull(longSpan, "longSpan");
  }

  /** Where the definition as a whole starts (the earlier of the two forms). */
  public int start() {
    return Math.min(shortSpan.start(), longSpan.start());
  }
}
