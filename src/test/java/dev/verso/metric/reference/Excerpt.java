package dev.verso.metric.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 16-segment WMT21 excerpt in {@code src/test/resources/mt-metrics} and sacreBLEU's numbers on
 * it.
 */
public final class Excerpt {
  private Excerpt() {}

  public static List<String> lines(String name) throws IOException {
    try (InputStream in = Excerpt.class.getResourceAsStream("/mt-metrics/" + name)) {
      return TextLines.read(in);
    }
  }

  public static JsonNode expected() throws IOException {
    try (InputStream in = Excerpt.class.getResourceAsStream("/mt-metrics/expected.json")) {
      return JsonMapper.builder()
          .build()
          .readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** sacreBLEU's signature with its version replaced by ours. */
  public static String ours(String s) {
    return s.replace("version:2.6.0", "version:" + ReferenceScorer.VERSION);
  }
}
