package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.align.Alignment;
import dev.verso.metric.Alignments;
import dev.verso.metric.BaseMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.terms.TermTracer;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GLOSSARY: compliance with user glossaries ({@code --glossary FILE}, TSV/CSV/TBX). Each occurrence
 * of a glossary source term in the source title or text must have the approved rendering (or its
 * acronym) in the translation; a rendering followed by a plural "s"/"es" counts. In the source text
 * each occurrence is checked against the target sentences of its own alignment bead: when a bead
 * holds n occurrences of a term and m &lt; n of its renderings, the last n − m occurrences are
 * reported as {@code TERM_NOT_APPLIED} (with the bead and its target span in the evidence). The
 * title is one segment, and without an alignment the check falls back to counting per field. Every
 * forbidden variant used in the translation or summary is a {@code FORBIDDEN_TERM}, with the
 * approved term as suggestion. Statistics are [applied occurrences, source occurrences]: the score
 * is the exact-match term accuracy of the WMT terminology tasks. Overlapping source terms count
 * once, the longest wins.
 */
public final class GlossaryMetric extends BaseMetric {
  /** Metric id. */
  public static final String ID = "GLOSSARY";

  private final Glossary glossary;
  private final BilingualLexicon lexicon;
  private final Map<GlossaryEntry, Pattern> renderings = new LinkedHashMap<>();

  GlossaryMetric(Options o) {
    super(ID, signature(o), List.of("appliedTerms", "sourceTerms"));
    glossary = dev.verso.io.glossary.Glossaries.shared(o.string("files"), ID);
    lexicon = new BilingualLexicon(glossary, null);
    for (GlossaryEntry e : glossary.entries()) {
      StringBuilder re =
          new StringBuilder("(?<![\\p{L}\\p{N}])(?:(?i:")
              .append(Pattern.quote(e.target()))
              .append(")(?:s|es)?");
      if (!e.acronym().isEmpty()) {
        re.append('|').append(Pattern.quote(e.acronym()));
      }
      re.append(")(?![\\p{L}\\p{N}])");
      renderings.put(e, Pattern.compile(re.toString()));
    }
  }

  /** The signature names the number of glossary entries (the files' paths are not part of it). */
  private static Signature signature(Options o) {
    Glossary g = dev.verso.io.glossary.Glossaries.shared(o.string("files"), ID);
    Map<String, String> sig = new LinkedHashMap<>();
    sig.put("entries", Integer.toString(g.entries().size()));
    return Signature.of(ID, sig, Version.VERSION);
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    if (glossary.isEmpty()) {
      return Measurement.notApplicable("no glossary given (--glossary FILE)");
    }
    List<Finding> findings = new ArrayList<>();
    double[] stats = new double[2];
    if (unit.source() != null) {
      check(
          unit.source().title(),
          unit.translation().title(),
          Fields.SOURCE_TITLE,
          Fields.TRANSLATION_TITLE,
          stats,
          findings);
      Alignment alignment =
          unit.source().text() == null || unit.source().text().isEmpty()
              ? null
              : Alignments.of(unit);
      if (alignment == null) {
        check(
            unit.source().text(),
            unit.translation().text(),
            Fields.SOURCE_TEXT,
            Fields.TRANSLATION_TEXT,
            stats,
            findings);
      } else {
        checkBeads(
            unit.source().text(),
            unit.translation().textOrEmpty(),
            TermTracer.segments(alignment),
            stats,
            findings);
      }
    }
    forbidden(unit.translation().title(), Fields.TRANSLATION_TITLE, findings);
    forbidden(unit.translation().text(), Fields.TRANSLATION_TEXT, findings);
    forbidden(unit.summary(), Fields.SUMMARY, findings);
    findings.sort(dev.verso.metric.Evaluator.FINDING_ORDER);
    if (stats[1] == 0 && findings.isEmpty() && unit.source() == null) {
      return new Measurement(stats, findings, Map.of(), null);
    }
    return Measurement.of(stats, findings);
  }

  private void check(
      String src, String tgt, String srcField, String tgtField, double[] stats, List<Finding> out) {
    if (src == null || src.isEmpty()) {
      return;
    }
    List<BilingualLexicon.GlossaryHit> hits = lexicon.longestHits(src, true);
    Map<GlossaryEntry, List<BilingualLexicon.GlossaryHit>> byEntry = new LinkedHashMap<>();
    for (var h : hits) {
      byEntry.computeIfAbsent(h.entry(), k -> new ArrayList<>()).add(h);
    }
    for (var e : byEntry.entrySet()) {
      int n = e.getValue().size();
      int m = 0;
      if (tgt != null) {
        Matcher mt = renderings.get(e.getKey()).matcher(tgt);
        while (mt.find()) {
          m++;
        }
      }
      int applied = Math.min(n, m);
      stats[0] += applied;
      stats[1] += n;
      for (int k = applied; k < n; k++) {
        var h = e.getValue().get(k);
        GlossaryEntry g = e.getKey();
        out.add(
            new Finding(
                "TERM_NOT_APPLIED",
                IssueType.TERMINOLOGY,
                Severity.MAJOR,
                srcField,
                h.span(),
                notApplied(g)
                    + "the "
                    + tgtField
                    + " has that rendering "
                    + m
                    + " time(s) for "
                    + n
                    + " occurrence(s) in the source",
                List.of(g.target()),
                Map.of("occurrences", n, "renderings", m, "glossary", g.origin())));
      }
    }
  }

  /**
   * The start of a TERM_NOT_APPLIED message: the term, its approved rendering (or acronym) and its
   * glossary, then "; ".
   */
  private static String notApplied(GlossaryEntry g) {
    return "\""
        + g.source()
        + "\" should be rendered \""
        + g.target()
        + "\""
        + (g.acronym().isEmpty() ? "" : " or " + g.acronym())
        + " (glossary "
        + g.origin()
        + "); ";
  }

  /**
   * Per bead: each source occurrence of a glossary term is looked for in the target sentences of
   * its own alignment bead; when a bead holds n occurrences of a term and m of its renderings, the
   * last n − m occurrences are not applied.
   */
  private void checkBeads(
      String src,
      String tgt,
      List<TermTracer.Segment> segments,
      double[] stats,
      List<Finding> out) {
    record Key(TermTracer.Segment segment, GlossaryEntry entry) {}
    Map<Key, List<BilingualLexicon.GlossaryHit>> groups = new LinkedHashMap<>();
    for (var h : lexicon.longestHits(src, true)) {
      TermTracer.Segment seg = TermTracer.segmentOf(segments, h.span());
      groups.computeIfAbsent(new Key(seg, h.entry()), k -> new ArrayList<>()).add(h);
    }
    for (var e : groups.entrySet()) {
      TermTracer.Segment seg = e.getKey().segment();
      GlossaryEntry g = e.getKey().entry();
      Span target = seg == null ? new Span(0, tgt.length()) : seg.tgt();
      int n = e.getValue().size();
      int m = 0;
      if (target != null) {
        Matcher mt = renderings.get(g).matcher(tgt).region(target.start(), target.end());
        while (mt.find()) {
          m++;
        }
      }
      int applied = Math.min(n, m);
      stats[0] += applied;
      stats[1] += n;
      String bead = seg == null ? "none" : seg.id();
      String where =
          target == null
              ? "its source sentence has no aligned translation (bead " + bead + ")"
              : "the aligned "
                  + Fields.TRANSLATION_TEXT
                  + " "
                  + target.start()
                  + "-"
                  + target.end()
                  + " (bead "
                  + bead
                  + ") has that rendering "
                  + m
                  + " time(s) for "
                  + n
                  + " occurrence(s) in the source";
      for (int k = applied; k < n; k++) {
        var h = e.getValue().get(k);
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("occurrences", n);
        ev.put("renderings", m);
        ev.put("glossary", g.origin());
        ev.put("bead", bead);
        if (target != null) {
          ev.put("targetField", Fields.TRANSLATION_TEXT);
          ev.put("targetStart", target.start());
          ev.put("targetEnd", target.end());
        }
        out.add(
            new Finding(
                "TERM_NOT_APPLIED",
                IssueType.TERMINOLOGY,
                Severity.MAJOR,
                Fields.SOURCE_TEXT,
                h.span(),
                notApplied(g) + where,
                List.of(g.target()),
                ev));
      }
    }
  }

  private void forbidden(String text, String field, List<Finding> out) {
    if (text == null) {
      return;
    }
    // one finding per span: entries that share a forbidden variant (中国网络社会组织联合会 and its
    // short form 中网联, say) are named together
    Map<Span, List<BilingualLexicon.GlossaryHit>> bySpan = new LinkedHashMap<>();
    for (var h : lexicon.hits(text, false)) {
      if (h.kind() == BilingualLexicon.HitKind.FORBIDDEN) {
        bySpan.computeIfAbsent(h.span(), k -> new ArrayList<>()).add(h);
      }
    }
    for (var e : bySpan.entrySet()) {
      var h = e.getValue().get(0);
      GlossaryEntry g = h.entry();
      List<String> sources = new ArrayList<>();
      for (var x : e.getValue()) {
        if (!sources.contains(x.entry().source())) {
          sources.add(x.entry().source());
        }
      }
      out.add(
          new Finding(
              "FORBIDDEN_TERM",
              IssueType.TERMINOLOGY,
              Severity.MAJOR,
              field,
              h.span(),
              "\""
                  + h.text()
                  + "\" is a forbidden rendering of \""
                  + String.join("\" / \"", sources)
                  + "\"; use \""
                  + g.target()
                  + "\""
                  + (g.acronym().isEmpty() ? "" : " (" + g.acronym() + ")")
                  + " (glossary "
                  + g.origin()
                  + ")",
              g.acronym().isEmpty() || h.text().length() > g.acronym().length() + 2
                  ? List.of(g.target())
                  : List.of(g.acronym(), g.target()),
              Map.of("glossary", g.origin())));
    }
  }

  /** Finds {@link GlossaryMetric} by id. */
  public static final class Provider extends SimpleMetricProvider
      implements dev.verso.metric.GlossaryConsumer {
    private static final List<dev.verso.metric.CheckSpec> CHECKS =
        List.of(
            new dev.verso.metric.CheckSpec(
                "TERM_NOT_APPLIED",
                dev.verso.model.IssueType.TERMINOLOGY,
                dev.verso.model.Severity.MAJOR,
                "a glossary term in the source rendered without its approved translation"),
            new dev.verso.metric.CheckSpec(
                "FORBIDDEN_TERM",
                dev.verso.model.IssueType.TERMINOLOGY,
                dev.verso.model.Severity.MAJOR,
                "a rendering the glossary forbids"));

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "files",
                "",
                "glossary files (TSV, CSV, TBX), comma-separated; --glossary FILE sets it"));

    public Provider() {
      super(
          ID,
          "Glossary compliance: approved renderings applied (TERM_NOT_APPLIED) and forbidden variants avoided (FORBIDDEN_TERM).",
          OPTIONS,
          CHECKS,
          GlossaryMetric::new);
    }
  }
}
