package dev.verso.metric.reference;

import java.util.Arrays;

/**
 * Translation edit rate with shifts, the algorithm of sacreBLEU 2.x's {@code lib_ter} (after
 * Tercom) on int-coded words: a beam-limited edit distance (beam 25, widened for very unequal
 * lengths) whose preference order is substitution/match, deletion, insertion; greedy shifts chosen
 * by (edit-distance gain, length, earliest start, earliest target) among phrases of up to 10 words
 * moved at most 50 positions; at most 1000 shift candidates per sentence pair, after which the
 * search stops (discarding the last round's best shift, as sacreBLEU does).
 *
 * <p>sacreBLEU caches matrix rows by hypothesis prefix; the rows are a function of the prefix, so
 * reusing rows (here: those shared with the current hypothesis) gives identical results. Instances
 * hold scratch buffers and are not thread-safe.
 */
final class TerAlgorithm {
  private static final int BEAM_WIDTH = 25;
  private static final int INF = Integer.MAX_VALUE / 2;

  private static final byte OP_NOP = 0;
  private static final byte OP_SUB = 1;
  private static final byte OP_INS = 2;
  private static final byte OP_DEL = 3;
  private static final byte OP_UNDEF = 4;

  private int[] ref;
  private int m;
  private int n;
  // Matrix of the current hypothesis (with operations) and scratch rows for candidates.
  private int[][] cost = new int[0][];
  private byte[][] ops = new byte[0][];
  private int[][] scratch = new int[0][];
  private double ratio;
  private int[] rowMin = new int[0];
  private int[] rowA = new int[0];
  private int[] rowB = new int[0];
  private int[] rowMax = new int[0];
  private int beam;

  /**
   * Edit count (shifts + edits) of {@code hyp} against {@code ref}; 0-length refs give {@code
   * hyp.length}.
   */
  int edits(int[] hyp, int[] reference) {
    this.ref = reference;
    this.m = reference.length;
    this.n = hyp.length;
    if (m == 0) {
      return n;
    }
    ensureCapacity();
    setBeam();
    int shifts = 0;
    int[] input = hyp;
    int[] alignBuf = new int[m];
    int[] hypErr = new int[n];
    int[] refErr = new int[m];
    int[] bestWords = new int[n];
    ShiftCandidates candidates = new ShiftCandidates(reference);
    while (true) {
      int preScore = fullDistance(input);
      traceToAlignment(alignBuf, hypErr, refErr);
      candidates.collect(input, alignBuf, hypErr, refErr);
      if (candidates.exhausted()) {
        // sacreBLEU stops here, dropping this round's best shift.
        break;
      }
      if (!bestShift(input, preScore, candidates, bestWords)) {
        break;
      }
      shifts++;
      input = bestWords.clone();
    }
    return shifts + fullDistance(input);
  }

  /** The beam width for this sentence pair and each row's beam [rowMin, rowMax). */
  private void setBeam() {
    ratio = n > 0 ? (double) m / n : 1.0;
    if (BEAM_WIDTH < ratio / 2) {
      beam = (int) Math.ceil(ratio / 2 + BEAM_WIDTH);
    } else {
      beam = BEAM_WIDTH;
    }
    if (rowMin.length < n + 2) {
      rowMin = new int[n + 2];
      rowMax = new int[n + 2];
    }
    for (int i = 1; i <= n; i++) {
      int pseudoDiag = (int) Math.floor(i * ratio);
      rowMin[i] = Math.max(0, pseudoDiag - beam);
      rowMax[i] = i == n ? m + 1 : Math.min(m + 1, pseudoDiag + beam);
    }
    rowMin[n + 1] = m + 1;
    rowMax[n + 1] = m + 1;
  }

  /**
   * Finds this round's best shift in sacreBLEU's order (gain, length, -startH, -idx) and writes the
   * shifted words to {@code bestWords}; false if no candidate has a positive gain.
   *
   * <p>The best one does not depend on the order in which the candidates are evaluated. Longer
   * shifts first: they win ties and tend to gain most, which lets the bounds below discard the rest
   * early. Only a candidate with a positive gain can be applied, so a best with gain <= 0 never
   * matters.
   */
  private boolean bestShift(
      int[] input, int preScore, ShiftCandidates candidates, int[] bestWords) {
    int trueDistance = -1;
    boolean haveBest = false;
    int bestGain = 0;
    int bestLen = 0;
    int bestStart = 0;
    int bestIdx = 0;
    int[] shifted = new int[n];
    int[] order = candidates.orderByLengthDescending();
    for (int k = 0; k < candidates.count; k++) {
      int c = order[k];
      int startH = candidates.start[c];
      int length = candidates.length[c];
      int idx = candidates.target[c];
      boolean tieWins =
          haveBest
              && (length > bestLen
                  || (length == bestLen
                      && (startH < bestStart || (startH == bestStart && idx < bestIdx))));
      int needGain = !haveBest ? 1 : (tieWins ? bestGain : bestGain + 1);
      if (2 * length < needGain) {
        // The shifted words are 2 * length edits away from the current ones, so their
        // (unrestricted) edit distance is at least trueDistance - 2 * length; the beam only adds
        // to it. Hence gain <= preScore - trueDistance + 2 * length.
        if (trueDistance < 0) {
          trueDistance = unrestrictedDistance(input);
        }
        if (preScore - trueDistance + 2 * length < needGain) {
          continue;
        }
      }
      performShift(input, startH, length, idx, shifted);
      int limit = preScore - needGain; // the distance must be <= limit
      int dist =
          candidateDistance(
              shifted, Math.min(startH, idx), sameFrom(startH, length, idx), preScore, limit);
      if (dist > limit) {
        continue;
      }
      haveBest = true;
      bestGain = preScore - dist;
      bestLen = length;
      bestStart = startH;
      bestIdx = idx;
      System.arraycopy(shifted, 0, bestWords, 0, n);
    }
    return haveBest;
  }

  /** sacreBLEU's {@code _perform_shift}, with Python's slice clamping. */
  private void performShift(int[] w, int start, int length, int target, int[] out) {
    int p = 0;
    if (target < start) {
      p = copy(w, 0, target, out, p);
      p = copy(w, start, start + length, out, p);
      p = copy(w, target, start, out, p);
      copy(w, start + length, n, out, p);
    } else if (target > start + length) {
      p = copy(w, 0, start, out, p);
      p = copy(w, start + length, target, out, p);
      p = copy(w, start, start + length, out, p);
      copy(w, target, n, out, p);
    } else {
      p = copy(w, 0, start, out, p);
      p = copy(w, start + length, length + target, out, p);
      p = copy(w, start, start + length, out, p);
      copy(w, length + target, n, out, p);
    }
  }

  private int copy(int[] w, int from, int to, int[] out, int p) {
    from = Math.min(Math.max(from, 0), n);
    to = Math.min(Math.max(to, 0), n);
    if (to > from) {
      System.arraycopy(w, from, out, p, to - from);
      return p + to - from;
    }
    return p;
  }

  private void ensureCapacity() {
    if (cost.length < n + 1 || (cost.length > 0 && cost[0].length < m + 1)) {
      int rows = Math.max(n + 1, cost.length);
      int cols = Math.max(m + 1, cost.length > 0 ? cost[0].length : 0);
      cost = new int[rows][cols];
      ops = new byte[rows][cols];
      scratch = new int[rows][cols];
    }
    // Row 0: insertions of the reference words.
    for (int j = 0; j <= m; j++) {
      cost[0][j] = j;
      ops[0][j] = OP_INS;
      scratch[0][j] = j;
    }
  }

  /** Full matrix with operations for {@code words}; returns the distance. */
  private int fullDistance(int[] words) {
    for (int i = 1; i <= n; i++) {
      int[] prev = cost[i - 1];
      int[] cur = cost[i];
      byte[] op = ops[i];
      Arrays.fill(cur, 0, m + 1, INF);
      Arrays.fill(op, 0, m + 1, OP_UNDEF);
      int pseudoDiag = (int) Math.floor(i * ratio);
      int minJ = Math.max(0, pseudoDiag - beam);
      int maxJ = i == n ? m + 1 : Math.min(m + 1, pseudoDiag + beam);
      int w = words[i - 1];
      for (int j = minJ; j < maxJ; j++) {
        if (j == 0) {
          cur[0] = prev[0] + 1;
          op[0] = OP_DEL;
          continue;
        }
        int best = INF;
        byte bestOp = OP_UNDEF;
        int c = prev[j - 1] + (w == ref[j - 1] ? 0 : 1);
        if (best > c) {
          best = c;
          bestOp = w == ref[j - 1] ? OP_NOP : OP_SUB;
        }
        c = prev[j] + 1;
        if (best > c) {
          best = c;
          bestOp = OP_DEL;
        }
        c = cur[j - 1] + 1;
        if (best > c) {
          best = c;
          bestOp = OP_INS;
        }
        cur[j] = best;
        op[j] = bestOp;
      }
    }
    return cost[n][m];
  }

  /** Plain (unrestricted) Levenshtein distance of {@code words} and the reference, two rows. */
  private int unrestrictedDistance(int[] words) {
    if (rowA.length < m + 1) {
      rowA = new int[m + 1];
      rowB = new int[m + 1];
    }
    int[] prev = rowA;
    int[] cur = rowB;
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int w = words[i - 1];
      for (int j = 1; j <= m; j++) {
        cur[j] = cell(prev, cur, j, w);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /**
   * The Levenshtein recurrence for cell {@code j} of row {@code cur} (hypothesis word {@code w}):
   * the cheapest of substitution or match, deletion and insertion.
   */
  private int cell(int[] prev, int[] cur, int j, int w) {
    int best = prev[j - 1] + (w == ref[j - 1] ? 0 : 1);
    int c = prev[j] + 1;
    if (c < best) {
      best = c;
    }
    c = cur[j - 1] + 1;
    if (c < best) {
      best = c;
    }
    return best;
  }

  /**
   * First position from which the shifted words equal the current ones again (sacreBLEU's three
   * shift cases).
   */
  private int sameFrom(int start, int length, int target) {
    if (target < start) {
      return start + length;
    } else if (target > start + length) {
      return target;
    }
    return Math.min(n, target + length);
  }

  /**
   * The beam distance of {@code words}, which equal the current hypothesis (whose matrix is in
   * {@code cost}, distance {@code preScore}) before position {@code common} and from position
   * {@code same} on; or a value above {@code limit} as soon as the distance provably exceeds it.
   *
   * <p>From row {@code same} on both matrices are built from the same words with the same beam, and
   * a row follows from the previous one by min-plus operations, so the final distance is {@code
   * min_j(row[j] + T[j])} with the same T for both. Hence the candidate's distance lies between
   * {@code preScore + min_j(d_j)} and {@code preScore + max_j(d_j)}, where d is the difference of
   * the two rows: rows are computed only until the lower bound exceeds the limit or the difference
   * is constant (then the distance is exact).
   */
  private int candidateDistance(int[] words, int common, int same, int preScore, int limit) {
    int[] prev = cost[common];
    for (int i = common + 1; i <= n; i++) {
      int[] cur = scratch[i];
      int minJ = rowMin[i];
      int maxJ = rowMax[i];
      // Cells outside the beam that this row's and the next row's updates read must be infinite.
      if (minJ > 0) {
        cur[minJ - 1] = INF;
      }
      for (int j = maxJ, end = Math.min(m + 1, rowMax[i + 1]); j < end; j++) {
        cur[j] = INF;
      }
      int w = words[i - 1];
      int j0 = minJ;
      if (minJ == 0) {
        cur[0] = prev[0] + 1;
        j0 = 1;
      }
      for (int j = j0; j < maxJ; j++) {
        cur[j] = cell(prev, cur, j, w);
      }
      if (i >= same && i < n) {
        int[] base = cost[i];
        int dMin = Integer.MAX_VALUE;
        int dMax = Integer.MIN_VALUE;
        boolean finite = true;
        for (int j = minJ; j < maxJ; j++) {
          int a = cur[j];
          int b = base[j];
          if (a >= INF || b >= INF) {
            if (a < INF || b < INF) {
              finite = false;
              break;
            }
            continue;
          }
          int d = a - b;
          if (d < dMin) {
            dMin = d;
          }
          if (d > dMax) {
            dMax = d;
          }
        }
        if (finite && dMin != Integer.MAX_VALUE) {
          if (preScore + dMin > limit) {
            return preScore + dMin;
          }
          if (dMin == dMax) {
            return preScore + dMin;
          }
        }
      }
      prev = cur;
    }
    return prev[m];
  }

  /**
   * Walks the trace of the current matrix back from (n, m), flips insertions and deletions (so the
   * reference is rewritten into the hypothesis) and derives sacreBLEU's alignment and error flags.
   */
  private void traceToAlignment(int[] align, int[] hypErr, int[] refErr) {
    byte[] trace = new byte[n + m];
    int len = 0;
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      byte op = ops[i][j];
      trace[len++] = op;
      if (op == OP_SUB || op == OP_NOP) {
        i--;
        j--;
      } else if (op == OP_INS) {
        j--;
      } else if (op == OP_DEL) {
        i--;
      } else {
        throw new IllegalStateException("TER: no edit path inside the beam");
      }
    }
    int posHyp = -1;
    int posRef = -1;
    int h = 0;
    int r = 0;
    for (int k = len - 1; k >= 0; k--) {
      byte op = trace[k];
      // Flipped: an insertion of a reference word becomes a deletion and vice versa.
      if (op == OP_NOP || op == OP_SUB) {
        posHyp++;
        posRef++;
        align[posRef] = posHyp;
        int e = op == OP_SUB ? 1 : 0;
        hypErr[h++] = e;
        refErr[r++] = e;
      } else if (op == OP_DEL) {
        // flipped to insertion: consumes a hypothesis word
        posHyp++;
        hypErr[h++] = 1;
      } else {
        // OP_INS flipped to deletion: consumes a reference word
        posRef++;
        align[posRef] = posHyp;
        refErr[r++] = 1;
      }
    }
  }
}
