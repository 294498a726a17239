package dev.verso.text.lexicon;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renderings learnt from a corpus ({@link LexiconLearner}) that the dictionary lacks: Chinese word
 * → English matching keys (lower case, Porter-stemmed, as {@link BilingualLexicon#keysOf} makes
 * them), each with its translation probability and the number of aligned sentence pairs it was seen
 * in. Immutable and thread-safe.
 *
 * <p>The file form is UTF-8 TSV with a header line: {@code source}, {@code target}, {@code
 * probability} (four decimals), {@code pairs}; one line per learnt pair, sorted by source and
 * target, so the same corpus gives the same bytes.
 */
public final class LearntLexicon {
  /** The header line of the file form. */
  public static final String HEADER = "source\ttarget\tprobability\tpairs";

  /**
   * One learnt rendering.
   *
   * @param source the Chinese word
   * @param target the English key
   * @param probability t(target | source) after the last EM iteration
   * @param pairs in how many aligned sentence pairs both occur
   */
  public record Entry(String source, String target, double probability, int pairs) {}

  private static final LearntLexicon EMPTY = new LearntLexicon(List.of());

  private final List<Entry> entries;
  private final Map<String, List<Entry>> bySource;

  /** A lexicon of {@code entries} (in any order; kept sorted by source, then target). */
  public LearntLexicon(List<Entry> entries) {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(
        (a, b) ->
            a.source().equals(b.source())
                ? a.target().compareTo(b.target())
                : a.source().compareTo(b.source()));
    this.entries = List.copyOf(sorted);
    Map<String, List<Entry>> m = new TreeMap<>();
    for (Entry e : sorted) {
      m.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.bySource = Collections.unmodifiableMap(m);
  }

  /** The lexicon that knows nothing. */
  public static LearntLexicon empty() {
    return EMPTY;
  }

  /** True when nothing was learnt. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The learnt pairs, sorted by source and target. */
  public List<Entry> entries() {
    return entries;
  }

  /** The renderings learnt for {@code zhWord}, by target; empty when none. */
  public List<Entry> of(String zhWord) {
    return bySource.getOrDefault(zhWord, List.of());
  }

  /**
   * Writes the file form to {@code file}, through a temporary file beside it, so that the file is
   * whole or absent.
   */
  public void write(Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.write('\n');
      for (Entry e : entries) {
        w.write(
            e.source()
                + '\t'
                + e.target()
                + '\t'
                + String.format(Locale.ROOT, "%.4f", e.probability())
                + '\t'
                + e.pairs()
                + '\n');
      }
    }
    Files.move(
        tmp,
        file,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Reads the file form; a malformed line is an {@link IllegalArgumentException} naming the file,
   * the line and the field.
   */
  public static LearntLexicon read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new IllegalArgumentException(
          file
              + ": cannot be read"
              + (java.nio.file.Files.isDirectory(file)
                  ? " (it is a folder)"
                  : e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
          e);
    }
    if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1)); // a byte-order mark an editor added
    }
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new IllegalArgumentException(
          file + ":1: expected the header '" + HEADER.replace('\t', ' ') + "' (tab-separated)");
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = file + ":" + (i + 1) + ": ";
      if (f.length != 4) {
        throw new IllegalArgumentException(
            where + "expected 4 tab-separated fields, got " + f.length);
      }
      if (f[0].isBlank()) {
        throw new IllegalArgumentException(where + "field source is empty");
      }
      if (f[1].isBlank()) {
        throw new IllegalArgumentException(where + "field target is empty");
      }
      double p;
      int pairs;
      try {
        p = Double.parseDouble(f[2]);
      } catch (NumberFormatException e) {
        p = Double.NaN;
      }
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException(
            where + "field probability must be a number between 0 and 1, got '" + f[2] + "'");
      }
      try {
        pairs = Integer.parseInt(f[3]);
      } catch (NumberFormatException e) {
        pairs = -1;
      }
      if (pairs < 1) {
        throw new IllegalArgumentException(
            where + "field pairs must be a positive whole number, got '" + f[3] + "'");
      }
      // keys are lower case, as coverage's target pool holds them
      out.add(new Entry(f[0].strip(), f[1].strip().toLowerCase(java.util.Locale.ROOT), p, pairs));
    }
    return new LearntLexicon(out);
  }
}
