package dev.verso.metric.builtin.defects;

import static dev.verso.metric.builtin.defects.DefectChecks.BOILERPLATE;

import dev.verso.metric.CorpusMetric.CorpusFinding;
import dev.verso.metric.CorpusMetric.UnitMeasurement;
import dev.verso.metric.builtin.defects.TextLines.Line;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * Boilerplate learnt across documents for TRANSLATION_DEFECTS: each document records a hash of
 * every line of a learnable length ({@link #lineHashes}); lines that recur in enough documents of a
 * system become {@code BOILERPLATE} findings, one per run of consecutive such lines ({@link
 * #findings}). Lines of {@code minWords} to {@code maxWords} words count when they recur in at
 * least {@code minDocuments} documents (0 turns the check off) and {@code minShare} of a system's
 * documents.
 */
public record RecurringLines(int minDocuments, double minShare, int minWords, int maxWords) {
  /** Shortest line, in words, that may end like a sentence and still be learnt across documents. */
  static final int MIN_SENTENCE_LINE_WORDS = 5;

  /** False when {@code corpusMinDocuments} is 0. */
  public boolean enabled() {
    return minDocuments != 0;
  }

  /**
   * How many documents of a system of {@code documents} (units with line details) a line must occur
   * in to count as boilerplate.
   */
  public int threshold(int documents) {
    return Math.max(minDocuments, (int) Math.ceil(minShare * documents - 1e-9));
  }

  /** [hash, start, end, line index] of every line whose word count is in the learnt range. */
  public List<List<Object>> lineHashes(List<Line> lines) {
    List<List<Object>> out = new ArrayList<>();
    for (Line l : lines) {
      int words = l.words();
      if (words >= minWords && words <= maxWords && learnable(l.text(), words)) {
        out.add(
            List.of(hash(normalizeLine(l.text())), l.span().start(), l.span().end(), l.index()));
      }
    }
    return out;
  }

  /**
   * Whether a line may be learnt as boilerplate across documents: short lines that end like a
   * sentence ("Thank you.", "Thank you very much.") recur across speeches and articles as language,
   * not page furniture, so a line ending with . ! ? needs at least five words.
   */
  static boolean learnable(String line, int words) {
    return words >= MIN_SENTENCE_LINE_WORDS || !Sentences.endsSentence(line);
  }

  /**
   * The line as compared across documents: decoration stripped, lower case, digits as 0, single
   * spaces.
   */
  static String normalizeLine(String line) {
    String s = line.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextLines.isSpace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.isDigit(c) ? '0' : c);
    }
    return PageFurniture.stripDecoration(sb.toString());
  }

  /** 64-bit FNV-1a of the UTF-16 units, as 16 hex digits. */
  static String hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      h ^= c & 0xFF;
      h *= 0x100000001b3L;
      h ^= c >>> 8;
      h *= 0x100000001b3L;
    }
    String hex = Long.toHexString(h);
    return "0".repeat(16 - hex.length()) + hex; // as %016x, without the formatter
  }

  /**
   * The documents of a system that contain each line hash, and how many documents have line
   * details.
   */
  public record Counts(Map<String, Integer> documentsWithLine, int documents) {}

  /**
   * Counts the line hashes of the units' {@code lines} details: each unit is one document of this
   * system, so its distinct hashes count once each.
   */
  public static Counts count(List<UnitMeasurement> units) {
    // counts, not sets of ids, so a large corpus costs a few bytes per line
    Map<String, Integer> docsWithHash = new HashMap<>();
    int documents = 0;
    for (UnitMeasurement u : units) {
      if (u.measurement().details().get("lines") instanceof List<?> list) {
        documents++;
        Set<String> here = new TreeSet<>();
        for (Object o : list) {
          if (o instanceof List<?> row) {
            here.add(String.valueOf(row.get(0)));
          }
        }
        here.forEach(h -> docsWithHash.merge(h, 1, Integer::sum));
      }
    }
    return new Counts(docsWithHash, documents);
  }

  /**
   * The boilerplate findings of one unit: each run of consecutive lines that occur in at least
   * {@link #threshold} documents and lie outside the unit's boilerplate blocks.
   */
  public List<CorpusFinding> findings(
      String system, UnitMeasurement u, ToIntFunction<String> documentsWithLine, int documents) {
    int needed = threshold(documents);
    List<CorpusFinding> out = new ArrayList<>();
    Map<String, Object> details = u.measurement().details();
    if (!(details.get("lines") instanceof List<?> list)) {
      return out;
    }
    List<Span> blocks = blocks(details);
    int runStart = -1;
    int runEnd = -1;
    int runLast = -2;
    int runLines = 0;
    int runMinDocs = Integer.MAX_VALUE;
    for (Object o : list) {
      List<?> row = (List<?>) o;
      int start = ((Number) row.get(1)).intValue();
      int end = ((Number) row.get(2)).intValue();
      int index = ((Number) row.get(3)).intValue();
      int docs = documentsWithLine.applyAsInt(String.valueOf(row.get(0)));
      boolean inBlock = blocks.stream().anyMatch(b -> b.start() <= start && end <= b.end());
      if (docs < needed || inBlock) {
        continue;
      }
      if (runStart >= 0 && index == runLast + 1) {
        runEnd = end;
        runLast = index;
        runLines++;
        runMinDocs = Math.min(runMinDocs, docs);
        continue;
      }
      if (runStart >= 0) {
        out.add(
            recurring(u.documentId(), system, runStart, runEnd, runLines, runMinDocs, documents));
      }
      runStart = start;
      runEnd = end;
      runLast = index;
      runLines = 1;
      runMinDocs = docs;
    }
    if (runStart >= 0) {
      out.add(recurring(u.documentId(), system, runStart, runEnd, runLines, runMinDocs, documents));
    }
    return out;
  }

  /** The boilerplate blocks found in the document itself, from its {@code blocks} details. */
  static List<Span> blocks(Map<String, Object> details) {
    List<Span> blocks = new ArrayList<>();
    if (details.get("blocks") instanceof List<?> bl) {
      for (Object o : bl) {
        if (o instanceof List<?> b) {
          blocks.add(new Span(((Number) b.get(0)).intValue(), ((Number) b.get(1)).intValue()));
        }
      }
    }
    return blocks;
  }

  private static CorpusFinding recurring(
      String documentId, String system, int start, int end, int lines, int docs, int documents) {
    String what = lines == 1 ? "This line recurs" : "These " + lines + " lines recur";
    return new CorpusFinding(
        documentId,
        new Finding(
            BOILERPLATE,
            IssueType.OTHER,
            lines >= 3 ? Severity.MAJOR : Severity.MINOR,
            Fields.TRANSLATION_TEXT,
            new Span(start, end),
            what
                + " verbatim in "
                + (lines == 1 ? "" : "at least ")
                + docs
                + " of "
                + documents
                + " documents of system "
                + system
                + ": likely site boilerplate, not part of the article",
            List.of(),
            Map.of("position", "recurring", "lines", lines, "documents", docs)));
  }
}
