package dev.verso.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads configuration-like files as JSON, or as YAML when the name ends in .yaml or .yml. */
final class StructuredFiles {
  // a key given twice is an error, not a silent "last one wins"
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private StructuredFiles() {}

  /**
   * The file's content as a tree.
   *
   * @throws UsageException naming the file when it cannot be read or parsed
   */
  static JsonNode read(Path file, String what) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    String text;
    try {
      text = Files.readString(file);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UsageException(file + ": cannot read " + what + ": it is not valid UTF-8");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read " + what + ": " + e.getMessage());
    }
    try {
      JsonNode n = (yaml ? YAML : JSON).readTree(text);
      if (n == null || !n.isObject()) {
        throw new UsageException(
            file + ": the " + what + " must be " + (yaml ? "a YAML mapping" : "a JSON object"));
      }
      return n;
    } catch (JacksonException e) {
      throw new UsageException(
          file + ": invalid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
    }
  }
}
