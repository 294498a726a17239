package dev.verso.bench;

import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text-analysis throughput (sentences, tokens, anchors) in characters per second, for Chinese and
 * English news text. Documents are 20-line slices of WMT21 newstest2021 zh→en ({@code
 * ../shared/data/mt-metrics/src.zh}, {@code ref.en}) when present, else the bundled seeds. The
 * {@code chars} line of the JMH output is the throughput in UTF-16 characters per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TextAnalysisBench {

  @Param({"zh", "en"})
  public String lang;

  List<String> docs;
  TextAnalyzer analyzer;

  /** Characters analysed, reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Chars {
    public long chars;
    int next;

    @Setup(Level.Iteration)
    public void reset() {
      chars = 0;
    }
  }

  @Setup
  public void load() throws IOException {
    docs = documents(lang);
    analyzer = TextAnalyzer.shared();
    long total = docs.stream().mapToLong(String::length).sum();
    System.out.printf("%n%s corpus: %d documents, %d characters%n", lang, docs.size(), total);
  }

  /** The benchmark documents of one language (see the class comment). */
  public static List<String> documents(String lang) throws IOException {
    Path shared = Path.of("..", "shared", "data", "mt-metrics", lang.equals("zh") ? "src.zh" : "ref.en");
    List<String> out = new ArrayList<>();
    if (Files.exists(shared)) {
      List<String> lines = Files.readAllLines(shared, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i += 20) {
        out.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + 20))));
      }
      return out;
    }
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.sorted().toList()) {
        String key = lang.equals("zh") ? "resulting_text: " : "translated_content: ";
        String text = Files.readString(p, StandardCharsets.UTF_8);
        if (text.startsWith("html: ") || text.contains("\n" + key)) {
          for (String line : text.split("\n")) {
            if (line.startsWith(key)) {
              out.add(line.substring(key.length()));
            }
          }
        } else if (lang.equals("en")) {
          out.add(text);
        }
      }
    }
    return out;
  }

  @Benchmark
  public int analyze(Chars c) {
    String doc = docs.get(c.next);
    c.next = (c.next + 1) % docs.size();
    AnalyzedText a = analyzer.analyze(doc, lang);
    c.chars += doc.length();
    return a.tokens().size() + a.anchors().size();
  }
}
