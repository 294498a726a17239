package dev.verso.align.internal;

import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorMatcher;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexical evidence of one side of a bitext, sentence by sentence: a length, and "items"
 * (content words and anchors) each with a weight and the interned English keys under which it can
 * be matched on the other side. A Chinese word's keys are its glossary/CC-CEDICT glosses; an
 * English word's key is its stem; anchors get typed keys ({@code n:20}, {@code p:wangbingnan}) so
 * that numbers and pinyin names meet across languages. Internal to the aligner.
 */
public final class SideFeatures {
  /** Character length of each sentence (non-whitespace UTF-16 units). */
  public final int[] length;

  /** Per sentence, per item: its keys. */
  public final int[][][] itemKeys;

  /** Per sentence, per item: its weight. */
  public final double[][] itemWeight;

  /** Per sentence: the sorted distinct keys of all its items. */
  public final int[][] keys;

  /** Per sentence: the sum of its item weights. */
  public final double[] totalWeight;

  private SideFeatures(int[] length, int[][][] itemKeys, double[][] itemWeight) {
    this.length = length;
    this.itemKeys = itemKeys;
    this.itemWeight = itemWeight;
    int n = length.length;
    this.keys = new int[n][];
    this.totalWeight = new double[n];
    for (int s = 0; s < n; s++) {
      int size = 0;
      for (int[] k : itemKeys[s]) {
        size += k.length;
      }
      int[] all = new int[size];
      int p = 0;
      for (int[] k : itemKeys[s]) {
        System.arraycopy(k, 0, all, p, k.length);
        p += k.length;
      }
      Arrays.sort(all);
      int d = 0;
      for (int q = 0; q < all.length; q++) {
        if (d == 0 || all[q] != all[d - 1]) {
          all[d++] = all[q];
        }
      }
      keys[s] = Arrays.copyOf(all, d);
      double t = 0;
      for (double w : itemWeight[s]) {
        t += w;
      }
      totalWeight[s] = t;
    }
  }

  /** Number of sentences. */
  public int size() {
    return length.length;
  }

  /** Interns key strings to ints; one per bitext so both sides share the numbering. */
  public static final class Keys {
    private final Map<String, Integer> ids = new HashMap<>();

    int id(String key) {
      return ids.computeIfAbsent(key, k -> ids.size());
    }
  }

  /** One sentence's raw material: its tokens and anchors. */
  public record SentenceInput(String text, List<Token> tokens, List<Anchor> anchors) {}

  /** The sentences of an analysed text as inputs (anchors assigned by position). */
  public static List<SentenceInput> sentencesOf(AnalyzedText a) {
    List<SentenceInput> out = new ArrayList<>(a.sentences().size());
    List<Anchor> anchors = a.anchors();
    int k = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      var span = a.sentences().get(i).span();
      List<Anchor> mine = new ArrayList<>();
      while (k < anchors.size() && anchors.get(k).span().start() < span.end()) {
        if (anchors.get(k).span().start() >= span.start()) {
          mine.add(anchors.get(k));
        }
        k++;
      }
      out.add(new SentenceInput(span.of(a.raw()), a.tokensOf(i), mine));
    }
    return out;
  }

  /** Builds the Chinese side: content words with dictionary glosses, plus anchors. */
  public static SideFeatures chinese(
      List<SentenceInput> sentences, BilingualLexicon lexicon, AnchorMatcher matcher, Keys ids) {
    Builder b = new Builder();
    Map<String, Set<String>> personCache = new HashMap<>();
    for (SentenceInput s : sentences) {
      b.startSentence(s.text());
      for (Token t : s.tokens()) {
        if (t.kind() == Token.Kind.PUNCT) {
          continue;
        }
        Set<String> k;
        if (t.kind() == Token.Kind.LATIN) {
          k = Set.of(t.key());
        } else {
          k = lexicon.englishKeys(t.text());
        }
        if (!k.isEmpty()) {
          b.item("w:" + t.text(), k, ids);
        }
      }
      for (Anchor a : s.anchors()) {
        String key = anchorKey(a);
        if (key != null) {
          b.item(key, Set.of(key), ids);
        } else if (a.type() == dev.verso.text.AnchorType.PERSON) {
          Set<String> keys =
              personCache.computeIfAbsent(
                  a.text(),
                  h -> {
                    Set<String> out = new LinkedHashSet<>();
                    for (String p : matcher.personKeys(h)) {
                      out.add("p:" + p);
                    }
                    return out;
                  });
          if (!keys.isEmpty()) {
            b.item("p:" + a.text(), keys, ids);
          }
        }
      }
    }
    return b.build();
  }

  /** Builds the English side: stemmed content words, plus anchors. */
  public static SideFeatures english(List<SentenceInput> sentences, Keys ids) {
    Builder b = new Builder();
    for (SentenceInput s : sentences) {
      b.startSentence(s.text());
      for (Token t : s.tokens()) {
        if (t.kind() != Token.Kind.WORD
            || EnglishStemmer.isStopWord(t.text().toLowerCase(Locale.ROOT))) {
          continue;
        }
        b.item(t.key(), Set.of(t.key()), ids);
      }
      for (Anchor a : s.anchors()) {
        String key = anchorKey(a);
        if (key == null && a.type() == dev.verso.text.AnchorType.PERSON) {
          key = "p:" + a.value();
        }
        if (key != null) {
          b.item(key, Set.of(key), ids);
        }
      }
    }
    return b.build();
  }

  /**
   * A language-neutral key for numeric, date, time and acronym anchors; null for names and
   * organisations.
   */
  static String anchorKey(Anchor a) {
    switch (a.type()) {
      case NUMBER, ORDINAL, PERCENT:
        try {
          return "n:" + new BigDecimal(a.value()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          return null;
        }
      case MONEY:
        return "m:" + a.value();
      case DATE:
        return "d:" + a.value();
      case TIME:
        return "t:" + a.value();
      case ACRONYM:
        return "a:" + a.value();
      default:
        return null;
    }
  }

  private static final class Builder {
    private final List<String> texts = new ArrayList<>();
    private final List<List<String>> identities = new ArrayList<>();
    private final List<List<int[]>> keys = new ArrayList<>();

    void startSentence(String text) {
      texts.add(text);
      identities.add(new ArrayList<>());
      keys.add(new ArrayList<>());
    }

    void item(String identity, Set<String> k, Keys ids) {
      int[] arr = new int[k.size()];
      int p = 0;
      for (String s : k) {
        arr[p++] = ids.id(s);
      }
      Arrays.sort(arr);
      identities.get(identities.size() - 1).add(identity);
      keys.get(keys.size() - 1).add(arr);
    }

    SideFeatures build() {
      int n = texts.size();
      Map<String, Integer> df = new HashMap<>();
      for (List<String> ids : identities) {
        for (String id : new LinkedHashSet<>(ids)) {
          df.merge(id, 1, Integer::sum);
        }
      }
      int[] length = new int[n];
      int[][][] itemKeys = new int[n][][];
      double[][] weight = new double[n][];
      for (int s = 0; s < n; s++) {
        length[s] = visibleLength(texts.get(s));
        List<String> ids = identities.get(s);
        itemKeys[s] = keys.get(s).toArray(new int[0][]);
        weight[s] = new double[ids.size()];
        for (int q = 0; q < ids.size(); q++) {
          // inverse sentence frequency: words found everywhere say little about where a sentence
          // goes
          weight[s][q] = Math.log(1.0 + (double) n / df.get(ids.get(q)));
        }
      }
      return new SideFeatures(length, itemKeys, weight);
    }
  }

  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
