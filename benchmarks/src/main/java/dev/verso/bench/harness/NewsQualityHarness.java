package dev.verso.bench.harness;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.metric.builtin.coverage.ConsensusModel;
import dev.verso.metric.builtin.coverage.OmissionModel;
import dev.verso.model.Document;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures OMISSION and COVERAGE the way users run them when comparing systems: each source
 * sentence is one document and every system that translated it is a system of that document, so
 * OMISSION sees the other systems as pseudo-references.
 *
 * <p>TED (omission labels): ROC-AUC of the segment's OMISSION score against the label, and precision
 * of segments with a major OMITTED_* / MISSING_* finding, on the held-out half (odd source positions
 * in sorted talk/segment order; the even half is for fitting), with all 15 systems and with 5 systems
 * per source drawn at random (seeded), as on news. News (MQM scores, no omission labels): Kendall τ-b
 * of 1 − OMISSION and of COVERAGE against the MQM score over every segment, and the mean of τ within
 * each source. The human translation {@code ref-A} is not a system unless {@code --with-ref}.
 *
 * <p>{@code --fit} fits the consensus model on the TED fitting half and chooses the two gates there.
 *
 * <p>{@code --unseen FILE} measures instead a labelled set in the TED schema that nothing was chosen on, such as
 * the WMT23 news side-by-side MQM ratings converted by {@code benchmarks/scripts/mqm_sxs_to_jsonl.py}.
 *
 * <p>{@code --major P} sets OMISSION's {@code majorProbability} (to read a gate on a labelled set).
 *
 * <p>Usage: {@code benchmarks/run.sh --harness NewsQualityHarness [--fit] [--with-ref] [--unseen FILE] [--major P] [--learnt LEXICON.tsv] [--coverage-option NAME=VALUE]...}.
 */
public final class NewsQualityHarness {
  private NewsQualityHarness() {}

  private record Row(String source, String system, String src, String tgt, boolean omission, double mqm, int omissionRaters) {}

  /** What the metrics said about one row. */
  private record Out(double omission, double single, double coverage, double[] feats, double lengthVsOthers, double chrf,
      boolean majorFinding, boolean anyFinding, double beadP, java.util.Set<String> majorChecks) {}

  public static void main(String[] args) throws IOException {
    Path ted = Path.of("../shared/data/omission/ted21_zhen_omission_dev.jsonl");
    Path news = Path.of("../shared/data/quality/wmt21_news_zhen_mqm_dev.jsonl");
    boolean fit = false;
    boolean withRef = false;
    boolean lexicon = false;
    Path unseen = null;
    String major = null;
    String learnt = null;
    Map<String, String> coverageOptions = new TreeMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--learnt") && i + 1 < args.length) {
        learnt = args[++i];
      }
      if (args[i].equals("--coverage-option") && i + 1 < args.length) {
        String[] kv = args[++i].split("=", 2);
        coverageOptions.put(kv[0], kv.length > 1 ? kv[1] : "");
      }
      fit |= args[i].equals("--fit");
      withRef |= args[i].equals("--with-ref");
      lexicon |= args[i].equals("--lexicon");
      if (args[i].equals("--unseen") && i + 1 < args.length) {
        unseen = Path.of(args[++i]);
      }
      if (args[i].equals("--major") && i + 1 < args.length) {
        major = args[++i];
      }
    }
    for (Path p : List.of(ted, news)) {
      if (!Files.isRegularFile(p)) {
        System.err.println("no data at " + p.toAbsolutePath());
        System.exit(2);
      }
    }
    Map<String, Map<String, String>> opts = new TreeMap<>();
    Map<String, String> om = new TreeMap<>();
    if (fit) {
      om.put("minProbability", "0");
      om.put("majorProbability", "0");
    }
    if (major != null) {
      om.put("majorProbability", major);
    }
    if (learnt != null) {
      // the shipped metric with a lexicon learnt by `verso evaluate --learn-lexicon`
      coverageOptions.put("lexicon", learnt);
    }
    // options COVERAGE and OMISSION share, given to both
    om.putAll(coverageOptions);
    opts.put("COVERAGE", new TreeMap<>(coverageOptions));
    opts.put("OMISSION", om);
    Map<String, String> single = new TreeMap<>(om);
    single.put("consensus", "false");
    List<Metric> ms = MetricRegistry.load().create(List.of("COVERAGE", "OMISSION"), opts);
    Metric cov = ms.get(0);
    Metric omission = ms.get(1);
    Metric singleOmission = MetricRegistry.load().create(List.of("OMISSION"), Map.of("OMISSION", single)).get(0);

    if (unseen != null && lexicon) {
      // the learnt-lexicon experiment on the labelled set: fitted on the even half, read on the odd
      List<Row> rows = read(unseen, true, true);
      List<Out> outs = run(rows, cov, omission, singleOmission);
      for (int min = 1; min <= 2; min++) {
        int m = min;
        System.out.printf("%n%s, label: omission marked by at least %d rater(s)%n", unseen.getFileName(), min);
        LearntLexiconExperiment.run(rows.stream().map(Row::source).toList(), rows.stream().map(Row::src).toList(),
            rows.stream().map(Row::tgt).toList(), rows.stream().map(r -> r.omissionRaters() >= m).toList(),
            outs.stream().map(Out::feats).toList());
      }
      return;
    }
    if (unseen != null) {
      List<Row> rows = read(unseen, true, true);
      for (int systems : new int[] {Integer.MAX_VALUE, 5}) {
        if (systems == 5 && major != null) {
          break;
        }
        List<Row> use = systems == Integer.MAX_VALUE ? rows : subsample(rows, systems);
        List<Out> outs = run(use, cov, omission, singleOmission);
        System.out.printf("%n%s, %s systems per source: %d segments%n", unseen.getFileName(),
            systems == Integer.MAX_VALUE ? "all" : String.valueOf(systems), use.size());
        unseenReport(use, outs);
        System.out.print(cpuLine);
      }
      return;
    }
    List<Row> tedRows = read(ted, true, true);
    if (lexicon) {
      List<Out> outs = run(tedRows, cov, omission, singleOmission);
      LearntLexiconExperiment.run(tedRows.stream().map(Row::source).toList(), tedRows.stream().map(Row::src).toList(),
          tedRows.stream().map(Row::tgt).toList(), tedRows.stream().map(Row::omission).toList(),
          outs.stream().map(Out::feats).toList());
      return;
    }
    for (int systems : new int[] {15, 5}) {
      List<Row> rows = systems == 15 ? tedRows : subsample(tedRows, systems);
      long t0 = System.nanoTime();
      List<Out> outs = run(rows, cov, omission, singleOmission);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf("%nTED, %s systems per source: %d segments, %.1f s%n", systems == 15 ? "all 15" : String.valueOf(systems), rows.size(), secs);
      tedReport(rows, outs, fit && systems == 15);
      System.out.print(cpuLine);
    }
    List<Row> newsRows = read(news, false, withRef);
    long t0 = System.nanoTime();
    List<Out> outs = run(newsRows, cov, omission, singleOmission);
    System.out.printf("%nNews (%s): %d segments, %.1f s%n", withRef ? "ref-A counted as a system" : "MT systems only", newsRows.size(),
        (System.nanoTime() - t0) / 1e9);
    newsReport(newsRows, outs);
    System.out.print(cpuLine);
  }

  private static List<Row> subsample(List<Row> rows, int k) {
    Map<String, List<Row>> by = new TreeMap<>();
    for (Row r : rows) {
      by.computeIfAbsent(r.source(), x -> new ArrayList<>()).add(r);
    }
    List<Row> out = new ArrayList<>();
    int s = 0;
    for (List<Row> g : by.values()) {
      List<Row> copy = new ArrayList<>(g);
      java.util.Collections.shuffle(copy, new java.util.Random(1000 + s++));
      out.addAll(copy.subList(0, Math.min(k, copy.size())));
    }
    return out;
  }

  private static List<Out> run(List<Row> rows, Metric cov, Metric omission, Metric singleOmission) {
    Map<String, List<Integer>> by = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      by.computeIfAbsent(rows.get(i).source(), x -> new ArrayList<>()).add(i);
    }
    Out[] out = new Out[rows.size()];
    for (var e : by.entrySet()) {
      Map<String, Passage> tr = new TreeMap<>();
      Row first = rows.get(e.getValue().get(0));
      for (int i : e.getValue()) {
        tr.put(rows.get(i).system(), new Passage(null, rows.get(i).tgt(), "en"));
      }
      Document d = new Document(e.getKey(), new Passage(null, first.src(), "zh"), tr, Map.of(), List.of(), Map.of(), List.of(), true, Map.of());
      Map<Object, Object> cache = new ConcurrentHashMap<>();
      // COVERAGE of every system first (analysis and alignment included), so that OMISSION's own cost shows apart
      Map<Integer, Measurement> covs = new TreeMap<>();
      long c0 = CPU.getCurrentThreadCpuTime();
      for (int i : e.getValue()) {
        covs.put(i, cov.measure(EvaluationContext.in(d, rows.get(i).system(), cache)));
      }
      cpu[0] += CPU.getCurrentThreadCpuTime() - c0;
      for (int i : e.getValue()) {
        EvaluationContext ctx = EvaluationContext.in(d, rows.get(i).system(), cache);
        Measurement c = covs.get(i);
        long c1 = CPU.getCurrentThreadCpuTime();
        Measurement o = omission.measure(ctx);
        long c2 = CPU.getCurrentThreadCpuTime();
        Measurement s = singleOmission.measure(ctx);
        cpu[1] += c2 - c1;
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> beads = (List<Map<String, Object>>) o.details().get("beads");
        double[] f = null;
        double lv = 0;
        double chrf = 1;
        double beadP = beads.isEmpty() ? 0 : num(beads.get(0), "probability");
        if (beads.size() == 1 && beads.get(0).containsKey("chrfVsOthers")) {
          Map<String, Object> b = beads.get(0);
          double[] sf = OmissionModel.features(num(b, "uncovered"), num(b, "total"), num(b, "longestRun"), num(b, "uncoveredAnchors"),
              (int) num(b, "unmatchedTarget"), (int) num(b, "srcChars"), (int) num(b, "tgtChars"));
          lv = num(b, "lengthVsOthers");
          chrf = num(b, "chrfVsOthers");
          f = ConsensusModel.features(sf, num(b, "consensusMissing"), lv, chrf);
        }
        boolean major = false;
        boolean any = false;
        java.util.Set<String> majorChecks = new java.util.TreeSet<>();
        for (Finding x : o.findings()) {
          if (x.type() == IssueType.OMISSION) {
            any = true;
            major |= x.severity() == Severity.MAJOR;
            if (x.severity() == Severity.MAJOR) {
              majorChecks.add(x.check());
            }
          }
        }
        double share = c.applicable() ? cov.score(c.stats()) : 1.0;
        out[i] = new Out(omission.score(o.stats()), singleOmission.score(s.stats()), Double.isNaN(share) ? 1.0 : share, f, lv, chrf,
            major, any, beadP, majorChecks);
      }
    }
    cpuLine = String.format("  CPU per segment: COVERAGE (analysis and alignment included) %.2f ms, OMISSION on top of it %.2f ms%n",
        cpu[0] / 1e6 / rows.size(), cpu[1] / 1e6 / rows.size());
    cpu[0] = 0;
    cpu[1] = 0;
    return List.of(out);
  }

  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  private static final long[] cpu = new long[2];
  private static String cpuLine = "";

  private static void tedReport(List<Row> rows, List<Out> outs, boolean fit) {
    int n = rows.size();
    List<String> sources = rows.stream().map(Row::source).distinct().sorted().toList();
    Map<String, Integer> index = new java.util.HashMap<>();
    for (String s : sources) {
      index.put(s, index.size());
    }
    boolean[] held = new boolean[n];
    boolean[] label = new boolean[n];
    for (int i = 0; i < n; i++) {
      held[i] = index.get(rows.get(i).source()) % 2 == 1;
      label[i] = rows.get(i).omission();
    }
    boolean[] fitting = new boolean[n];
    for (int i = 0; i < n; i++) {
      fitting[i] = !held[i];
    }
    if (fit) {
      boolean[] use = new boolean[n];
      double[][] x = new double[n][];
      for (int i = 0; i < n; i++) {
        x[i] = outs.get(i).feats();
        use[i] = fitting[i] && x[i] != null;
      }
      double[] w = OmissionHarness.fitLogistic(x, label, use, 1.0);
      StringBuilder b = new StringBuilder("  fitted ConsensusModel (fitting half): {");
      for (int k = 0; k < w.length; k++) {
        b.append(k == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.4f", w[k]));
      }
      System.out.println(b.append("}"));
      double[] pf = new double[n];
      for (int i = 0; i < n; i++) {
        pf[i] = x[i] == null ? outs.get(i).omission() : OmissionModel.probability(x[i], w);
      }
      System.out.printf("  refitted model: AUC fitting %.3f, held-out %.3f%n", OmissionHarness.auc(pick(pf, fitting), pick(label, fitting)),
          OmissionHarness.auc(pick(pf, held), pick(label, held)));
      // which evidence pays: the same fit on subsets of the features, reported on the held-out half
      int[][] subsets = {{0, 1, 2, 3, 4, 5, 6}, {0, 1, 2, 3, 4, 5, 6, 7}, {0, 1, 2, 3, 4, 5, 6, 8}, {0, 1, 2, 3, 4, 5, 6, 9},
          {0, 1, 2, 3, 4, 5, 6, 7, 8}, {7, 8, 9}, {8}, {9}, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}};
      for (int[] sub : subsets) {
        double[][] xs = new double[n][];
        for (int i = 0; i < n; i++) {
          if (x[i] != null) {
            xs[i] = new double[sub.length];
            for (int k = 0; k < sub.length; k++) {
              xs[i][k] = x[i][sub[k]];
            }
          }
        }
        double[] ws = OmissionHarness.fitLogistic(xs, label, use, 1.0);
        double[] ps = new double[n];
        for (int i = 0; i < n; i++) {
          ps[i] = xs[i] == null ? 0 : OmissionModel.probability(xs[i], ws);
        }
        StringBuilder names = new StringBuilder();
        for (int k : sub) {
          names.append(names.length() == 0 ? "" : " ").append(ConsensusModel.NAMES[k]);
        }
        System.out.printf("  subset [%s]: AUC fitting %.3f, held-out %.3f%n", names, OmissionHarness.auc(pick(ps, fitting), pick(label, fitting)),
            OmissionHarness.auc(pick(ps, held), pick(label, held)));
      }
      // gates on the fitting half, with the shipped probabilities (rerun after pasting the coefficients)
      double[] p = outs.stream().mapToDouble(Out::omission).toArray();
      double bestF = -1;
      double bestGate = 0;
      double precisionGate = Double.NaN;
      for (double g = 0.01; g <= 0.9; g += 0.01) {
        int flagged = 0;
        int tp = 0;
        int pos = 0;
        int flaggedMajor = 0;
        int tpMajor = 0;
        for (int i = 0; i < n; i++) {
          if (!fitting[i]) {
            continue;
          }
          pos += label[i] ? 1 : 0;
          if (p[i] >= g && outs.get(i).anyFinding()) {
            flagged++;
            tp += label[i] ? 1 : 0;
          }
          if (p[i] >= g && outs.get(i).majorFinding()) {
            flaggedMajor++;
            tpMajor += label[i] ? 1 : 0;
          }
        }
        double prec = flagged == 0 ? 0 : tp / (double) flagged;
        double rec = pos == 0 ? 0 : tp / (double) pos;
        double f05 = prec + rec == 0 ? 0 : 1.25 * prec * rec / (0.25 * prec + rec);
        if (f05 > bestF) {
          bestF = f05;
          bestGate = g;
        }
        if (Double.isNaN(precisionGate) && flaggedMajor >= 20 && tpMajor / (double) flaggedMajor >= 0.3) {
          precisionGate = g;
        }
        System.out.printf(java.util.Locale.ROOT, "    gate %.2f: flagged %d P %.3f R %.3f F0.5 %.3f | major %d P %.3f%n", g, flagged, prec, rec, f05,
            flaggedMajor, flaggedMajor == 0 ? 0 : tpMajor / (double) flaggedMajor);
      }
      System.out.printf("  fitting half: best F0.5 gate %.2f (%.3f); first gate with major precision >= 0.30 (20+ segments): %.2f%n", bestGate,
          bestF, precisionGate);
    }
    for (String half : List.of("held-out", "fitting")) {
      boolean[] in = half.equals("held-out") ? held : fitting;
      boolean[] y = pick(label, in);
      System.out.printf("  %s half: %d segments, %d labelled (base rate %.3f)%n", half, count(in), count(y), count(y) / (double) count(in));
      line("OMISSION (consensus)", outs.stream().mapToDouble(Out::omission).toArray(), label, in);
      line("OMISSION consensus=false", outs.stream().mapToDouble(Out::single).toArray(), label, in);
      line("1 - COVERAGE", outs.stream().mapToDouble(o -> 1 - o.coverage()).toArray(), label, in);
      line("shorter than the others", outs.stream().mapToDouble(o -> -o.lengthVsOthers()).toArray(), label, in);
      line("1 - chrF vs the others", outs.stream().mapToDouble(o -> 1 - o.chrf()).toArray(), label, in);
      int maj = 0;
      int majTp = 0;
      int any = 0;
      int anyTp = 0;
      for (int i = 0; i < n; i++) {
        if (in[i] && outs.get(i).majorFinding()) {
          maj++;
          majTp += label[i] ? 1 : 0;
        }
        if (in[i] && outs.get(i).anyFinding()) {
          any++;
          anyTp += label[i] ? 1 : 0;
        }
      }
      System.out.printf("    segments with a major omission finding: %d, precision %.3f; with any: %d, precision %.3f, recall %.3f%n", maj,
          maj == 0 ? 0 : majTp / (double) maj, any, any == 0 ? 0 : anyTp / (double) any, anyTp / (double) count(y));
      double[] mqm = rows.stream().mapToDouble(Row::mqm).toArray();
      System.out.printf("    Kendall tau-b vs MQM: 1 - OMISSION %.3f, COVERAGE %.3f%n",
          OmissionHarness.kendallTauB(pick(outs.stream().mapToDouble(o -> 1 - o.omission()).toArray(), in), pick(mqm, in)),
          OmissionHarness.kendallTauB(pick(outs.stream().mapToDouble(Out::coverage).toArray(), in), pick(mqm, in)));
    }
  }

  /**
   * A labelled set used only for testing (nothing is chosen on it): every segment counts, with the
   * label "at least one rater marked an omission" and, where there are several raters, "at least two".
   */
  private static void unseenReport(List<Row> rows, List<Out> outs) {
    int n = rows.size();
    boolean[] all = new boolean[n];
    java.util.Arrays.fill(all, true);
    int maxRaters = rows.stream().mapToInt(Row::omissionRaters).max().orElse(0);
    for (int min = 1; min <= Math.min(2, Math.max(1, maxRaters)); min++) {
      boolean[] label = new boolean[n];
      for (int i = 0; i < n; i++) {
        label[i] = rows.get(i).omissionRaters() >= min;
      }
      System.out.printf("  label: omission marked by at least %d rater(s): %d of %d segments (base rate %.3f)%n", min, count(label), n,
          count(label) / (double) n);
      line("OMISSION (consensus)", outs.stream().mapToDouble(Out::omission).toArray(), label, all);
      line("OMISSION consensus=false", outs.stream().mapToDouble(Out::single).toArray(), label, all);
      line("1 - COVERAGE", outs.stream().mapToDouble(o -> 1 - o.coverage()).toArray(), label, all);
      line("shorter than the others", outs.stream().mapToDouble(o -> -o.lengthVsOthers()).toArray(), label, all);
      line("1 - chrF vs the others", outs.stream().mapToDouble(o -> 1 - o.chrf()).toArray(), label, all);
      line("length ratio (src/tgt chars)", rows.stream().mapToDouble(r -> r.src().length() / (double) Math.max(1, r.tgt().length())).toArray(),
          label, all);
      int maj = 0;
      int majTp = 0;
      int any = 0;
      int anyTp = 0;
      for (int i = 0; i < n; i++) {
        if (outs.get(i).majorFinding()) {
          maj++;
          majTp += label[i] ? 1 : 0;
        }
        if (outs.get(i).anyFinding()) {
          any++;
          anyTp += label[i] ? 1 : 0;
        }
      }
      System.out.printf("    segments with a major omission finding: %d, precision %.3f, recall %.3f; with any: %d, precision %.3f, recall %.3f%n",
          maj, maj == 0 ? 0 : majTp / (double) maj, majTp / (double) count(label), any, any == 0 ? 0 : anyTp / (double) any,
          anyTp / (double) count(label));
      List<String> sourceOrder = rows.stream().map(Row::source).distinct().sorted().toList();
      Map<String, Integer> position = new java.util.HashMap<>();
      for (String src : sourceOrder) {
        position.put(src, position.size());
      }
      int[] halfMaj = new int[2];
      int[] halfTp = new int[2];
      for (int i = 0; i < n; i++) {
        if (outs.get(i).majorFinding()) {
          int h = position.get(rows.get(i).source()) % 2;
          halfMaj[h]++;
          halfTp[h] += label[i] ? 1 : 0;
        }
      }
      System.out.printf("      by half of the sources: even %d, precision %.3f; odd %d, precision %.3f%n", halfMaj[0],
          halfTp[0] / (double) Math.max(1, halfMaj[0]), halfMaj[1], halfTp[1] / (double) Math.max(1, halfMaj[1]));
      Map<String, int[]> byCheck = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        for (String c : outs.get(i).majorChecks()) {
          int[] t = byCheck.computeIfAbsent(c, x -> new int[2]);
          t[0]++;
          t[1] += label[i] ? 1 : 0;
        }
      }
      byCheck.forEach((c, t) -> System.out.printf("      segments with a major %s: %d, precision %.3f%n", c, t[0], t[1] / (double) t[0]));
      gateSweep(rows, outs, label);
    }
    newsReport(rows, outs);
  }

  /**
   * Precision and count of the segments with a major finding whose OMISSION score reaches each
   * gate, on the even and the odd half of the sources (sorted), to choose a gate on one half and
   * read it on the other.
   */
  private static void gateSweep(List<Row> rows, List<Out> outs, boolean[] label) {
    List<String> sources = rows.stream().map(Row::source).distinct().sorted().toList();
    Map<String, Integer> index = new java.util.HashMap<>();
    for (String s : sources) {
      index.put(s, index.size());
    }
    for (double g = 0.1; g < 0.91; g += 0.1) {
      int[] flagged = new int[2];
      int[] tp = new int[2];
      for (int i = 0; i < rows.size(); i++) {
        int half = index.get(rows.get(i).source()) % 2;
        if (outs.get(i).majorFinding() && outs.get(i).omission() >= g) {
          flagged[half]++;
          tp[half] += label[i] ? 1 : 0;
        }
      }
      System.out.printf(java.util.Locale.ROOT, "      document score >= %.1f and a major finding: even half %d P %.3f, odd half %d P %.3f%n", g,
          flagged[0], tp[0] / (double) Math.max(1, flagged[0]), flagged[1], tp[1] / (double) Math.max(1, flagged[1]));
    }
  }

  private static void line(String name, double[] score, boolean[] label, boolean[] in) {
    System.out.printf("    ROC-AUC %-28s %.3f%n", name, OmissionHarness.auc(pick(score, in), pick(label, in)));
  }

  private static void newsReport(List<Row> rows, List<Out> outs) {
    int n = rows.size();
    double[] mqm = rows.stream().mapToDouble(Row::mqm).toArray();
    Map<String, double[]> scores = new LinkedHashMap<>();
    scores.put("1 - OMISSION (consensus)", outs.stream().mapToDouble(o -> 1 - o.omission()).toArray());
    scores.put("1 - OMISSION consensus=false", outs.stream().mapToDouble(o -> 1 - o.single()).toArray());
    scores.put("COVERAGE", outs.stream().mapToDouble(Out::coverage).toArray());
    scores.put("length vs the others", outs.stream().mapToDouble(Out::lengthVsOthers).toArray());
    scores.put("chrF vs the others", outs.stream().mapToDouble(Out::chrf).toArray());
    int major = 0;
    int any = 0;
    for (Out o : outs) {
      major += o.majorFinding() ? 1 : 0;
      any += o.anyFinding() ? 1 : 0;
    }
    System.out.printf("  segments with a major omission finding: %d (%.1f%%), with any: %d%n", major, 100.0 * major / n, any);
    for (var e : scores.entrySet()) {
      double tau = OmissionHarness.kendallTauB(e.getValue(), mqm);
      // mean tau within each source (systems of one document ranked against each other)
      Map<String, List<Integer>> by = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        by.computeIfAbsent(rows.get(i).source(), x -> new ArrayList<>()).add(i);
      }
      double sum = 0;
      int cnt = 0;
      for (List<Integer> g : by.values()) {
        double[] a = g.stream().mapToDouble(i -> e.getValue()[i]).toArray();
        double[] b = g.stream().mapToDouble(i -> mqm[i]).toArray();
        double t = OmissionHarness.kendallTauB(a, b);
        if (!Double.isNaN(t)) {
          sum += t;
          cnt++;
        }
      }
      System.out.printf("    Kendall tau-b vs MQM, %-30s all segments %.3f, mean within source %.3f (%d sources)%n", e.getKey(), tau,
          sum / cnt, cnt);
    }
  }

  private static double num(Map<String, Object> m, String k) {
    Object v = m.get(k);
    return v instanceof Number x ? x.doubleValue() : 0;
  }

  private static int count(boolean[] x) {
    int c = 0;
    for (boolean b : x) {
      c += b ? 1 : 0;
    }
    return c;
  }

  private static double[] pick(double[] x, boolean[] in) {
    double[] out = new double[count(in)];
    for (int i = 0, j = 0; i < x.length; i++) {
      if (in[i]) {
        out[j++] = x[i];
      }
    }
    return out;
  }

  private static boolean[] pick(boolean[] x, boolean[] in) {
    boolean[] out = new boolean[count(in)];
    for (int i = 0, j = 0; i < x.length; i++) {
      if (in[i]) {
        out[j++] = x[i];
      }
    }
    return out;
  }

  private static List<Row> read(Path file, boolean ted, boolean withRef) throws IOException {
    ObjectMapper json = JsonMapper.builder().build();
    List<Row> out = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String system = n.get("system").asString();
        if (!ted && !withRef && system.equals("ref-A")) {
          continue;
        }
        String source = ted ? n.get("doc").asString() + "#" + String.format("%05d", n.get("seg").asInt())
            : "news#" + String.format("%05d", n.get("seg").asInt());
        JsonNode tgt = n.get("tgt");
        if (tgt == null || tgt.isNull()) {
          System.err.println(file + ":" + lineNo + ": no tgt, skipped");
          continue;
        }
        boolean omitted = ted && n.get("omission").asBoolean();
        JsonNode raters = n.get("omission_raters");
        out.add(new Row(source, system, n.get("src").asString(), tgt.asString(), omitted, n.get("mqm_score").asDouble(),
            raters != null && raters.isNumber() ? raters.asInt() : omitted ? 1 : 0));
      }
    }
    return out;
  }
}
