package dev.verso.metric.builtin;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.text.en.OrganisationNames;
import dev.verso.text.en.OrganisationNames.Name;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The English-only guess of {@link TermConsistencyMetric}: organisation names of the translation
 * and summary that look like different renderings of one name, clustered transitively, each
 * non-reference variant reported once.
 */
final class EnglishNameVariants {
  private EnglishNameVariants() {}

  /** One occurrence of a name in a field. */
  record Occurrence(String field, Name name) {}

  /** A distinct name (by its lower-case words) with its occurrences in reading order. */
  static final class Variant {
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

  /**
   * Statistics [name occurrences that use the reference form of their cluster or belong to no
   * cluster, name occurrences] and one finding per non-reference variant.
   */
  static Measurement measure(EvaluationContext unit) {
    String[][] fields = {
      {Fields.TRANSLATION_TITLE, unit.translation().title()},
      {Fields.TRANSLATION_TEXT, unit.translation().text()},
      {Fields.SUMMARY, unit.summary()}
    };
    List<Variant> vs = variants(fields);
    int total = 0;
    for (Variant v : vs) {
      total += v.occurrences.size();
    }
    List<Finding> findings = new ArrayList<>();
    int inconsistent = 0;
    for (List<Variant> c : clusters(vs)) {
      if (c.size() >= 2) {
        inconsistent += clusterFindings(c, findings);
      }
    }
    return Measurement.of(new double[] {total - inconsistent, total}, findings);
  }

  /**
   * The distinct organisation names of {@code fields} ({name, text} pairs; null texts skipped), in
   * order of first occurrence.
   */
  static List<Variant> variants(String[][] fields) {
    Map<String, Variant> variants = new LinkedHashMap<>();
    for (String[] f : fields) {
      if (f[1] == null) {
        continue;
      }
      for (Name n : OrganisationNames.find(f[1])) {
        String key =
            String.join(" ", n.tokens().stream().map(OrganisationNames::singular).toList());
        variants
            .computeIfAbsent(key, k -> new Variant(k, n, variants.size()))
            .occurrences
            .add(new Occurrence(f[0], n));
      }
    }
    return new ArrayList<>(variants.values());
  }

  /**
   * The transitive clusters of {@link #areVariants variant} names, each in the order of {@code vs},
   * in the order of their first member.
   */
  static Collection<List<Variant>> clusters(List<Variant> vs) {
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
    return clusters.values();
  }

  /**
   * Adds one finding per variant of cluster {@code c} other than its reference (the most frequent,
   * then first); returns how many occurrences those variants have.
   */
  private static int clusterFindings(List<Variant> c, List<Finding> findings) {
    Variant ref = c.get(0);
    for (Variant v : c) {
      if (v.occurrences.size() > ref.occurrences.size()) {
        ref = v;
      }
    }
    List<Map<String, Object>> evidence = evidence(c);
    int inconsistent = 0;
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
              TermConsistencyMetric.INCONSISTENT_TERM,
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
    return inconsistent;
  }

  /** Every occurrence of every variant of a cluster: text, field and span. */
  private static List<Map<String, Object>> evidence(List<Variant> c) {
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
    return evidence;
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

  static boolean areVariants(Variant a, Variant b) {
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

  private static Set<String> singularSet(List<String> words) {
    Set<String> s = new TreeSet<>();
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
}
