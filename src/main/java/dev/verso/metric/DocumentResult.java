package dev.verso.metric;

import dev.verso.model.Document;
import java.util.List;

/** The results for one document: one {@link UnitResult} per system, sorted by system name. */
public record DocumentResult(Document document, List<UnitResult> units) {}
