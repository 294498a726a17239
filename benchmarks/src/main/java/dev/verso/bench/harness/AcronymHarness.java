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
 * defaults to {@code ../shared/data/acronyms/sdu21_ai_test.jsonl} next to the repository. {@code
 * --show N} prints the first N false positives and false negatives.
 */
public final class AcronymHarness {

  private AcronymHarness() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of("../shared/data/acronyms/sdu21_ai_test.jsonl");
    int show = 0;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--show")) {
        show = Integer.parseInt(args[++i]);
      } else {
        file = Path.of(args[i]);
      }
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("no data at " + file.toAbsolutePath() + " (pass the JSONL file as argument)");
      System.exit(2);
    }
    ObjectMapper json = JsonMapper.builder().build();
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
        for (AcronymDefinition a : AcronymExtractor.extract(text)) {
          pred.add(key(a.shortForm(), a.longForm()));
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

  private static String key(String shortForm, String longForm) {
    return shortForm + " = " + longForm.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
