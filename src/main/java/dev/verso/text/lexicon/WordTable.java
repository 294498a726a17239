package dev.verso.text.lexicon;

import java.util.Collection;

/**
 * An immutable set of words that answers "is {@code text[from, to)} a word?" without allocating,
 * for dictionary-based segmentation (open addressing on a polynomial hash of the characters).
 */
public final class WordTable {
  // slot i holds the first lengths[i] characters of slots[i]: a prefix entry shares its word's
  // string instead of copying it (CC-CEDICT's words have about as many prefixes as there are words)
  private final String[] slots;
  private final int[] lengths;
  private final int[] hashes;
  private final byte[] flags; // 1 = a word, 2 = a proper prefix (length >= 2) of a longer word
  private final int mask;
  private int maxLength; // set once, while the table is built
  private final byte[] maxByFirst = new byte[65536];

  /** A table of {@code words}. */
  public WordTable(Collection<String> words) {
    int cap = Integer.highestOneBit(Math.max(16, words.size() * 4 + 1)) << 1;
    slots = new String[cap];
    lengths = new int[cap];
    hashes = new int[cap];
    flags = new byte[cap];
    mask = cap - 1;
    int max = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      insertWithPrefixes(w);
      max = Math.max(max, w.length());
      int first = w.charAt(0);
      maxByFirst[first] = (byte) Math.max(maxByFirst[first], Math.min(w.length(), 127));
    }
    maxLength = max;
  }

  private WordTable(WordTable base, int cap) {
    slots = new String[cap];
    lengths = new int[cap];
    hashes = new int[cap];
    flags = new byte[cap];
    mask = cap - 1;
    System.arraycopy(base.maxByFirst, 0, maxByFirst, 0, maxByFirst.length);
    if (cap == base.slots.length) {
      System.arraycopy(base.slots, 0, slots, 0, cap);
      System.arraycopy(base.lengths, 0, lengths, 0, cap);
      System.arraycopy(base.hashes, 0, hashes, 0, cap);
      System.arraycopy(base.flags, 0, flags, 0, cap);
    } else {
      for (int i = 0; i < base.slots.length; i++) {
        if (base.slots[i] != null) {
          int j = base.hashes[i] & mask;
          while (slots[j] != null) {
            j = (j + 1) & mask;
          }
          slots[j] = base.slots[i];
          lengths[j] = base.lengths[i];
          hashes[j] = base.hashes[i];
          flags[j] = base.flags[i];
        }
      }
    }
    maxLength = base.maxLength;
  }

  /**
   * This table plus {@code extra} words (a user glossary's terms), without rebuilding the words
   * already in it: the result answers exactly as a table built from the union would.
   */
  public WordTable with(Collection<String> extra) {
    int used = 0;
    for (String s : slots) {
      if (s != null) {
        used++;
      }
    }
    int need = used;
    for (String w : extra) {
      need += Math.max(1, w.length() - 1);
    }
    int cap = slots.length;
    while (need * 2 > cap) {
      cap <<= 1;
    }
    WordTable t = new WordTable(this, cap);
    int max = t.maxLength;
    for (String w : extra) {
      if (w.isEmpty()) {
        continue;
      }
      t.insertWithPrefixes(w);
      max = Math.max(max, w.length());
      int first = w.charAt(0);
      t.maxByFirst[first] = (byte) Math.max(t.maxByFirst[first], Math.min(w.length(), 127));
    }
    t.maxLength = max;
    return t;
  }

  /** The length of the longest word. */
  public int maxLength() {
    return maxLength;
  }

  /** Flag of {@link #lookup}: the range is a word. */
  public static final int WORD = 1;

  /** Flag of {@link #lookup}: the range begins a longer word. */
  public static final int PREFIX = 2;

  /** Enters {@code w} as a word and its prefixes of two characters or more as prefixes. */
  private void insertWithPrefixes(String w) {
    int h = 0;
    for (int k = 1; k <= w.length(); k++) {
      h = extend(h, w.charAt(k - 1));
      if (k == w.length()) {
        insert(w, k, h, WORD);
      } else if (k >= 2) {
        insert(w, k, h, PREFIX);
      }
    }
  }

  /** Enters the first {@code len} characters of {@code w}, whose running hash is {@code h}. */
  private void insert(String w, int len, int h, int flag) {
    int mixed = mix(h);
    int i = mixed & mask;
    while (slots[i] != null
        && !(lengths[i] == len && hashes[i] == mixed && slots[i].regionMatches(0, w, 0, len))) {
      i = (i + 1) & mask;
    }
    if (slots[i] == null) {
      slots[i] = w;
      lengths[i] = len;
      hashes[i] = mixed;
    }
    flags[i] |= (byte) flag;
  }

  /**
   * {@link #WORD} and/or {@link #PREFIX} for {@code text[from, to)} whose running hash is {@code h}
   * (see {@link #extend}); 0 when it is neither, so a longer match is impossible.
   */
  public int lookup(CharSequence text, int from, int to, int h) {
    int i = slotOf(text, from, to, h);
    return i < 0 ? 0 : flags[i];
  }

  /** The slot holding {@code text[from, to)} (running hash {@code h}), or -1 when it is absent. */
  private int slotOf(CharSequence text, int from, int to, int h) {
    int len = to - from;
    int mixed = mix(h);
    int i = mixed & mask;
    while (true) {
      String s = slots[i];
      if (s == null) {
        return -1;
      }
      if (hashes[i] == mixed && lengths[i] == len && regionEquals(s, len, text, from)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** The length of the longest word that starts with {@code c} (0 if none). */
  public int maxLength(char c) {
    return maxByFirst[c];
  }

  /** True when {@code text.substring(from, to)} is in the table. */
  public boolean contains(CharSequence text, int from, int to) {
    return containsHashed(text, from, to, rawHash(text, from, to));
  }

  /** Like {@link #contains} with the hash already computed by {@link #extend}. */
  public boolean containsHashed(CharSequence text, int from, int to, int h) {
    int i = slotOf(text, from, to, h);
    return i >= 0 && (flags[i] & WORD) != 0;
  }

  private static boolean regionEquals(String s, int len, CharSequence text, int from) {
    for (int k = 0; k < len; k++) {
      if (s.charAt(k) != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The running (unmixed) hash after appending {@code c} to a prefix whose running hash is {@code
   * h} (start with 0).
   */
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
