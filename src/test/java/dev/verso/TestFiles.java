package dev.verso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.verso.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Shared helpers for tests: files, the in-process command line, report schema validation. */
public final class TestFiles {
  private TestFiles() {}

  /** Project root (the directory with pom.xml); tests run from there. */
  public static Path projectDir() {
    return Path.of("").toAbsolutePath();
  }

  /** Writes UTF-8 text, creating parent directories. */
  public static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Writes raw bytes, creating parent directories. */
  public static Path writeBytes(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, bytes);
  }

  /** The result of running the command line in-process. */
  public record Run(int exitCode, String out, String err) {}

  /** Runs {@code verso ARGS} in-process. */
  public static Run verso(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private static JsonSchema schema;

  /** The published report schema, docs/report.schema.json. */
  public static synchronized JsonSchema reportSchema() throws IOException {
    if (schema == null) {
      try (InputStream in = Files.newInputStream(projectDir().resolve("docs/report.schema.json"))) {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      }
    }
    return schema;
  }

  /** Validation messages of a report.json file against the schema (empty when valid). */
  public static Set<ValidationMessage> validateReport(Path reportJson) throws IOException {
    JsonNode node = new ObjectMapper().readTree(reportJson.toFile());
    return reportSchema().validate(node);
  }

  /**
   * The data a report.html embeds for its script (gzip-compressed JSON in base64, inflated here),
   * as the page's script reads it.
   */
  public static String pageData(Path reportHtml) throws IOException {
    String html = Files.readString(reportHtml, StandardCharsets.UTF_8);
    String open = "id=\"verso-data\">";
    int from = html.indexOf(open) + open.length();
    byte[] packed =
        java.util.Base64.getDecoder().decode(html.substring(from, html.indexOf("</script>", from)));
    try (InputStream in =
        new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(packed))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Reads a report.json as a tree (Jackson 2, test side). */
  public static JsonNode readJson(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }
}
