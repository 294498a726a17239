package dev.verso.report;

import dev.verso.Version;
import dev.verso.metric.DocumentResult;
import dev.verso.metric.EvaluationResult;
import dev.verso.metric.Evaluator;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.UnitResult;
import dev.verso.metric.builtin.AlignmentMetric;
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
 * document views rendered from inline JSON data. Input text only ever reaches the page as escaped
 * HTML or as JSON inside a script element with {@code <}, {@code >}, {@code &}, U+2028 and U+2029
 * escaped, and the script puts it into the page as text nodes.
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
    String template = resource("report.html");
    Map<String, Object> dataTree = data(r, suppressions, full);
    if (comparison != null) {
      dataTree.put("comparisons", ReportModel.comparisons(comparison));
    }
    // compact: the page is for a browser, and indentation was a third of its size
    String data = COMPACT.writeValueAsString(dataTree);
    int units = r.documents().stream().mapToInt(d -> d.units().size()).sum();
    String summary =
        String.format(
                Locale.ROOT,
                "%d document(s), %d system translation(s), %d metric(s), %d input problem(s)",
                r.documents().size(),
                units,
                r.metrics().size(),
                r.problems().size())
            + (documentsNote == null ? "" : "; " + documentsNote);
    // Replace placeholders in one pass so that inserted content is never scanned for placeholders.
    Map<String, String> values = new LinkedHashMap<>();
    values.put("GENERATOR", escape(Version.NAME + " " + Version.VERSION));
    values.put("SUMMARY", escape(summary));
    values.put("OVERVIEW", overview(r));
    values.put("CSS", resource("report.css"));
    values.put("JS", resource("report.js"));
    values.put("DATA", scriptSafeJson(data));
    StringBuilder sb = new StringBuilder(template.length() + data.length() + 65536);
    int i = 0;
    while (true) {
      int open = template.indexOf("{{", i);
      if (open < 0) {
        sb.append(template, i, template.length());
        break;
      }
      int close = template.indexOf("}}", open);
      String key = template.substring(open + 2, close);
      sb.append(template, i, open);
      String v = values.get(key);
      if (v == null) {
        throw new IllegalStateException("unknown placeholder " + key + " in report.html");
      }
      sb.append(v);
      i = close + 2;
    }
    return sb.toString();
  }

  /**
   * JSON made safe to embed in a {@code <script>} element: {@code <}, {@code >}, {@code &} and the
   * JavaScript line terminators U+2028/U+2029 are written as Unicode escapes, so no input text can
   * close the element or start a comment.
   */
  public static String scriptSafeJson(String json) {
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String escape(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }

  private static String overview(EvaluationResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<table class=\"data\" id=\"scores-table\"><thead><tr><th>System</th>");
    for (Metric m : r.metrics()) {
      sb.append("<th title=\"")
          .append(escape(m.signature().text()))
          .append("\">")
          .append(escape(m.id()))
          .append("</th>");
    }
    sb.append("</tr></thead><tbody>");
    for (String sys : r.corpus().systems()) {
      sb.append("<tr><td>").append(escape(sys)).append("</td>");
      Map<String, Double> scores = r.corpus().scores(sys);
      for (Metric m : r.metrics()) {
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
    for (Metric m : r.metrics()) {
      sigs.add("<code>" + escape(m.signature().text()) + "</code>");
    }
    sb.append(String.join(" · ", sigs)).append("</p>");
    return sb.toString();
  }

  /** The data the page's script renders: scores, findings and the texts of every field. */
  static Map<String, Object> data(EvaluationResult r, Suppressions suppressions) {
    return data(r, suppressions, null);
  }

  /** The page's data; only documents in {@code full} (all when null) carry texts and alignments. */
  static Map<String, Object> data(
      EvaluationResult r, Suppressions suppressions, java.util.Set<String> full) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tool", ReportModel.ordered("name", Version.NAME, "version", Version.VERSION));
    List<Object> metrics = new ArrayList<>();
    for (Metric m : r.metrics()) {
      metrics.add(
          ReportModel.ordered(
              "id",
              m.id(),
              "signature",
              m.signature().text(),
              "higherIsBetter",
              m.higherIsBetter()));
    }
    root.put("metrics", metrics);
    List<Object> corpus = new ArrayList<>();
    for (String sys : r.corpus().systems()) {
      Map<String, Object> scores = new LinkedHashMap<>();
      r.corpus().scores(sys).forEach((k, v) -> scores.put(k, ReportModel.number(v)));
      corpus.add(ReportModel.ordered("system", sys, "scores", scores));
    }
    root.put("corpus", corpus);
    List<Object> docs = new ArrayList<>();
    for (DocumentResult d : r.documents()) {
      Document doc = d.document();
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("id", doc.id());
      dm.put("meta", doc.meta());
      boolean withTexts = full == null || full.contains(doc.id());
      Map<String, Object> fields = new LinkedHashMap<>();
      if (doc.hasSource()) {
        fields.put(Fields.SOURCE_TITLE, doc.source().title());
        fields.put(Fields.SOURCE_TEXT, doc.source().text());
      }
      if (withTexts) {
        dm.put("fields", fields);
      }
      List<Object> systems = new ArrayList<>();
      for (UnitResult u : d.units()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("system", u.system());
        Map<String, Object> scores = new LinkedHashMap<>();
        Evaluator.unitScores(r.metrics(), u)
            .forEach((k, v) -> scores.put(k, ReportModel.number(v)));
        sm.put("scores", scores);
        List<Object> findings = ReportModel.findings(r.metrics(), d, u, suppressions);
        if (!withTexts) {
          // the machine-readable evidence of documents not shown in full stays in report.json
          List<Object> slim = new ArrayList<>(findings.size());
          for (Object f : findings) {
            @SuppressWarnings("unchecked")
            Map<String, Object> g = new LinkedHashMap<>((Map<String, Object>) f);
            g.remove("evidence");
            slim.add(g);
          }
          findings = slim;
        }
        sm.put("findings", findings);
        if (!withTexts) {
          systems.add(sm);
          continue;
        }
        Map<String, Object> sf = new LinkedHashMap<>();
        sf.put(Fields.TRANSLATION_TITLE, doc.translations().get(u.system()).title());
        sf.put(Fields.TRANSLATION_TEXT, doc.translations().get(u.system()).text());
        sf.put(Fields.SUMMARY, doc.summaryFor(u.system()));
        sm.put("fields", sf);
        // the alignment drives the bead-by-bead side-by-side view; other details stay in
        // report.json
        Map<String, Object> details = new LinkedHashMap<>();
        Measurement alignment = u.measurements().get(AlignmentMetric.ID);
        if (alignment != null && !alignment.details().isEmpty()) {
          details.put(AlignmentMetric.ID, alignment.details());
        }
        sm.put("details", details);
        systems.add(sm);
      }
      dm.put("systems", systems);
      docs.add(dm);
    }
    root.put("documents", docs);
    List<Object> errors = new ArrayList<>();
    for (InputProblem p : r.problems()) {
      errors.add(ReportModel.problem(p));
    }
    root.put("errors", errors);
    return root;
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
