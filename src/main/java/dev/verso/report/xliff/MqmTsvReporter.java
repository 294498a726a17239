package dev.verso.report.xliff;

import dev.verso.metric.EvaluationResult;
import dev.verso.model.Fields;
import dev.verso.model.IssueType;
import dev.verso.report.AtomicFiles;
import dev.verso.report.FindingRow;
import dev.verso.report.ReportContext;
import dev.verso.report.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --format mqm-tsv}: {@code mqm.tsv}, one row per (unsuppressed) finding in report order, in
 * the shape of human MQM annotations: system, document, segment, side, span offsets (in the
 * segment's text for XLIFF/TMX, else in the field) and text, MQM category ({@code
 * Accuracy/Omission}, {@code Terminology/Inconsistent} ...), MQM severity, and Verso's check id and
 * message. Tabs, newlines and backslashes in values are written as {@code \t}, {@code \n} and
 * {@code \\}.
 */
public final class MqmTsvReporter implements Reporter {
  /** The header row's column names. */
  public static final List<String> COLUMNS =
      List.of(
          "system",
          "document",
          "segment",
          "side",
          "start",
          "end",
          "text",
          "category",
          "severity",
          "check",
          "message");

  @Override
  public String format() {
    return "mqm-tsv";
  }

  @Override
  public Path write(EvaluationResult result, ReportContext context) throws IOException {
    BitextSources sources = new BitextSources();
    StringBuilder sb = new StringBuilder();
    sb.append(String.join("\t", COLUMNS)).append('\n');
    for (FindingRow row : FindingRow.of(result, context.suppressions())) {
      if (row.suppressed()) {
        continue;
      }
      String field = row.finding().field();
      List<String> cells = new ArrayList<>();
      cells.add(row.system());
      cells.add(row.document().id());
      String[] where = segment(sources, row);
      cells.add(where[0]);
      cells.add(side(field));
      cells.add(where[1]);
      cells.add(where[2]);
      cells.add(row.finding().text());
      cells.add(
          category(
              IssueType.valueOf(row.finding().type().toUpperCase(Locale.ROOT).replace('-', '_')),
              row.finding().check()));
      cells.add(mqmSeverity(row.finding().severity()));
      cells.add(row.finding().check());
      cells.add(row.finding().message());
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          sb.append('\t');
        }
        sb.append(escape(cells.get(i)));
      }
      sb.append('\n');
    }
    Path target = context.outputDir().resolve("mqm.tsv");
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, out -> out.write(bytes));
    return target;
  }

  /**
   * Segment, start and end of a finding: for XLIFF/TMX the segment id(s) and offsets in the
   * segment's plain text (from the first segment's start to the last one's end); else {@code line
   * N} of the field and offsets in the field.
   */
  private static String[] segment(BitextSources sources, FindingRow row) {
    BitextSources.Source src = sources.find(row.document(), row.system());
    if (src != null) {
      List<BitextSources.Piece> pieces =
          sources.locate(
              src.document(), row.finding().field(), row.finding().start(), row.finding().end());
      List<String> ids = new ArrayList<>();
      for (BitextSources.Piece p : pieces) {
        if (!ids.contains(p.segment().id())) {
          ids.add(p.segment().id());
        }
      }
      if (!ids.isEmpty()) {
        return new String[] {
          String.join("+", ids),
          Integer.toString(pieces.get(0).from()),
          Integer.toString(pieces.get(pieces.size() - 1).to())
        };
      }
    }
    return new String[] {
      "line " + row.finding().line(),
      Integer.toString(row.finding().start()),
      Integer.toString(row.finding().end())
    };
  }

  /** {@code source}, {@code target}, {@code summary} or {@code reference}. */
  static String side(String field) {
    if (field.startsWith("source.")) {
      return "source";
    }
    if (field.startsWith("translation.")) {
      return "target";
    }
    if (field.equals(Fields.SUMMARY)) {
      return "summary";
    }
    return "reference";
  }

  /** The MQM severity name: Critical, Major, Minor, or Neutral for Verso's info. */
  static String mqmSeverity(String verso) {
    return switch (verso) {
      case "critical" -> "Critical";
      case "major" -> "Major";
      case "minor" -> "Minor";
      default -> "Neutral";
    };
  }

  /**
   * The MQM category of a finding: its ITS issue type mapped onto the MQM core typology (as used by
   * the WMT MQM annotations), with the check id telling consistency problems from wrong terms.
   */
  static String category(IssueType type, String check) {
    boolean consistency =
        check.contains("DRIFT")
            || check.contains("VARIANT")
            || check.contains("INCONSISTENT")
            || check.contains("REDEFINED");
    return switch (type) {
      case OMISSION -> "Accuracy/Omission";
      case ADDITION -> "Accuracy/Addition";
      case MISTRANSLATION, NUMBERS -> "Accuracy/Mistranslation";
      case UNTRANSLATED -> "Accuracy/Untranslated";
      case TERMINOLOGY ->
          consistency ? "Terminology/Inconsistent" : "Terminology/Inappropriate for context";
      case INCONSISTENCY, INCONSISTENT_ENTITIES ->
          check.contains("ACRONYM") || check.contains("TERM") || consistency
              ? "Terminology/Inconsistent"
              : "Fluency/Inconsistency";
      case DUPLICATION -> "Fluency/Duplication";
      case GRAMMAR -> "Fluency/Grammar";
      case MISSPELLING -> "Fluency/Spelling";
      case TYPOGRAPHICAL, WHITESPACE -> "Fluency/Punctuation";
      case CHARACTERS -> "Fluency/Character encoding";
      case REGISTER -> "Style/Register";
      case STYLE -> "Style/Awkward";
      case LOCALE_SPECIFIC_CONTENT, LOCALE_VIOLATION -> "Locale convention";
      case LENGTH -> check.contains("SHORT") ? "Accuracy/Omission" : "Other/Length";
      case MARKUP, FORMATTING, PATTERN_PROBLEM -> "Fluency/Markup";
      case LEGAL, INTERNATIONALIZATION, NON_CONFORMANCE, UNCATEGORIZED, OTHER -> "Other";
    };
  }

  /** Escapes backslash, tab, newline and carriage return. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
