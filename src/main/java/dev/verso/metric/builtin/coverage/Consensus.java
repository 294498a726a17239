package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cross-system evidence for omissions: the other systems' translations of the same source serve as
 * leave-one-out pseudo-references. For a source block it gives the weight of source items this
 * translation leaves unrendered while the others render them, the block's length relative to the
 * others' renderings of the same source, and its character F-score (chrF, β = 2) against them.
 */
public final class Consensus {
  private Consensus() {}

  /** chrF's character n-gram orders 1..{@value}. */
  static final int MAX_ORDER = 6;

  /**
   * One other system's rendering of a source block.
   *
   * @param chars non-space characters of its target text for the block
   * @param text the profile of its target text for the block
   * @param covered source item spans it renders (start, end packed by {@link #key}) to whether it
   *     renders them
   */
  public record Other(double chars, Profile text, Map<Long, Boolean> covered) {}

  /**
   * The consensus evidence of one block.
   *
   * @param others how many other systems rendered the source
   * @param missing summed weight of items unrendered here, each times the share of others rendering
   *     it
   * @param lengthRatio log((target chars + 1) / (median of the others' chars + 1))
   * @param chrf mean chrF (β = 2) of this block's target against each other's text
   * @param share per item of this block, the share of the others rendering it (NaN when none had
   *     it)
   */
  public record Evidence(
      int others, double missing, double lengthRatio, double chrf, double[] share) {}

  /** The packed key of a source item's span. */
  public static long key(Span s) {
    return ((long) s.start() << 32) | (s.end() & 0xffffffffL);
  }

  /**
   * The evidence for {@code block}'s items (rendered or not here) against {@code others}.
   *
   * @param block this translation's coverage of the source block
   * @param tgtChars non-space characters of this block's target text
   * @param tgtText the profile of this block's target text
   */
  public static Evidence of(
      BlockCoverage.Result block, int tgtChars, Profile tgtText, List<Other> others) {
    List<BlockCoverage.Item> items = block.items();
    double[] share = new double[items.size()];
    double missing = 0;
    for (int i = 0; i < items.size(); i++) {
      BlockCoverage.Item it = items.get(i);
      long k = key(it.span());
      int seen = 0;
      int rendered = 0;
      for (Other o : others) {
        Boolean c = o.covered().get(k);
        if (c != null) {
          seen++;
          rendered += c ? 1 : 0;
        }
      }
      share[i] = seen == 0 ? Double.NaN : rendered / (double) seen;
      if (!it.covered() && seen > 0) {
        missing += it.weight() * share[i];
      }
    }
    double[] lengths = new double[others.size()];
    double chrf = 0;
    for (int j = 0; j < others.size(); j++) {
      lengths[j] = others.get(j).chars();
      chrf += chrf(tgtText, others.get(j).text());
    }
    java.util.Arrays.sort(lengths);
    double median =
        lengths.length == 0
            ? tgtChars
            : lengths.length % 2 == 1
                ? lengths[lengths.length / 2]
                : (lengths[lengths.length / 2 - 1] + lengths[lengths.length / 2]) / 2;
    return new Evidence(
        others.size(),
        missing,
        Math.log((tgtChars + 1.0) / (median + 1.0)),
        others.isEmpty() ? 1.0 : chrf / others.size(),
        share);
  }

  /**
   * The character n-grams (orders 1 to 6, spaces removed) of one text, hashed and sorted per order,
   * so that chrF between two profiles is a merge; build once per text and reuse against every
   * other.
   */
  public record Profile(long[][] grams) {
    /** The profile of {@code text}. */
    public static Profile of(String text) {
      String s = strip(text);
      long[][] g = new long[MAX_ORDER][];
      for (int n = 1; n <= MAX_ORDER; n++) {
        int count = Math.max(0, s.length() - n + 1);
        long[] a = new long[count];
        for (int i = 0; i < count; i++) {
          long h = n;
          for (int k = i; k < i + n; k++) {
            h = h * 1_000_003L + s.charAt(k);
          }
          a[i] = h;
        }
        java.util.Arrays.sort(a);
        g[n - 1] = a;
      }
      return new Profile(g);
    }
  }

  /** chrF with β = 2 of {@code hyp} against {@code ref} (see {@link #chrf(Profile, Profile)}). */
  public static double chrf(String hyp, String ref) {
    return chrf(Profile.of(hyp), Profile.of(ref));
  }

  /**
   * chrF with β = 2 of {@code hyp} against {@code ref}: character n-grams of orders 1 to 6, spaces
   * removed, precision and recall averaged over the orders both texts have; 0 when either is empty.
   */
  public static double chrf(Profile hyp, Profile ref) {
    double p = 0;
    double rc = 0;
    int orders = 0;
    for (int n = 0; n < MAX_ORDER; n++) {
      long[] h = hyp.grams()[n];
      long[] r = ref.grams()[n];
      if (h.length == 0 || r.length == 0) {
        break;
      }
      int match = 0;
      int i = 0;
      int j = 0;
      while (i < h.length && j < r.length) {
        if (h[i] == r[j]) {
          match++;
          i++;
          j++;
        } else if (h[i] < r[j]) {
          i++;
        } else {
          j++;
        }
      }
      p += match / (double) h.length;
      rc += match / (double) r.length;
      orders++;
    }
    if (orders == 0) {
      return 0;
    }
    p /= orders;
    rc /= orders;
    double b2 = 4;
    return p + rc == 0 ? 0 : (1 + b2) * p * rc / (b2 * p + rc);
  }

  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Runs of consecutive items of {@code block} unrendered here that at least half the others render
   * (items whose share is unknown break a run), as [first, last] item indices, in text order.
   */
  public static List<int[]> missingRuns(BlockCoverage.Result block, double[] share) {
    List<int[]> out = new ArrayList<>();
    List<BlockCoverage.Item> items = block.items();
    int start = -1;
    for (int i = 0; i <= items.size(); i++) {
      boolean in = i < items.size() && !items.get(i).covered() && share[i] >= 0.5;
      boolean skip = i < items.size() && items.get(i).weight() == 0 && start >= 0;
      if (in) {
        if (start < 0) {
          start = i;
        }
      } else if (!skip && start >= 0) {
        int end = i - 1;
        while (end > start && items.get(end).weight() == 0) {
          end--;
        }
        out.add(new int[] {start, end});
        start = -1;
      }
    }
    return out;
  }
}
