package dev.verso.model;

import java.util.List;

/**
 * A title and a body text in one language; either may be null when the input does not have it.
 *
 * @param lang BCP-47 language code such as {@code zh} or {@code en}
 * @param segments the text's given segments (spans in {@code text}, in order) when the input comes
 *     pre-segmented (XLIFF, TMX); empty when the text is free-running and is split into sentences
 */
public record Passage(String title, String text, String lang, List<Span> segments) {

  public Passage {
    segments = segments == null ? List.of() : List.copyOf(segments);
  }

  /** A passage without given segments. */
  public Passage(String title, String text, String lang) {
    this(title, text, lang, List.of());
  }

  /** True when neither title nor text carries any non-blank content. */
  public boolean isEmpty() {
    return (title == null || title.isBlank()) && (text == null || text.isBlank());
  }

  /** The title, or the empty string when missing. */
  public String titleOrEmpty() {
    return title == null ? "" : title;
  }

  /** The text, or the empty string when missing. */
  public String textOrEmpty() {
    return text == null ? "" : text;
  }
}
