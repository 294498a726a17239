package dev.verso.metric.builtin;

import dev.verso.metric.BaseMetric;
import dev.verso.metric.CheckSpec;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.defects.Boilerplate;
import dev.verso.metric.builtin.defects.Boilerplate.Block;
import dev.verso.metric.builtin.defects.DefectChecks;
import dev.verso.metric.builtin.defects.DefectFindings;
import dev.verso.metric.builtin.defects.Mojibake;
import dev.verso.metric.builtin.defects.PageFurniture;
import dev.verso.metric.builtin.defects.RecurringLines;
import dev.verso.metric.builtin.defects.RepeatedText;
import dev.verso.metric.builtin.defects.RepeatedText.Repeat;
import dev.verso.metric.builtin.defects.TextLines;
import dev.verso.metric.builtin.defects.TextLines.Line;
import dev.verso.metric.builtin.defects.Truncation;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * TRANSLATION_DEFECTS: faults of the translated text itself that no comparison with the source is
 * needed to see. One metric with four checks, each a stable id that can be switched off with the
 * {@code checks} option:
 *
 * <ul>
 *   <li>{@code BOILERPLATE} (translation text): web-page furniture carried into the translation —
 *       comment forms, navigation, share and print links, related-links lists, legal notices, chat
 *       widgets, and in the header or footer also credit lines, date stamps and name-and-position
 *       author blocks (see {@link PageFurniture} and {@link Boilerplate}); across documents, lines
 *       that recur verbatim (after folding case, digits and whitespace) in at least {@code
 *       corpusMinDocuments} documents and {@code corpusMinShare} of the documents of a system.
 *       Span: the whole run of boilerplate lines. Minor, major from three lines or 150 characters.
 *   <li>{@code TRUNCATED} (translation text): the text stops mid-sentence (see {@link Truncation}).
 *       Span: the unfinished sentence. Major when the evidence is strong.
 *   <li>{@code MOJIBAKE} (translation title and text, summary): UTF-8 decoded as Windows-1252 or
 *       Latin-1, replacement characters, C1 controls (see {@link Mojibake}), with the repaired text
 *       as suggestion when re-decoding works.
 *   <li>{@code REPEATED_PARAGRAPH} (translation text, summary): a sentence of at least {@code
 *       repeatMinWords} words, or a run of sentences starting with one, repeated later in the same
 *       text (see {@link RepeatedText}). Span: the repeat; evidence: the first occurrence. Major
 *       from two sentences or 20 words, unless the source repeats a sentence itself (then minor).
 * </ul>
 *
 * <p>Statistics are [defective characters, characters, boilerplate characters, garbled characters,
 * repeated characters, truncated texts, texts] over the checked fields; defective characters are
 * the union of all findings' spans. The score is the share of characters free of defects.
 * Boilerplate learnt across documents is reported after all documents and does not change the
 * statistics.
 *
 * <p>Known limits: the furniture patterns are English; credits inside a paragraph and short credit
 * lines between paragraphs ("Source: Xinhua") are deliberately not boilerplate; several copies of
 * one article in a corpus make its lines look recurring; a cut after a full stop is invisible
 * without the source's length; mojibake from code pages other than Windows-1252/Latin-1 is not
 * recognised. See {@code docs/defects.md}.
 */
public final class TranslationDefectsMetric extends BaseMetric implements CorpusMetric {
  /** Runs of sentence-ending marks and line breaks in the source. */
  private static final Pattern SOURCE_SENTENCE_ENDS = Pattern.compile("[。！？!?\\n]+");

  /** Metric id. */
  public static final String ID = "TRANSLATION_DEFECTS";

  /** Check id: web-page boilerplate in the translation. */
  public static final String BOILERPLATE = DefectChecks.BOILERPLATE;

  /** Check id: the text stops mid-sentence. */
  public static final String TRUNCATED = DefectChecks.TRUNCATED;

  /** Check id: garbled characters from a wrong decoding. */
  public static final String MOJIBAKE = DefectChecks.MOJIBAKE;

  /** Check id: a sentence or paragraph repeated later in the same text. */
  public static final String REPEATED_PARAGRAPH = DefectChecks.REPEATED_PARAGRAPH;

  /** Every check, in the order they are documented. */
  public static final List<String> CHECKS =
      List.of(BOILERPLATE, TRUNCATED, MOJIBAKE, REPEATED_PARAGRAPH);

  private final Set<String> checks;
  private final int repeatMinWords;
  private final RecurringLines recurringLines;

  TranslationDefectsMetric(Options o) {
    super(
        ID,
        o,
        List.of(
            "defectiveChars",
            "characters",
            "boilerplateChars",
            "mojibakeChars",
            "repeatedChars",
            "truncatedTexts",
            "texts"));
    Set<String> c = new TreeSet<>();
    for (String s : o.string("checks").split(",")) {
      String t = s.trim().toUpperCase(Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      if (!CHECKS.contains(t)) {
        throw new IllegalArgumentException(
            "metric "
                + ID
                + ": option 'checks': unknown check '"
                + s.trim()
                + "' (known: "
                + String.join(", ", CHECKS)
                + ")");
      }
      c.add(t);
    }
    this.checks = Set.copyOf(c);
    this.repeatMinWords = o.integer("repeatMinWords", 2);
    int corpusMinDocuments = o.integer("corpusMinDocuments", 0);
    double corpusMinShare = o.number("corpusMinShare");
    if (corpusMinShare < 0 || corpusMinShare > 1) {
      throw new IllegalArgumentException(
          "metric " + ID + ": option 'corpusMinShare' must be between 0 and 1");
    }
    int corpusMinWords = o.integer("corpusMinWords", 1);
    int corpusMaxWords = o.integer("corpusMaxWords", corpusMinWords);
    this.recurringLines =
        new RecurringLines(corpusMinDocuments, corpusMinShare, corpusMinWords, corpusMaxWords);
  }

  /** Per-field bookkeeping: findings' spans for the union of defective characters. */
  private static final class Tally {
    final double[] stats = new double[7];
    final Map<String, List<Span>> spans = new TreeMap<>();

    void add(Finding f, int statColumn) {
      spans.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f.span());
      if (statColumn >= 0) {
        stats[statColumn] += f.span().length();
      }
    }
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    List<Finding> findings = new ArrayList<>();
    Tally tally = new Tally();
    Map<String, Object> details = new LinkedHashMap<>();
    String title = unit.translation().title();
    String text = unit.translation().text();
    String summary = unit.summary();
    for (String s : new String[] {title, text, summary}) {
      if (s != null) {
        tally.stats[1] += s.length();
      }
    }
    if (text != null && !text.isBlank()) {
      tally.stats[6] = 1;
      List<Line> lines = TextLines.of(text);
      List<Block> blocks = Boilerplate.find(lines);
      List<Span> blockSpans = blocks.stream().map(Block::span).toList();
      if (checks.contains(BOILERPLATE)) {
        for (Block b : blocks) {
          Finding f = DefectFindings.boilerplate(b);
          findings.add(f);
          tally.add(f, 2);
        }
        details.put("blocks", blockSpans.stream().map(s -> List.of(s.start(), s.end())).toList());
        details.put("lines", recurringLines.lineHashes(lines));
      }
      if (checks.contains(TRUNCATED)) {
        String source = unit.source() == null ? null : unit.source().text();
        Truncation.Result r =
            Truncation.check(
                text, lines, blockSpans, source == null || source.isBlank() ? null : source);
        if (r != null) {
          Finding f = DefectFindings.truncated(r, text, source);
          findings.add(f);
          tally.add(f, -1);
          tally.stats[5] = 1;
        }
      }
      if (checks.contains(REPEATED_PARAGRAPH)) {
        boolean sourceRepeats = unit.source() != null && sourceRepeats(unit.source().text());
        repeats(Fields.TRANSLATION_TEXT, text, lines, blockSpans, sourceRepeats, findings, tally);
      }
    }
    if (checks.contains(REPEATED_PARAGRAPH) && summary != null) {
      repeats(Fields.SUMMARY, summary, TextLines.of(summary), List.of(), false, findings, tally);
    }
    if (checks.contains(MOJIBAKE)) {
      mojibake(Fields.TRANSLATION_TITLE, title, findings, tally);
      mojibake(Fields.TRANSLATION_TEXT, text, findings, tally);
      mojibake(Fields.SUMMARY, summary, findings, tally);
    }
    long defective = 0;
    for (List<Span> spans : tally.spans.values()) {
      defective += unionLength(spans);
    }
    tally.stats[0] = defective;
    return new Measurement(tally.stats, findings, details, null);
  }

  /**
   * Shortest source sentence, in characters, whose repetition makes a repeated translation
   * faithful.
   */
  static final int MIN_SOURCE_REPEAT_CHARS = 10;

  /** True when the source itself repeats a sentence of at least ten characters. */
  static boolean sourceRepeats(String source) {
    if (source == null) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (String s : SOURCE_SENTENCE_ENDS.split(source)) {
      String t = s.strip();
      if (t.length() >= MIN_SOURCE_REPEAT_CHARS && !seen.add(t)) {
        return true;
      }
    }
    return false;
  }

  private void repeats(
      String field,
      String text,
      List<Line> lines,
      List<Span> excluded,
      boolean sourceRepeats,
      List<Finding> out,
      Tally tally) {
    for (Repeat r : RepeatedText.find(text, lines, excluded, repeatMinWords)) {
      Finding f = DefectFindings.repeated(field, r, sourceRepeats);
      out.add(f);
      tally.add(f, 4);
    }
  }

  private static void mojibake(String field, String text, List<Finding> out, Tally tally) {
    if (text == null) {
      return;
    }
    for (Mojibake.Hit h : Mojibake.find(text)) {
      Finding f = DefectFindings.mojibake(field, text, h);
      out.add(f);
      tally.add(f, 3);
    }
  }

  private static long unionLength(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    long total = 0;
    int end = -1;
    for (Span s : sorted) {
      int from = Math.max(s.start(), end);
      if (s.end() > from) {
        total += s.end() - from;
      }
      end = Math.max(end, s.end());
    }
    return total;
  }

  /**
   * Lines that recur verbatim in many documents of one system are site boilerplate: each run of
   * such lines outside the blocks found per document becomes a {@code BOILERPLATE} finding. A line
   * counts when it occurs in at least {@code corpusMinDocuments} documents and at least {@code
   * corpusMinShare} of the system's documents.
   */
  @Override
  public List<CorpusFinding> corpusFindings(String system, List<UnitMeasurement> units) {
    List<CorpusFinding> out = new ArrayList<>();
    corpusFindings(system, units, out::add);
    return out;
  }

  @Override
  public void corpusFindings(
      String system, List<UnitMeasurement> units, Consumer<CorpusFinding> out) {
    if (!runsRecurringLines()) {
      return;
    }
    RecurringLines.Counts counts = RecurringLines.count(units);
    for (UnitMeasurement u : units) {
      recurringLines(system, u, counts.documentsWithLine()::get, counts.documents()).forEach(out);
    }
  }

  /**
   * True when the cross-document boilerplate check is on (the {@code BOILERPLATE} check, {@code
   * corpusMinDocuments > 0}).
   */
  public boolean runsRecurringLines() {
    return checks.contains(BOILERPLATE) && recurringLines.enabled();
  }

  /**
   * How many documents of a system of {@code documents} (units with line details) a line must occur
   * in to count as boilerplate.
   */
  public int recurringLineThreshold(int documents) {
    return recurringLines.threshold(documents);
  }

  /**
   * The boilerplate findings of one unit given the corpus counts: {@code documentsWithLine} maps a
   * line hash of the unit's {@code lines} details to the number of the system's documents that
   * contain that line (any number below {@link #recurringLineThreshold} may be given as 0), and
   * {@code documents} is the number of the system's units with line details. {@link
   * #corpusFindings} is this over every unit; distributed runs count the lines with an aggregation
   * instead.
   */
  public List<CorpusFinding> recurringLines(
      String system, UnitMeasurement u, ToIntFunction<String> documentsWithLine, int documents) {
    if (!runsRecurringLines()) {
      return List.of();
    }
    return recurringLines.findings(system, u, documentsWithLine, documents);
  }

  @Override
  public double score(double[] s) {
    return FieldScanMetric.cleanShare(s);
  }

  /** Finds {@link TranslationDefectsMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<CheckSpec> DECLARED =
        List.of(
            new CheckSpec(
                "BOILERPLATE",
                IssueType.OTHER,
                Severity.MINOR,
                "page furniture or boilerplate lines (menus, share buttons, lines recurring across documents)"),
            new CheckSpec(
                "TRUNCATED",
                IssueType.OMISSION,
                Severity.MINOR,
                "a translation that stops mid-sentence or ends well before its source"),
            new CheckSpec(
                "REPEATED_PARAGRAPH",
                IssueType.DUPLICATION,
                Severity.MINOR,
                "a paragraph or sentence repeated in the translation"),
            new CheckSpec(
                "MOJIBAKE",
                IssueType.CHARACTERS,
                Severity.MAJOR,
                "garbled characters from a wrong encoding, or control characters"));

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "checks",
                String.join(",", CHECKS),
                "comma-separated checks to run (BOILERPLATE, TRUNCATED, MOJIBAKE, REPEATED_PARAGRAPH)"),
            new OptionSpec(
                "corpusMaxWords",
                "40",
                "longest line, in words, learnt as boilerplate across documents"),
            new OptionSpec(
                "corpusMinDocuments",
                "3",
                "a line recurring in at least this many documents of a system is boilerplate (0 turns the corpus check off)"),
            new OptionSpec(
                "corpusMinShare", "0.02", "… and in at least this share of the system's documents"),
            new OptionSpec(
                "corpusMinWords",
                "2",
                "shortest line, in words, learnt as boilerplate across documents"),
            new OptionSpec(
                "repeatMinWords",
                "8",
                "shortest sentence, in words, whose repetition is reported"));

    public Provider() {
      super(
          ID,
          "Defects of the translated text: web boilerplate carried over, text cut off mid-sentence, garbled characters (mojibake), repeated sentences or paragraphs.",
          OPTIONS,
          DECLARED,
          TranslationDefectsMetric::new);
    }
  }
}
