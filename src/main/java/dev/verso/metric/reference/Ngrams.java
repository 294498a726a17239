package dev.verso.metric.reference;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * N-gram counting on sequences of small integer ids (tokens or code points numbered per segment).
 * An n-gram becomes one {@code long} key: packed ids when they fit, otherwise a dense number from a
 * dictionary; sorted key arrays are then intersected to count clipped matches.
 */
final class Ngrams {
  private Ngrams() {}

  /** Sorted keys of all n-grams of order {@code n} in {@code seq} ({@code ids} in 1..maxId). */
  static long[] sortedKeys(int[] seq, int n, int maxId, Map<String, Long> fallback) {
    int count = seq.length - n + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] keys = new long[count];
    int bits = 64 - Long.numberOfLeadingZeros(maxId);
    if (bits * n <= 63) {
      for (int i = 0; i < count; i++) {
        long k = 0;
        for (int j = 0; j < n; j++) {
          k = (k << bits) | seq[i + j];
        }
        keys[i] = k;
      }
    } else {
      for (int i = 0; i < count; i++) {
        String s = n + ":" + Arrays.toString(Arrays.copyOfRange(seq, i, i + n));
        Long id = fallback.get(s);
        if (id == null) {
          id = (long) fallback.size();
          fallback.put(s, id);
        }
        keys[i] = id;
      }
    }
    Arrays.sort(keys);
    return keys;
  }

  /**
   * A fresh dictionary for {@link #sortedKeys}'s fallback, shared by one segment's hypothesis and
   * references.
   */
  static Map<String, Long> newFallback() {
    return new HashMap<>();
  }

  /** Number of occurrences of {@code key} in the sorted array. */
  static int count(long[] sorted, long key) {
    int lo = lowerBound(sorted, key);
    if (lo == sorted.length || sorted[lo] != key) {
      return 0;
    }
    int hi = lo + 1;
    while (hi < sorted.length && sorted[hi] == key) {
      hi++;
    }
    return hi - lo;
  }

  private static int lowerBound(long[] a, long key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Sum over distinct hypothesis n-grams of min(hyp count, ref count), both arrays sorted. */
  static int clippedMatches(long[] hyp, long[] ref) {
    int i = 0;
    int j = 0;
    int matches = 0;
    while (i < hyp.length && j < ref.length) {
      long h = hyp[i];
      long r = ref[j];
      if (h < r) {
        i++;
      } else if (h > r) {
        j++;
      } else {
        int hi = i;
        while (hi < hyp.length && hyp[hi] == h) {
          hi++;
        }
        int rj = j;
        while (rj < ref.length && ref[rj] == h) {
          rj++;
        }
        matches += Math.min(hi - i, rj - j);
        i = hi;
        j = rj;
      }
    }
    return matches;
  }

  /** Numbers strings per segment: equal strings get equal ids, starting at 1. */
  static final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();

    int[] encode(String[] tokens) {
      int[] out = new int[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        Integer id = ids.get(tokens[i]);
        if (id == null) {
          id = ids.size() + 1;
          ids.put(tokens[i], id);
        }
        out[i] = id;
      }
      return out;
    }

    int maxId() {
      return ids.size();
    }
  }

  /** Numbers code points per segment, starting at 1. */
  static final class CodePoints {
    private final Map<Integer, Integer> ids = new HashMap<>();
    private final int[] bmp = new int[0x10000];
    private int next = 1;
    private final int[] used = new int[4096];
    private int usedCount;

    /** Ids of the code points of {@code s} with Python whitespace removed. */
    int[] encodeWithoutSpaces(String s) {
      int[] out = new int[s.length()];
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        if (dev.verso.metric.reference.tokenize.PyStrings.isSpace(c)) {
          continue;
        }
        out[n++] = id(c);
      }
      return Arrays.copyOf(out, n);
    }

    /** Ids of all code points of {@code s}, whitespace included. */
    int[] encodeAll(String s) {
      int[] out = new int[s.length()];
      int n = 0;
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        out[n++] = id(c);
      }
      return Arrays.copyOf(out, n);
    }

    private int id(int c) {
      if (c < 0x10000) {
        int v = bmp[c];
        if (v == 0) {
          v = next++;
          bmp[c] = v;
          if (usedCount < used.length) {
            used[usedCount++] = c;
          } else {
            // Too many to remember individually: clear the whole table on reset.
            usedCount = Integer.MAX_VALUE;
          }
        }
        return v;
      }
      Integer v = ids.get(c);
      if (v == null) {
        v = next++;
        ids.put(c, v);
      }
      return v;
    }

    int maxId() {
      return next - 1;
    }

    /** Forgets all ids (the instance is reused between segments). */
    void reset() {
      if (usedCount == Integer.MAX_VALUE) {
        Arrays.fill(bmp, 0);
      } else {
        for (int i = 0; i < usedCount; i++) {
          bmp[used[i]] = 0;
        }
      }
      usedCount = 0;
      ids.clear();
      next = 1;
    }
  }
}
