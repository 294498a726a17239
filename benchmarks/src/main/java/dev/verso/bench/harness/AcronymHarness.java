package dev.verso.bench.harness;

import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures {@link AcronymExtractor} on the SDU@AAAI-21 acronym test sentences: pairs are compared
 * per document as sets (short form exact, long form case-insensitive with whitespace collapsed) and
 * precision and recall are micro-averaged over documents.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness AcronymHarness [file.jsonl] [--show N]}; the file
 * defaults to {@code ../shared/data/acronyms/sdu21_ai_test.jsonl} next to the repository and may be
 * any JSONL file of {@code {"id", "text", "pairs": [{"short", "long"}]}} such as {@code
 * benchmarks/data/acronyms/biomed_composed.jsonl}. {@code --show N} prints the first N false
 * positives and false negatives.
 *
 * <p>{@code --lines DIR GOLD.jsonl} scores plain-text files instead: GOLD holds {@code {"file",
 * "line", "pairs": [{"short", "long", "shortStart", "longStart"}]}} records (1-based line numbers,
 * offsets into the line) and names the files in DIR; every line of every named file is a document,
 * lines without a record have no definition. This keeps annotations of text that may not be copied
 * (the WMT21 news references and system outputs in {@code ../shared/data/mt-metrics}) apart from
 * the text.
 *
 * <p>{@code --via-metric} reads the pairs the way a report does: each text becomes the translation
 * of a document, {@code ACRONYM_CONSISTENCY} measures it, and the pairs are the {@code short} and
 * {@code long} of its {@code details.definitions}.
 */
public final class AcronymHarness {

  private static final dev.verso.metric.Metric METRIC =
      new dev.verso.metric.builtin.AcronymConsistencyMetric.Provider().create(java.util.Map.of());

  private AcronymHarness() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of("../shared/data/acronyms/sdu21_ai_test.jsonl");
    Path linesDir = null;
    boolean viaMetric = false;
    int show = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--show")) {
        show = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--via-metric")) {
        viaMetric = true;
      } else if (args[i].equals("--lines")) {
        linesDir = Path.of(args[++i]);
        file = Path.of(args[++i]);
      } else {
        file = Path.of(args[i]);
      }
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("no data at " + file.toAbsolutePath() + " (pass the JSONL file as argument)");
      System.exit(2);
    }
    ObjectMapper json = JsonMapper.builder().build();
    if (linesDir != null) {
      file = linesAsDocuments(json, linesDir, file);
    }
    long tp = 0;
    long predicted = 0;
    long gold = 0;
    int docs = 0;
    int shownFp = 0;
    int shownFn = 0;
    long t0 = System.nanoTime();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        String text = d.get("text").asString();
        Set<String> g = new TreeSet<>();
        for (JsonNode p : d.get("pairs")) {
          g.add(key(p.get("short").asString(), p.get("long").asString()));
        }
        Set<String> pred = new TreeSet<>();
        if (viaMetric) {
          dev.verso.model.Document doc = new dev.verso.model.Document(
              "d", null, java.util.Map.of("s", new dev.verso.model.Passage(null, text, "en")),
              java.util.Map.of(), java.util.List.of(), java.util.Map.of(), java.util.List.of(), false, java.util.Map.of());
          Object defs = METRIC.measure(dev.verso.metric.EvaluationContext.of(doc, "s")).details().get("definitions");
          for (Object o : (java.util.List<?>) defs) {
            java.util.Map<?, ?> m = (java.util.Map<?, ?>) o;
            pred.add(key(String.valueOf(m.get("short")), String.valueOf(m.get("long"))));
          }
        } else {
          for (AcronymDefinition a : AcronymExtractor.extract(text)) {
            pred.add(key(a.shortForm(), a.longForm()));
          }
        }
        docs++;
        gold += g.size();
        predicted += pred.size();
        for (String k : pred) {
          if (g.contains(k)) {
            tp++;
          } else if (shownFp < show) {
            shownFp++;
            System.out.println("FP " + d.get("id").asString() + "  " + k + "   gold=" + g + "\n    " + text);
          }
        }
        for (String k : g) {
          if (!pred.contains(k) && shownFn < show) {
            shownFn++;
            System.out.println("FN " + d.get("id").asString() + "  " + k + "   pred=" + pred + "\n    " + text);
          }
        }
      }
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double r = gold == 0 ? 0 : (double) tp / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf(
        Locale.ROOT,
        "AcronymExtractor on %s: %d documents, %d gold pairs, %d predicted, %d correct%n"
            + "precision %.3f  recall %.3f  F1 %.3f  (%.0f ms)%n",
        file.getFileName(), docs, gold, predicted, tp, p, r, f, ms);
  }

  /**
   * Writes the lines of the files named in {@code gold} as a temporary JSONL file of documents with
   * their gold pairs (checking that each pair's offsets point at its forms) and returns its path.
   */
  private static Path linesAsDocuments(ObjectMapper json, Path dir, Path gold) throws IOException {
    java.util.Map<String, java.util.Map<Integer, JsonNode>> byFile = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode r = json.readTree(line);
      byFile.computeIfAbsent(r.get("file").asString(), k -> new java.util.TreeMap<>())
          .put(r.get("line").asInt(), r.get("pairs"));
    }
    Path out = Files.createTempFile("acronym-lines", ".jsonl");
    out.toFile().deleteOnExit();
    try (java.io.BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (var f : byFile.entrySet()) {
        Path p = dir.resolve(f.getKey());
        if (!Files.isRegularFile(p)) {
          System.err.println("no data at " + p.toAbsolutePath());
          System.exit(2);
        }
        String[] lines = Files.readString(p, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          String text = lines[i].stripTrailing();
          if (text.isEmpty()) {
            continue;
          }
          tools.jackson.databind.node.ObjectNode d = json.createObjectNode();
          d.put("id", f.getKey() + ":" + (i + 1));
          d.put("text", text);
          tools.jackson.databind.node.ArrayNode pairs = d.putArray("pairs");
          JsonNode g = f.getValue().get(i + 1);
          if (g != null) {
            for (JsonNode pair : g) {
              String sf = pair.get("short").asString();
              String lf = pair.get("long").asString();
              int ss = pair.get("shortStart").asInt();
              int ls = pair.get("longStart").asInt();
              if (!text.startsWith(sf, ss) || !text.startsWith(lf, ls)) {
                System.err.println(gold + ": " + f.getKey() + " line " + (i + 1) + ": offsets do not point at \""
                    + sf + "\" / \"" + lf + "\"");
                System.exit(2);
              }
              pairs.addObject().put("short", sf).put("long", lf);
            }
          }
          w.write(json.writeValueAsString(d));
          w.write('\n');
        }
      }
    }
    return out;
  }

  private static String key(String shortForm, String longForm) {
    return shortForm + " = " + longForm.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
