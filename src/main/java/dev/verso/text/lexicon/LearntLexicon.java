package dev.verso.text.lexicon;

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

  /** The file form: the header and one line per entry, each ending in a newline. */
  public String toTsv() {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Entry e : entries) {
      sb.append(e.source())
          .append('\t')
          .append(e.target())
          .append('\t')
          .append(String.format(Locale.ROOT, "%.4f", e.probability()))
          .append('\t')
          .append(e.pairs())
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Parses the file form ({@code text} as decoded, with '\n' line ends); a malformed line is an
   * {@link IllegalArgumentException} naming {@code origin}, the line and the field.
   */
  public static LearntLexicon parse(String text, String origin) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].strip().equals(HEADER)) {
      throw new IllegalArgumentException(
          origin + ":1: expected the header '" + HEADER.replace('\t', ' ') + "' (tab-separated)");
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String where = origin + ":" + (i + 1) + ": ";
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
      out.add(new Entry(f[0].strip(), f[1].strip().toLowerCase(Locale.ROOT), p, pairs));
    }
    return new LearntLexicon(out);
  }
}
