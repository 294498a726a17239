package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import dev.verso.model.Origin;
import dev.verso.model.Passage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Line-aligned parallel files for sentence-level MT data: a source file, optional reference files
 * and one hypothesis file per system, each line one segment. Every file must have the same number
 * of lines. Lines are split on '\n' only; a final newline does not start a segment. Each segment
 * becomes a pre-segmented document with id {@code <source file stem>:<line>}.
 */
public final class ParallelFilesReader {
  private ParallelFilesReader() {}

  /** Thrown when the files cannot be paired; the message names both files and their line counts. */
  public static final class MismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MismatchException(String message) {
      super(message);
    }
  }

  /**
   * Reads the files.
   *
   * @param source the source file, or null
   * @param references reference files (possibly none)
   * @param systems system name to hypothesis file, in order
   * @throws MismatchException when line counts differ
   */
  public static ReadResult read(Path source, List<Path> references, Map<String, Path> systems) {
    List<InputProblem> problems = new ArrayList<>();
    Map<Path, List<String>> lines = new LinkedHashMap<>();
    List<Path> all = new ArrayList<>();
    if (source != null) {
      all.add(source);
    }
    all.addAll(references);
    all.addAll(systems.values());
    for (Path p : all) {
      TextFile f = TextFile.read(p, p.toString());
      problems.addAll(f.problems());
      if (!f.ok()) {
        return ReadResult.problems(problems);
      }
      lines.put(p, splitLines(f.content()));
    }
    Path first = all.get(0);
    int n = lines.get(first).size();
    for (Path p : all) {
      int m = lines.get(p).size();
      if (m != n) {
        throw new MismatchException(
            p
                + " has "
                + m
                + " lines but "
                + first
                + " has "
                + n
                + "; line-aligned files must have the same number of lines");
      }
    }
    String stem = stem(first);
    List<Document> docs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Passage src = source == null ? null : new Passage(null, lines.get(source).get(i), "zh");
      Map<String, Passage> tr = new TreeMap<>();
      for (var e : systems.entrySet()) {
        tr.put(e.getKey(), new Passage(null, lines.get(e.getValue()).get(i), "en"));
      }
      List<Passage> refs = new ArrayList<>();
      for (Path r : references) {
        refs.add(new Passage(null, lines.get(r).get(i), "en"));
      }
      Map<String, dev.verso.model.TextPosition> pos = new TreeMap<>();
      if (source != null) {
        pos.put(
            dev.verso.model.Fields.SOURCE_TEXT,
            new dev.verso.model.TextPosition(source.toString(), i + 1, 1));
      }
      for (var e : systems.entrySet()) {
        pos.put(
            Document.positionKey(e.getKey(), dev.verso.model.Fields.TRANSLATION_TEXT),
            new dev.verso.model.TextPosition(e.getValue().toString(), i + 1, 1));
      }
      for (int r = 0; r < references.size(); r++) {
        pos.put(
            dev.verso.model.Fields.referenceText(r),
            new dev.verso.model.TextPosition(references.get(r).toString(), i + 1, 1));
      }
      docs.add(
          new Document(
              stem + ":" + (i + 1),
              src,
              tr,
              Map.of(),
              refs,
              Map.of(),
              List.of(new Origin(first.toString(), i + 1)),
              true,
              pos));
    }
    return new ReadResult(docs, problems);
  }

  /** Splits on '\n' only; a trailing newline does not make an extra empty segment. */
  static List<String> splitLines(String content) {
    List<String> out = new ArrayList<>(List.of(content.split("\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
