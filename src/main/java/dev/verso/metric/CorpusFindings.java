package dev.verso.metric;

import dev.verso.model.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cross-document checks of the {@link CorpusMetric}s: running them over the units each metric
 * measured, and adding their findings to the documents they point into. The in-memory evaluation,
 * the spilled report and the Spark driver all go through here.
 */
public final class CorpusFindings {
  private CorpusFindings() {}

  /**
   * The findings of the cross-document checks: document id to {@link UnitKey unit} to findings.
   *
   * @param units metric id to system to the units that metric measured, in document order
   */
  public static Map<String, Map<UnitKey, List<Finding>>> of(
      List<Metric> metrics, Map<String, Map<String, List<CorpusMetric.UnitMeasurement>>> units) {
    Map<String, Map<UnitKey, List<Finding>>> extra = new HashMap<>();
    run(
        metrics,
        units,
        (doc, unit, f) ->
            extra
                .computeIfAbsent(doc, k -> new TreeMap<>())
                .computeIfAbsent(unit, k -> new ArrayList<>())
                .add(f));
    return extra;
  }

  /** Receives cross-document findings one at a time. */
  @FunctionalInterface
  public interface CorpusFindingSink {
    /** A finding for one document and {@link UnitKey unit}. */
    void accept(String documentId, UnitKey unit, Finding finding);
  }

  /**
   * The findings of the cross-document checks, handed to {@code sink} one at a time (metric by
   * metric, system by system, in each metric's order).
   *
   * @param units metric id to system to the units that metric measured, in document order
   */
  public static void run(
      List<Metric> metrics,
      Map<String, Map<String, List<CorpusMetric.UnitMeasurement>>> units,
      CorpusFindingSink sink) {
    for (Metric m : metrics) {
      if (!(m instanceof CorpusMetric cm) || !units.containsKey(m.id())) {
        continue;
      }
      for (var e : units.get(m.id()).entrySet()) {
        UnitKey key = new UnitKey(e.getKey(), m.id());
        cm.corpusFindings(
            e.getKey(), e.getValue(), cf -> sink.accept(cf.documentId(), key, cf.finding()));
      }
    }
  }

  /** One system's measurement by one metric, the unit cross-document findings are added to. */
  public record UnitKey(String system, String metric) implements Comparable<UnitKey> {
    @Override
    public int compareTo(UnitKey o) {
      int c = system.compareTo(o.system);
      return c != 0 ? c : metric.compareTo(o.metric);
    }
  }

  /**
   * {@code r} with cross-document findings ({@link UnitKey unit} to findings, null for none) added
   * to its measurements.
   */
  public static DocumentResult addTo(DocumentResult r, Map<UnitKey, List<Finding>> mine) {
    if (mine == null) {
      return r;
    }
    List<UnitResult> units = new ArrayList<>();
    for (UnitResult u : r.units()) {
      Map<String, Measurement> ms = new TreeMap<>(u.measurements());
      List<Finding> all = new ArrayList<>(u.findings());
      for (var e : mine.entrySet()) {
        UnitKey key = e.getKey();
        if (!key.system().equals(u.system())) {
          continue;
        }
        Measurement old = ms.get(key.metric());
        List<Finding> fs = new ArrayList<>(old.findings());
        fs.addAll(e.getValue());
        fs.sort(Evaluator.FINDING_ORDER);
        ms.put(key.metric(), new Measurement(old.stats(), fs, old.details(), old.note()));
        all.addAll(e.getValue());
      }
      all.sort(Evaluator.FINDING_ORDER);
      units.add(new UnitResult(u.system(), ms, List.copyOf(all), u.failures()));
    }
    return new DocumentResult(r.document(), List.copyOf(units));
  }
}
