package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed record format: {@code key: value} lines, where a value runs on over following lines
 * until a line that starts a new key. A line starts a new key when it begins with a known key
 * ({@link #KNOWN_KEYS}) or with any snake_case key that has an underscore ({@code source_lang:}),
 * so that ordinary prose such as "Note: …" stays inside a value. {@code nan} or an empty value
 * means missing; unknown keys are kept as metadata. One file is one document; its id is the file
 * name without extension.
 */
public final class SeedRecordReader {

  /** Keys of the seed format, mapped by {@link DocumentBuilder}. */
  public static final Set<String> KNOWN_KEYS =
      Set.of(
          "html",
          "title",
          "resulting_text",
          "input_url",
          "returned_url",
          "date",
          "translated_title",
          "translated_content",
          "english_summary");

  private static final Pattern KEY = Pattern.compile("^([A-Za-z][A-Za-z0-9_]*):(?: |$)");

  private SeedRecordReader() {}

  /**
   * True when {@code content} looks like a record: its first non-blank line starts with a known
   * key.
   */
  public static boolean looksLikeRecord(String content) {
    for (String line : content.split("\n", 50)) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = KEY.matcher(line);
      return m.find() && KNOWN_KEYS.contains(m.group(1));
    }
    return false;
  }

  private static String keyOf(String line) {
    Matcher m = KEY.matcher(line);
    if (!m.find()) {
      return null;
    }
    String k = m.group(1);
    if (KNOWN_KEYS.contains(k)
        || (k.indexOf('_') > 0 && k.equals(k.toLowerCase(java.util.Locale.ROOT)))) {
      return k;
    }
    return null;
  }

  /** Parses one record file (already decoded) into a document with the given id and system. */
  public static ReadResult parse(TextFile file, String id, String system) {
    List<InputProblem> problems = new ArrayList<>(file.problems());
    String[] lines = file.content().split("\n", -1);
    DocumentBuilder b = new DocumentBuilder().id(id);
    List<String> seen = new ArrayList<>();
    String key = null;
    int keyLine = 0;
    StringBuilder value = new StringBuilder();
    for (int i = 0; i <= lines.length; i++) {
      String k = i < lines.length ? keyOf(lines[i]) : "";
      if (k != null) {
        if (key != null) {
          if (seen.contains(key)) {
            problems.add(
                InputProblem.error(
                    file.name(), keyLine, key, "key '" + key + "' appears twice in the record"));
            return ReadResult.problems(problems);
          }
          seen.add(key);
          b.flat(key, stripTrailingNewlines(value.toString()));
        }
        if (i == lines.length) {
          break;
        }
        key = k;
        keyLine = i + 1;
        b.at(k, keyLine, Math.min(lines[i].length(), k.length() + 2) + 1);
        value.setLength(0);
        value.append(lines[i].substring(Math.min(lines[i].length(), k.length() + 2)));
      } else if (key == null) {
        if (!lines[i].isBlank()) {
          problems.add(
              InputProblem.error(
                  file.name(),
                  i + 1,
                  null,
                  "text before the first 'key: value' line of the record"));
          return ReadResult.problems(problems);
        }
      } else {
        value.append('\n').append(lines[i]);
      }
    }
    Document d = b.build(new Origin(file.name(), 1), system, false);
    if (d == null) {
      problems.add(
          InputProblem.error(
              file.name(), 0, "translated_content", "missing required field 'translated_content'"));
      return ReadResult.problems(problems);
    }
    return new ReadResult(List.of(d), problems);
  }

  private static String stripTrailingNewlines(String s) {
    int e = s.length();
    while (e > 0 && (s.charAt(e - 1) == '\n')) {
      e--;
    }
    return s.substring(0, e);
  }
}
