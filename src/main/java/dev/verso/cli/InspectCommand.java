package dev.verso.cli;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.io.glossary.GlossaryReader;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Glossary;
import dev.verso.model.InputProblem;
import dev.verso.model.Passage;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Sentence;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import dev.verso.text.lexicon.BilingualLexicon.GlossaryHit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code verso inspect}: prints what the text analysis sees in each document, one JSON line per
 * document: every field's sentences (spans), anchors (type, value, span), person names with pinyin,
 * acronym candidates (with the long form when the field defines them), the acronym definitions of
 * English fields as {@code ACRONYM_CONSISTENCY} finds them ({@link AcronymExtractor}: short form,
 * comparison key, long form and both spans) and glossary hits.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description =
        "Show the text analysis of each document (sentences, anchors, names, acronyms, glossary hits) as JSON Lines.")
public final class InspectCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files or directories in any format `evaluate` reads.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--doc", paramLabel = "ID", description = "Only the document with this id.")
  String doc;

  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description = "Glossary (TSV, CSV or TBX); repeat for several, the first wins.")
  List<Path> glossaries = new ArrayList<>();

  /** How documents are read; replaceable in tests. */
  Function<List<Path>, ReadResult> reader =
      paths ->
          InputReader.readAll(
              paths.stream().map(p -> new InputReader.Input(p, Document.DEFAULT_SYSTEM)).toList());

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Glossary glossary;
    try {
      glossary = glossaries.isEmpty() ? Glossary.empty() : GlossaryReader.readAll(glossaries);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot read glossary: " + e.getMessage());
    }
    TextAnalyzer analyzer = glossary.isEmpty() ? TextAnalyzer.shared() : new TextAnalyzer(glossary);
    ReadResult read = reader.apply(inputs);
    for (InputProblem p : read.problems()) {
      err.println("verso: " + p);
    }
    int shown = 0;
    for (Document d : read.documents()) {
      if (doc != null && !doc.equals(d.id())) {
        continue;
      }
      out.println(JSON.writeValueAsString(inspect(analyzer, d)));
      shown++;
    }
    out.flush();
    err.flush();
    if (doc != null && shown == 0) {
      throw new UsageException("no document with id '" + doc + "' in the input");
    }
    boolean errors = read.problems().stream().anyMatch(p -> p.level() == InputProblem.Level.ERROR);
    return shown == 0 && errors ? ExitCodes.USAGE : ExitCodes.OK;
  }

  /** The JSON object describing one document's analysis. */
  static ObjectNode inspect(TextAnalyzer analyzer, Document d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", d.id());
    ArrayNode fields = o.putArray("fields");
    if (d.source() != null) {
      String lang = d.source().lang();
      field(analyzer, fields, Fields.SOURCE_TITLE, null, d.source().title(), lang);
      field(analyzer, fields, Fields.SOURCE_TEXT, null, d.source().text(), lang);
    }
    for (Map.Entry<String, Passage> t : d.translations().entrySet()) {
      field(
          analyzer,
          fields,
          Fields.TRANSLATION_TITLE,
          t.getKey(),
          t.getValue().title(),
          t.getValue().lang());
      field(
          analyzer,
          fields,
          Fields.TRANSLATION_TEXT,
          t.getKey(),
          t.getValue().text(),
          t.getValue().lang());
    }
    for (Map.Entry<String, String> s : d.summaries().entrySet()) {
      field(analyzer, fields, Fields.SUMMARY, s.getKey(), s.getValue(), "en");
    }
    return o;
  }

  private static void field(
      TextAnalyzer analyzer,
      ArrayNode fields,
      String name,
      String system,
      String text,
      String lang) {
    if (text == null || text.isBlank()) {
      return;
    }
    AnalyzedText a = analyzer.analyze(text, lang);
    ObjectNode f = fields.addObject();
    f.put("field", name);
    if (system != null) {
      f.put("system", system);
    }
    f.put("lang", a.lang());
    f.put("chars", text.length());
    f.put("tokens", a.tokens().size());
    ArrayNode sentences = f.putArray("sentences");
    for (Sentence s : a.sentences()) {
      sentences.addArray().add(s.span().start()).add(s.span().end());
    }
    List<AcronymDefinition> definitions =
        "en".equals(a.lang()) ? AcronymExtractor.extract(text) : List.of();
    Map<String, AcronymDefinition> byKey = new LinkedHashMap<>();
    for (AcronymDefinition d : definitions) {
      byKey.putIfAbsent(AcronymExtractor.shortFormKey(d.shortForm()), d);
    }
    ArrayNode anchors = f.putArray("anchors");
    ArrayNode names = f.putArray("names");
    ArrayNode acronyms = f.putArray("acronyms");
    for (Anchor x : a.anchors()) {
      ObjectNode n = anchors.addObject();
      n.put("type", x.type().name());
      n.put("value", x.value());
      n.put("text", x.text());
      n.putArray("span").add(x.span().start()).add(x.span().end());
      if (x.type() == AnchorType.PERSON) {
        ObjectNode p = names.addObject();
        p.put("text", x.text());
        p.put("pinyin", x.detail().isEmpty() ? x.text() : x.detail());
        p.put("key", x.value());
        p.putArray("span").add(x.span().start()).add(x.span().end());
      } else if (x.type() == AnchorType.ACRONYM) {
        ObjectNode p = acronyms.addObject();
        p.put("text", x.text());
        p.putArray("span").add(x.span().start()).add(x.span().end());
        AcronymDefinition d = byKey.get(AcronymExtractor.shortFormKey(x.text()));
        if (d != null) {
          p.put("long", d.longForm());
          p.putArray("definitionSpan").add(d.shortSpan().start()).add(d.shortSpan().end());
        }
      }
    }
    if ("en".equals(a.lang())) {
      ArrayNode defs = f.putArray("definitions");
      for (AcronymDefinition d : definitions) {
        ObjectNode n = defs.addObject();
        n.put("short", d.shortForm());
        n.put("key", AcronymExtractor.shortFormKey(d.shortForm()));
        n.put("long", d.longForm());
        n.putArray("span").add(d.shortSpan().start()).add(d.shortSpan().end());
        n.putArray("longSpan").add(d.longSpan().start()).add(d.longSpan().end());
        n.put("pattern", d.shortFirst() ? "short (long)" : "long (short)");
      }
    }
    ArrayNode hits = f.putArray("glossary");
    for (GlossaryHit h : analyzer.lexicon().hits(text, "zh".equals(a.lang()))) {
      ObjectNode g = hits.addObject();
      g.put("kind", h.kind().name());
      g.put("source", h.entry().source());
      g.put("target", h.entry().target());
      g.put("text", h.text());
      g.putArray("span").add(h.span().start()).add(h.span().end());
    }
  }
}
