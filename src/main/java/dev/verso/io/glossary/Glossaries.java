package dev.verso.io.glossary;

import dev.verso.model.Glossary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glossaries shared by every metric that reads them (GLOSSARY, COVERAGE, OMISSION,
 * TERM_CONSISTENCY): a list of files is read once per run, whichever metric asks first.
 */
public final class Glossaries {
  private static final Map<String, Glossary> CACHE = new ConcurrentHashMap<>();

  private Glossaries() {}

  /**
   * The merged glossary of comma-separated {@code files} (the first entry for a term wins); empty
   * for a blank list.
   *
   * @param metricId the metric that asks, named in the error
   * @throws IllegalArgumentException naming the metric and the files when one cannot be read
   */
  public static Glossary shared(String files, String metricId) {
    String f = files.trim();
    if (f.isEmpty()) {
      return Glossary.empty();
    }
    return CACHE.computeIfAbsent(
        f,
        k -> {
          List<Path> paths = new ArrayList<>();
          for (String p : k.split(",")) {
            paths.add(Path.of(p.trim()));
          }
          try {
            return GlossaryReader.readAll(paths);
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(
                "metric " + metricId + ": cannot read glossary " + k + ": " + e.getMessage(), e);
          }
        });
  }
}
