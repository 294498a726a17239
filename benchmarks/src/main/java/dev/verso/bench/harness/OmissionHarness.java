package dev.verso.bench.harness;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Passage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures COVERAGE against human omission labels: each segment of the WMT21 TED MQM set is a
 * one-line pre-segmented document; the bead's omission probability is scored by ROC-AUC and best F1
 * against the {@code omission} label (with a length-ratio baseline for comparison), the omission
 * findings' source spans by character overlap with the annotated omitted spans, and the segment's
 * coverage by Kendall τ-b against the MQM score.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness OmissionHarness [FILE] [--show CHECK]} (--show prints up to 25 segments flagged by CHECK); default
 * {@code ../shared/data/omission/ted21_zhen_omission_dev.jsonl}.
 */
public final class OmissionHarness {
  private OmissionHarness() {}

  private record Seg(String src, String tgt, boolean omission, List<int[]> spans, double mqm) {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of("../shared/data/omission/ted21_zhen_omission_dev.jsonl");
    String show = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--show")) {
        show = args[++i];
      } else {
        file = Path.of(args[i]);
      }
    }
    if (!Files.isRegularFile(file)) {
      System.err.println("no data at " + file.toAbsolutePath());
      System.exit(2);
    }
    List<Seg> segs = read(file);
    Metric m = MetricRegistry.load().create(List.of("COVERAGE"), Map.of()).get(0);
    int n = segs.size();
    double[] prob = new double[n];
    double[] uncov = new double[n];
    double[] oneMinusCov = new double[n];
    double[] coverage = new double[n];
    double[] lengthScore = new double[n];
    double[] mqm = new double[n];
    boolean[] label = new boolean[n];
    long predChars = 0;
    long goldChars = 0;
    long overlapChars = 0;
    int goldSpans = 0;
    int goldSpansHit = 0;
    int flaggedOmissionSegs = 0;
    Map<String, int[]> byCheck = new java.util.TreeMap<>();
    double[] run = new double[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Seg s = segs.get(i);
      Document d = new Document("seg" + i, new Passage(null, s.src(), "zh"), Map.of("mt", new Passage(null, s.tgt(), "en")),
          Map.of(), List.of(), Map.of(), List.of(), true);
      Measurement r = m.measure(EvaluationContext.of(d, "mt"));
      label[i] = s.omission();
      mqm[i] = s.mqm();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> beads = (List<Map<String, Object>>) r.details().get("beads");
      Map<String, Object> b = beads.isEmpty() ? Map.of() : beads.get(0);
      prob[i] = ((Number) b.getOrDefault("omissionProbability", 0.0)).doubleValue();
      double cov = ((Number) b.getOrDefault("covered", 0.0)).doubleValue();
      double tot = ((Number) b.getOrDefault("total", 0.0)).doubleValue();
      uncov[i] = tot - cov;
      coverage[i] = tot == 0 ? 1.0 : cov / tot;
      oneMinusCov[i] = 1 - coverage[i];
      lengthScore[i] = -Math.log((visible(s.tgt()) + 1.0) / (visible(s.src()) + 1.0));
      boolean[] predicted = new boolean[s.src().length()];
      boolean any = false;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Finding f : r.findings()) {
        String key = f.check() + " " + f.severity().id();
        if (show != null && f.check().equals(show) && byCheck.getOrDefault(key, new int[1])[0] < 25) {
          System.out.println(f.check() + " [" + f.span().of(f.field().startsWith("source") ? s.src() : s.tgt()) + "] " + s.src() + " || " + s.tgt());
        }
        if (seen.add(key)) {
          int[] c = byCheck.computeIfAbsent(key, k -> new int[2]);
          c[0]++;
          c[1] += s.omission() ? 1 : 0;
        }
        if (f.check().equals("OMITTED_CONTENT")) {
          run[i] = Math.max(run[i], f.span().length());
        }
        if (f.type() == IssueType.OMISSION && f.field().equals("source.text")) {
          any = true;
          for (int c = f.span().start(); c < f.span().end() && c < predicted.length; c++) {
            predicted[c] = true;
          }
        }
      }
      flaggedOmissionSegs += any ? 1 : 0;
      boolean[] gold = new boolean[s.src().length()];
      for (int[] sp : s.spans()) {
        goldSpans++;
        boolean hit = false;
        for (int c = Math.max(0, sp[0]); c < Math.min(sp[1], gold.length); c++) {
          gold[c] = true;
          hit |= predicted[c];
        }
        goldSpansHit += hit ? 1 : 0;
      }
      if (s.omission()) {
        for (int c = 0; c < gold.length; c++) {
          predChars += predicted[c] ? 1 : 0;
          goldChars += gold[c] ? 1 : 0;
          overlapChars += predicted[c] && gold[c] ? 1 : 0;
        }
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    int pos = 0;
    for (boolean l : label) {
      pos += l ? 1 : 0;
    }
    System.out.printf("%d segments, %d with an omission label, %d ms%n", n, pos, ms);
    System.out.printf("ROC-AUC omissionProbability      %.4f%n", auc(prob, label));
    System.out.printf("ROC-AUC 1 - coverage             %.4f%n", auc(oneMinusCov, label));
    System.out.printf("ROC-AUC uncovered weight         %.4f%n", auc(uncov, label));
    System.out.printf("ROC-AUC length-ratio baseline    %.4f%n", auc(lengthScore, label));
    System.out.printf("ROC-AUC longest omitted run      %.4f%n", auc(run, label));
    double[] best = bestF1(prob, label);
    System.out.printf("best F1 omissionProbability      %.4f at threshold %.4f (P %.4f, R %.4f)%n", best[0], best[1], best[2], best[3]);
    double[] bestLen = bestF1(lengthScore, label);
    System.out.printf("best F1 length-ratio baseline    %.4f (P %.4f, R %.4f)%n", bestLen[0], bestLen[2], bestLen[3]);
    System.out.printf("segments with an omission finding: %d of %d%n", flaggedOmissionSegs, n);
    System.out.printf("span overlap on labelled segments: char precision %.4f, char recall %.4f; annotated spans touched %d of %d (%.4f)%n",
        predChars == 0 ? 0.0 : (double) overlapChars / predChars, goldChars == 0 ? 0.0 : (double) overlapChars / goldChars,
        goldSpansHit, goldSpans, goldSpans == 0 ? 0.0 : (double) goldSpansHit / goldSpans);
    System.out.println("segments with a finding of each check (of which labelled omission):");
    byCheck.forEach((k, v) -> System.out.printf("  %-32s %5d %5d (%.3f)%n", k, v[0], v[1], (double) v[1] / v[0]));
    System.out.printf("Kendall tau-b(COVERAGE, MQM)     %.4f%n", kendallTauB(coverage, mqm));
    System.out.printf("Kendall tau-b(-length ratio, MQM) %.4f%n", kendallTauB(negate(lengthScore), mqm));
  }

  private static double[] negate(double[] x) {
    double[] o = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      o[i] = -x[i];
    }
    return o;
  }

  private static List<Seg> read(Path file) throws IOException {
    ObjectMapper json = JsonMapper.builder().build();
    List<Seg> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        List<int[]> spans = new ArrayList<>();
        for (JsonNode sp : n.get("omission_spans")) {
          spans.add(new int[] {sp.get("start").asInt(), sp.get("end").asInt()});
        }
        out.add(new Seg(n.get("src").asString(), n.get("tgt").asString(), n.get("omission").asBoolean(), spans,
            n.get("mqm_score").asDouble()));
      }
    }
    return out;
  }

  private static int visible(String s) {
    int c = 0;
    for (int i = 0; i < s.length(); i++) {
      c += Character.isWhitespace(s.charAt(i)) ? 0 : 1;
    }
    return c;
  }

  /** ROC-AUC by the rank-sum formula with mid-ranks for ties. */
  static double auc(double[] score, boolean[] label) {
    int n = score.length;
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
    double[] rank = new double[n];
    for (int i = 0; i < n; ) {
      int j = i;
      while (j + 1 < n && score[idx[j + 1]] == score[idx[i]]) {
        j++;
      }
      double mid = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        rank[idx[k]] = mid;
      }
      i = j + 1;
    }
    double sum = 0;
    long pos = 0;
    for (int i = 0; i < n; i++) {
      if (label[i]) {
        sum += rank[i];
        pos++;
      }
    }
    long neg = n - pos;
    return (sum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
  }

  /** {F1, threshold, precision, recall} of the best threshold "score >= t". */
  static double[] bestF1(double[] score, boolean[] label) {
    double[] sorted = score.clone();
    Arrays.sort(sorted);
    double[] best = {0, 0, 0, 0};
    int pos = 0;
    for (boolean l : label) {
      pos += l ? 1 : 0;
    }
    Double last = null;
    for (double t : sorted) {
      if (last != null && t == last) {
        continue;
      }
      last = t;
      int tp = 0;
      int fp = 0;
      for (int i = 0; i < score.length; i++) {
        if (score[i] >= t) {
          if (label[i]) {
            tp++;
          } else {
            fp++;
          }
        }
      }
      double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
      double r = pos == 0 ? 0 : (double) tp / pos;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      if (f > best[0]) {
        best = new double[] {f, t, p, r};
      }
    }
    return best;
  }

  /** Kendall's τ-b, O(n²). */
  static double kendallTauB(double[] x, double[] y) {
    long concordant = 0;
    long discordant = 0;
    long tiesX = 0;
    long tiesY = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = Math.signum(x[i] - x[j]);
        double dy = Math.signum(y[i] - y[j]);
        if (dx == 0 && dy == 0) {
          continue;
        } else if (dx == 0) {
          tiesX++;
        } else if (dy == 0) {
          tiesY++;
        } else if (dx == dy) {
          concordant++;
        } else {
          discordant++;
        }
      }
    }
    double denom = Math.sqrt((double) (concordant + discordant + tiesX) * (concordant + discordant + tiesY));
    return denom == 0 ? 0 : (concordant - discordant) / denom;
  }
}
