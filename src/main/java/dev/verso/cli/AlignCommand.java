package dev.verso.cli;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.align.SentenceAligner;
import dev.verso.io.TextFile;
import dev.verso.model.InputProblem;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code verso align}: sentence-aligns a source text with its translation and prints the beads. */
@Command(
    name = "align",
    mixinStandardHelpOptions = true,
    description = {
      "Align the sentences of a source text and its translation and print the beads.",
      "  verso align SOURCE TARGET [--lines] [-f json|tsv]",
      "  verso align --jsonl FILE   (lines {\"src\": [sentences], \"tgt\": [sentences], ...} get a \"beads\" field)"
    })
public final class AlignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "FILE",
      description = "The source and the target text (UTF-8).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--lines",
      description = "The files hold one sentence per line: align lines, do not split sentences.")
  boolean lines;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output: json (default) or tsv.")
  String format = "json";

  @Option(
      names = "--jsonl",
      paramLabel = "FILE",
      description = "Align each line of a JSON Lines file and write it back with \"beads\" added.")
  Path jsonl;

  @Option(
      names = "--source-lang",
      paramLabel = "LANG",
      description = "Source language (default: guessed from the script).")
  String sourceLang;

  @Option(
      names = "--target-lang",
      paramLabel = "LANG",
      description = "Target language (default: guessed from the script).")
  String targetLang;

  private final ObjectMapper json = JsonMapper.builder().build();

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("json") && !fmt.equals("tsv")) {
      throw new UsageException("unknown format '" + format + "'; use json or tsv");
    }
    if (jsonl != null) {
      if (!files.isEmpty() || lines) {
        throw new UsageException("--jsonl takes no SOURCE/TARGET files and no --lines");
      }
      return alignJsonl();
    }
    if (files.size() != 2) {
      throw new UsageException("give a SOURCE and a TARGET file (or --jsonl FILE)");
    }
    String src = read(files.get(0));
    String tgt = read(files.get(1));
    String sl = sourceLang != null ? sourceLang : TextAnalyzer.guessLanguage(src);
    String tl = targetLang != null ? targetLang : TextAnalyzer.guessLanguage(tgt);
    List<String> srcSentences;
    List<String> tgtSentences;
    Alignment a;
    if (lines) {
      srcSentences = splitLines(src);
      tgtSentences = splitLines(tgt);
      a = SentenceAligner.shared().alignSentences(srcSentences, sl, tgtSentences, tl);
    } else {
      AnalyzedText as = TextAnalyzer.shared().analyze(src, sl);
      AnalyzedText at = TextAnalyzer.shared().analyze(tgt, tl);
      a = SentenceAligner.shared().align(as, at);
      srcSentences = texts(src, a.srcSpans());
      tgtSentences = texts(tgt, a.tgtSpans());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("tsv")) {
      out.println("src\ttgt\tconfidence\tsource\ttarget");
      for (Bead b : a.beads()) {
        out.println(
            indices(b.src())
                + "\t"
                + indices(b.tgt())
                + "\t"
                + b.confidence()
                + "\t"
                + tsvCell(join(srcSentences, b.src()))
                + "\t"
                + tsvCell(join(tgtSentences, b.tgt())));
      }
    } else {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("source", srcSentences);
      doc.put("target", tgtSentences);
      List<Map<String, Object>> beads = new ArrayList<>();
      for (Bead b : a.beads()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("src", b.src());
        m.put("tgt", b.tgt());
        m.put("confidence", b.confidence());
        beads.add(m);
      }
      doc.put("beads", beads);
      out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Integer alignJsonl() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(jsonl)) {
      throw new UsageException("no such file: " + jsonl);
    }
    int bad = 0;
    int lineNo = 0;
    // decoded like evaluate's JSONL input: a line with invalid UTF-8 is reported and skipped
    dev.verso.io.TextFile file = dev.verso.io.TextFile.read(jsonl, jsonl.toString(), true);
    for (dev.verso.model.InputProblem p : file.problems()) {
      if (p.level() == dev.verso.model.InputProblem.Level.ERROR) {
        bad++;
        err.println("verso: " + p.file() + ":" + p.line() + ": " + p.message());
      }
    }
    String content = file.ok() ? file.content() : "";
    try (BufferedReader in = new BufferedReader(new java.io.StringReader(content))) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = json.readTree(line);
          if (!(node instanceof ObjectNode obj)) {
            throw new IllegalArgumentException("the line is not a JSON object");
          }
          List<String> src = sentences(obj, "src");
          List<String> tgt = sentences(obj, "tgt");
          String sl =
              sourceLang != null ? sourceLang : TextAnalyzer.guessLanguage(String.join("", src));
          String tl =
              targetLang != null ? targetLang : TextAnalyzer.guessLanguage(String.join("", tgt));
          Alignment a = SentenceAligner.shared().alignSentences(src, sl, tgt, tl);
          ArrayNode beads = obj.putArray("beads");
          for (Bead b : a.beads()) {
            ArrayNode pair = beads.addArray();
            ArrayNode s = pair.addArray();
            b.src().forEach(s::add);
            ArrayNode t = pair.addArray();
            b.tgt().forEach(t::add);
          }
          out.println(json.writeValueAsString(obj));
        } catch (JacksonException | IllegalArgumentException e) {
          bad++;
          err.println(
              "verso: "
                  + jsonl
                  + ":"
                  + lineNo
                  + ": "
                  + e.getMessage().lines().findFirst().orElse("")
                  + "; line skipped");
        }
      }
    }
    out.flush();
    err.flush();
    return bad == 0 ? ExitCodes.OK : ExitCodes.USAGE;
  }

  private static List<String> sentences(ObjectNode obj, String field) {
    JsonNode arr = obj.get(field);
    if (arr == null || !arr.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array of sentences");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : arr) {
      if (!x.isString()) {
        throw new IllegalArgumentException("\"" + field + "\" must hold strings only");
      }
      out.add(x.asString());
    }
    return out;
  }

  private static String read(Path p) {
    TextFile f = TextFile.read(p, p.toString());
    if (!f.ok()) {
      StringBuilder b = new StringBuilder();
      for (InputProblem q : f.problems()) {
        b.append(q.message());
      }
      throw new UsageException(p + ": " + b);
    }
    return f.content();
  }

  static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static List<String> texts(String raw, List<Span> spans) {
    List<String> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(s.of(raw));
    }
    return out;
  }

  private static String join(List<String> sentences, List<Integer> idx) {
    StringBuilder b = new StringBuilder();
    for (int i : idx) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(sentences.get(i));
    }
    return b.toString();
  }

  private static String indices(List<Integer> idx) {
    StringBuilder b = new StringBuilder();
    for (int i : idx) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(i);
    }
    return b.toString();
  }

  private static String tsvCell(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
