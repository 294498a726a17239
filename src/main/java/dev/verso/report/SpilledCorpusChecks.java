package dev.verso.report;

import dev.verso.metric.CorpusFindings;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cross-document checks of a {@link SpilledReport}: what each {@link CorpusMetric} measured on
 * each unit is spilled as the documents pass ({@link #add}); {@link #run} hands the metrics those
 * measurements in report order, read back one at a time, and spills the findings they return,
 * linked per document, for {@link #findingsOf}. In memory: two numbers per measured unit and per
 * finding.
 */
final class SpilledCorpusChecks implements AutoCloseable {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final List<Metric> metrics;
  private final List<Metric> corpusMetrics;
  private final Spill corpusRecords;
  private final Spill extraFindings;
  // metric id to system to the spilled measurements the metric's corpus checks read
  private final Map<String, Map<String, UnitSpill>> corpusUnits = new TreeMap<>();
  // per document, the last of its spilled findings; each finding record links to the one before
  // (-1 ends the chain)
  private int[] lastExtra = new int[0];
  private int[] previousExtra = new int[1024];
  private List<String> ids = List.of();

  /** Receives each cross-document finding with the number of the document it points into. */
  @FunctionalInterface
  interface FindingListener {
    void found(int document, Finding f);
  }

  SpilledCorpusChecks(List<Metric> metrics, Path dir) throws IOException {
    this.metrics = List.copyOf(metrics);
    this.corpusMetrics = metrics.stream().filter(m -> m instanceof CorpusMetric).toList();
    this.corpusRecords = corpusMetrics.isEmpty() ? null : new Spill(dir.resolve("report.corpus"));
    this.extraFindings = corpusMetrics.isEmpty() ? null : new Spill(dir.resolve("report.extra"));
  }

  /** Spills what the corpus metrics measured on document {@code n}. */
  void add(int n, DocumentResult d) throws IOException {
    for (UnitResult u : d.units()) {
      for (Metric m : corpusMetrics) {
        Measurement ms = u.measurements().get(m.id());
        if (ms != null) {
          int rec = corpusRecords.add(MAPPER.writeValueAsBytes(ms.details()));
          corpusUnits
              .computeIfAbsent(m.id(), k -> new TreeMap<>())
              .computeIfAbsent(u.system(), k -> new UnitSpill())
              .add(n, rec);
        }
      }
    }
  }

  /** One (metric, system)'s spilled measurements: document numbers and spill records. */
  private static final class UnitSpill {
    int[] documents = new int[64];
    int[] records = new int[64];
    int size;

    void add(int document, int record) {
      if (size == documents.length) {
        documents = Arrays.copyOf(documents, size * 2);
        records = Arrays.copyOf(records, size * 2);
      }
      documents[size] = document;
      records[size++] = record;
    }
  }

  /**
   * Runs the cross-document checks over the spilled measurements, units in report order ({@code
   * order} lists document numbers, {@code ids} their ids), spills their findings and tells {@code
   * listener} of each.
   */
  void run(int[] order, List<String> ids, FindingListener listener) throws IOException {
    this.ids = ids;
    lastExtra = new int[ids.size()];
    Arrays.fill(lastExtra, -1);
    if (corpusUnits.isEmpty()) {
      return;
    }
    int[] rank = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      rank[order[i]] = i;
    }
    Map<String, Integer> byId = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byId.put(ids.get(i), i);
    }
    Map<String, Map<String, List<CorpusMetric.UnitMeasurement>>> units = new TreeMap<>();
    for (var byMetric : corpusUnits.entrySet()) {
      for (var bySystem : byMetric.getValue().entrySet()) {
        UnitSpill s = bySystem.getValue();
        Integer[] idx = new Integer[s.size];
        for (int i = 0; i < idx.length; i++) {
          idx[i] = i;
        }
        Arrays.sort(idx, Comparator.comparingInt(i -> rank[s.documents[i]]));
        units
            .computeIfAbsent(byMetric.getKey(), k -> new TreeMap<>())
            .put(bySystem.getKey(), new SpilledUnits(s, idx));
      }
    }
    CorpusFindings.run(
        metrics,
        units,
        (doc, unit, f) -> {
          Integer n = byId.get(doc);
          if (n == null) {
            return; // a corpus metric pointing outside the corpus: nothing to attach it to
          }
          try {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("system", unit.system());
            rec.put("metric", unit.metric());
            rec.put("finding", SpillRecords.findingMap(f));
            int r = extraFindings.add(MAPPER.writeValueAsBytes(rec));
            if (r == previousExtra.length) {
              previousExtra = Arrays.copyOf(previousExtra, r * 2);
            }
            previousExtra[r] = lastExtra[n];
            lastExtra[n] = r;
            listener.found(n, f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Document {@code n}'s cross-document findings by unit, in the order found, or null for none. */
  @SuppressWarnings("unchecked")
  Map<CorpusFindings.UnitKey, List<Finding>> findingsOf(int n) throws IOException {
    if (n >= lastExtra.length || lastExtra[n] < 0) {
      return null;
    }
    List<Integer> chain = new ArrayList<>();
    for (int r = lastExtra[n]; r >= 0; r = previousExtra[r]) {
      chain.add(r);
    }
    Map<CorpusFindings.UnitKey, List<Finding>> out = new TreeMap<>();
    for (int k = chain.size() - 1; k >= 0; k--) {
      Map<String, Object> rec =
          MAPPER.readValue(extraFindings.get(chain.get(k)), LinkedHashMap.class);
      out.computeIfAbsent(
              new CorpusFindings.UnitKey((String) rec.get("system"), (String) rec.get("metric")),
              x -> new ArrayList<>())
          .add(SpillRecords.readFinding((Map<String, Object>) rec.get("finding")).f());
    }
    return out;
  }

  /** A (metric, system)'s measurements in report order, read from the spill as they are needed. */
  private final class SpilledUnits extends AbstractList<CorpusMetric.UnitMeasurement> {
    private final UnitSpill spill;
    private final Integer[] order;

    SpilledUnits(UnitSpill spill, Integer[] order) {
      this.spill = spill;
      this.order = order;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CorpusMetric.UnitMeasurement get(int i) {
      int k = order[i];
      try {
        Map<String, Object> details =
            MAPPER.readValue(corpusRecords.get(spill.records[k]), LinkedHashMap.class);
        return new CorpusMetric.UnitMeasurement(
            ids.get(spill.documents[k]), new Measurement(null, List.of(), details, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public int size() {
      return order.length;
    }
  }

  /** Deletes the spill files. */
  @Override
  public void close() throws IOException {
    for (Spill s : new Spill[] {corpusRecords, extraFindings}) {
      if (s != null) {
        s.close();
      }
    }
  }
}
