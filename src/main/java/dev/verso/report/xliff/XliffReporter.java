package dev.verso.report.xliff;

import dev.verso.io.xliff.BitextFile;
import dev.verso.metric.EvaluationResult;
import dev.verso.model.Severity;
import dev.verso.report.AtomicFiles;
import dev.verso.report.FindingRow;
import dev.verso.report.ReportContext;
import dev.verso.report.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code --format xliff}: writes each XLIFF input again into {@code xliff/<input file name>} under
 * the output directory, with every (unsuppressed) finding added as an ITS 2.0 Localization Quality
 * Issue ({@link XliffAnnotator}); TMX and other inputs are not written.
 */
public final class XliffReporter implements Reporter {

  @Override
  public String format() {
    return "xliff";
  }

  @Override
  public Path write(EvaluationResult result, ReportContext context) throws IOException {
    BitextSources sources = new BitextSources();
    Map<String, BitextFile> files = new TreeMap<>();
    Map<String, XliffAnnotator> annotators = new TreeMap<>();
    for (FindingRow row : FindingRow.of(result, context.suppressions())) {
      if (row.suppressed()) {
        continue;
      }
      BitextSources.Source src = sources.find(row.document(), row.system());
      if (src == null || src.file().format() == BitextFile.Format.TMX) {
        continue;
      }
      files.putIfAbsent(src.file().name(), src.file());
      XliffAnnotator a =
          annotators.computeIfAbsent(src.file().name(), k -> new XliffAnnotator(src.file()));
      ItsIssue issue =
          new ItsIssue(
              row.finding().type(),
              row.finding().message() + " [" + row.finding().check() + "]",
              Severity.parse(row.finding().severity()));
      for (BitextSources.Piece p :
          sources.locate(
              src.document(), row.finding().field(), row.finding().start(), row.finding().end())) {
        a.add(p.segment(), p.target(), p.from(), p.to(), issue);
      }
    }
    // XLIFF inputs without findings are written too, unchanged, so that every input has its output
    for (var d : result.documents()) {
      for (var u : d.units()) {
        BitextSources.Source src = sources.find(d.document(), u.system());
        if (src != null && src.file().format() != BitextFile.Format.TMX) {
          files.putIfAbsent(src.file().name(), src.file());
        }
      }
    }
    Path dir = context.outputDir().resolve("xliff");
    Map<String, Integer> used = new LinkedHashMap<>();
    for (var e : files.entrySet()) {
      BitextFile f = e.getValue();
      XliffAnnotator a = annotators.get(e.getKey());
      String text = a == null ? f.tree().xml() : a.write();
      Path target = dir.resolve(outputName(Path.of(e.getKey()).getFileName().toString(), used));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      AtomicFiles.write(
          target,
          out -> {
            if (f.bom()) {
              out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(bytes);
          });
    }
    return files.isEmpty() ? null : dir;
  }

  /**
   * The file name, with {@code -2}, {@code -3} ... before the extension when two inputs share it.
   */
  static String outputName(String name, Map<String, Integer> used) {
    int n = used.merge(name, 1, Integer::sum);
    if (n == 1) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
  }
}
