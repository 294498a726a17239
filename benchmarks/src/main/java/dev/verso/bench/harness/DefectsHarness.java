package dev.verso.bench.harness;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs TRANSLATION_DEFECTS over a corpus and counts its findings per check, to read false alarms:
 * on the WMT21 TED omission set (talks rebuilt per document and system, one segment a line, source
 * joined the same way) there is no web boilerplate, so every BOILERPLATE finding is a false alarm
 * and every TRUNCATED one is worth reading; on other inputs (any path {@code evaluate} reads) the
 * findings are listed for reading.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness DefectsHarness [--ted FILE] [PATH ...] [--show N]};
 * with no argument the TED file under {@code ../shared/data/omission/} is used.
 */
public final class DefectsHarness {
  private DefectsHarness() {}

  public static void main(String[] args) throws IOException {
    Path ted = null;
    List<Path> inputs = new ArrayList<>();
    int show = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--ted" -> ted = Path.of(args[++i]);
        case "--show" -> show = Integer.parseInt(args[++i]);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (ted == null && inputs.isEmpty()) {
      ted = Path.of("../shared/data/omission/ted21_zhen_omission_dev.jsonl");
    }
    List<Document> docs = new ArrayList<>();
    if (ted != null) {
      if (!Files.isRegularFile(ted)) {
        System.err.println("no data at " + ted.toAbsolutePath());
        System.exit(2);
      }
      docs.addAll(tedDocuments(ted));
    }
    for (Path p : inputs) {
      ReadResult r = InputReader.read(p, Document.DEFAULT_SYSTEM);
      docs.addAll(r.documents());
    }
    Metric m = MetricRegistry.load().create(List.of("TRANSLATION_DEFECTS"), Map.of()).get(0);
    long t0 = System.nanoTime();
    EvaluationResult r = new Evaluator(List.of(m), 1).evaluateAll(docs, List.of());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Integer> byCheck = new TreeMap<>();
    Map<String, List<String>> examples = new TreeMap<>();
    int units = 0;
    for (DocumentResult d : r.documents()) {
      for (UnitResult u : d.units()) {
        units++;
        for (Finding f : u.findings()) {
          String key = f.check() + " " + f.severity().id();
          byCheck.merge(key, 1, Integer::sum);
          List<String> ex = examples.computeIfAbsent(key, k -> new ArrayList<>());
          if (ex.size() < show) {
            String text = Fields.text(d.document(), u.system(), f.field());
            ex.add(d.document().id() + "/" + u.system() + " " + f.span().start() + "-" + f.span().end() + " \""
                + abbreviate(f.span().of(text)) + "\" | " + f.message());
          }
        }
      }
    }
    System.out.printf("%d documents, %d units, %d ms%n", r.documents().size(), units, ms);
    byCheck.forEach((k, v) -> System.out.printf("%-28s %5d%n", k, v));
    examples.forEach((k, v) -> {
      System.out.println("== " + k);
      v.forEach(s -> System.out.println("  " + s));
    });
  }

  private static String abbreviate(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 160 ? t.substring(0, 80) + " … " + t.substring(t.length() - 70) : t;
  }

  /** TED talks per (doc, system): segments in order, one a line, source and translation alike. */
  static List<Document> tedDocuments(Path file) throws IOException {
    ObjectMapper json = JsonMapper.builder().build();
    Map<String, Map<String, TreeMap<Integer, String[]>>> talks = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        talks.computeIfAbsent(n.get("doc").asString(), k -> new TreeMap<>())
            .computeIfAbsent(n.get("system").asString(), k -> new TreeMap<>())
            .put(n.get("seg").asInt(), new String[] {n.get("src").asString(), n.get("tgt").asString()});
      }
    }
    List<Document> out = new ArrayList<>();
    for (var talk : talks.entrySet()) {
      Map<String, Passage> translations = new TreeMap<>();
      String source = null;
      for (var sys : talk.getValue().entrySet()) {
        StringBuilder src = new StringBuilder();
        StringBuilder tgt = new StringBuilder();
        for (String[] seg : sys.getValue().values()) {
          src.append(seg[0]).append('\n');
          tgt.append(seg[1]).append('\n');
        }
        translations.put(sys.getKey(), new Passage(null, tgt.toString(), "en"));
        source = source == null ? src.toString() : source;
      }
      out.add(Document.of(talk.getKey(), new Passage(null, source, "zh"), translations, Map.of()));
    }
    return out;
  }
}
