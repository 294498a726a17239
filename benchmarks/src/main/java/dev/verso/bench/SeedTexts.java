package dev.verso.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Chinese texts ({@code title} and {@code resulting_text}) of the bundled seeds, read from {@code seeds/}. */
final class SeedTexts {
  private SeedTexts() {}

  static List<String> chinese() {
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("seeds"), "*.txt")) {
      List<Path> files = new ArrayList<>();
      ds.forEach(files::add);
      files.sort(null);
      for (Path p : files) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (line.startsWith("resulting_text: ") || line.startsWith("title: ")) {
            out.add(line.substring(line.indexOf(": ") + 2));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
