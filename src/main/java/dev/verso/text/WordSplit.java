package dev.verso.text;

import java.util.regex.Pattern;

/**
 * Splitting text into words at runs of separators, with patterns compiled once: {@code
 * String.split} with a pattern of more than one character compiles it again on every call, which
 * showed up in profiles of the metrics that split every sentence.
 */
public final class WordSplit {
  private WordSplit() {}

  /** Runs of characters that are neither letters nor digits. */
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Runs of white space and hyphens. */
  private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[\\s-]+");

  /**
   * The parts of {@code text} between runs of characters that are neither letters nor digits,
   * exactly as {@code text.split("[^\\p{L}\\p{N}]+")} returns them (a leading empty part when the
   * text starts with a separator, no trailing empty parts).
   */
  public static String[] alphanumeric(String text) {
    return NON_ALPHANUMERIC.split(text);
  }

  /**
   * The parts of {@code text} between runs of white space and hyphens, exactly as {@code
   * text.split("[\\s-]+")} returns them.
   */
  public static String[] spaceOrHyphen(String text) {
    return SPACE_OR_HYPHEN.split(text);
  }
}
