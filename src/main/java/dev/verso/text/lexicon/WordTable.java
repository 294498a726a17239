package dev.verso.text.lexicon;

import java.util.Collection;

/**
 * An immutable set of words that answers "is {@code text[from, to)} a word?" without allocating,
 * for dictionary-based segmentation (open addressing on a polynomial hash of the characters).
 */
public final class WordTable {
  private final String[] slots;
  private final int mask;
  private final int maxLength;

  /** A table of {@code words}. */
  public WordTable(Collection<String> words) {
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 2 + 1)) << 1;
    slots = new String[cap];
    mask = cap - 1;
    int max = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      int i = mix(rawHash(w, 0, w.length())) & mask;
      while (slots[i] != null && !slots[i].equals(w)) {
        i = (i + 1) & mask;
      }
      slots[i] = w;
      max = Math.max(max, w.length());
    }
    maxLength = max;
  }

  /** The length of the longest word. */
  public int maxLength() {
    return maxLength;
  }

  /** True when {@code text.substring(from, to)} is in the table. */
  public boolean contains(CharSequence text, int from, int to) {
    return containsHashed(text, from, to, rawHash(text, from, to));
  }

  /** Like {@link #contains} with the hash already computed by {@link #extend}. */
  public boolean containsHashed(CharSequence text, int from, int to, int h) {
    int len = to - from;
    int i = mix(h) & mask;
    while (true) {
      String s = slots[i];
      if (s == null) {
        return false;
      }
      if (s.length() == len && regionEquals(s, text, from)) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  private static boolean regionEquals(String s, CharSequence text, int from) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  /** The running (unmixed) hash after appending {@code c} to a prefix whose running hash is {@code h} (start with 0). */
  public static int extend(int h, char c) {
    return h * 31 + c;
  }

  private static int rawHash(CharSequence t, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = extend(h, t.charAt(k));
    }
    return h;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }
}
