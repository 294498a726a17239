package dev.verso.metric.builtin;

import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the bundled seeds in {@code seeds/} for tests, without the io package: a seed with {@code
 * key: value} lines gives translated_title, translated_content and english_summary; a plain-text
 * seed gives its first line as the title and the rest as the text (no summary, no source).
 */
final class SeedDocuments {
  private SeedDocuments() {}

  static Document load(String number) {
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("seeds"), number + "_*.txt")) {
      for (Path p : ds) {
        return parse(number, Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no seed " + number);
  }

  private static Document parse(String id, String content) {
    if (content.startsWith("html: ")) {
      Map<String, String> kv = new HashMap<>();
      for (String line : content.split("\n")) {
        int c = line.indexOf(": ");
        if (c > 0) {
          kv.put(line.substring(0, c), line.substring(c + 2));
        }
      }
      return Document.of(
          id,
          new Passage(kv.get("title"), kv.get("resulting_text"), "zh"),
          Map.of(
              "default",
              new Passage(kv.get("translated_title"), kv.get("translated_content"), "en")),
          Map.of("default", kv.get("english_summary")));
    }
    int nl = content.indexOf('\n');
    String title = content.substring(0, nl).strip();
    String text = content.substring(nl + 1);
    return Document.of(id, null, Map.of("default", new Passage(title, text, "en")), Map.of());
  }
}
