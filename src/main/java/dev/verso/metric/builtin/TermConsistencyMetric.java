package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.text.en.OrganisationNames;
import dev.verso.text.en.OrganisationNames.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * TERM_CONSISTENCY, translation-only part: without the original, it guesses which English
 * organisation names are different renderings of one name. Names come from {@link
 * OrganisationNames}; two distinct names are variants when both have an organisation head, neither
 * is a word-run of the other, their distinctive words (not heads, not generic qualifiers such as
 * Central or Provincial) differ as sets, and every distinctive word of each has a similar word in
 * the other: the same word, one a prefix of the other, a shared start of at least three letters
 * covering three quarters of the shorter, or one substituted letter after the same first two
 * ("Nets Office", "Netition Office", "Netcom Department", "Central News Network Office"). Names with
 * the same distinctive words and different heads ("Ministry of Commerce", "Department of Commerce")
 * are taken as different bodies. Variants are clustered transitively; the most frequent (then
 * first) name of a cluster is the reference, and each other variant is reported once as {@code
 * INCONSISTENT_TERM} (minor) at its first occurrence, with every occurrence of every variant in the
 * evidence.
 *
 * <p>When the document has its original, the real check traces names to the source through the
 * alignment, which does not exist yet: the metric then returns not-applicable, unless the option
 * {@code withSource=english} asks for the same English-only guess. Statistics are [name occurrences
 * that use the reference form of their cluster or belong to no cluster, name occurrences].
 */
public final class TermConsistencyMetric implements Metric {
  /** Metric id. */
  public static final String ID = "TERM_CONSISTENCY";

  /** Check id. */
  public static final String INCONSISTENT_TERM = "INCONSISTENT_TERM";

  private final boolean englishWithSource;
  private final Signature signature;

  TermConsistencyMetric(Options o) {
    String w = o.string("withSource").trim();
    if (!w.equals("skip") && !w.equals("english")) {
      throw new IllegalArgumentException(
          "metric " + ID + ": option 'withSource' must be skip or english, got '" + w + "'");
    }
    this.englishWithSource = w.equals("english");
    this.signature = Signature.of(ID, o.asMap(), Version.VERSION);
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
    if (unit.document().hasSource() && !englishWithSource) {
      return Measurement.notApplicable(
          "the document has its original; source-traced term consistency needs the alignment,"
              + " which is not available yet");
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
        String key = String.join(" ", n.tokens().stream().map(OrganisationNames::singular).toList());
        variants.computeIfAbsent(key, k -> new Variant(k, n, variants.size()))
            .occurrences.add(new Occurrence(f[0], n));
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
              Map.of("text", o.name().text(), "field", o.field(),
                  "start", o.name().span().start(), "end", o.name().span().end()));
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
                "\"" + at.name().text() + "\" may be another rendering of the same name as "
                    + String.join(", ", others)
                    + "; the original was not available, so this is a guess from the English alone",
                List.of(ref.first.text()),
                Map.of("variants", evidence, "confidence", "low")));
      }
    }
    return Measurement.of(new double[] {total - inconsistent, total}, findings);
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
      if (!OrganisationNames.HEADS.contains(s) && !OrganisationNames.GENERIC.contains(s) && t.length() > 1) {
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
    if (java.util.Collections.indexOfSubList(ta, tb) >= 0 || java.util.Collections.indexOfSubList(tb, ta) >= 0) {
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
   * True when two lower-case words may be renderings of one word: equal (ignoring a plural s), one a
   * prefix of the other (at least three letters), a common start of at least three letters that
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
  public static final class Provider extends SimpleMetricProvider {
    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "withSource",
                "skip",
                "documents with their original: skip (until source-traced terms exist) or english (the English-only guess)"));

    public Provider() {
      super(
          ID,
          "The same name rendered differently within one translation (English-only guess for documents without their original).",
          OPTIONS,
          TermConsistencyMetric::new);
    }
  }
}
