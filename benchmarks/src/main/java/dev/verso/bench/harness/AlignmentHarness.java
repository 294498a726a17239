package dev.verso.bench.harness;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.align.SentenceAligner;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores {@link SentenceAligner} against gold sentence alignments (Chinese → English): exact bead
 * match, null beads included, micro-averaged over documents — the convention of the published
 * aligner evaluations (P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold|).
 *
 * <p>Usage: {@code benchmarks/run.sh --harness AlignmentHarness [file.jsonl] [--show N]}; the file
 * defaults to {@code ../shared/data/alignment/mac_dev.jsonl} next to the repository. Each line holds
 * {@code src} and {@code tgt} sentence lists and {@code gold} beads {@code [[src idx], [tgt idx]]}.
 * {@code --show N} prints the first N wrong beads of each document.
 */
public final class AlignmentHarness {

  private AlignmentHarness() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of("../shared/data/alignment/mac_dev.jsonl");
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
    SentenceAligner aligner = SentenceAligner.shared();
    long tp = 0;
    long predicted = 0;
    long gold = 0;
    Map<String, long[]> byShape = new TreeMap<>();
    long alignNanos = 0;
    long[][] byConfidence = new long[5][2]; // [0,.2) .. [.8,1]: correct, predicted
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        List<String> src = strings(d.get("src"));
        List<String> tgt = strings(d.get("tgt"));
        Set<String> g = new HashSet<>();
        List<String> goldOrder = new ArrayList<>();
        for (JsonNode bead : d.get("gold")) {
          String k = bead.get(0).toString() + bead.get(1).toString();
          g.add(k);
          goldOrder.add(k);
          byShape.computeIfAbsent(bead.get(0).size() + "-" + bead.get(1).size(), x -> new long[2])[1]++;
        }
        long t0 = System.nanoTime();
        Alignment a = aligner.alignSentences(src, "zh", tgt, "en");
        alignNanos += System.nanoTime() - t0;
        int docTp = 0;
        int shown = 0;
        for (Bead b : a.beads()) {
          String k = key(b);
          int band = Math.min(4, (int) (b.confidence() * 5));
          byConfidence[band][1]++;
          if (g.contains(k)) {
            byConfidence[band][0]++;
            docTp++;
            byShape.get(b.type())[0]++;
          } else if (shown < show) {
            shown++;
            System.out.println("  wrong " + k + " conf " + b.confidence() + "  " + text(src, b.src()) + " || " + text(tgt, b.tgt()));
          }
        }
        tp += docTp;
        predicted += a.beads().size();
        gold += g.size();
        System.out.printf(Locale.ROOT, "%s: %d×%d sentences, F1 %.3f%n", d.get("doc").asString(), src.size(), tgt.size(),
            2.0 * docTp / (a.beads().size() + g.size()));
      }
    }
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double r = gold == 0 ? 0 : (double) tp / gold;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf(Locale.ROOT, "gold recall by bead shape:%n");
    for (Map.Entry<String, long[]> e : byShape.entrySet()) {
      System.out.printf(Locale.ROOT, "  %-4s %4d/%4d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
    }
    System.out.printf(Locale.ROOT, "precision by bead confidence:%n");
    for (int c = 0; c < 5; c++) {
      System.out.printf(Locale.ROOT, "  %.1f-%.1f %4d/%4d%n", c / 5.0, (c + 1) / 5.0, byConfidence[c][0], byConfidence[c][1]);
    }
    System.out.printf(Locale.ROOT, "beads: predicted %d, gold %d, exact matches %d%n", predicted, gold, tp);
    System.out.printf(Locale.ROOT, "exact-match precision %.3f, recall %.3f, F1 %.3f (alignment incl. analysis %.0f ms)%n",
        p, r, f, alignNanos / 1e6);
  }

  private static String key(Bead b) {
    return b.src().toString().replace(" ", "") + b.tgt().toString().replace(" ", "");
  }

  private static String text(List<String> s, List<Integer> idx) {
    StringBuilder out = new StringBuilder();
    for (int i : idx) {
      out.append(s.get(i)).append(' ');
    }
    return out.toString().strip();
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : arr) {
      out.add(x.asString());
    }
    return out;
  }
}
