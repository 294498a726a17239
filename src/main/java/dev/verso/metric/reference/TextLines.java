package dev.verso.metric.reference;

import dev.verso.metric.reference.tokenize.PyStrings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads segment files the way sacreBLEU does: UTF-8, one segment per {@code \n}, trailing
 * whitespace stripped.
 */
public final class TextLines {
  private TextLines() {}

  /** The segments of a UTF-8 file. */
  public static List<String> read(Path file) throws IOException {
    return split(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The segments of a UTF-8 stream (read to its end). */
  public static List<String> read(InputStream in) throws IOException {
    return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
  }

  /** Splits on {@code \n} only (a final newline ends the last line) and right-strips each line. */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      out.add(PyStrings.rstrip(text.substring(start, end)));
      start = nl < 0 ? n : nl + 1;
    }
    return out;
  }
}
