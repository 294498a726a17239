package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads any supported input: a file (by extension: {@code .jsonl}/{@code .ndjson} JSON Lines,
 * {@code .csv}, {@code .tsv}; {@code .xlf}/{@code .xliff}/{@code .tmx}, or any file whose document
 * element is {@code <xliff>} or {@code <tmx>}, XLIFF and TMX; anything else is a seed record when
 * its first line starts with a known key, otherwise plain translation-only text) or a directory
 * (every regular, non-hidden file under it, recursively, in sorted path order). Documents from all
 * inputs are joined by id and returned sorted by id ({@link NaturalOrder}).
 */
public final class InputReader {

  /** Extensions never read as documents (glossaries, binaries, reports). */
  private static final List<String> SKIPPED_EXTENSIONS =
      List.of(
          ".json", ".html", ".htm", ".xml", ".tbx", ".gz", ".zip", ".jar", ".png", ".jpg", ".jpeg",
          ".gif", ".pdf", ".md");

  private InputReader() {}

  /** An input and the system its unnamed translations belong to. */
  public record Input(Path path, String system) {}

  /**
   * Reads every input and joins documents by id.
   *
   * @throws java.io.UncheckedIOException never; unreadable paths become problems
   */
  public static ReadResult readAll(List<Input> inputs) {
    ReadResult all = new ReadResult(List.of(), List.of());
    for (Input in : inputs) {
      all = all.plus(read(in.path(), in.system()));
    }
    return join(all);
  }

  /** Reads one file or directory; ids are file names relative to it, without extension. */
  public static ReadResult read(Path path, String system) {
    if (!Files.exists(path)) {
      return ReadResult.problems(
          List.of(InputProblem.error(path.toString(), 0, null, "no such file or directory")));
    }
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(path)) {
        files =
            s.filter(Files::isRegularFile)
                .filter(p -> !isHidden(path.relativize(p)))
                .sorted()
                .toList();
      } catch (IOException e) {
        return ReadResult.problems(
            List.of(
                InputProblem.error(
                    path.toString(), 0, null, "cannot list directory: " + e.getMessage())));
      }
      ReadResult r = new ReadResult(List.of(), List.of());
      for (Path f : files) {
        String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (SKIPPED_EXTENSIONS.stream().anyMatch(lower::endsWith)) {
          r = r.plus(ReadResult.problems(List.of(skippedWarning(f))));
          continue;
        }
        r = r.plus(readFile(f, idFor(path.relativize(f)), system));
      }
      if (files.isEmpty()) {
        r =
            r.plus(
                ReadResult.problems(
                    List.of(
                        InputProblem.error(
                            path.toString(), 0, null, "directory contains no files"))));
      }
      return r;
    }
    return readFile(path, idFor(path.getFileName()), system);
  }

  /** The warning that a directory walk skipped {@code f} (see {@link #isSkipped}). */
  static InputProblem skippedWarning(Path f) {
    String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return InputProblem.warning(
        f.toString(),
        0,
        null,
        "skipped: files ending in "
            + lower.substring(lower.lastIndexOf('.'))
            + " in a directory are taken for reports, glossaries, archives or images, not documents;"
            + " name the file itself to read it");
  }

  /** True for files a directory walk never reads as documents (glossaries, binaries, reports). */
  public static boolean isSkipped(Path f) {
    String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return SKIPPED_EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /**
   * True when a path relative to a walked directory has a part starting with a dot (never read).
   */
  public static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The error that record {@code d} repeats an id read before, at {@code d}'s place; {@code why}
   * follows the quoted id in the message.
   */
  static InputProblem duplicateId(Document d, String why) {
    return InputProblem.error(
        d.origin().file(), d.origin().line(), "id", "duplicate document id '" + d.id() + "'" + why);
  }

  /**
   * The id of file {@code f} of input {@code root} (see {@link #idFor}): relative to {@code root}
   * when that is a directory, else the file's name.
   */
  static String fileId(Path root, Path f) {
    return Files.isDirectory(root) ? idFor(root.relativize(f)) : idFor(f.getFileName());
  }

  /** The id of a file-per-document input: its relative path without extension, '/'-separated. */
  public static String idFor(Path rel) {
    String s = rel.toString().replace('\\', '/');
    int slash = s.lastIndexOf('/');
    int dot = s.lastIndexOf('.');
    return dot > slash + 1 ? s.substring(0, dot) : s;
  }

  static ReadResult readFile(Path f, String id, String system) {
    if (dev.verso.io.xliff.BitextReader.hasBitextExtension(f)) {
      return dev.verso.io.xliff.BitextReader.read(f, f.toString(), id, system);
    }
    String name = f.getFileName().toString();
    TextFile tf = TextFile.read(f, f.toString(), isLineBased(name));
    if (tf.ok() && dev.verso.io.xliff.BitextReader.looksLikeBitext(tf.content())) {
      return dev.verso.io.xliff.BitextReader.read(f, f.toString(), id, system);
    }
    return parse(tf, name, id, system);
  }

  /**
   * Whether a file of this name holds one record per line (JSONL, CSV, TSV), so that a line with
   * invalid bytes costs only that line ({@link TextFile#read(Path, String, boolean)}).
   */
  public static boolean isLineBased(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl")
        || lower.endsWith(".ndjson")
        || lower.endsWith(".csv")
        || lower.endsWith(".tsv");
  }

  /**
   * Parses a file already read into {@code tf} exactly as {@link #read} parses a file called {@code
   * fileName} (format by extension, then by content); for callers that read bytes themselves, such
   * as distributed file systems.
   *
   * @param id the document id for file-per-document formats (see {@link #idFor})
   */
  public static ReadResult parse(TextFile tf, String fileName, String id, String system) {
    if (!tf.ok()) {
      return ReadResult.problems(tf.problems());
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JsonlReader.parse(tf, system);
    }
    if (lower.endsWith(".csv")) {
      return DelimitedReader.parse(tf, ',', system);
    }
    if (lower.endsWith(".tsv")) {
      return DelimitedReader.parse(tf, '\t', system);
    }
    if (SeedRecordReader.looksLikeRecord(tf.content())) {
      return SeedRecordReader.parse(tf, id, system);
    }
    return PlainTextReader.parse(tf, id, system);
  }

  /**
   * Joins documents that share an id (several inputs describing different systems of one document);
   * a conflict (the same system twice, two different sources) drops the later record with an error
   * naming both places. The result is sorted by id.
   */
  public static ReadResult join(ReadResult r) {
    Map<String, Document> byId = new TreeMap<>(NaturalOrder.INSTANCE);
    List<InputProblem> problems = new ArrayList<>(r.problems());
    for (Document d : r.documents()) {
      byId.merge(d.id(), d, (prev, next) -> joined(prev, next, problems::add));
    }
    return new ReadResult(new ArrayList<>(byId.values()), problems);
  }

  /**
   * {@code prev} joined with a later record {@code d} of the same id. On a conflict (the same
   * system twice, two different sources) what {@code d} adds without conflict (e.g. a new system
   * beside a repeated one) is kept and an error naming both places goes to {@code problems}.
   */
  static Document joined(Document prev, Document d, Consumer<InputProblem> problems) {
    try {
      return prev.merge(d);
    } catch (IllegalArgumentException e) {
      java.util.Set<String> taken = new java.util.TreeSet<>(prev.translations().keySet());
      taken.addAll(prev.summaries().keySet());
      Document rest = d.withoutSystems(taken);
      Document out = prev;
      String kept = "";
      if (rest != null) {
        try {
          out = prev.merge(rest);
          kept =
              "; its other system(s) "
                  + String.join(", ", rest.translations().keySet())
                  + " were kept";
        } catch (IllegalArgumentException e2) {
          kept = "";
        }
      }
      problems.accept(
          duplicateId(d, " (first seen at " + prev.origin() + "): " + e.getMessage() + kept));
      return out;
    }
  }
}
