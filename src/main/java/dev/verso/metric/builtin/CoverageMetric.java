package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.metric.Alignments;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.coverage.BlockCoverage;
import dev.verso.metric.builtin.coverage.OmissionModel;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.Glossary;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.zh.ChineseNumerals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * COVERAGE: the weighted share of the source's content (content words and anchors) that has a
 * rendering in the aligned translation, bead by bead, with omission findings (dropped sentences,
 * dropped clauses, missing numbers, dates, names, organisations) and the reverse addition findings.
 * Statistics are {@code [covered weight, total weight]}; each bead's coverage and omission
 * probability are in the details. Applies only when the document has a source text.
 */
public final class CoverageMetric implements Metric {
  /** Metric id. */
  public static final String ID = "COVERAGE";

  /**
   * A run of two or more unrendered words is reported from this weight (unrendered anchors in it
   * count) …
   */
  static final double MIN_RUN_WEIGHT = 3.0;

  /** … and is major from this weight; one or two unmatched words are too often a paraphrase. */
  static final double MAJOR_RUN_WEIGHT = 4.0;

  /**
   * A sentence inside a many-sentence bead counts as dropped (or added) below this covered share…
   */
  static final double DROPPED_SHARE = 0.25;

  /** …when it weighs at least this much (three content words, or one anchor). */
  static final double MIN_SENTENCE_WEIGHT = 3.0;

  /**
   * Default of option {@code minProbability}: a minor dropped clause (run weight under {@link
   * #MAJOR_RUN_WEIGHT}) inside an aligned bead is reported only when the bead's omission
   * probability reaches it; missing anchors and major runs are facts of their own and always
   * reported. Chosen by the {@code OmissionHarness} ({@code --fit}) on the fitting half of the
   * development set.
   */
  static final double MIN_PROBABILITY = 0.06;

  private final double minProbability;
  private final boolean omissionFindings;

  private final Signature signature;
  private final BilingualLexicon terms;

  CoverageMetric(Options o) {
    this.signature = Signature.of(ID, o.asMap(), Version.VERSION);
    this.minProbability = o.number("minProbability");
    this.omissionFindings = o.bool("omissionFindings");
    if (!(minProbability >= 0 && minProbability <= 1)) {
      throw new IllegalArgumentException(
          "metric "
              + ID
              + ": option minProbability must be between 0 and 1, got "
              + o.string("minProbability"));
    }
    String files = o.string("files").trim();
    Glossary g = dev.verso.io.glossary.Glossaries.shared(files, ID);
    this.terms = new BilingualLexicon(g, null);
    this.coreKey = "coverage:core:" + files;
  }

  /**
   * The glossary terms of {@code srcRaw} inside {@code range}, each with whether {@code tgt}
   * renders it inside {@code near}: its acronym, or at least half the words of its approved
   * rendering.
   */
  private Map<Anchor, Boolean> termsOf(String srcRaw, Span range, AnalyzedText tgt, Span near) {
    if (terms.glossary().isEmpty() || range == null) {
      return Map.of();
    }
    Set<String> keys = new HashSet<>();
    Set<String> surface = new HashSet<>();
    if (near != null) {
      for (Token t : tgt.tokens()) {
        if (t.span().start() >= near.start() && t.span().end() <= near.end()) {
          keys.add(t.key());
          keys.addAll(BilingualLexicon.keysOf(t.text()));
          surface.add(t.text());
        }
      }
    }
    Map<Anchor, Boolean> out = new LinkedHashMap<>();
    for (BilingualLexicon.GlossaryHit h : terms.longestHits(srcRaw, true)) {
      if (h.span().start() < range.start() || h.span().end() > range.end()) {
        continue;
      }
      // coverage asks whether the term is rendered at all; whether with the approved wording is
      // GLOSSARY's question
      List<String> need = BilingualLexicon.keysOf(h.entry().target());
      long found = need.stream().filter(keys::contains).count();
      boolean rendered =
          (!need.isEmpty() && found * 2 >= need.size())
              || (!h.entry().acronym().isEmpty() && surface.contains(h.entry().acronym()));
      out.put(
          new Anchor(
              AnchorType.ORGANIZATION, h.span(), h.text(), h.entry().target(), BlockCoverage.TERM),
          rendered);
    }
    return out;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Signature signature() {
    return signature;
  }

  @Override
  public List<String> statNames() {
    return List.of("coveredWeight", "totalWeight");
  }

  /**
   * One bead as both COVERAGE and OMISSION read it.
   *
   * @param field the source field ({@code source.title} or {@code source.text})
   * @param key the bead index, or {@code "title"}
   * @param sr the source span, null for a 0-1 bead
   * @param tr the target span, null for a 1-0 bead
   * @param r the block's coverage, null for a 0-1 bead
   * @param srcChars non-space source characters
   * @param tgtChars non-space target characters
   * @param candidates the bead's omission findings before any gate
   * @param evidence the evidence map its findings carry
   */
  record BeadCore(
      String field,
      Object key,
      Span sr,
      Span tr,
      BlockCoverage.Result r,
      int srcChars,
      int tgtChars,
      List<Finding> candidates,
      Map<String, Object> evidence) {}

  /** Everything COVERAGE computes for one unit, cached per unit so that OMISSION reuses it. */
  record Core(
      double covered,
      double total,
      List<Finding> findings,
      Map<String, Object> details,
      List<BeadCore> beads,
      Map<Object, Double> probability) {}

  private final String coreKey;

  /**
   * The cached coverage of {@code unit} (null without a source); independent of the gate option.
   */
  Core core(EvaluationContext unit) {
    if (unit.source() == null) {
      return null;
    }
    return unit.shared(coreKey, this::compute);
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    Core c = core(unit);
    if (c == null) {
      return Measurement.notApplicable("no source text");
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : c.findings()) {
      if (!omissionFindings && f.type() == IssueType.OMISSION) {
        continue; // OMISSION reports them, gated by its probabilities
      }
      // a minor dropped clause only in a bead whose omission probability reaches the gate
      if (f.check().equals("OMITTED_CONTENT")
          && f.severity() == Severity.MINOR
          && c.probability().getOrDefault(f.evidence().get("bead"), 1.0) < minProbability) {
        continue;
      }
      out.add(f);
    }
    return new Measurement(new double[] {c.covered(), c.total()}, out, c.details(), null);
  }

  private Core compute(EvaluationContext unit) {
    Alignment a = Alignments.of(unit);
    List<BeadCore> cores = new ArrayList<>();
    Map<Object, Double> probs = new LinkedHashMap<>();
    TextAnalyzer analyzer = TextAnalyzer.shared();
    BilingualLexicon lexicon = analyzer.lexicon();
    AnchorMatcher matcher = analyzer.matcher();
    AnalyzedText src = Alignments.source(unit);
    AnalyzedText tgt = Alignments.translation(unit);
    List<Finding> findings = new ArrayList<>();
    List<Map<String, Object>> beads = new ArrayList<>();
    double covered = 0;
    double total = 0;

    String srcTitle = unit.source().title();
    String tgtTitle = unit.translation().title();
    Map<String, Object> details = new LinkedHashMap<>();
    if (srcTitle != null && !srcTitle.isBlank() && tgtTitle != null && !tgtTitle.isBlank()) {
      AnalyzedText st =
          unit.documentShared(
              "analysis:source.title", d -> analyzer.analyze(srcTitle, d.source().lang()));
      AnalyzedText tt =
          unit.shared(
              "analysis:translation.title",
              u -> analyzer.analyze(tgtTitle, u.translation().lang()));
      Span sr = new Span(0, srcTitle.length());
      Span tr = new Span(0, tgtTitle.length());
      BlockCoverage.Result r =
          BlockCoverage.measure(
              st, sr, tt, tr, tr, lexicon, matcher, termsOf(srcTitle, sr, tt, tr));
      covered += r.covered();
      total += r.total();
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("bead", "title");
      double p =
          OmissionModel.probability(
              r,
              OmissionModel.visible(srcTitle, 0, srcTitle.length()),
              OmissionModel.visible(tgtTitle, 0, tgtTitle.length()));
      int before = findings.size();
      report(r, Fields.SOURCE_TITLE, ev, "the translated title", List.of(), true, findings);
      cores.add(
          new BeadCore(
              Fields.SOURCE_TITLE,
              "title",
              sr,
              tr,
              r,
              OmissionModel.visible(srcTitle, 0, srcTitle.length()),
              OmissionModel.visible(tgtTitle, 0, tgtTitle.length()),
              List.copyOf(findings.subList(before, findings.size())),
              ev));
      probs.put("title", p);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("covered", dev.verso.model.Rounding.to4(r.covered()));
      m.put("total", dev.verso.model.Rounding.to4(r.total()));
      m.put("coverage", dev.verso.model.Rounding.to4(r.share()));
      m.put("omissionProbability", dev.verso.model.Rounding.to4(p));
      features(r, m);
      details.put("title", m);
    }

    List<Bead> list = a.beads();
    for (int k = 0; k < list.size(); k++) {
      Bead b = list.get(k);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("src", b.src());
      m.put("tgt", b.tgt());
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("bead", k);
      ev.put("src", b.src());
      ev.put("tgt", b.tgt());
      Span sr = range(a.srcSpans(), b.srcStart(), b.srcEnd());
      Span tr = range(a.tgtSpans(), b.tgtStart(), b.tgtEnd());
      double p;
      int before = findings.size();
      BlockCoverage.Result rb = null;
      if (b.srcCount() == 0) {
        // 0-1: an added sentence
        int words = contentWords(tgt, tr);
        findings.add(
            new Finding(
                "ADDED_CONTENT",
                IssueType.ADDITION,
                words >= 3 ? Severity.MAJOR : Severity.MINOR,
                Fields.TRANSLATION_TEXT,
                tr,
                "This translated sentence has no counterpart in the source ("
                    + words
                    + " content word(s))",
                List.of(),
                ev));
        m.put("covered", 0.0);
        m.put("total", 0.0);
        m.put("coverage", 1.0);
        p = 0.0;
      } else if (b.tgtCount() == 0) {
        BlockCoverage.Result r =
            BlockCoverage.measure(
                src, sr, tgt, null, null, lexicon, matcher, termsOf(src.raw(), sr, tgt, null));
        rb = r;
        total += r.total();
        if (r.total() > 0) {
          findings.add(
              new Finding(
                  "OMITTED_SENTENCE",
                  IssueType.OMISSION,
                  Severity.MAJOR,
                  Fields.SOURCE_TEXT,
                  sr,
                  "This source sentence has no translation",
                  List.of(),
                  ev));
        }
        m.put("covered", 0.0);
        m.put("total", dev.verso.model.Rounding.to4(r.total()));
        m.put("coverage", r.total() == 0 ? 1.0 : 0.0);
        p = r.total() == 0 ? 0.0 : 1.0;
      } else {
        Span near =
            range(
                a.tgtSpans(),
                Math.max(0, b.tgtStart() - 1),
                Math.min(a.tgtSpans().size(), b.tgtEnd() + 1));
        BlockCoverage.Result r =
            BlockCoverage.measure(
                src, sr, tgt, tr, near, lexicon, matcher, termsOf(src.raw(), sr, tgt, near));
        rb = r;
        covered += r.covered();
        total += r.total();
        List<Span> dropped = new ArrayList<>();
        for (int i = b.srcStart(); b.srcCount() > 1 && i < b.srcEnd(); i++) {
          Span s = a.srcSpans().get(i);
          double cov = 0;
          double tot = 0;
          for (BlockCoverage.Item it : r.items()) {
            if (it.span().start() >= s.start() && it.span().end() <= s.end()) {
              tot += it.weight();
              cov += it.covered() ? it.weight() : 0;
            }
          }
          if (tot >= MIN_SENTENCE_WEIGHT && cov < tot * DROPPED_SHARE) {
            dropped.add(s);
            findings.add(
                new Finding(
                    "OMITTED_SENTENCE",
                    IssueType.OMISSION,
                    Severity.MAJOR,
                    Fields.SOURCE_TEXT,
                    s,
                    "This source sentence has (almost) no rendering in its aligned translation ("
                        + dev.verso.model.Rounding.to4(cov)
                        + " of "
                        + dev.verso.model.Rounding.to4(tot)
                        + " weight covered)",
                    List.of(),
                    ev));
          }
        }
        p =
            OmissionModel.probability(
                r,
                OmissionModel.visible(src.raw(), sr.start(), sr.end()),
                OmissionModel.visible(tgt.raw(), tr.start(), tr.end()));
        report(r, Fields.SOURCE_TEXT, ev, "its aligned translation", dropped, true, findings);
        Span srcNear =
            range(
                a.srcSpans(),
                Math.max(0, b.srcStart() - 1),
                Math.min(a.srcSpans().size(), b.srcEnd() + 1));
        added(src, srcNear, tgt, tr, lexicon, matcher, ev, findings);
        if (b.tgtCount() > 1) {
          Set<String> keys = sourceKeys(src, sr, lexicon);
          for (int j = b.tgtStart(); j < b.tgtEnd(); j++) {
            Span t = a.tgtSpans().get(j);
            int words = 0;
            int found = 0;
            for (Token tok : tgt.tokens()) {
              if (tok.span().start() >= t.start()
                  && tok.span().end() <= t.end()
                  && tok.kind() == Token.Kind.WORD
                  && !EnglishStemmer.isStopWord(tok.text().toLowerCase(Locale.ROOT))) {
                words++;
                found += keys.contains(tok.key()) ? 1 : 0;
              }
            }
            if (words >= MIN_SENTENCE_WEIGHT && found < words * DROPPED_SHARE) {
              findings.add(
                  new Finding(
                      "ADDED_CONTENT",
                      IssueType.ADDITION,
                      Severity.MAJOR,
                      Fields.TRANSLATION_TEXT,
                      t,
                      "This translated sentence has (almost) nothing in the aligned source ("
                          + found
                          + " of "
                          + words
                          + " content words found)",
                      List.of(),
                      ev));
            }
          }
        }
        m.put("covered", dev.verso.model.Rounding.to4(r.covered()));
        m.put("total", dev.verso.model.Rounding.to4(r.total()));
        m.put("coverage", dev.verso.model.Rounding.to4(r.share()));
        features(r, m);
      }
      m.put("omissionProbability", dev.verso.model.Rounding.to4(p));
      beads.add(m);
      List<Finding> mine = new ArrayList<>();
      for (Finding f : findings.subList(before, findings.size())) {
        if (f.type() == IssueType.OMISSION) {
          mine.add(f);
        }
      }
      cores.add(
          new BeadCore(
              Fields.SOURCE_TEXT,
              k,
              sr,
              tr,
              rb,
              sr == null ? 0 : OmissionModel.visible(src.raw(), sr.start(), sr.end()),
              tr == null ? 0 : OmissionModel.visible(tgt.raw(), tr.start(), tr.end()),
              List.copyOf(mine),
              ev));
      probs.put(k, p);
    }
    details.put("beads", beads);
    findings.sort(
        (x, y) -> {
          int c = x.field().compareTo(y.field());
          return c != 0 ? c : x.span().compareTo(y.span());
        });
    return new Core(covered, total, List.copyOf(findings), details, List.copyOf(cores), probs);
  }

  /** The quantities behind a block's omission probability, for the details. */
  private static void features(BlockCoverage.Result r, Map<String, Object> m) {
    m.put("longestRun", dev.verso.model.Rounding.to4(r.longestRun()));
    m.put("uncoveredAnchors", dev.verso.model.Rounding.to4(r.uncoveredAnchors()));
    m.put("unmatchedTarget", r.unmatchedTarget());
  }

  /**
   * Omission findings of one block: every unrendered anchor, and every run of unrendered words from
   * {@link #MIN_RUN_WEIGHT}; a run lighter than {@link #MAJOR_RUN_WEIGHT} only when {@code likely}
   * (the block's omission probability reaches the {@code minProbability} option).
   */
  private static void report(
      BlockCoverage.Result r,
      String field,
      Map<String, Object> ev,
      String where,
      List<Span> dropped,
      boolean likely,
      List<Finding> out) {
    for (BlockCoverage.Item it : r.items()) {
      if (it.covered() || it.anchor() == null) {
        continue;
      }
      Anchor an = it.anchor();
      boolean term = BlockCoverage.TERM.equals(an.detail());
      String check = term ? "MISSING_TERM" : missingCheck(an.type());
      Severity sev =
          an.type() == AnchorType.TIME || an.type() == AnchorType.LATIN
              ? Severity.MINOR
              : Severity.MAJOR;
      out.add(
          new Finding(
              check,
              IssueType.OMISSION,
              sev,
              field,
              it.span(),
              "\""
                  + an.text()
                  + "\" ("
                  + (term
                      ? "glossary term, approved rendering \"" + an.value() + "\""
                      : an.type().name().toLowerCase(Locale.ROOT))
                  + ") is not found in "
                  + where,
              List.of(),
              ev));
    }
    for (BlockCoverage.Run run : r.runs()) {
      if (run.weight() < MIN_RUN_WEIGHT
          || (!likely && run.weight() < MAJOR_RUN_WEIGHT)
          || run.words().size() < 2
          || dropped.stream()
              .anyMatch(d -> run.span().start() >= d.start() && run.span().end() <= d.end())) {
        continue;
      }
      out.add(
          new Finding(
              "OMITTED_CONTENT",
              IssueType.OMISSION,
              run.weight() >= MAJOR_RUN_WEIGHT ? Severity.MAJOR : Severity.MINOR,
              field,
              run.span(),
              "No rendering of " + String.join(" ", run.words()) + " found in " + where,
              List.of(),
              ev));
    }
  }

  static String missingCheck(AnchorType t) {
    return switch (t) {
      case NUMBER, ORDINAL, PERCENT, MONEY -> "MISSING_NUMBER";
      case DATE, TIME -> "MISSING_DATE";
      case PERSON -> "MISSING_NAME";
      case ORGANIZATION -> "MISSING_ORGANIZATION";
      case ACRONYM, LATIN -> "MISSING_ACRONYM";
    };
  }

  static String addedCheck(AnchorType t) {
    return missingCheck(t).replace("MISSING_", "ADDED_");
  }

  /**
   * Target anchors (numbers, dates, names, organisations) with no support in the source near the
   * bead.
   */
  private static void added(
      AnalyzedText src,
      Span srcNear,
      AnalyzedText tgt,
      Span tr,
      BilingualLexicon lexicon,
      AnchorMatcher matcher,
      Map<String, Object> ev,
      List<Finding> out) {
    List<Anchor> sa = new ArrayList<>();
    for (Anchor x : src.anchors()) {
      if (x.span().start() >= srcNear.start() && x.span().end() <= srcNear.end()) {
        sa.add(x);
      }
    }
    Set<String> srcKeys = null;
    for (Anchor e : tgt.anchors()) {
      if (e.span().start() < tr.start() || e.span().end() > tr.end()) {
        continue;
      }
      AnchorType t = e.type();
      boolean checked =
          switch (t) {
            case NUMBER, ORDINAL, PERCENT, MONEY, DATE, PERSON, ORGANIZATION -> true;
            default -> false;
          };
      if (!checked
          || ((t == AnchorType.NUMBER || t == AnchorType.ORDINAL) && e.value().equals("1"))) {
        continue;
      }
      boolean found = false;
      for (Anchor s : sa) {
        if (matcher.matches(s, e)) {
          found = true;
          break;
        }
      }
      if (!found && src.raw().substring(srcNear.start(), srcNear.end()).contains(e.text())) {
        found = true;
      }
      if (!found && (t == AnchorType.NUMBER || t == AnchorType.ORDINAL)) {
        found = numeralIn(src.raw().substring(srcNear.start(), srcNear.end()), e.value());
      }
      if (!found && (t == AnchorType.ORGANIZATION || t == AnchorType.PERSON)) {
        if (srcKeys == null) {
          srcKeys = sourceKeys(src, srcNear, lexicon);
        }
        int content = 0;
        int hit = 0;
        for (String k : BilingualLexicon.keysOf(e.text())) {
          content++;
          if (srcKeys.contains(k)) {
            hit++;
          }
        }
        found = content > 0 && hit * 2 >= content;
      }
      if (!found) {
        Severity sev = t == AnchorType.ORGANIZATION ? Severity.MINOR : Severity.MAJOR;
        out.add(
            new Finding(
                addedCheck(t),
                IssueType.ADDITION,
                sev,
                Fields.TRANSLATION_TEXT,
                e.span(),
                "\""
                    + e.text()
                    + "\" ("
                    + t.name().toLowerCase(Locale.ROOT)
                    + ") has no counterpart in the aligned source",
                List.of(),
                ev));
      }
    }
  }

  /** True when a run of numeral characters in {@code text} (三项 → 3) has the value {@code value}. */
  static boolean numeralIn(String text, String value) {
    BigDecimal want;
    try {
      want = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return false;
    }
    int i = 0;
    while (i < text.length()) {
      if (!ChineseNumerals.isNumeralChar(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && ChineseNumerals.isNumeralChar(text.charAt(j))) {
        j++;
      }
      try {
        BigDecimal v = ChineseNumerals.parse(text.substring(i, j));
        if (v != null && v.compareTo(want) == 0) {
          return true;
        }
      } catch (RuntimeException ignored) {
        // not a number after all (e.g. a lone unit character)
      }
      i = j;
    }
    return false;
  }

  private static Set<String> sourceKeys(AnalyzedText src, Span range, BilingualLexicon lexicon) {
    Set<String> keys = new HashSet<>();
    for (Token t : src.tokens()) {
      if (t.span().start() >= range.start()
          && t.span().end() <= range.end()
          && t.kind() != Token.Kind.PUNCT) {
        keys.addAll(lexicon.englishKeys(t.text()));
        for (int i = 0; i < t.text().length(); i++) {
          keys.addAll(lexicon.englishKeys(t.text().substring(i, i + 1)));
        }
      }
    }
    return keys;
  }

  private static int contentWords(AnalyzedText tgt, Span range) {
    int n = 0;
    for (Token t : tgt.tokens()) {
      if (t.span().start() >= range.start()
          && t.span().end() <= range.end()
          && t.kind() == Token.Kind.WORD
          && !EnglishStemmer.isStopWord(t.text().toLowerCase(Locale.ROOT))) {
        n++;
      }
    }
    return n;
  }

  private static Span range(List<Span> spans, int from, int to) {
    if (from >= to) {
      return null;
    }
    return new Span(spans.get(from).start(), spans.get(to - 1).end());
  }

  @Override
  public double score(double[] s) {
    return s[1] == 0 ? Double.NaN : s[0] / s[1];
  }

  /** Finds {@link CoverageMetric} by id. */
  public static final class Provider extends SimpleMetricProvider
      implements dev.verso.metric.GlossaryConsumer {
    private static final List<dev.verso.metric.CheckSpec> CHECKS =
        dev.verso.metric.builtin.coverage.CoverageChecks.all();

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "files",
                "",
                "glossary files (TSV, CSV, TBX), comma-separated; their source terms count as anchors"),
            new OptionSpec(
                "minProbability",
                String.valueOf(MIN_PROBABILITY),
                "a minor OMITTED_CONTENT finding is reported only when its bead's omission probability reaches this (0 reports all)"),
            new OptionSpec(
                "omissionFindings",
                "false",
                "also report the coverage rules' omission findings here (by default the OMISSION metric reports them, gated by its probabilities)"));

    public Provider() {
      super(
          ID,
          "Source content rendered in the aligned translation (weighted share of words and anchors); addition findings (omission findings with omissionFindings=true).",
          OPTIONS,
          CHECKS,
          CoverageMetric::new);
    }
  }
}
