package dev.verso.metric.builtin.coverage;

import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The English keys and gloss senses of a Chinese source token (from the glossary and CC-CEDICT,
 * falling back to the glosses of its characters): what a target word must be to render it.
 */
final class Glosses {
  private Glosses() {}

  /**
   * English keys of a Chinese token: its own glosses, else the glosses of its non-function
   * characters.
   */
  static Set<String> keysOf(Token t, BilingualLexicon lexicon) {
    if (t.kind() == Token.Kind.LATIN) {
      return Set.of(t.key());
    }
    if (t.kind() == Token.Kind.NUMBER) {
      return Set.of();
    }
    return keysOf(t.text(), lexicon);
  }

  /**
   * English keys of a Chinese word: its own glosses, else the glosses of its non-function
   * characters.
   */
  static Set<String> keysOf(String w, BilingualLexicon lexicon) {
    Set<String> keys = lexicon.englishKeys(w);
    if (!keys.isEmpty() || w.codePointCount(0, w.length()) < 2) {
      return keys;
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (!ChineseFunctionWords.ALL.contains(ch)) {
        out.addAll(lexicon.englishKeys(ch));
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  /**
   * The gloss senses of a Chinese token, grouped: one group for a word the glossary or CC-CEDICT
   * knows (each sense a list of keys), else one group per non-function character.
   */
  static List<List<List<String>>> sensesOf(Token t, BilingualLexicon lexicon) {
    if (t.kind() == Token.Kind.LATIN) {
      return List.of(List.of(List.of(t.key())));
    }
    if (t.kind() == Token.Kind.NUMBER) {
      return List.of();
    }
    List<List<String>> own = senses(t.text(), lexicon);
    if (!own.isEmpty() || t.text().codePointCount(0, t.text().length()) < 2) {
      return own.isEmpty() ? List.of() : List.of(own);
    }
    List<List<List<String>>> out = new ArrayList<>();
    String w = t.text();
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (!ChineseFunctionWords.ALL.contains(ch)) {
        List<List<String>> s = senses(ch, lexicon);
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  private static List<List<String>> senses(String word, BilingualLexicon lexicon) {
    if (lexicon.glossary().get(word) != null) {
      return List.of(List.copyOf(lexicon.englishKeys(word)));
    }
    if (lexicon.cedict() == null) {
      return List.of();
    }
    var dict = lexicon.cedict();
    return SENSES
        .computeIfAbsent(dict, d -> new java.util.concurrent.ConcurrentHashMap<>())
        .computeIfAbsent(word, w -> List.copyOf(dict.senseKeys(w)));
  }

  /**
   * Sense keys per dictionary and word, cached (the dictionary parses and stems them on each call).
   */
  private static final Map<Object, Map<String, List<List<String>>>> SENSES =
      new java.util.concurrent.ConcurrentHashMap<>();
}
