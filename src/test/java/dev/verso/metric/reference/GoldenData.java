package dev.verso.metric.reference;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access to {@code ../shared/data/mt-metrics} (sacreBLEU 2.6.0's exact numbers); tests using it are
 * skipped when it is absent.
 */
public final class GoldenData {
  /** The data directory, relative to the project directory. */
  public static final Path DIR = Path.of("..", "shared", "data", "mt-metrics");

  private GoldenData() {}

  /** Skips the calling test when the shared data is not there. */
  public static void assumePresent() {
    assumeTrue(Files.isRegularFile(DIR.resolve("golden.json")), "shared mt-metrics data absent");
  }

  public static JsonNode golden() throws IOException {
    return JsonMapper.builder()
        .build()
        .readTree(Files.readString(DIR.resolve("golden.json"), StandardCharsets.UTF_8));
  }

  public static List<String> lines(String file) throws IOException {
    return TextLines.read(DIR.resolve(file));
  }

  /** sacreBLEU's signature with its version replaced by ours. */
  public static String ours(String sacrebleuSignature) {
    return sacrebleuSignature.replace("version:2.6.0", "version:" + ReferenceScorer.VERSION);
  }
}
