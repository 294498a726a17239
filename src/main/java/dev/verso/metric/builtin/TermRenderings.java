package dev.verso.metric.builtin;

import dev.verso.metric.builtin.terms.TermTracer;
import dev.verso.metric.builtin.terms.TermTracer.Occurrence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The traced occurrences of one source term grouped by rendering key, in order of first use, with
 * the majority rendering (the most frequent, then first).
 *
 * @param occurrences the traced occurrences in reading order
 * @param variants occurrences by rendering key
 * @param majority the majority rendering key
 */
record TermRenderings(
    List<Occurrence> occurrences,
    Map<Set<String>, List<Occurrence>> variants,
    Set<String> majority) {

  /** The renderings of {@code occurrences} (traced, at least one). */
  static TermRenderings of(List<Occurrence> occurrences) {
    Map<Set<String>, List<Occurrence>> variants = new LinkedHashMap<>();
    for (Occurrence o : occurrences) {
      variants.computeIfAbsent(o.rendering(), k -> new ArrayList<>()).add(o);
    }
    return new TermRenderings(occurrences, variants, majority(variants));
  }

  /** The key with the most values, the first among equals (null when {@code groups} is empty). */
  static <K, V> K majority(Map<K, List<V>> groups) {
    K majority = null;
    for (var e : groups.entrySet()) {
      if (majority == null || e.getValue().size() > groups.get(majority).size()) {
        majority = e.getKey();
      }
    }
    return majority;
  }

  /** The occurrences that use the majority rendering. */
  List<Occurrence> agreeing() {
    return variants.get(majority);
  }

  /** The first occurrence of the majority rendering. */
  Occurrence reference() {
    return agreeing().get(0);
  }

  /** The occurrences whose rendering is not {@link TermConsistencyMetric#compatible} with it. */
  List<Occurrence> minority() {
    List<Occurrence> minority = new ArrayList<>();
    for (Occurrence o : occurrences) {
      if (!TermConsistencyMetric.compatible(o.rendering(), majority)) {
        minority.add(o);
      }
    }
    return minority;
  }

  /** The per-term detail the corpus check reads: term, source, majority rendering and where. */
  Map<String, Object> detail(TermTracer.Term t) {
    Occurrence ref = reference();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("term", t.key());
    d.put("source", t.label());
    d.put("rendering", ref.tgtText());
    d.put("renderingKey", String.join(" ", majority));
    d.put("field", ref.tgtField());
    d.put("start", ref.tgtSpan().start());
    d.put("end", ref.tgtSpan().end());
    return d;
  }

  /** Each rendering with its count and every occurrence's target and source spans. */
  List<Map<String, Object>> evidence() {
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (var e : variants.entrySet()) {
      List<Map<String, Object>> where = new ArrayList<>();
      for (Occurrence o : e.getValue()) {
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
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("rendering", e.getValue().get(0).tgtText());
      v.put("count", e.getValue().size());
      v.put("occurrences", where);
      evidence.add(v);
    }
    return evidence;
  }

  /** Each rendering as written, quoted, with its count: {@code "Ministry of Commerce" (2)}. */
  List<String> listed() {
    List<String> listed = new ArrayList<>();
    for (List<Occurrence> os : variants.values()) {
      listed.add("\"" + os.get(0).tgtText() + "\" (" + os.size() + ")");
    }
    return listed;
  }
}
