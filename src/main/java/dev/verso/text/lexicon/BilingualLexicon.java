package dev.verso.text.lexicon;

import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import dev.verso.model.Span;
import dev.verso.text.WordSplit;
import dev.verso.text.en.EnglishStemmer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Chinese word → normalised English keys, from the user glossary first and CC-CEDICT second, so
 * that 签署 matches "signed" and a glossary's 中网联 → CFNSO outranks anything the dictionary says.
 * Thread-safe.
 */
public final class BilingualLexicon {
  private final Glossary glossary;
  private final Cedict cedict;
  private final LearntLexicon learnt;

  /** A lexicon over {@code glossary} (may be empty) and {@code cedict}. */
  public BilingualLexicon(Glossary glossary, Cedict cedict) {
    this(glossary, cedict, LearntLexicon.empty());
  }

  private BilingualLexicon(Glossary glossary, Cedict cedict, LearntLexicon learnt) {
    this.glossary = glossary;
    this.cedict = cedict;
    this.learnt = learnt;
  }

  /**
   * This lexicon with renderings learnt from the corpus ({@link LexiconLearner}) as a last resort:
   * coverage counts a word rendered by one of them only when the glossary and the dictionary fail.
   */
  public BilingualLexicon withLearnt(LearntLexicon learnt) {
    return learnt.isEmpty() && this.learnt.isEmpty()
        ? this
        : new BilingualLexicon(glossary, cedict, learnt);
  }

  /** The renderings learnt from the corpus (empty unless {@link #withLearnt} gave some). */
  public LearntLexicon learnt() {
    return learnt;
  }

  /** Where a glossary term was found in a text. */
  public enum HitKind {
    /** The source term, in a Chinese text. */
    SOURCE,
    /** The required target term, in an English text. */
    TARGET,
    /** The target acronym, in an English text. */
    ACRONYM,
    /** A forbidden variant, in an English text. */
    FORBIDDEN
  }

  /**
   * One occurrence of a glossary term.
   *
   * @param entry the glossary entry
   * @param kind which of its terms was found
   * @param span where, in the raw text
   * @param text the matched surface
   */
  public record GlossaryHit(GlossaryEntry entry, HitKind kind, Span span, String text) {}

  /** The glossary (possibly empty). */
  public Glossary glossary() {
    return glossary;
  }

  /** The dictionary. */
  public Cedict cedict() {
    return cedict;
  }

  /**
   * English keys for a Chinese word: its glossary target (and acronym) if any, else its CEDICT
   * glosses.
   */
  public Set<String> englishKeys(String zhWord) {
    GlossaryEntry e = glossary.get(zhWord);
    if (e != null) {
      Set<String> keys = new LinkedHashSet<>(keysOf(e.target()));
      if (!e.acronym().isEmpty()) {
        keys.add(e.acronym().toLowerCase(Locale.ROOT));
      }
      return keys;
    }
    return cedict.glossKeys(zhWord);
  }

  /** True when some English key of {@code zhWord} is among {@code enKeys}. */
  public boolean translates(String zhWord, Collection<String> enKeys) {
    for (String k : englishKeys(zhWord)) {
      if (enKeys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The matching keys of an English phrase: content words, lower case, Porter-stemmed. */
  public static List<String> keysOf(String english) {
    List<String> out = new ArrayList<>();
    for (String w : WordSplit.alphanumeric(english.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !EnglishStemmer.isStopWord(w)) {
        out.add(EnglishStemmer.stem(w));
      }
    }
    return out;
  }

  /**
   * {@link #hits} without overlaps: the longest of overlapping hits is kept (the earlier on ties),
   * in text order. What glossary compliance, coverage and term tracing all read.
   */
  public List<GlossaryHit> longestHits(String raw, boolean chinese) {
    return longestNonOverlapping(hits(raw, chinese));
  }

  /** Keeps the longest of overlapping hits (the earlier on ties), in text order. */
  public static List<GlossaryHit> longestNonOverlapping(List<GlossaryHit> hits) {
    List<GlossaryHit> sorted = new ArrayList<>(hits);
    sorted.sort(
        (a, b) ->
            a.span().length() != b.span().length()
                ? b.span().length() - a.span().length()
                : a.span().compareTo(b.span()));
    List<GlossaryHit> kept = new ArrayList<>();
    for (GlossaryHit h : sorted) {
      if (kept.stream().noneMatch(k -> overlaps(k.span(), h.span()))) {
        kept.add(h);
      }
    }
    kept.sort((a, b) -> a.span().compareTo(b.span()));
    return kept;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /**
   * Glossary terms found in {@code raw}: source terms for Chinese, target/acronym/forbidden terms
   * for English.
   */
  public List<GlossaryHit> hits(String raw, boolean chinese) {
    List<GlossaryHit> out = new ArrayList<>();
    if (glossary.isEmpty() || raw == null) {
      return out;
    }
    for (GlossaryEntry e : glossary.entries()) {
      if (chinese) {
        find(raw, e.source(), e, HitKind.SOURCE, false, out);
      } else {
        find(raw, e.target(), e, HitKind.TARGET, true, out);
        if (!e.acronym().isEmpty()) {
          find(raw, e.acronym(), e, HitKind.ACRONYM, true, out);
        }
        for (String f : e.forbidden()) {
          find(raw, f, e, HitKind.FORBIDDEN, true, out);
        }
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /**
   * Occurrences of {@code needle} in {@code hay}; English terms match case-insensitively on word
   * boundaries, acronyms exactly.
   */
  private static void find(
      String hay,
      String needle,
      GlossaryEntry e,
      HitKind kind,
      boolean english,
      List<GlossaryHit> out) {
    int len = needle.length();
    if (len == 0) {
      return;
    }
    boolean ignoreCase = english && kind != HitKind.ACRONYM;
    for (int i = 0; i + len <= hay.length(); i++) {
      if (!hay.regionMatches(ignoreCase, i, needle, 0, len)) {
        continue;
      }
      int j = i + len;
      boolean ok =
          !english
              || ((i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1)))
                  && (j >= hay.length() || !Character.isLetterOrDigit(hay.charAt(j))));
      if (ok) {
        out.add(new GlossaryHit(e, kind, new Span(i, j), hay.substring(i, j)));
      }
    }
  }
}
