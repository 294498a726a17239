package dev.verso.cli;

import dev.verso.io.InputReader;
import dev.verso.io.ParallelFilesReader;
import dev.verso.io.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs {@code evaluate} and {@code check} were given: INPUT paths, {@code --system NAME=PATH}
 * files, or line-aligned {@code --source}/{@code --reference} files, checked to exist and described
 * for the report.
 */
final class EvaluateInputs {
  private final EvaluateCommand cmd;

  EvaluateInputs(EvaluateCommand cmd) {
    this.cmd = cmd;
  }

  private Map<String, Path> namedSystems() {
    Map<String, Path> named = new LinkedHashMap<>();
    for (String s : cmd.systems) {
      int eq = s.indexOf('=');
      if (eq <= 0 || eq == s.length() - 1) {
        throw new UsageException("--system must look like NAME=PATH, got '" + s + "'");
      }
      String name = s.substring(0, eq);
      if (named.put(name, Path.of(s.substring(eq + 1))) != null) {
        throw new UsageException("--system " + name + " is given twice");
      }
    }
    return named;
  }

  ReadResult readInputs(List<String> described) {
    Map<String, Path> named = namedSystems();
    if (cmd.source != null || !cmd.references.isEmpty()) {
      if (cmd.source == null) {
        throw new UsageException("--reference needs --source (line-aligned files)");
      }
      if (!cmd.inputs.isEmpty()) {
        throw new UsageException(
            "give either INPUT files or line-aligned --source/--system files, not both");
      }
      if (named.isEmpty()) {
        throw new UsageException("--source needs at least one --system NAME=FILE");
      }
      requireFile(cmd.source);
      cmd.references.forEach(EvaluateInputs::requireFile);
      named.values().forEach(EvaluateInputs::requireFile);
      described.add("source=" + cmd.source);
      cmd.references.forEach(r -> described.add("reference=" + r));
      named.forEach((k, v) -> described.add(k + "=" + v));
      try {
        return InputReader.join(ParallelFilesReader.read(cmd.source, cmd.references, named));
      } catch (ParallelFilesReader.MismatchException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return InputReader.readAll(inputsWithSystems(described));
  }

  /** The INPUT paths (default system) and --system NAME=PATH inputs, checked to exist. */
  List<InputReader.Input> inputsWithSystems(List<String> described) {
    Map<String, Path> named = namedSystems();
    List<InputReader.Input> in = new ArrayList<>();
    List<Path> plain = cmd.inputs;
    if (plain.isEmpty() && named.isEmpty()) {
      Path seeds = Path.of("seeds");
      if (!Files.isDirectory(seeds)) {
        throw new UsageException(
            "no INPUT given and no seeds/ directory here; try `verso evaluate --help`");
      }
      plain = List.of(seeds);
    }
    for (Path p : plain) {
      if (!Files.exists(p)) {
        throw new UsageException(p + ": no such file or directory");
      }
      in.add(new InputReader.Input(p, dev.verso.model.Document.DEFAULT_SYSTEM));
      described.add(p.toString());
    }
    for (var e : named.entrySet()) {
      if (!Files.exists(e.getValue())) {
        throw new UsageException(
            e.getValue() + ": no such file or directory (--system " + e.getKey() + ")");
      }
      in.add(new InputReader.Input(e.getValue(), e.getKey()));
      described.add(e.getKey() + "=" + e.getValue());
    }
    return in;
  }

  private static void requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UsageException(p + ": no such file");
    }
  }
}
