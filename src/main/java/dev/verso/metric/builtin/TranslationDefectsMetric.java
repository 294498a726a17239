package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.metric.CheckSpec;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.defects.Boilerplate;
import dev.verso.metric.builtin.defects.Boilerplate.Block;
import dev.verso.metric.builtin.defects.Mojibake;
import dev.verso.metric.builtin.defects.PageFurniture;
import dev.verso.metric.builtin.defects.RepeatedText;
import dev.verso.metric.builtin.defects.RepeatedText.Repeat;
import dev.verso.metric.builtin.defects.Sentences;
import dev.verso.metric.builtin.defects.TextLines;
import dev.verso.metric.builtin.defects.TextLines.Line;
import dev.verso.metric.builtin.defects.Truncation;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
public final class TranslationDefectsMetric implements Metric, CorpusMetric {
  /** Metric id. */
  public static final String ID = "TRANSLATION_DEFECTS";

  /** Check id: web-page boilerplate in the translation. */
  public static final String BOILERPLATE = "BOILERPLATE";

  /** Check id: the text stops mid-sentence. */
  public static final String TRUNCATED = "TRUNCATED";

  /** Check id: garbled characters from a wrong decoding. */
  public static final String MOJIBAKE = "MOJIBAKE";

  /** Check id: a sentence or paragraph repeated later in the same text. */
  public static final String REPEATED_PARAGRAPH = "REPEATED_PARAGRAPH";

  /** Every check, in the order they are documented. */
  public static final List<String> CHECKS =
      List.of(BOILERPLATE, TRUNCATED, MOJIBAKE, REPEATED_PARAGRAPH);

  private final Set<String> checks;
  private final int repeatMinWords;
  private final int corpusMinDocuments;
  private final double corpusMinShare;
  private final int corpusMinWords;
  private final int corpusMaxWords;
  private final Signature signature;

  TranslationDefectsMetric(Options o) {
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
    this.corpusMinDocuments = o.integer("corpusMinDocuments", 0);
    this.corpusMinShare = o.number("corpusMinShare");
    if (corpusMinShare < 0 || corpusMinShare > 1) {
      throw new IllegalArgumentException(
          "metric " + ID + ": option 'corpusMinShare' must be between 0 and 1");
    }
    this.corpusMinWords = o.integer("corpusMinWords", 1);
    this.corpusMaxWords = o.integer("corpusMaxWords", corpusMinWords);
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
    return List.of(
        "defectiveChars",
        "characters",
        "boilerplateChars",
        "mojibakeChars",
        "repeatedChars",
        "truncatedTexts",
        "texts");
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
          Finding f = boilerplate(b);
          findings.add(f);
          tally.add(f, 2);
        }
        details.put("blocks", blockSpans.stream().map(s -> List.of(s.start(), s.end())).toList());
        details.put("lines", lineHashes(lines));
      }
      if (checks.contains(TRUNCATED)) {
        String source = unit.source() == null ? null : unit.source().text();
        Truncation.Result r =
            Truncation.check(
                text, lines, blockSpans, source == null || source.isBlank() ? null : source);
        if (r != null) {
          Finding f = truncated(r, text, source);
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

  /** A block of this many characters (or of three lines) is a major finding. */
  static final int MAJOR_BOILERPLATE_CHARS = 150;

  private static Finding boilerplate(Block b) {
    boolean major = b.lines() >= 3 || b.span().length() >= MAJOR_BOILERPLATE_CHARS;
    String where =
        switch (b.position()) {
          case LEADING -> "at the start of the text";
          case TRAILING -> "at the end of the text";
          case INLINE -> "inside the text";
        };
    return new Finding(
        BOILERPLATE,
        IssueType.OTHER,
        major ? Severity.MAJOR : Severity.MINOR,
        Fields.TRANSLATION_TEXT,
        b.span(),
        "Web-page boilerplate "
            + where
            + " ("
            + String.join(", ", b.categories())
            + "; "
            + lines(b.lines())
            + "): it is not part of the article; remove it",
        List.of(),
        Map.of(
            "position", b.position().name().toLowerCase(Locale.ROOT),
            "lines", b.lines(),
            "categories", List.copyOf(b.categories())));
  }

  private static String lines(int n) {
    return n == 1 ? "1 line" : n + " lines";
  }

  private static Finding truncated(Truncation.Result r, String text, String source) {
    String sentence = r.span().of(text);
    String tail = sentence;
    if (sentence.length() > 40) {
      int cut = sentence.indexOf(' ', sentence.length() - 40);
      tail = "…" + sentence.substring(cut < 0 ? sentence.length() - 40 : cut + 1);
    }
    String message =
        switch (r.reason()) {
          case DANGLING -> "The text stops mid-sentence: \"" + tail + "\" cannot end a sentence";
          case NO_END ->
              "The text may be cut off: its last sentence \""
                  + tail
                  + "\" has no closing punctuation";
          case ELLIPSIS -> "The text ends with an ellipsis: \"" + tail + "\"; it may be cut off";
        };
    Map<String, Object> evidence = new TreeMap<>();
    evidence.put("reason", r.reason().name().toLowerCase(Locale.ROOT));
    if (source != null && !source.isBlank()) {
      String s = source.strip();
      evidence.put("sourceEnding", s.substring(s.offsetByCodePoints(s.length(), -1)));
      if (r.strong() && r.reason() != Truncation.Reason.DANGLING) {
        message += " while the source ends with a full sentence";
      }
    }
    return new Finding(
        TRUNCATED,
        IssueType.OMISSION,
        r.strong() ? Severity.MAJOR : Severity.MINOR,
        Fields.TRANSLATION_TEXT,
        r.span(),
        message,
        List.of(),
        evidence);
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
    Set<String> seen = new java.util.HashSet<>();
    for (String s : source.split("[。！？!?\\n]+")) {
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
      String what =
          r.paragraph()
              ? "Paragraph repeated"
              : r.sentences() == 1 ? "Sentence repeated" : r.sentences() + " sentences repeated";
      Map<String, Object> evidence = new TreeMap<>();
      evidence.put("firstStart", r.first().start());
      evidence.put("firstEnd", r.first().end());
      evidence.put("sentences", r.sentences());
      evidence.put("words", r.words());
      if (sourceRepeats) {
        evidence.put("sourceRepeats", true);
      }
      boolean major = !sourceRepeats && (r.sentences() >= 2 || r.words() >= 20);
      Finding f =
          new Finding(
              REPEATED_PARAGRAPH,
              IssueType.DUPLICATION,
              major ? Severity.MAJOR : Severity.MINOR,
              field,
              r.span(),
              what
                  + " ("
                  + r.words()
                  + " words): it already appears at offset "
                  + r.first().start()
                  + (sourceRepeats
                      ? "; the source repeats a sentence too, so this may be faithful"
                      : ""),
              List.of(),
              evidence);
      out.add(f);
      tally.add(f, 4);
    }
  }

  private static void mojibake(String field, String text, List<Finding> out, Tally tally) {
    if (text == null) {
      return;
    }
    for (Mojibake.Hit h : Mojibake.find(text)) {
      String found = h.span().of(text);
      String message =
          switch (h.kind()) {
            case MISDECODED ->
                "Garbled characters \""
                    + found
                    + "\" (UTF-8 read as Windows-1252)"
                    + (h.repaired() == null ? "" : "; they stand for \"" + h.repaired() + "\"");
            case INCOMPLETE ->
                "Garbled characters \""
                    + found
                    + "\": the start of a UTF-8 character read as Windows-1252, its last bytes lost";
            case REPLACEMENT ->
                lengthWord(h.span().length(), "replacement character")
                    + " (U+FFFD): characters were lost when the text was decoded";
            case CONTROL ->
                String.format(Locale.ROOT, "Stray control character U+%04X", (int) found.charAt(0));
          };
      Finding f =
          new Finding(
              MOJIBAKE,
              IssueType.CHARACTERS,
              h.kind() == Mojibake.Kind.CONTROL ? Severity.MINOR : Severity.MAJOR,
              field,
              h.span(),
              message,
              h.repaired() == null ? List.of() : List.of(h.repaired()),
              Map.of("kind", h.kind().name().toLowerCase(Locale.ROOT)));
      out.add(f);
      tally.add(f, 3);
    }
  }

  private static String lengthWord(int n, String noun) {
    return n == 1 ? "A " + noun : n + " " + noun + "s";
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

  // ---- lines recurring across documents ----

  /** [hash, start, end, line index] of every line whose word count is in the learnt range. */
  private List<List<Object>> lineHashes(List<Line> lines) {
    List<List<Object>> out = new ArrayList<>();
    for (Line l : lines) {
      int words = l.words();
      if (words >= corpusMinWords && words <= corpusMaxWords && learnable(l.text(), words)) {
        out.add(
            List.of(hash(normalizeLine(l.text())), l.span().start(), l.span().end(), l.index()));
      }
    }
    return out;
  }

  /** Shortest line, in words, that may end like a sentence and still be learnt across documents. */
  static final int MIN_SENTENCE_LINE_WORDS = 5;

  /**
   * Whether a line may be learnt as boilerplate across documents: short lines that end like a
   * sentence ("Thank you.", "Thank you very much.") recur across speeches and articles as language,
   * not page furniture, so a line ending with . ! ? needs at least five words.
   */
  static boolean learnable(String line, int words) {
    return words >= MIN_SENTENCE_LINE_WORDS || !Sentences.endsSentence(line);
  }

  /**
   * The line as compared across documents: decoration stripped, lower case, digits as 0, single
   * spaces.
   */
  static String normalizeLine(String line) {
    String s = line.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextLines.isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.isDigit(c) ? '0' : c);
    }
    return PageFurniture.stripDecoration(sb.toString());
  }

  /** 64-bit FNV-1a of the UTF-16 units, as 16 hex digits. */
  static String hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xFF;
      h *= 0x100000001b3L;
      h ^= c >>> 8;
      h *= 0x100000001b3L;
    }
    return String.format(Locale.ROOT, "%016x", h);
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
      String system, List<UnitMeasurement> units, java.util.function.Consumer<CorpusFinding> out) {
    if (!runsRecurringLines()) {
      return;
    }
    // documents per line hash: each unit is one document of this system, so its distinct hashes
    // count once each (counts, not sets of ids, so a large corpus costs a few bytes per line)
    Map<String, Integer> docsWithHash = new HashMap<>();
    int documents = 0;
    for (UnitMeasurement u : units) {
      if (u.measurement().details().get("lines") instanceof List<?> list) {
        documents++;
        Set<String> here = new TreeSet<>();
        for (Object o : list) {
          if (o instanceof List<?> row) {
            here.add(String.valueOf(row.get(0)));
          }
        }
        here.forEach(h -> docsWithHash.merge(h, 1, Integer::sum));
      }
    }
    for (UnitMeasurement u : units) {
      recurringLines(system, u, docsWithHash::get, documents).forEach(out);
    }
  }

  /**
   * True when the cross-document boilerplate check is on (the {@code BOILERPLATE} check, {@code
   * corpusMinDocuments > 0}).
   */
  public boolean runsRecurringLines() {
    return checks.contains(BOILERPLATE) && corpusMinDocuments != 0;
  }

  /**
   * How many documents of a system of {@code documents} (units with line details) a line must occur
   * in to count as boilerplate.
   */
  public int recurringLineThreshold(int documents) {
    return Math.max(corpusMinDocuments, (int) Math.ceil(corpusMinShare * documents - 1e-9));
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
      String system,
      UnitMeasurement u,
      java.util.function.ToIntFunction<String> documentsWithLine,
      int documents) {
    if (!runsRecurringLines()) {
      return List.of();
    }
    int needed = recurringLineThreshold(documents);
    List<CorpusFinding> out = new ArrayList<>();
    Map<String, Object> details = u.measurement().details();
    if (!(details.get("lines") instanceof List<?> list)) {
      return out;
    }
    List<Span> blocks = new ArrayList<>();
    if (details.get("blocks") instanceof List<?> bl) {
      for (Object o : bl) {
        if (o instanceof List<?> b) {
          blocks.add(new Span(((Number) b.get(0)).intValue(), ((Number) b.get(1)).intValue()));
        }
      }
    }
    int runStart = -1;
    int runEnd = -1;
    int runLast = -2;
    int runLines = 0;
    int runMinDocs = Integer.MAX_VALUE;
    for (Object o : list) {
      List<?> row = (List<?>) o;
      int start = ((Number) row.get(1)).intValue();
      int end = ((Number) row.get(2)).intValue();
      int index = ((Number) row.get(3)).intValue();
      int docs = documentsWithLine.applyAsInt(String.valueOf(row.get(0)));
      boolean inBlock = blocks.stream().anyMatch(b -> b.start() <= start && end <= b.end());
      if (docs < needed || inBlock) {
        continue;
      }
      if (runStart >= 0 && index == runLast + 1) {
        runEnd = end;
        runLast = index;
        runLines++;
        runMinDocs = Math.min(runMinDocs, docs);
        continue;
      }
      if (runStart >= 0) {
        out.add(
            recurring(u.documentId(), system, runStart, runEnd, runLines, runMinDocs, documents));
      }
      runStart = start;
      runEnd = end;
      runLast = index;
      runLines = 1;
      runMinDocs = docs;
    }
    if (runStart >= 0) {
      out.add(recurring(u.documentId(), system, runStart, runEnd, runLines, runMinDocs, documents));
    }
    return out;
  }

  private static CorpusFinding recurring(
      String documentId, String system, int start, int end, int lines, int docs, int documents) {
    String what = lines == 1 ? "This line recurs" : "These " + lines + " lines recur";
    return new CorpusFinding(
        documentId,
        new Finding(
            BOILERPLATE,
            IssueType.OTHER,
            lines >= 3 ? Severity.MAJOR : Severity.MINOR,
            Fields.TRANSLATION_TEXT,
            new Span(start, end),
            what
                + " verbatim in "
                + (lines == 1 ? "" : "at least ")
                + docs
                + " of "
                + documents
                + " documents of system "
                + system
                + ": likely site boilerplate, not part of the article",
            List.of(),
            Map.of("position", "recurring", "lines", lines, "documents", docs)));
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
