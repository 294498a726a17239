package dev.verso.model;

/**
 * Where a field's text starts in its input file: 1-based line and column (column 1 when unknown).
 */
public record TextPosition(String file, int line, int column) {

  /**
   * The file position of a point inside the field, given that point's 1-based line and column
   * within the field text.
   */
  public TextPosition offset(int fieldLine, int fieldColumn) {
    return fieldLine <= 1
        ? new TextPosition(file, line, column + fieldColumn - 1)
        : new TextPosition(file, line + fieldLine - 1, fieldColumn);
  }
}
