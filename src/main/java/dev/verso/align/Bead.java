package dev.verso.align;

import java.util.ArrayList;
import java.util.List;

/**
 * One bead of a sentence alignment: source sentences {@code [srcStart, srcEnd)} correspond to
 * target sentences {@code [tgtStart, tgtEnd)}; either side may be empty (an omitted or an added
 * sentence).
 *
 * @param srcStart first source sentence
 * @param srcEnd one past the last source sentence
 * @param tgtStart first target sentence
 * @param tgtEnd one past the last target sentence
 * @param confidence how sure the aligner is, in [0, 1]
 */
public record Bead(int srcStart, int srcEnd, int tgtStart, int tgtEnd, double confidence) {

  public Bead {
    if (srcStart < 0 || srcEnd < srcStart || tgtStart < 0 || tgtEnd < tgtStart) {
      throw new IllegalArgumentException(
          "bad bead " + srcStart + ".." + srcEnd + " / " + tgtStart + ".." + tgtEnd);
    }
    if (srcEnd == srcStart && tgtEnd == tgtStart) {
      throw new IllegalArgumentException("empty bead at " + srcStart + "/" + tgtStart);
    }
  }

  /** Number of source sentences in the bead. */
  public int srcCount() {
    return srcEnd - srcStart;
  }

  /** Number of target sentences in the bead. */
  public int tgtCount() {
    return tgtEnd - tgtStart;
  }

  /** True when one side is empty (a 1-0 or 0-1 bead). */
  public boolean isNull() {
    return srcEnd == srcStart || tgtEnd == tgtStart;
  }

  /** The source sentence indices. */
  public List<Integer> src() {
    return range(srcStart, srcEnd);
  }

  /** The target sentence indices. */
  public List<Integer> tgt() {
    return range(tgtStart, tgtEnd);
  }

  /** The bead's type, e.g. {@code 1-2}. */
  public String type() {
    return srcCount() + "-" + tgtCount();
  }

  private static List<Integer> range(int a, int b) {
    List<Integer> out = new ArrayList<>(b - a);
    for (int i = a; i < b; i++) {
      out.add(i);
    }
    return out;
  }

  @Override
  public String toString() {
    return src() + "-" + tgt();
  }
}
