package dev.verso.bench.harness;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.metric.builtin.coverage.OmissionModel;
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
 * <p>The segments are split by source segment (all systems' translations of one source sentence
 * together): even positions in sorted (talk, segment) order are the fitting half, odd ones the
 * held-out half, on which the shipped probability and findings are reported. {@code --fit} runs
 * COVERAGE with {@code minProbability=0}, fits the logistic {@code OmissionModel} on the fitting
 * half, prints its coefficients, chooses the {@code minProbability} gate there (best F0.5 of
 * flagged segments) and reports both on the held-out half.
 *
 * <p>Usage: {@code benchmarks/run.sh --harness OmissionHarness [FILE] [--fit] [--show CHECK]} (--show prints up to 25 segments flagged by CHECK); default
 * {@code ../shared/data/omission/ted21_zhen_omission_dev.jsonl}.
 */
public final class OmissionHarness {
  private OmissionHarness() {}

  private record Seg(String doc, int seg, String src, String tgt, boolean omission, List<int[]> spans, double mqm) {
    String source() {
      return doc + "#" + String.format("%05d", seg);
    }
  }

  public static void main(String[] args) throws IOException {
    Path file = Path.of("../shared/data/omission/ted21_zhen_omission_dev.jsonl");
    String show = null;
    boolean fit = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--fit")) {
        fit = true;
      } else if (args[i].equals("--show")) {
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
    // --fit reports every candidate finding (minProbability 0) so that the gate can be chosen here
    // COVERAGE's own omission findings (OMISSION reports them by default; NewsQualityHarness measures those)
    Metric m = MetricRegistry.load().create(List.of("COVERAGE"),
        fit ? Map.of("COVERAGE", Map.of("minProbability", "0", "omissionFindings", "true"))
            : Map.of("COVERAGE", Map.of("omissionFindings", "true"))).get(0);
    int n = segs.size();
    // source segments (talk and segment number; all systems' translations of one source together)
    // in sorted order: even index = fitting half, odd index = held-out half
    List<String> sources = segs.stream().map(Seg::source).distinct().sorted().toList();
    Map<String, Integer> sourceIndex = new java.util.HashMap<>();
    for (String x : sources) {
      sourceIndex.put(x, sourceIndex.size());
    }
    boolean[] heldOut = new boolean[n];
    double[][] feats = new double[n][];
    double[] prior = new double[n];
    boolean[] anyOmission = new boolean[n];
    List<java.util.Set<String>> checksOf = new ArrayList<>();
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
          Map.of(), List.of(), Map.of(), List.of(), true, Map.of());
      Measurement r = m.measure(EvaluationContext.of(d, "mt"));
      label[i] = s.omission();
      mqm[i] = s.mqm();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> beads = (List<Map<String, Object>>) r.details().get("beads");
      Map<String, Object> b = beads.isEmpty() ? Map.of() : beads.get(0);
      prob[i] = ((Number) b.getOrDefault("omissionProbability", 0.0)).doubleValue();
      double cov = ((Number) b.getOrDefault("covered", 0.0)).doubleValue();
      double tot = ((Number) b.getOrDefault("total", 0.0)).doubleValue();
      heldOut[i] = sourceIndex.get(s.source()) % 2 == 1;
      prior[i] = (tot - cov) / (tot - cov + 2.0);
      feats[i] = OmissionModel.features(tot - cov, tot, num(b, "longestRun"), num(b, "uncoveredAnchors"), (int) num(b, "unmatchedTarget"),
          OmissionModel.visible(s.src(), 0, s.src().length()), OmissionModel.visible(s.tgt(), 0, s.tgt().length()));
      if (beads.size() != 1 || b.get("tgt") instanceof List<?> l && l.isEmpty()) {
        feats[i] = null; // not one aligned bead: the probability is not the model's
      }
      java.util.Set<String> checks = new java.util.TreeSet<>();
      checksOf.add(checks);
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
        if (f.type() == IssueType.OMISSION) {
          checks.add(key);
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
      anyOmission[i] = any;
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
    System.out.printf("Kendall tau-b(1 - omissionProbability, MQM) %.4f%n", kendallTauB(negate(prob), mqm));

    int heldN = 0;
    for (boolean h : heldOut) {
      heldN += h ? 1 : 0;
    }
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    System.out.printf("%nheld-out half (odd source segments in sorted order): %d segments, %d labelled%n", heldN, count(label, heldOut));
    report("omissionProbability (shipped)", prob, label, heldOut);
    report("u / (u + 2) (earlier form)", prior, label, heldOut);
    report("length-ratio baseline", lengthScore, label, heldOut);
    System.out.printf("  Kendall tau-b(1 - omissionProbability, MQM) %.4f, (COVERAGE, MQM) %.4f%n",
        kendallTauB(negate(pick(prob, heldOut)), pick(mqm, heldOut)), kendallTauB(pick(coverage, heldOut), pick(mqm, heldOut)));
    flagged("flagged segments (findings as shipped)", anyOmission, checksOf, label, heldOut, prob, 0);
    if (fit) {
      boolean[] fitHalf = new boolean[n];
      for (int i = 0; i < n; i++) {
        fitHalf[i] = !heldOut[i] && feats[i] != null;
      }
      double[] w = fitLogistic(feats, label, fitHalf, 1.0);
      StringBuilder c = new StringBuilder();
      for (double x : w) {
        c.append(c.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", x));
      }
      System.out.println("\nfitted on the fitting half (intercept, " + String.join(", ", OmissionModel.NAMES) + "):");
      System.out.println("  {" + c + "}");
      double[] fitted = new double[n];
      for (int i = 0; i < n; i++) {
        fitted[i] = feats[i] == null ? prob[i] : OmissionModel.probability(feats[i], w);
      }
      boolean[] fitSide = new boolean[n];
      for (int i = 0; i < n; i++) {
        fitSide[i] = !heldOut[i];
      }
      // the fitting half's figure is the one to compare variants by; the held-out one is reported
      report("fitted model, FITTING half", fitted, label, fitSide);
      report("fitted model", fitted, label, heldOut);
      // the gate maximises F0.5 of "segment has an omission finding" on the fitting half: findings
      // are read by people, so precision counts twice as much as recall
      double bestGate = 0;
      double bestF = -1;
      System.out.println("gate  fitting half: flagged P R F0.5 | held-out half: flagged P R F0.5");
      for (int g = 0; g <= 60; g += 2) {
        double[] prf = flaggedPrf(anyOmission, checksOf, label, fitSide, fitted, g / 100.0);
        double[] ho = flaggedPrf(anyOmission, checksOf, label, heldOut, fitted, g / 100.0);
        System.out.printf("  %.2f  %5d %.4f %.4f %.4f | %5d %.4f %.4f %.4f%n", g / 100.0, (int) prf[3], prf[0], prf[1], f05(prf),
            (int) ho[3], ho[0], ho[1], f05(ho));
        if (f05(prf) > bestF) {
          bestF = f05(prf);
          bestGate = g / 100.0;
        }
      }
      System.out.printf("gate chosen on the fitting half: minProbability %.2f (F0.5 of flagged segments there %.4f)%n", bestGate, bestF);
      flagged("flagged segments with that gate", anyOmission, checksOf, label, heldOut, fitted, bestGate);
    }
  }

  /** The one kind of finding the minProbability option gates (see CoverageMetric). */
  private static final String GATED = "OMITTED_CONTENT minor";

  /** True when a segment has an omission finding the gate does not apply to. */
  private static boolean ungated(java.util.Set<String> checks) {
    return checks.stream().anyMatch(c -> !c.equals(GATED));
  }

  private static double f05(double[] prf) {
    return prf[0] + prf[1] == 0 ? 0 : 1.25 * prf[0] * prf[1] / (0.25 * prf[0] + prf[1]);
  }

  private static double num(Map<String, Object> b, String k) {
    return ((Number) b.getOrDefault(k, 0.0)).doubleValue();
  }

  private static int count(boolean[] x, boolean[] in) {
    int c = 0;
    for (int i = 0; i < x.length; i++) {
      c += x[i] && in[i] ? 1 : 0;
    }
    return c;
  }

  private static double[] pick(double[] x, boolean[] in) {
    return java.util.stream.IntStream.range(0, x.length).filter(i -> in[i]).mapToDouble(i -> x[i]).toArray();
  }

  private static boolean[] pick(boolean[] x, boolean[] in) {
    int[] idx = java.util.stream.IntStream.range(0, x.length).filter(i -> in[i]).toArray();
    boolean[] o = new boolean[idx.length];
    for (int k = 0; k < idx.length; k++) {
      o[k] = x[idx[k]];
    }
    return o;
  }

  private static void report(String name, double[] score, boolean[] label, boolean[] in) {
    double[] s = pick(score, in);
    boolean[] l = pick(label, in);
    double[] f = bestF1(s, l);
    System.out.printf("  %-32s ROC-AUC %.4f, best F1 %.4f at %.4f (P %.4f, R %.4f)%n", name, auc(s, l), f[0], f[1], f[2], f[3]);
  }

  /** {precision, recall, F1} of "has an omission finding and probability >= gate" on the segments in {@code in}. */
  private static double[] flaggedPrf(boolean[] any, List<java.util.Set<String>> checks, boolean[] label, boolean[] in, double[] p, double gate) {
    int tp = 0;
    int fp = 0;
    int pos = 0;
    for (int i = 0; i < any.length; i++) {
      if (!in[i]) {
        continue;
      }
      pos += label[i] ? 1 : 0;
      if (any[i] && (p[i] >= gate || ungated(checks.get(i)))) {
        tp += label[i] ? 1 : 0;
        fp += label[i] ? 0 : 1;
      }
    }
    double pr = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = pos == 0 ? 0 : (double) tp / pos;
    return new double[] {pr, r, pr + r == 0 ? 0 : 2 * pr * r / (pr + r), tp + fp};
  }

  private static void flagged(String title, boolean[] any, List<java.util.Set<String>> checks, boolean[] label, boolean[] heldOut,
      double[] p, double gate) {
    double[] prf = flaggedPrf(any, checks, label, heldOut, p, gate);
    System.out.printf("  %s, held-out half: %d flagged, precision %.4f, recall %.4f, F1 %.4f%n", title, (int) prf[3], prf[0], prf[1], prf[2]);
    Map<String, int[]> by = new java.util.TreeMap<>();
    for (int i = 0; i < any.length; i++) {
      if (heldOut[i]) {
        for (String c : checks.get(i)) {
          if (c.equals(GATED) && p[i] < gate) {
            continue;
          }
          int[] v = by.computeIfAbsent(c, k -> new int[2]);
          v[0]++;
          v[1] += label[i] ? 1 : 0;
        }
      }
    }
    by.forEach((k, v) -> System.out.printf("    %-32s %5d %5d (%.3f)%n", k, v[0], v[1], (double) v[1] / v[0]));
  }

  /** L2-regularised (not the intercept) logistic regression by Newton's method on the rows in {@code use}. */
  static double[] fitLogistic(double[][] x, boolean[] y, boolean[] use, double lambda) {
    int d = 0;
    for (int i = 0; i < x.length; i++) {
      if (use[i]) {
        d = x[i].length + 1;
        break;
      }
    }
    double[] w = new double[d];
    for (int iter = 0; iter < 50; iter++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        if (!use[i]) {
          continue;
        }
        double[] r = new double[d];
        r[0] = 1;
        System.arraycopy(x[i], 0, r, 1, d - 1);
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * r[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double e = (y[i] ? 1 : 0) - p;
        for (int a = 0; a < d; a++) {
          g[a] += e * r[a];
          for (int b = 0; b < d; b++) {
            h[a][b] += p * (1 - p) * r[a] * r[b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        g[a] -= lambda * w[a];
        h[a][a] += lambda;
      }
      double[] step = solve(h, g);
      double norm = 0;
      for (int a = 0; a < d; a++) {
        w[a] += step[a];
        norm += step[a] * step[a];
      }
      if (norm < 1e-12) {
        break;
      }
    }
    return w;
  }

  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = Arrays.copyOf(a0[i], n + 1);
      a[i][n] = b0[i];
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] t = a[c];
      a[c] = a[piv];
      a[piv] = t;
      for (int r = 0; r < n; r++) {
        if (r != c && a[c][c] != 0) {
          double f = a[r][c] / a[c][c];
          for (int k = c; k <= n; k++) {
            a[r][k] -= f * a[c][k];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
    }
    return x;
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
        out.add(new Seg(n.get("doc").asString(), n.get("seg").asInt(), n.get("src").asString(), n.get("tgt").asString(), n.get("omission").asBoolean(), spans,
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
