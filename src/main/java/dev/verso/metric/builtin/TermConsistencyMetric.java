package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.align.Alignment;
import dev.verso.metric.Alignments;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
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
import dev.verso.text.en.OrganisationNames.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
public final class TermConsistencyMetric implements Metric, CorpusMetric {
  /** Metric id. */
  public static final String ID = "TERM_CONSISTENCY";

  /** Check id. */
  public static final String INCONSISTENT_TERM = "INCONSISTENT_TERM";

  /** Check id of one source term rendered differently in different documents of one system. */
  public static final String CORPUS_VARIANT = "TERM_CORPUS_VARIANT";

  private final String withSource;
  private final Glossary glossary;
  private volatile TermTracer tracer;
  private final Signature signature;

  TermConsistencyMetric(Options o) {
    String w = o.string("withSource").trim();
    if (!w.equals("trace") && !w.equals("skip") && !w.equals("english")) {
      throw new IllegalArgumentException(
          "metric " + ID + ": option 'withSource' must be trace, skip or english, got '" + w + "'");
    }
    this.withSource = w;
    this.glossary = dev.verso.io.glossary.Glossaries.shared(o.string("files"), ID);
    Map<String, String> sig = new LinkedHashMap<>();
    sig.put("withSource", w);
    sig.put("glossaryEntries", Integer.toString(glossary.entries().size()));
    this.signature = Signature.of(ID, sig, Version.VERSION);
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
  public String id() {
    return ID;
  }

  @Override
  public Signature signature() {
    return signature;
  }

  @Override
  public List<String> statNames() {
    return List.of("consistentNames", "names");
  }

  /** One occurrence of a name in a field. */
  private record Occurrence(String field, Name name) {}

  /** A distinct name (by its lower-case words) with its occurrences in reading order. */
  private static final class Variant {
    final String key;
    final Name first;
    final List<String> distinctive;
    final List<Occurrence> occurrences = new ArrayList<>();
    final int order;

    Variant(String key, Name first, int order) {
      this.key = key;
      this.first = first;
      this.order = order;
      this.distinctive = distinctive(first);
    }
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    if (unit.document().hasSource() && withSource.equals("skip")) {
      return Measurement.notApplicable("the document has its original and withSource=skip");
    }
    if (unit.document().hasSource() && withSource.equals("trace")) {
      return traced(unit);
    }
    Map<String, Variant> variants = new LinkedHashMap<>();
    int total = 0;
    String[][] fields = {
      {Fields.TRANSLATION_TITLE, unit.translation().title()},
      {Fields.TRANSLATION_TEXT, unit.translation().text()},
      {Fields.SUMMARY, unit.summary()}
    };
    for (String[] f : fields) {
      if (f[1] == null) {
        continue;
      }
      for (Name n : OrganisationNames.find(f[1])) {
        total++;
        String key =
            String.join(" ", n.tokens().stream().map(OrganisationNames::singular).toList());
        variants
            .computeIfAbsent(key, k -> new Variant(k, n, variants.size()))
            .occurrences
            .add(new Occurrence(f[0], n));
      }
    }
    List<Variant> vs = new ArrayList<>(variants.values());
    int[] parent = new int[vs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < vs.size(); i++) {
      for (int j = i + 1; j < vs.size(); j++) {
        if (areVariants(vs.get(i), vs.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<Variant>> clusters = new TreeMap<>();
    for (int i = 0; i < vs.size(); i++) {
      clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(vs.get(i));
    }
    List<Finding> findings = new ArrayList<>();
    int inconsistent = 0;
    for (List<Variant> c : clusters.values()) {
      if (c.size() < 2) {
        continue;
      }
      Variant ref = c.get(0);
      for (Variant v : c) {
        if (v.occurrences.size() > ref.occurrences.size()) {
          ref = v;
        }
      }
      List<Map<String, Object>> evidence = new ArrayList<>();
      for (Variant v : c) {
        for (Occurrence o : v.occurrences) {
          evidence.add(
              Map.of(
                  "text",
                  o.name().text(),
                  "field",
                  o.field(),
                  "start",
                  o.name().span().start(),
                  "end",
                  o.name().span().end()));
        }
      }
      for (Variant v : c) {
        if (v == ref) {
          continue;
        }
        inconsistent += v.occurrences.size();
        Occurrence at = v.occurrences.get(0);
        List<String> others = new ArrayList<>();
        for (Variant o : c) {
          if (o != v) {
            others.add("\"" + o.first.text() + "\"");
          }
        }
        findings.add(
            new Finding(
                INCONSISTENT_TERM,
                IssueType.INCONSISTENCY,
                Severity.MINOR,
                at.field(),
                at.name().span(),
                "\""
                    + at.name().text()
                    + "\" may be another rendering of the same name as "
                    + String.join(", ", others)
                    + "; the original was not available, so this is a guess from the English alone",
                List.of(ref.first.text()),
                Map.of("variants", evidence, "confidence", "low")));
      }
    }
    return Measurement.of(new double[] {total - inconsistent, total}, findings);
  }

  /** Source-traced consistency: each repeated source term's renderings in its aligned segments. */
  private Measurement traced(EvaluationContext unit) {
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
    List<Finding> findings = new ArrayList<>();
    List<Map<String, Object>> details = new ArrayList<>();
    int consistent = 0;
    int traced = 0;
    for (TermTracer.Term t : tracer().trace(sides)) {
      List<TermTracer.Occurrence> occ = t.traced();
      if (occ.isEmpty()) {
        continue;
      }
      Map<Set<String>, List<TermTracer.Occurrence>> variants = new LinkedHashMap<>();
      for (TermTracer.Occurrence o : occ) {
        variants.computeIfAbsent(o.rendering(), k -> new ArrayList<>()).add(o);
      }
      Set<String> majority = null;
      for (var e : variants.entrySet()) {
        if (majority == null || e.getValue().size() > variants.get(majority).size()) {
          majority = e.getKey();
        }
      }
      TermTracer.Occurrence ref = variants.get(majority).get(0);
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("term", t.key());
      d.put("source", t.label());
      d.put("rendering", ref.tgtText());
      d.put("renderingKey", String.join(" ", majority));
      d.put("field", ref.tgtField());
      d.put("start", ref.tgtSpan().start());
      d.put("end", ref.tgtSpan().end());
      details.add(d);
      if (occ.size() < 2) {
        continue;
      }
      traced += occ.size();
      List<TermTracer.Occurrence> minority = new ArrayList<>();
      for (TermTracer.Occurrence o : occ) {
        if (!compatible(o.rendering(), majority)) {
          minority.add(o);
        }
      }
      consistent += occ.size() - minority.size();
      if (minority.isEmpty()) {
        continue;
      }
      TermTracer.Occurrence at = minority.get(0);
      List<Map<String, Object>> evidence = new ArrayList<>();
      List<String> listed = new ArrayList<>();
      for (var e : variants.entrySet()) {
        List<Map<String, Object>> where = new ArrayList<>();
        for (TermTracer.Occurrence o : e.getValue()) {
          Map<String, Object> w = new LinkedHashMap<>();
          w.put("field", o.tgtField());
          w.put("start", o.tgtSpan().start());
          w.put("end", o.tgtSpan().end());
          w.put("text", o.tgtText());
          w.put("sourceField", o.srcField());
          w.put("sourceStart", o.srcSpan().start());
          w.put("sourceEnd", o.srcSpan().end());
          w.put("segment", o.segment());
          where.add(w);
        }
        String surface = e.getValue().get(0).tgtText();
        listed.add("\"" + surface + "\" (" + e.getValue().size() + ")");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rendering", surface);
        v.put("count", e.getValue().size());
        v.put("occurrences", where);
        evidence.add(v);
      }
      findings.add(
          new Finding(
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
                  + variants.get(majority).size()
                  + " of its "
                  + occ.size()
                  + " traced occurrences; renderings: "
                  + String.join(", ", listed),
              List.of(ref.tgtText()),
              ordered("source", t.label(), "variants", evidence, "confidence", "traced")));
    }
    return new Measurement(
        new double[] {consistent, traced}, findings, Map.of("terms", details), null);
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

  /**
   * Across the documents of one system: a source term whose usual rendering in one document
   * disagrees with the rendering most documents use ({@code TERM_CORPUS_VARIANT}, at that
   * document's first occurrence of its rendering, suggesting the corpus majority; ties go to the
   * earlier document).
   */
  @Override
  public List<CorpusFinding> corpusFindings(String system, List<UnitMeasurement> units) {
    record Use(
        String document,
        String source,
        Set<String> key,
        String rendering,
        String field,
        Span span) {}
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
    List<CorpusFinding> out = new ArrayList<>();
    for (List<Use> uses : byTerm.values()) {
      if (uses.size() < 2) {
        continue;
      }
      Map<Set<String>, List<Use>> byKey = new LinkedHashMap<>();
      for (Use u : uses) {
        byKey.computeIfAbsent(u.key(), k -> new ArrayList<>()).add(u);
      }
      Set<String> majority = null;
      for (var e : byKey.entrySet()) {
        if (majority == null || e.getValue().size() > byKey.get(majority).size()) {
          majority = e.getKey();
        }
      }
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
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The words of a name that tell organisations apart: not heads, not generic qualifiers. */
  private static List<String> distinctive(Name n) {
    List<String> out = new ArrayList<>();
    for (String t : n.tokens()) {
      String s = OrganisationNames.singular(t);
      if (!OrganisationNames.HEADS.contains(s)
          && !OrganisationNames.GENERIC.contains(s)
          && t.length() > 1) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean areVariants(Variant a, Variant b) {
    if (a.distinctive.isEmpty() || b.distinctive.isEmpty()) {
      return false;
    }
    if (singularSet(a.distinctive).equals(singularSet(b.distinctive))) {
      return false; // the same name with other qualifiers, or another body of the same field
    }
    List<String> ta = a.first.tokens();
    List<String> tb = b.first.tokens();
    if (java.util.Collections.indexOfSubList(ta, tb) >= 0
        || java.util.Collections.indexOfSubList(tb, ta) >= 0) {
      return false;
    }
    return allMatched(a.distinctive, b.distinctive) && allMatched(b.distinctive, a.distinctive);
  }

  private static java.util.Set<String> singularSet(List<String> words) {
    java.util.Set<String> s = new java.util.TreeSet<>();
    for (String w : words) {
      s.add(OrganisationNames.singular(w));
    }
    return s;
  }

  private static boolean allMatched(List<String> from, List<String> in) {
    for (String x : from) {
      if (in.stream().noneMatch(y -> similarWords(x, y))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when two lower-case words may be renderings of one word: equal (ignoring a plural s), one
   * a prefix of the other (at least three letters), a common start of at least three letters that
   * covers three quarters of the shorter word, or the same length (at least four) with one
   * different letter after the same first two.
   */
  static boolean similarWords(String a, String b) {
    if (OrganisationNames.singular(a).equals(OrganisationNames.singular(b))) {
      return true;
    }
    int min = Math.min(a.length(), b.length());
    if (min < 3) {
      return false;
    }
    int p = 0;
    while (p < min && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    if (p == min || p >= 3 && p * 4 >= min * 3) {
      return true;
    }
    if (a.length() == b.length() && a.length() >= 4 && p >= 2) {
      int diff = 0;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          diff++;
        }
      }
      return diff == 1;
    }
    return false;
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
