package dev.verso.report;

import dev.verso.metric.EvaluationResult;
import java.io.IOException;
import java.nio.file.Path;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code report.json}: the machine-readable contract (see {@code docs/report.md}). */
public final class JsonReporter implements Reporter {
  /** File name inside the output directory. */
  public static final String FILE = "report.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  /** A pretty printer with '\n' line ends on every platform. */
  static ObjectWriter writer() {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    return MAPPER.writer().with(pp);
  }

  /** The writer the report uses, for benchmarks of JSON writing. */
  public static ObjectWriter writerForBenchmarks() {
    return writer();
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public Path write(EvaluationResult result, ReportContext ctx) throws IOException {
    Path target = ctx.outputDir().resolve(FILE);
    Object tree = ReportModel.build(result, ctx);
    AtomicFiles.write(
        target,
        out -> {
          writer().writeValue(out, tree);
          out.write('\n');
        });
    return target;
  }
}
