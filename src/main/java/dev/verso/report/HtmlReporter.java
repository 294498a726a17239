package dev.verso.report;

import dev.verso.Version;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Writes {@code report.html}: one self-contained page (inline CSS, JS and SVG; nothing fetched)
 * with the corpus overview rendered on the server side and the findings table and side-by-side
 * document views rendered from inline data (JSON, gzip-compressed and base64-encoded). Input text
 * only ever reaches the page as escaped HTML or inside that data (JSON with {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 escaped, then base64), and the script puts it into the page as text
 * nodes.
 */
public final class HtmlReporter implements Reporter {
  /** File name inside the output directory. */
  public static final String FILE = "report.html";

  @Override
  public String format() {
    return "html";
  }

  private static final tools.jackson.databind.ObjectWriter COMPACT =
      tools.jackson.databind.json.JsonMapper.builder().build().writer();

  /**
   * The metric whose details (the alignment beads) drive the side-by-side view; the page reads them
   * from the report like any metric's, so the reporter does not depend on the metric.
   */
  static final String ALIGNMENT = "ALIGNMENT";

  /** Default number of documents whose texts and side-by-side views the page embeds. */
  public static final int DEFAULT_FULL_DOCUMENTS = 200;

  private final int fullDocuments;

  /** A reporter embedding the texts of the {@link #DEFAULT_FULL_DOCUMENTS} worst documents. */
  public HtmlReporter() {
    this(DEFAULT_FULL_DOCUMENTS);
  }

  /**
   * A reporter embedding the texts and side-by-side views of the {@code fullDocuments} documents
   * with the most serious findings; every document keeps its scores and findings (the findings
   * table is complete), and the page says how many are shown in full.
   */
  public HtmlReporter(int fullDocuments) {
    if (fullDocuments < 0) {
      throw new IllegalArgumentException(
          "the number of documents shown in full must not be negative");
    }
    this.fullDocuments = fullDocuments;
  }

  @Override
  public Path write(EvaluationResult result, ReportContext ctx) throws IOException {
    Path target = ctx.outputDir().resolve(FILE);
    java.util.Set<String> full = worst(result.documents(), fullDocuments);
    String note =
        full.size() < result.documents().size()
            ? "texts and side-by-side views for the "
                + full.size()
                + " documents with the most serious findings;"
                + " scores and findings for all "
                + result.documents().size()
                + " (every text is in report.json)"
            : null;
    String html = render(result, ctx.suppressions(), note, ctx.comparison(), full);
    AtomicFiles.write(target, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    return target;
  }

  /** The whole page. */
  public static String render(EvaluationResult r, Suppressions suppressions) {
    return render(r, suppressions, null);
  }

  /** The whole page, with an optional note on which documents are shown (streaming runs). */
  public static String render(EvaluationResult r, Suppressions suppressions, String documentsNote) {
    return render(r, suppressions, documentsNote, null);
  }

  /** The whole page, with a system comparison when there is one. */
  public static String render(
      EvaluationResult r,
      Suppressions suppressions,
      String documentsNote,
      dev.verso.compare.SystemComparison comparison) {
    return render(r, suppressions, documentsNote, comparison, null);
  }

  /**
   * The ids of the {@code n} documents with the most serious findings (severity-weighted count;
   * ties go to the earlier document).
   */
  static java.util.Set<String> worst(List<DocumentResult> docs, int n) {
    List<Integer> order = new ArrayList<>();
    long[] weight = new long[docs.size()];
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
      weight[i] = StreamingReport.weight(docs.get(i));
    }
    order.sort(
        (a, b) ->
            weight[a] != weight[b] ? Long.compare(weight[b], weight[a]) : Integer.compare(a, b));
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < Math.min(n, order.size()); i++) {
      out.add(docs.get(order.get(i)).document().id());
    }
    return out;
  }

  /**
   * The whole page; {@code full} names the documents whose texts and alignments are embedded (null:
   * all of them).
   */
  static String render(
      EvaluationResult r,
      Suppressions suppressions,
      String documentsNote,
      dev.verso.compare.SystemComparison comparison,
      java.util.Set<String> full) {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(1 << 16);
    int units = r.documents().stream().mapToInt(d -> d.units().size()).sum();
    try {
      writePage(
          buf,
          new PageSummary(
              r.metrics(), r.corpus(), r.problems(), r.documents().size(), units, documentsNote),
          comparison,
          entries -> {
            for (DocumentResult d : r.documents()) {
              boolean withTexts = full == null || full.contains(d.document().id());
              entries.add(documentData(r.metrics(), d, suppressions, withTexts));
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  /**
   * What the page says about the whole run.
   *
   * @param documents documents evaluated
   * @param units (document, system) units evaluated
   * @param documentsNote which documents are shown in full, or null when all are
   */
  public record PageSummary(
      List<Metric> metrics,
      dev.verso.metric.CorpusTotals corpus,
      List<InputProblem> problems,
      long documents,
      long units,
      String documentsNote) {}

  /** Receives the page's document entries, in report order. */
  public interface DocumentEntries {
    /** Writes the entries with {@code entries.add(entry)}. */
    void writeTo(EntrySink entries) throws IOException;
  }

  /**
   * Where {@link DocumentEntries} put their entries: each a JSON object as a tree of maps, lists
   * and values (the page rewrites the findings of documents without texts as rows, so it takes the
   * tree rather than its text, which it would only parse again).
   */
  public interface EntrySink {
    void add(Map<String, Object> entry) throws IOException;
  }

  /**
   * Writes the whole page to {@code out}, streaming the document entries into its data so that no
   * more than one entry is held at a time.
   */
  public static void writePage(
      java.io.OutputStream out,
      PageSummary page,
      dev.verso.compare.SystemComparison comparison,
      DocumentEntries documents)
      throws IOException {
    String template = resource("report.html");
    String summary =
        String.format(
                Locale.ROOT,
                "%d document(s), %d system translation(s), %d metric(s), %d input problem(s)",
                page.documents(),
                page.units(),
                page.metrics().size(),
                page.problems().size())
            + (page.documentsNote() == null ? "" : "; " + page.documentsNote());
    Map<String, String> values = new LinkedHashMap<>();
    values.put("GENERATOR", escape(Version.NAME + " " + Version.VERSION));
    values.put("SUMMARY", escape(summary));
    values.put("OVERVIEW", overview(page.metrics(), page.corpus()));
    values.put("CSS", resource("report.css"));
    values.put("JS", resource("report.js"));
    java.io.Writer w =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    // Replace placeholders in one pass so that inserted content is never scanned for placeholders.
    int i = 0;
    while (true) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        w.write(template, i, template.length() - i);
        break;
      }
      int close = template.indexOf("}}", open);
      String key = template.substring(open + 2, close);
      w.write(template, i, open - i);
      if (key.equals("DATA")) {
        w.flush();
        writeCompressedData(out, page, comparison, documents);
      } else {
        String v = values.get(key);
        if (v == null) {
          throw new IllegalStateException("unknown placeholder " + key + " in report.html");
        }
        w.write(v);
      }
      i = close + 2;
    }
    w.flush();
  }

  /**
   * The page's data object, gzip-compressed and then base64-encoded: the browser's HTML parser
   * reads a fifteenth of the bytes (5,000 documents: 0.85 MB instead of 12.9 MB of JSON, which took
   * Chromium's parser one to two seconds), and the page's script inflates it with the browser's
   * {@code DecompressionStream}. Base64 has no {@code <} or {@code &}, so nothing in it can end the
   * script element; the JSON inside stays escaped as {@link #scriptSafeJson} writes it. The gzip
   * header carries no time stamp, so the same data gives the same bytes.
   */
  private static void writeCompressedData(
      java.io.OutputStream out,
      PageSummary page,
      dev.verso.compare.SystemComparison comparison,
      DocumentEntries documents)
      throws IOException {
    java.io.OutputStream base64 = java.util.Base64.getEncoder().wrap(new Unclosed(out));
    java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(base64, 1 << 16);
    java.io.Writer json =
        new java.io.BufferedWriter(new java.io.OutputStreamWriter(gzip, StandardCharsets.UTF_8));
    writeData(json, page, comparison, documents);
    // closes the gzip and base64 streams (writing their trailers and padding), not the page
    json.close();
  }

  /** An output stream whose {@code close} only flushes, for encoders that close what they wrap. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** The page's data object: tool, metrics, corpus, documents, errors and comparisons. */
  private static void writeData(
      java.io.Writer w,
      PageSummary page,
      dev.verso.compare.SystemComparison comparison,
      DocumentEntries documents)
      throws IOException {
    Map<String, Object> head = new LinkedHashMap<>();
    head.put("tool", ReportModel.ordered("name", Version.NAME, "version", Version.VERSION));
    List<Object> metrics = new ArrayList<>();
    for (Metric m : page.metrics()) {
      metrics.add(
          ReportModel.ordered(
              "id",
              m.id(),
              "signature",
              m.signature().text(),
              "higherIsBetter",
              m.higherIsBetter()));
    }
    head.put("metrics", metrics);
    List<Object> corpus = new ArrayList<>();
    for (String sys : page.corpus().systems()) {
      Map<String, Object> scores = new LinkedHashMap<>();
      page.corpus().scores(sys).forEach((k, v) -> scores.put(k, ReportModel.number(v)));
      corpus.add(ReportModel.ordered("system", sys, "scores", scores));
    }
    head.put("corpus", corpus);
    Map<String, Object> tail = new LinkedHashMap<>();
    List<Object> errors = new ArrayList<>();
    for (InputProblem p : page.problems()) {
      errors.add(ReportModel.problem(p));
    }
    tail.put("errors", errors);
    if (comparison != null) {
      tail.put("comparisons", ReportModel.comparisons(comparison));
    }
    String h = COMPACT.writeValueAsString(head);
    w.write(scriptSafeJson(h.substring(0, h.length() - 1)));
    w.write(",\"documents\":[");
    boolean[] first = {true};
    FindingRows rows = new FindingRows();
    documents.writeTo(
        entry -> {
          if (!first[0]) {
            w.write(',');
          }
          first[0] = false;
          w.write(scriptSafeJson(COMPACT.writeValueAsString(rows.compact(entry))));
        });
    w.write("],");
    tail.put("findingRows", rows.table());
    String t = COMPACT.writeValueAsString(tail);
    w.write(scriptSafeJson(t.substring(1)));
  }

  /**
   * The findings of documents shown without texts, written as rows: each finding an array of its
   * {@link #KEYS} values instead of an object, its strings (check, message, flagged text, …) as
   * indices into one table of strings written after the documents (most repeat: 5,000 documents,
   * 24,801 such findings, 1,080 distinct messages). The page's JSON shrinks from 13.2 MB to 5.0 MB,
   * and with it the time the browser takes to inflate and parse it; the page's script turns the
   * rows back into objects. The table holds at most {@link #MAX_STRINGS} strings of {@link
   * #MAX_CHARS} characters in all (later strings are written in place), so memory stays bounded
   * however many documents stream through. A finding with other keys (evidence) stays an object.
   */
  static final class FindingRows {
    static final List<String> KEYS =
        List.of(
            "id",
            "metric",
            "check",
            "type",
            "severity",
            "field",
            "start",
            "end",
            "line",
            "column",
            "text",
            "message",
            "suggestions",
            "suppressed");
    private static final java.util.Set<String> INTERNED =
        java.util.Set.of("metric", "check", "type", "severity", "field", "text", "message");
    static final int MAX_STRINGS = 100_000;
    static final long MAX_CHARS = 4_000_000;
    private final Map<String, Integer> index = new java.util.HashMap<>();
    private final List<String> strings = new ArrayList<>();
    private long chars;

    /**
     * A page entry with its findings as rows when it has no texts (else as it is); the entry's
     * finding lists are replaced.
     */
    @SuppressWarnings("unchecked")
    Map<String, Object> compact(Map<String, Object> entry) {
      if (entry.containsKey("fields")) {
        return entry;
      }
      for (Object system : (List<Object>) entry.get("systems")) {
        Map<String, Object> unit = (Map<String, Object>) system;
        List<Object> findings = new ArrayList<>();
        for (Object f : (List<Object>) unit.get("findings")) {
          findings.add(f instanceof Map<?, ?> m ? row(m) : f);
        }
        unit.put("findings", findings);
      }
      return entry;
    }

    private Object row(Map<?, ?> finding) {
      if (!KEYS.equals(new ArrayList<>(finding.keySet()))) {
        return finding;
      }
      List<Object> row = new ArrayList<>(KEYS.size());
      for (String key : KEYS) {
        Object v = finding.get(key);
        row.add(INTERNED.contains(key) && v instanceof String text ? intern(text) : v);
      }
      return row;
    }

    private Object intern(String text) {
      Integer at = index.get(text);
      if (at != null) {
        return at;
      }
      if (strings.size() >= MAX_STRINGS || chars + text.length() > MAX_CHARS) {
        return text;
      }
      index.put(text, strings.size());
      strings.add(text);
      chars += text.length();
      return strings.size() - 1;
    }

    /** What the page needs to read the rows: the keys, which of them are strings, the strings. */
    Map<String, Object> table() {
      List<Integer> interned = new ArrayList<>();
      for (int i = 0; i < KEYS.size(); i++) {
        if (INTERNED.contains(KEYS.get(i))) {
          interned.add(i);
        }
      }
      return ReportModel.ordered("keys", KEYS, "interned", interned, "strings", strings);
    }
  }

  /**
   * JSON made safe to embed in a {@code <script>} element, in ASCII: {@code <}, {@code >}, {@code
   * &} and every character beyond ASCII (the JavaScript line terminators U+2028/U+2029 among them)
   * are written as Unicode escapes, so no input text can close the element or start a comment, and
   * the browser decodes the inflated data as one-byte text (5,000 documents, 13 MB: 0.05–0.08 s,
   * against 0.2–0.3 s for the same text with its 70,000 non-ASCII characters unescaped).
   */
  public static String scriptSafeJson(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c > 0x7e) {
        sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]);
        sb.append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  static String escape(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }

  private static String overview(List<Metric> metricList, dev.verso.metric.CorpusTotals corpus) {
    StringBuilder sb = new StringBuilder();
    sb.append("<table class=\"data\" id=\"scores-table\"><thead><tr><th>System</th>");
    for (Metric m : metricList) {
      sb.append("<th title=\"")
          .append(escape(m.signature().text()))
          .append("\">")
          .append(escape(m.id()))
          .append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (String sys : corpus.systems()) {
      sb.append("<tr><td>").append(escape(sys)).append("</td>");
      Map<String, Double> scores = corpus.scores(sys);
      for (Metric m : metricList) {
        Double v = scores.get(m.id());
        sb.append("<td class=\"num\">")
            .append(v == null || v.isNaN() ? "n/a" : String.format(Locale.ROOT, "%.4f", v))
            .append("</td>");
      }
      sb.append("</tr>");
    }
    sb.append("</tbody></table>");
    sb.append("<p class=\"meta\">Signatures: ");
    List<String> sigs = new ArrayList<>();
    for (Metric m : metricList) {
      sigs.add("<code>" + escape(m.signature().text()) + "</code>");
    }
    sb.append(String.join(" · ", sigs)).append("</p>");
    return sb.toString();
  }

  /**
   * One document's entry in the page's data: scores and findings, and when {@code withTexts} its
   * texts and alignment for the side-by-side view (the evidence of other documents stays in
   * report.json).
   */
  public static Map<String, Object> documentData(
      List<Metric> metrics, DocumentResult d, Suppressions suppressions, boolean withTexts) {
    List<PageUnit> units = new ArrayList<>();
    for (UnitResult u : d.units()) {
      Map<String, Object> scores = new LinkedHashMap<>();
      Evaluator.unitScores(metrics, u).forEach((k, v) -> scores.put(k, ReportModel.number(v)));
      List<ReportedFinding> findings = ReportModel.findings(metrics, d, u, suppressions);
      Measurement alignment = u.measurements().get(ALIGNMENT);
      units.add(
          new PageUnit(
              u.system(),
              scores,
              withTexts ? findings : withoutEvidence(findings),
              alignment == null ? null : alignment.details()));
    }
    Document doc = d.document();
    return pageEntry(doc.id(), doc.meta(), doc.hasSource(), withTexts ? doc : null, units);
  }

  /**
   * One system's part of a page entry: its scores and report finding entries, and the alignment
   * details (null or empty for none) its side-by-side view reads.
   */
  record PageUnit(
      String system,
      Map<String, Object> scores,
      List<ReportedFinding> findings,
      Object alignment) {}

  /**
   * A page entry: id, metadata and systems, and when {@code texts} is given (null: without texts)
   * the fields and alignment of the side-by-side view; the one shape of the page's documents.
   */
  static Map<String, Object> pageEntry(
      String id, Object meta, boolean hasSource, Document texts, List<PageUnit> units) {
    Map<String, Object> dm = new LinkedHashMap<>();
    dm.put("id", id);
    dm.put("meta", meta);
    if (texts != null) {
      Map<String, Object> fields = new LinkedHashMap<>();
      if (hasSource) {
        fields.put(Fields.SOURCE_TITLE, texts.source().title());
        fields.put(Fields.SOURCE_TEXT, texts.source().text());
      }
      dm.put("fields", fields);
    }
    List<Object> systems = new ArrayList<>();
    for (PageUnit u : units) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("system", u.system());
      sm.put("scores", u.scores());
      sm.put("findings", ReportedFinding.toMaps(u.findings()));
      if (texts != null) {
        Map<String, Object> sf = new LinkedHashMap<>();
        sf.put(Fields.TRANSLATION_TITLE, texts.translations().get(u.system()).title());
        sf.put(Fields.TRANSLATION_TEXT, texts.translations().get(u.system()).text());
        sf.put(Fields.SUMMARY, texts.summaryFor(u.system()));
        sm.put("fields", sf);
        // the alignment drives the bead-by-bead side-by-side view; other details stay in
        // report.json
        Map<String, Object> details = new LinkedHashMap<>();
        if (u.alignment() instanceof Map<?, ?> a && !a.isEmpty()) {
          details.put(ALIGNMENT, a);
        }
        sm.put("details", details);
      }
      systems.add(sm);
    }
    dm.put("systems", systems);
    return dm;
  }

  /** Report finding entries without their machine-readable evidence. */
  public static List<ReportedFinding> withoutEvidence(List<ReportedFinding> findings) {
    return findings.stream().map(ReportedFinding::withoutEvidence).toList();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream("/dev/verso/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
