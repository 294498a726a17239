package dev.verso.report;

import dev.verso.model.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code documents} in report.json: the document's id, metadata, where its records
 * came from, whether it has a source, how many references, and each system's {@link ReportedUnit}.
 * {@link #toMap} gives the entry as written, its keys in the order of the components.
 */
public record ReportedDocument(
    String id,
    Map<String, Object> meta,
    List<Origin> origins,
    boolean hasSource,
    int references,
    List<ReportedUnit> systems) {

  /** The entry as report.json writes it. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("meta", meta);
    List<Object> where = new ArrayList<>();
    for (Origin o : origins) {
      where.add(ReportModel.ordered("file", o.file(), "line", o.line()));
    }
    m.put("origins", where);
    m.put("hasSource", hasSource);
    m.put("references", references);
    List<Object> units = new ArrayList<>();
    for (ReportedUnit u : systems) {
      units.add(u.toMap());
    }
    m.put("systems", units);
    return m;
  }

  /** An entry read back from report.json. */
  @SuppressWarnings("unchecked")
  public static ReportedDocument fromMap(Map<String, Object> m) {
    List<Origin> origins = new ArrayList<>();
    for (Object o : (List<Object>) m.get("origins")) {
      Map<String, Object> at = (Map<String, Object>) o;
      origins.add(new Origin((String) at.get("file"), ((Number) at.get("line")).intValue()));
    }
    List<ReportedUnit> units = new ArrayList<>();
    for (Object u : (List<Object>) m.get("systems")) {
      units.add(ReportedUnit.fromMap((Map<String, Object>) u));
    }
    return new ReportedDocument(
        (String) m.get("id"),
        (Map<String, Object>) m.get("meta"),
        origins,
        Boolean.TRUE.equals(m.get("hasSource")),
        ((Number) m.get("references")).intValue(),
        units);
  }

  /** This entry with other systems' parts. */
  public ReportedDocument withSystems(List<ReportedUnit> other) {
    return new ReportedDocument(id, meta, origins, hasSource, references, other);
  }
}
