package dev.verso.metric.reference;

import java.util.Arrays;

/**
 * The shift candidates of one round of TER's greedy shift search (sacreBLEU's {@code
 * _find_shifted_pairs} and candidate loop), as (hypothesis start, length, target index) triples in
 * enumeration order, and the number of candidates checked over all rounds: sacreBLEU stops the
 * search at {@value #MAX_CHECKED}.
 */
final class ShiftCandidates {
  /** Longest phrase that may be shifted, in words. */
  static final int MAX_SHIFT_SIZE = 10;

  /** Farthest a phrase may be moved, in positions. */
  static final int MAX_SHIFT_DIST = 50;

  /** sacreBLEU's limit on shift candidates checked per sentence pair. */
  static final int MAX_CHECKED = 1000;

  private final int[] ref;
  private final int m;
  // The reference positions of each word: firstPos[word], then nextPos[position] (-1 ends).
  private final int[] firstPos;
  private final int[] nextPos;

  int[] start = new int[64];
  int[] length = new int[64];
  int[] target = new int[64];
  int count;
  int checked;

  /** Candidates against {@code ref}, whose positions are indexed by word here. */
  ShiftCandidates(int[] ref) {
    this.ref = ref;
    this.m = ref.length;
    int maxId = 0;
    for (int r : ref) {
      maxId = Math.max(maxId, r);
    }
    firstPos = new int[maxId + 1];
    Arrays.fill(firstPos, -1);
    nextPos = new int[m];
    for (int j = m - 1; j >= 0; j--) {
      nextPos[j] = firstPos[ref[j]];
      firstPos[ref[j]] = j;
    }
  }

  /**
   * Replaces the candidates by this round's, enumerated in sacreBLEU's order: phrases of {@code
   * input} that match the reference elsewhere, contain an error on both sides ({@code hypErr},
   * {@code refErr}) and are not already aligned ({@code align}: reference position to hypothesis
   * position) to where they match. Stops as soon as the candidate limit is reached.
   */
  void collect(int[] input, int[] align, int[] hypErr, int[] refErr) {
    count = 0;
    int n = input.length;
    for (int startH = 0; startH < n; startH++) {
      // Reference positions holding the same word, in increasing order: only they start a match.
      int first = input[startH] < firstPos.length ? firstPos[input[startH]] : -1;
      for (int startR = first; startR >= 0; startR = nextPos[startR]) {
        if (Math.abs(startR - startH) > MAX_SHIFT_DIST) {
          continue;
        }
        int length = 0;
        while (input[startH + length] == ref[startR + length] && length < MAX_SHIFT_SIZE) {
          length++;
          // candidate (startH, startR, length)
          if (anyErr(hypErr, startH, length) && anyErr(refErr, startR, length)) {
            int a = align[startR];
            if (!(startH <= a && a < startH + length)) {
              addTargets(startH, startR, length, align);
            }
          }
          if (exhausted()) {
            return;
          }
          if (n == startH + length || m == startR + length) {
            break;
          }
        }
      }
    }
  }

  private static boolean anyErr(int[] err, int start, int length) {
    int end = Math.min(err.length, start + length);
    for (int i = start; i < end; i++) {
      if (err[i] != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the shifts of the phrase at {@code startH} to the hypothesis positions aligned to the
   * reference positions just before and inside the match at {@code startR} (each distinct target
   * once).
   */
  private void addTargets(int startH, int startR, int length, int[] align) {
    int prevIdx = -1;
    for (int offset = -1; offset < length; offset++) {
      int idx;
      if (startR + offset == -1) {
        idx = 0;
      } else if (startR + offset < m) {
        idx = align[startR + offset] + 1;
      } else {
        break;
      }
      if (idx == prevIdx) {
        continue;
      }
      prevIdx = idx;
      add(startH, length, idx);
    }
  }

  /** Appends a candidate and counts it as checked. */
  void add(int startH, int len, int idx) {
    checked++;
    if (count == start.length) {
      start = Arrays.copyOf(start, 2 * count);
      length = Arrays.copyOf(length, 2 * count);
      target = Arrays.copyOf(target, 2 * count);
    }
    start[count] = startH;
    length[count] = len;
    target[count] = idx;
    count++;
  }

  /** Whether the search has checked as many candidates as sacreBLEU allows. */
  boolean exhausted() {
    return checked >= MAX_CHECKED;
  }

  /**
   * Candidate indices sorted by length, longest first (stable: enumeration order within a length).
   */
  int[] orderByLengthDescending() {
    int[] bucketStart = new int[MAX_SHIFT_SIZE + 2];
    for (int c = 0; c < count; c++) {
      bucketStart[MAX_SHIFT_SIZE - length[c] + 1]++;
    }
    for (int b = 1; b < bucketStart.length; b++) {
      bucketStart[b] += bucketStart[b - 1];
    }
    int[] order = new int[count];
    for (int c = 0; c < count; c++) {
      order[bucketStart[MAX_SHIFT_SIZE - length[c]]++] = c;
    }
    return order;
  }
}
