package dev.verso.model;

/**
 * Where a document came from: the file and the 1-based line its record starts on (0 when the whole
 * file is one document).
 */
public record Origin(String file, int line) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
