package dev.verso.spark;

import dev.verso.io.NaturalOrder;
import dev.verso.model.InputProblem;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/** The small serialisable rows that move between Spark stages. */
final class Rows {
  private Rows() {}

  /**
   * An input problem with its place in the CLI's order: group 0 reading (file, then position in the
   * file), group 1 joining documents by id (at the later record), group 2 evaluation (by document id).
   */
  record Problem(int group, String documentId, int file, int seq, String level, String path, int line, String field, String message)
      implements Serializable {

    static Problem of(int group, String documentId, int file, int seq, InputProblem p) {
      return new Problem(group, documentId, file, seq, p.level().name(), p.file(), p.line(), p.field(), p.message());
    }

    InputProblem problem() {
      return new InputProblem(InputProblem.Level.valueOf(level), path, line, field, message);
    }

    static final Comparator<Problem> ORDER =
        Comparator.comparingInt(Problem::group)
            .thenComparing(Problem::documentId, NaturalOrder.INSTANCE)
            .thenComparingInt(Problem::file)
            .thenComparingInt(Problem::seq);
  }

  /** A parsed document (encoded) or a problem met while reading, with its place in the input. */
  record Parsed(String id, int file, int seq, byte[] document, Problem problem) implements Serializable {}

  /**
   * One use of a cross-document key by one document: an acronym definition (key: system and long
   * form key), a traced term (system and term), or a whole measurement's details for a corpus metric
   * Verso does not know how to shard (system only).
   */
  record KeyUse(String metric, String key, String system, String documentId, int index, byte[] entry) implements Serializable {}

  /** One evaluated document before the cross-document checks. */
  record Evaluated(String id, byte[] result, List<KeyUse> uses, List<String> lineKeys, List<String> lineSystems, List<Problem> problems)
      implements Serializable {}

  /** A finding of a cross-document check, for one document; {@code order*} place it as the CLI does. */
  record Extra(String documentId, String system, String metric, String orderDocument, int orderIndex, int orderSeq, byte[] finding)
      implements Serializable {

    static final Comparator<Extra> ORDER =
        Comparator.comparing(Extra::orderDocument, NaturalOrder.INSTANCE)
            .thenComparingInt(Extra::orderIndex)
            .thenComparingInt(Extra::orderSeq);
  }

  /** One unit's statistics for the corpus totals and the system comparison. */
  record Unit(String system, List<String> metrics, List<double[]> stats, List<String> notes, int[] findings) implements Serializable {}

  /** The summary of one finished document; {@code full} is the encoded result when the driver needs it. */
  record Light(DocKey key, List<Unit> units, byte[] full) implements Serializable {}

  /** A document id sorted as the CLI sorts documents ({@link NaturalOrder}). */
  record DocKey(String id) implements Comparable<DocKey>, Serializable {
    @Override
    public int compareTo(DocKey o) {
      return NaturalOrder.INSTANCE.compare(id, o.id);
    }
  }

  /** A candidate for the HTML page: worse documents first (more weight), then by id. */
  record Ranked(long weight, String id, byte[] full) implements Serializable {
    static final Comparator<Ranked> WORST_FIRST =
        Comparator.comparingLong(Ranked::weight).reversed().thenComparing(Ranked::id, NaturalOrder.INSTANCE);
  }
}
