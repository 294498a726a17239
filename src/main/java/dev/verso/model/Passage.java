package dev.verso.model;

/**
 * A title and a body text in one language; either may be null when the input does not have it.
 *
 * @param lang BCP-47 language code such as {@code zh} or {@code en}
 */
public record Passage(String title, String text, String lang) {

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
