package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.align.Alignment;
import dev.verso.metric.Alignments;
import dev.verso.metric.BaseMetric;
import dev.verso.metric.CorpusMetric;
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
import dev.verso.model.IssueType;
import dev.verso.model.Passage;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.en.OrganisationNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TERM_CONSISTENCY: one name, one rendering. With the original (option {@code withSource=trace},
 * the default) every source term — glossary terms, person and organisation names, repeated
 * dictionary proper names — is followed through the sentence alignment by {@link TermTracer}; a
 * term whose traced renderings disagree with its majority rendering gives one {@code
 * INCONSISTENT_TERM} (terminology, minor) at its first disagreeing rendering, listing every variant
 * with its spans. Statistics are [occurrences agreeing with their term's majority rendering, traced
 * occurrences] over terms traced at least twice. Across documents ({@link CorpusMetric}) a term
 * rendered in one document differently from the rendering most documents of the system use is a
 * {@code TERM_CORPUS_VARIANT}.
 *
 * <p>Without the original (or with {@code withSource=english}) the metric guesses which English
 * organisation names are different renderings of one name. Names come from {@link
 * OrganisationNames}; two distinct names are variants when both have an organisation head, neither
 * is a word-run of the other, their distinctive words (not heads, not generic qualifiers such as
 * Central or Provincial) differ as sets, and every distinctive word of each has a similar word in
 * the other: the same word, one a prefix of the other, a shared start of at least three letters
 * covering three quarters of the shorter, or one substituted letter after the same first two ("Nets
 * Office", "Netition Office", "Netcom Department", "Central News Network Office"). Names with the
 * same distinctive words and different heads ("Ministry of Commerce", "Department of Commerce") are
 * taken as different bodies. Variants are clustered transitively; the most frequent (then first)
 * name of a cluster is the reference, and each other variant is reported once as {@code
 * INCONSISTENT_TERM} (inconsistency, minor, confidence low) at its first occurrence. Statistics are
 * then [name occurrences that use the reference form of their cluster or belong to no cluster, name
 * occurrences].
 */
public final class TermConsistencyMetric extends BaseMetric implements CorpusMetric {
  /** Metric id. */
  public static final String ID = "TERM_CONSISTENCY";

  /** Check id. */
  public static final String INCONSISTENT_TERM = "INCONSISTENT_TERM";

  /** Check id of one source term rendered differently in different documents of one system. */
  public static final String CORPUS_VARIANT = "TERM_CORPUS_VARIANT";

  private final String withSource;
  private final Glossary glossary;
  private volatile TermTracer tracer;

  TermConsistencyMetric(Options o) {
    super(ID, signature(o), List.of("consistentNames", "names"));
    this.withSource = withSource(o);
    this.glossary = dev.verso.io.glossary.Glossaries.shared(o.string("files"), ID);
  }

  /** Option {@code withSource}, checked. */
  private static String withSource(Options o) {
    String w = o.string("withSource").trim();
    if (!w.equals("trace") && !w.equals("skip") && !w.equals("english")) {
      throw new IllegalArgumentException(
          "metric " + ID + ": option 'withSource' must be trace, skip or english, got '" + w + "'");
    }
    return w;
  }

  /** The signature names {@code withSource} and the number of glossary entries. */
  private static Signature signature(Options o) {
    String w = withSource(o);
    Glossary g = dev.verso.io.glossary.Glossaries.shared(o.string("files"), ID);
    Map<String, String> sig = new LinkedHashMap<>();
    sig.put("withSource", w);
    sig.put("glossaryEntries", Integer.toString(g.entries().size()));
    return Signature.of(ID, sig, Version.VERSION);
  }

  private TermTracer tracer() {
    TermTracer t = tracer;
    if (t == null) {
      synchronized (this) {
        if (tracer == null) {
          tracer = new TermTracer(glossary);
        }
        t = tracer;
      }
    }
    return t;
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    if (unit.document().hasSource() && withSource.equals("skip")) {
      return Measurement.notApplicable("the document has its original and withSource=skip");
    }
    if (unit.document().hasSource() && withSource.equals("trace")) {
      return traced(unit);
    }
    return EnglishNameVariants.measure(unit);
  }

  /** Source-traced consistency: each repeated source term's renderings in its aligned segments. */
  private Measurement traced(EvaluationContext unit) {
    List<Finding> findings = new ArrayList<>();
    List<Map<String, Object>> details = new ArrayList<>();
    int consistent = 0;
    int traced = 0;
    for (TermTracer.Term t : tracer().trace(sides(unit))) {
      List<TermTracer.Occurrence> occ = t.traced();
      if (occ.isEmpty()) {
        continue;
      }
      TermRenderings r = TermRenderings.of(occ);
      details.add(r.detail(t));
      if (occ.size() < 2) {
        continue;
      }
      traced += occ.size();
      List<TermTracer.Occurrence> minority = r.minority();
      consistent += occ.size() - minority.size();
      if (!minority.isEmpty()) {
        findings.add(inconsistentTerm(t, r, minority.get(0)));
      }
    }
    return new Measurement(
        new double[] {consistent, traced}, findings, Map.of("terms", details), null);
  }

  /** The title pair (when both titles are there) and the aligned texts (when aligned). */
  private static List<TermTracer.Side> sides(EvaluationContext unit) {
    List<TermTracer.Side> sides = new ArrayList<>();
    Passage src = unit.source();
    Passage tr = unit.translation();
    String srcTitle = src.title();
    String tgtTitle = tr.title();
    if (srcTitle != null && !srcTitle.isBlank() && tgtTitle != null && !tgtTitle.isBlank()) {
      AnalyzedText st =
          unit.documentShared(
              "analysis:source.title",
              d -> TextAnalyzer.shared().analyze(srcTitle, d.source().lang()));
      AnalyzedText tt =
          unit.shared(
              "analysis:translation.title",
              u -> TextAnalyzer.shared().analyze(tgtTitle, u.translation().lang()));
      sides.add(
          new TermTracer.Side(
              Fields.SOURCE_TITLE,
              st,
              Fields.TRANSLATION_TITLE,
              tt,
              List.of(
                  new TermTracer.Segment(
                      new Span(0, srcTitle.length()), new Span(0, tgtTitle.length()), "title"))));
    }
    Alignment alignment = Alignments.of(unit);
    if (alignment != null) {
      sides.add(
          new TermTracer.Side(
              Fields.SOURCE_TEXT,
              Alignments.source(unit),
              Fields.TRANSLATION_TEXT,
              Alignments.translation(unit),
              TermTracer.segments(alignment)));
    }
    return sides;
  }

  /** The finding of term {@code t} at its first occurrence {@code at} outside the majority. */
  private static Finding inconsistentTerm(
      TermTracer.Term t, TermRenderings r, TermTracer.Occurrence at) {
    TermTracer.Occurrence ref = r.reference();
    return new Finding(
        INCONSISTENT_TERM,
        IssueType.TERMINOLOGY,
        Severity.MINOR,
        at.tgtField(),
        at.tgtSpan(),
        "\""
            + at.srcText()
            + "\" ("
            + at.srcField()
            + " "
            + at.srcSpan().start()
            + "-"
            + at.srcSpan().end()
            + ") is rendered \""
            + at.tgtText()
            + "\" here but \""
            + ref.tgtText()
            + "\" in "
            + r.agreeing().size()
            + " of its "
            + r.occurrences().size()
            + " traced occurrences; renderings: "
            + String.join(", ", r.listed()),
        List.of(ref.tgtText()),
        ordered("source", t.label(), "variants", r.evidence(), "confidence", "traced"));
  }

  /** A map in the order of its key-value arguments (for reproducible evidence). */
  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * Two renderings agree when one's words include the other's ("the Federation" after its full
   * name).
   */
  static boolean compatible(Set<String> a, Set<String> b) {
    return a.containsAll(b) || b.containsAll(a);
  }

  /** One document's usual rendering of a source term, from its measurement's details. */
  private record Use(
      String document, String source, Set<String> key, String rendering, String field, Span span) {}

  /**
   * Across the documents of one system: a source term whose usual rendering in one document
   * disagrees with the rendering most documents use ({@code TERM_CORPUS_VARIANT}, at that
   * document's first occurrence of its rendering, suggesting the corpus majority; ties go to the
   * earlier document).
   */
  @Override
  public List<CorpusFinding> corpusFindings(String system, List<UnitMeasurement> units) {
    List<CorpusFinding> out = new ArrayList<>();
    for (List<Use> uses : usesByTerm(units).values()) {
      if (uses.size() >= 2) {
        corpusVariants(system, uses, out);
      }
    }
    return out;
  }

  /** The {@code terms} details of every unit, grouped by term in order of first use. */
  private static Map<String, List<Use>> usesByTerm(List<UnitMeasurement> units) {
    Map<String, List<Use>> byTerm = new LinkedHashMap<>();
    for (UnitMeasurement u : units) {
      if (!(u.measurement().details().get("terms") instanceof List<?> list)) {
        continue;
      }
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          Set<String> key =
              new java.util.TreeSet<>(List.of(String.valueOf(m.get("renderingKey")).split(" ")));
          byTerm
              .computeIfAbsent(String.valueOf(m.get("term")), k -> new ArrayList<>())
              .add(
                  new Use(
                      u.documentId(),
                      String.valueOf(m.get("source")),
                      key,
                      String.valueOf(m.get("rendering")),
                      String.valueOf(m.get("field")),
                      new Span(
                          ((Number) m.get("start")).intValue(),
                          ((Number) m.get("end")).intValue())));
        }
      }
    }
    return byTerm;
  }

  /** One finding per document whose rendering of a term disagrees with the corpus majority. */
  private static void corpusVariants(String system, List<Use> uses, List<CorpusFinding> out) {
    Map<Set<String>, List<Use>> byKey = new LinkedHashMap<>();
    for (Use u : uses) {
      byKey.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(u);
    }
    Set<String> majority = TermRenderings.majority(byKey);
    List<Use> agreeing = byKey.get(majority);
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Use u : uses) {
      documents.add(ordered("document", u.document(), "rendering", u.rendering()));
    }
    for (Use u : uses) {
      if (compatible(u.key(), majority)) {
        continue;
      }
      out.add(
          new CorpusFinding(
              u.document(),
              new Finding(
                  CORPUS_VARIANT,
                  IssueType.TERMINOLOGY,
                  Severity.MINOR,
                  u.field(),
                  u.span(),
                  "\""
                      + u.source()
                      + "\" is rendered \""
                      + u.rendering()
                      + "\" in this document but \""
                      + agreeing.get(0).rendering()
                      + "\" in "
                      + (agreeing.size() == 1 ? "document " : "documents ")
                      + String.join(", ", agreeing.stream().map(Use::document).toList())
                      + " of system "
                      + system,
                  List.of(agreeing.get(0).rendering()),
                  ordered("source", u.source(), "documents", documents))));
    }
  }

  @Override
  public double score(double[] s) {
    return s[1] == 0 ? 1.0 : s[0] / s[1];
  }

  /** Finds {@link TermConsistencyMetric} by id. */
  public static final class Provider extends SimpleMetricProvider
      implements dev.verso.metric.GlossaryConsumer {
    private static final List<dev.verso.metric.CheckSpec> CHECKS =
        List.of(
            new dev.verso.metric.CheckSpec(
                "INCONSISTENT_TERM",
                dev.verso.model.IssueType.INCONSISTENCY,
                dev.verso.model.Severity.MINOR,
                "one source term rendered in several ways within the document"),
            new dev.verso.metric.CheckSpec(
                "TERM_CORPUS_VARIANT",
                dev.verso.model.IssueType.TERMINOLOGY,
                dev.verso.model.Severity.MINOR,
                "one term rendered differently in two documents of the corpus"));

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "withSource",
                "trace",
                "documents with their original: trace (source terms followed through the alignment), skip, or english (the English-only guess)"),
            new OptionSpec(
                "files",
                "",
                "glossary files (TSV, CSV, TBX), comma-separated, whose terms are traced first; --glossary FILE sets it"));

    public Provider() {
      super(
          ID,
          "The same source term rendered differently within one translation or across documents (traced through the alignment; an English-only guess without the original).",
          OPTIONS,
          CHECKS,
          TermConsistencyMetric::new);
    }
  }
}
