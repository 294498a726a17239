package dev.verso.metric.builtin.coverage;

import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
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
   * @param text its target text for the block
   * @param covered source item spans it renders (start, end packed by {@link #key}) to whether it renders them
   */
  public record Other(double chars, String text, Map<Long, Boolean> covered) {}

  /**
   * The consensus evidence of one block.
   *
   * @param others how many other systems rendered the source
   * @param missing summed weight of items unrendered here, each times the share of others rendering it
   * @param lengthRatio log((target chars + 1) / (median of the others' chars + 1))
   * @param chrf mean chrF (β = 2) of this block's target against each other's text
   * @param share per item of this block, the share of the others rendering it (NaN when none had it)
   */
  public record Evidence(int others, double missing, double lengthRatio, double chrf, double[] share) {}

  /** The packed key of a source item's span. */
  public static long key(Span s) {
    return ((long) s.start() << 32) | (s.end() & 0xffffffffL);
  }

  /**
   * The evidence for {@code block}'s items (rendered or not here) against {@code others}.
   *
   * @param block this translation's coverage of the source block
   * @param tgtChars non-space characters of this block's target text
   * @param tgtText this block's target text
   */
  public static Evidence of(BlockCoverage.Result block, int tgtChars, String tgtText, List<Other> others) {
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
    double median = lengths.length == 0 ? tgtChars
        : lengths.length % 2 == 1 ? lengths[lengths.length / 2] : (lengths[lengths.length / 2 - 1] + lengths[lengths.length / 2]) / 2;
    return new Evidence(others.size(), missing, Math.log((tgtChars + 1.0) / (median + 1.0)),
        others.isEmpty() ? 1.0 : chrf / others.size(), share);
  }

  /**
   * chrF with β = 2 of {@code hyp} against {@code ref}: character n-grams of orders 1 to 6, spaces
   * removed, precision and recall averaged over the orders that have n-grams; 0 when either is empty.
   */
  public static double chrf(String hyp, String ref) {
    String h = strip(hyp);
    String r = strip(ref);
    double p = 0;
    double rc = 0;
    int orders = 0;
    for (int n = 1; n <= MAX_ORDER; n++) {
      if (h.length() < n || r.length() < n) {
        break;
      }
      Map<String, Integer> hc = grams(h, n);
      Map<String, Integer> rcnt = grams(r, n);
      int match = 0;
      for (var e : hc.entrySet()) {
        Integer c = rcnt.get(e.getKey());
        if (c != null) {
          match += Math.min(c, e.getValue());
        }
      }
      p += match / (double) (h.length() - n + 1);
      rc += match / (double) (r.length() - n + 1);
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

  private static Map<String, Integer> grams(String s, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= s.length(); i++) {
      m.merge(s.substring(i, i + n), 1, Integer::sum);
    }
    return m;
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
