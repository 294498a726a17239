package dev.verso.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The optimised shift search (prefix-row reuse, exact pruning, position index) against a literal
 * transcription of sacreBLEU's lib_ter semantics that recomputes every candidate's full beam
 * matrix.
 */
class TerAlgorithmTest {
  private static final int INF = Integer.MAX_VALUE / 2;

  /** sacreBLEU's beam edit distance: returns {distance} and fills the trace (ops from (0,0)). */
  private static int beamDistance(int[] h, int[] r, StringBuilder trace) {
    int n = h.length;
    int m = r.length;
    int[][] cost = new int[n + 1][m + 1];
    char[][] op = new char[n + 1][m + 1];
    for (int j = 0; j <= m; j++) {
      cost[0][j] = j;
      op[0][j] = 'i';
    }
    for (int i = 1; i <= n; i++) {
      Arrays.fill(cost[i], INF);
      Arrays.fill(op[i], 'x');
    }
    double ratio = n > 0 ? (double) m / n : 1.0;
    int beam = 25 < ratio / 2 ? (int) Math.ceil(ratio / 2 + 25) : 25;
    for (int i = 1; i <= n; i++) {
      int pd = (int) Math.floor(i * ratio);
      int minJ = Math.max(0, pd - beam);
      int maxJ = i == n ? m + 1 : Math.min(m + 1, pd + beam);
      for (int j = minJ; j < maxJ; j++) {
        if (j == 0) {
          cost[i][0] = cost[i - 1][0] + 1;
          op[i][0] = 'd';
          continue;
        }
        boolean same = h[i - 1] == r[j - 1];
        int[] c = {cost[i - 1][j - 1] + (same ? 0 : 1), cost[i - 1][j] + 1, cost[i][j - 1] + 1};
        char[] o = {same ? ' ' : 's', 'd', 'i'};
        for (int k = 0; k < 3; k++) {
          if (cost[i][j] > c[k]) {
            cost[i][j] = c[k];
            op[i][j] = o[k];
          }
        }
      }
    }
    if (trace != null) {
      int i = n;
      int j = m;
      while (i > 0 || j > 0) {
        char o = op[i][j];
        trace.insert(0, o);
        if (o == ' ' || o == 's') {
          i--;
          j--;
        } else if (o == 'i') {
          j--;
        } else {
          i--;
        }
      }
    }
    return cost[n][m];
  }

  private static int[] shift(int[] w, int start, int len, int target) {
    List<Integer> out = new ArrayList<>();
    int n = w.length;
    int[][] parts;
    if (target < start) {
      parts = new int[][] {{0, target}, {start, start + len}, {target, start}, {start + len, n}};
    } else if (target > start + len) {
      parts = new int[][] {{0, start}, {start + len, target}, {start, start + len}, {target, n}};
    } else {
      parts =
          new int[][] {
            {0, start}, {start + len, len + target}, {start, start + len}, {len + target, n}
          };
    }
    for (int[] p : parts) {
      for (int k = Math.max(0, p[0]); k < Math.min(n, p[1]); k++) {
        out.add(w[k]);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** sacreBLEU's translation_edit_rate, literally. */
  static int reference(int[] hyp, int[] ref) {
    if (ref.length == 0) {
      return hyp.length;
    }
    int shifts = 0;
    int checked = 0;
    int[] input = hyp;
    while (true) {
      StringBuilder inv = new StringBuilder();
      int pre = beamDistance(input, ref, inv);
      String trace = inv.toString().replace('i', 'D').replace('d', 'i').replace('D', 'd');
      int[] align = new int[ref.length];
      List<Integer> hypErr = new ArrayList<>();
      List<Integer> refErr = new ArrayList<>();
      int ph = -1;
      int pr = -1;
      for (char o : trace.toCharArray()) {
        if (o == ' ' || o == 's') {
          ph++;
          pr++;
          align[pr] = ph;
          hypErr.add(o == 's' ? 1 : 0);
          refErr.add(o == 's' ? 1 : 0);
        } else if (o == 'i') {
          ph++;
          hypErr.add(1);
        } else {
          pr++;
          align[pr] = ph;
          refErr.add(1);
        }
      }
      long[] best = null;
      int[] bestWords = null;
      outer:
      for (int sh = 0; sh < input.length; sh++) {
        for (int sr = 0; sr < ref.length; sr++) {
          if (Math.abs(sr - sh) > 50) {
            continue;
          }
          int len = 0;
          while (input[sh + len] == ref[sr + len] && len < 10) {
            len++;
            boolean pass =
                sum(hypErr, sh, len) != 0
                    && sum(refErr, sr, len) != 0
                    && !(sh <= align[sr] && align[sr] < sh + len);
            if (pass) {
              int prev = -1;
              for (int off = -1; off < len; off++) {
                int idx = sr + off == -1 ? 0 : align[sr + off] + 1;
                if (idx == prev) {
                  continue;
                }
                prev = idx;
                int[] w = shift(input, sh, len, idx);
                long[] cand = {pre - beamDistance(w, ref, null), len, -sh, -idx};
                checked++;
                if (best == null || Arrays.compare(cand, best) > 0) {
                  best = cand;
                  bestWords = w;
                }
              }
              if (checked >= 1000) {
                break outer;
              }
            }
            if (input.length == sh + len || ref.length == sr + len) {
              break;
            }
          }
        }
      }
      if (checked >= 1000 || best == null || best[0] <= 0) {
        break;
      }
      shifts++;
      input = bestWords;
    }
    return shifts + beamDistance(input, ref, null);
  }

  private static int sum(List<Integer> l, int from, int len) {
    int s = 0;
    for (int k = from; k < Math.min(l.size(), from + len); k++) {
      s += l.get(k);
    }
    return s;
  }

  private static int[] random(Random rnd, int len, int vocab) {
    int[] w = new int[len];
    for (int i = 0; i < len; i++) {
      w[i] = rnd.nextInt(vocab);
    }
    return w;
  }

  @Test
  void optimisedSearchEqualsTheLiteralAlgorithm() {
    Random rnd = new Random(2024);
    TerAlgorithm ter = new TerAlgorithm();
    for (int k = 0; k < 400; k++) {
      int[] ref = random(rnd, 1 + rnd.nextInt(k % 4 == 0 ? 90 : 35), 3 + rnd.nextInt(12));
      int[] hyp;
      if (k % 3 == 0) {
        // A permuted, lightly edited copy of the reference: many profitable shifts.
        List<Integer> l = new ArrayList<>();
        for (int x : ref) {
          l.add(rnd.nextInt(8) == 0 ? 99 : x);
        }
        java.util.Collections.rotate(l.subList(0, rnd.nextInt(l.size() + 1)), rnd.nextInt(5));
        hyp = l.stream().mapToInt(Integer::intValue).toArray();
      } else {
        hyp = random(rnd, rnd.nextInt(k % 5 == 0 ? 8 : 60), 3 + rnd.nextInt(12));
      }
      assertThat(ter.edits(hyp, ref))
          .as("hyp %s ref %s", Arrays.toString(hyp), Arrays.toString(ref))
          .isEqualTo(reference(hyp, ref));
    }
  }
}
