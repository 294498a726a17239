package dev.verso.metric.builtin;

import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Finding;

/** Findings written as one line each for example tables: check, severity, field, span, text. */
final class FindingLines {
  private FindingLines() {}

  /** {@code CHECK severity field start-end "text"} of a finding of {@code system}'s unit. */
  static String of(Finding f, Document d, String system) {
    return f.check()
        + " "
        + f.severity().id()
        + " "
        + f.field()
        + " "
        + f.span().start()
        + "-"
        + f.span().end()
        + " \""
        + f.span().of(Fields.text(d, system, f.field()))
        + "\"";
  }
}
