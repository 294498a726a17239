package dev.verso.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.TestFiles;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the example plug-in under {@code examples/long-sentence-metric} into a separate jar, puts
 * it on a class path of its own and checks that Verso lists, configures and runs it.
 */
class PluginTest {
  @TempDir static Path dir;
  static Path jar;

  @BeforeAll
  static void buildPluginJar() throws Exception {
    Path example = TestFiles.projectDir().resolve("examples/long-sentence-metric");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> sources;
    try (Stream<Path> s = Files.walk(example.resolve("src/main/java"))) {
      sources = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String[] args =
        Stream.concat(
                Stream.of(
                    "-d",
                    classes.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "--release",
                    "17"),
                sources.stream())
            .toArray(String[]::new);
    assertThat(javac.run(null, null, null, args)).isZero();
    jar = dir.resolve("long-sentence-metric.jar");
    Path services =
        example.resolve("src/main/resources/META-INF/services/dev.verso.metric.MetricProvider");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, (OutputStream) out);
        out.closeEntry();
      }
      out.putNextEntry(new JarEntry("META-INF/services/dev.verso.metric.MetricProvider"));
      Files.copy(services, (OutputStream) out);
      out.closeEntry();
    }
  }

  private static URLClassLoader loader() throws Exception {
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, PluginTest.class.getClassLoader());
  }

  @Test
  void pluginIsNotVisibleWithoutItsJar() {
    assertThat(MetricRegistry.load().providers())
        .extracting(MetricProvider::id)
        .doesNotContain("LONG_SENTENCE");
  }

  @Test
  void pluginFromASeparateJarIsListedConfiguredAndRun() throws Exception {
    try (URLClassLoader cl = loader()) {
      MetricRegistry reg = MetricRegistry.load(cl);
      assertThat(reg.providers())
          .extracting(MetricProvider::id)
          .contains("LONG_SENTENCE", "DUPLICATION");
      assertThat(reg.provider("LONG_SENTENCE").getClass().getClassLoader()).isSameAs(cl);

      assertThatThrownBy(
              () ->
                  reg.create(List.of("LONG_SENTENCE"), Map.of("LONG_SENTENCE", Map.of("max", "3"))))
          .hasMessage("metric LONG_SENTENCE: unknown option 'max' (known: maxWords)");

      List<Metric> metrics =
          reg.create(List.of("LONG_SENTENCE"), Map.of("LONG_SENTENCE", Map.of("maxWords", "4")));
      assertThat(metrics.get(0).signature().text())
          .isEqualTo("LONG_SENTENCE|maxWords:4|version:example-1");
      Document d =
          Document.of(
              "d",
              null,
              Map.of("s", new Passage(null, "Short one. This sentence has six words here.", "en")),
              Map.of());
      EvaluationResult r = new Evaluator(metrics, 1).evaluateAll(List.of(d), List.of());
      var findings = r.documents().get(0).units().get(0).findings();
      assertThat(findings).hasSize(1);
      assertThat(findings.get(0).span()).isEqualTo(new dev.verso.model.Span(11, 44));
      assertThat(findings.get(0).message()).isEqualTo("sentence has 6 words (more than 4)");
      assertThat(r.corpus().scores("s")).containsEntry("LONG_SENTENCE", 0.5);
    }
  }

  @Test
  void commandLineListsAndRunsThePluginFromTheContextClassLoader() throws Exception {
    ClassLoader saved = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader cl = loader()) {
      Thread.currentThread().setContextClassLoader(cl);
      TestFiles.Run list = TestFiles.verso("metrics");
      assertThat(list.out())
          .contains(
              "LONG_SENTENCE\n    Example plug-in: translation sentences longer than maxWords words.");
      TestFiles.Run run =
          TestFiles.verso(
              "evaluate",
              "seeds",
              "--metrics",
              "LONG_SENTENCE",
              "-O",
              "LONG_SENTENCE.maxWords=60",
              "-o",
              dir.resolve("out").toString(),
              "--format",
              "json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      var report = TestFiles.readJson(dir.resolve("out/report.json"));
      assertThat(report.get("configuration").get("metrics").get(0).asText())
          .isEqualTo("LONG_SENTENCE");
      assertThat(report.get("corpus").get("systems").get(0).get("scores").has("LONG_SENTENCE"))
          .isTrue();
    } finally {
      Thread.currentThread().setContextClassLoader(saved);
    }
  }
}
