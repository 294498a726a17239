package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.en.WordNetLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares one summary sentence with the one to three translation sentences that best support it
 * and names the small edits that separate them: a word whose antonym the support uses instead
 * ({@code antonym}), a modal or hedge of the opposite strength ({@code modality}), two participants
 * of a shared verb in the opposite order ({@code relation}), and content words that neither the
 * translation nor any of their WordNet synonyms, derivations or base forms support ({@code
 * addition}). Facts (names, numbers, dates) and negation are compared by {@link FactSupport} and
 * {@link Polarity}.
 */
public final class AlignedEdits {
  /** Edit type: a word replaced by its antonym. */
  public static final String ANTONYM = "antonym";

  /**
   * Edit type: a thing swapped for another of the same kind (WordNet co-hyponyms: "calls" for
   * "emails").
   */
  public static final String ENTITY = "entity";

  /** Edit type: a hedge made certain, or a certainty hedged. */
  public static final String MODALITY = "modality";

  /** Edit type: the participants of a relation swapped. */
  public static final String RELATION = "relation";

  /** Edit type: a content word the text does not support. */
  public static final String ADDITION = "addition";

  /** At most this many supporting sentences are compared with a summary sentence. */
  public static final int MAX_ALIGNED = 3;

  /** Words that hedge a statement (possibility, likelihood, report). */
  static final Set<String> HEDGES =
      Set.of(
          "may",
          "might",
          "could",
          "possibly",
          "perhaps",
          "probably",
          "likely",
          "unlikely",
          "maybe",
          "allegedly",
          "reportedly",
          "apparently",
          "seems",
          "seemed",
          "suggests",
          "suggested",
          "potentially",
          "possible",
          "potential",
          "can");

  /** Words that state a statement as certain or required. */
  static final Set<String> CERTAIN =
      Set.of(
          "will",
          "shall",
          "must",
          "definitely",
          "certainly",
          "always",
          "surely",
          "clearly",
          "undoubtedly",
          "confirmed",
          "guaranteed");

  /** Derivational suffixes tried on a word before WordNet is asked. */
  private static final List<String> SUFFIXES =
      List.of("ly", "s", "es", "ed", "ing", "er", "ment", "ion", "al", "ity", "ness");

  /** True for negations, hedges and modals: words whose change other checks judge, not novelty. */
  public static boolean isOperator(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return HEDGES.contains(w) || CERTAIN.contains(w) || Polarity.isNegation(w);
  }

  /**
   * One edit between a summary sentence and its support.
   *
   * @param type {@link #ANTONYM}, {@link #MODALITY}, {@link #RELATION} or {@link #ADDITION}
   * @param span the edited words in the summary
   * @param tgt the translation sentence compared with (-1 when the whole translation lacks the
   *     word)
   * @param tgtSpan the words of the translation it contradicts, or the sentence that lacks it
   * @param summaryText the summary's words
   * @param supportText the translation's words
   */
  public record Edit(
      String type, Span span, int tgt, Span tgtSpan, String summaryText, String supportText) {}

  private AlignedEdits() {}

  /**
   * The antonym, modality and relation edits of summary sentence {@code s} against translation
   * sentences {@code tgt} (best first; only the first {@link #MAX_ALIGNED} are compared). An
   * antonym is also sought in the rest of the translation ({@code text}) when the translation never
   * uses the summary's word.
   */
  public static List<Edit> contradictions(
      AnalyzedText sum, int s, AnalyzedText tr, List<Integer> tgt, FactSupport text) {
    List<Edit> out = new ArrayList<>();
    if (tgt.isEmpty()) {
      return out;
    }
    List<Integer> aligned = tgt.subList(0, Math.min(MAX_ALIGNED, tgt.size()));
    List<Token> sumTokens = sum.tokensOf(s);
    Set<String> supportKeys = new HashSet<>();
    List<Token> supportTokens = new ArrayList<>();
    for (int j : aligned) {
      for (Token t : tr.tokensOf(j)) {
        supportTokens.add(t);
        if (t.kind() == Token.Kind.WORD) {
          supportKeys.add(t.key());
          supportKeys.add(t.text().toLowerCase(Locale.ROOT));
        }
      }
    }
    antonyms(sum, sumTokens, tr, aligned, supportKeys, text, out);
    cohyponyms(sumTokens, tr, aligned, supportKeys, out);
    modality(sumTokens, tr, aligned, out);
    Edit swap = Roles.swapped(sum, s, tr, aligned.get(0));
    if (swap != null) {
      out.add(swap);
    }
    return out;
  }

  private static void antonyms(
      AnalyzedText sum,
      List<Token> sumTokens,
      AnalyzedText tr,
      List<Integer> aligned,
      Set<String> supportKeys,
      FactSupport text,
      List<Edit> out) {
    WordNetLexicon wn = WordNetLexicon.shared();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sumTokens.size(); i++) {
      Token t = sumTokens.get(i);
      String lw = t.text().toLowerCase(Locale.ROOT);
      if (t.kind() != Token.Kind.WORD
          || lw.length() < 3
          || EnglishStemmer.isStopWord(lw)
          || supportKeys.contains(t.key())
          || supportKeys.contains(lw)
          || !seen.add(t.key())
          || Polarity.negatedAt(sumTokens, i)) {
        continue;
      }
      // the antonym in the aligned sentences; or anywhere in the text when the text never uses the
      // word itself
      boolean absent = text != null && !text.hasWord(lw);
      for (String a : wn.antonyms(lw)) {
        if (EnglishStemmer.isStopWord(a)) {
          continue;
        }
        Token rival = find(tr, aligned, a);
        if (rival == null && absent) {
          rival = find(tr, allSentences(tr), a);
        }
        if (rival != null
            && !Polarity.negatedIn(tr, rival)
            && !Polarity.inCompound(tr.raw(), rival.span())
            && !Polarity.inCompound(sum.raw(), t.span())) {
          out.add(
              new Edit(
                  ANTONYM, t.span(), sentenceOf(tr, rival), rival.span(), t.text(), rival.text()));
          break;
        }
      }
    }
  }

  /**
   * A lower-case noun of the summary that the aligned sentences lack, where they use another noun
   * of the same kind (a direct hypernym in common) that the summary sentence lacks: "emails" for
   * "calls".
   */
  private static void cohyponyms(
      List<Token> sumTokens,
      AnalyzedText tr,
      List<Integer> aligned,
      Set<String> supportKeys,
      List<Edit> out) {
    WordNetLexicon wn = WordNetLexicon.shared();
    Set<String> sumKeys = new HashSet<>();
    for (Token t : sumTokens) {
      sumKeys.add(t.key());
    }
    for (Token t : sumTokens) {
      String lw = t.text().toLowerCase(Locale.ROOT);
      if (!candidate(t) || supportKeys.contains(t.key()) || supportKeys.contains(lw)) {
        continue;
      }
      WordNetLexicon.Entry e = wn.lookup(lw);
      if (e.hypernyms().isEmpty()) {
        continue;
      }
      for (int j : aligned) {
        for (Token u : tr.tokensOf(j)) {
          String lu = u.text().toLowerCase(Locale.ROOT);
          if (!candidate(u)
              || sumKeys.contains(u.key())
              || e.synonyms().contains(lu)
              || e.derivations().contains(lu)) {
            continue;
          }
          WordNetLexicon.Entry f = wn.lookup(lu);
          if (!java.util.Collections.disjoint(e.hypernyms(), f.hypernyms())
              && !f.synonyms().contains(lw)
              && java.util.Collections.disjoint(e.baseForms(), f.baseForms())) {
            out.add(new Edit(ENTITY, t.span(), j, u.span(), t.text(), u.text()));
            return;
          }
        }
      }
    }
  }

  /** A lower-case content word of at least three letters, not part of a hyphenated compound. */
  private static boolean candidate(Token t) {
    String w = t.text();
    return t.kind() == Token.Kind.WORD
        && w.length() >= 3
        && Character.isLowerCase(w.charAt(0))
        && !EnglishStemmer.isStopWord(w.toLowerCase(Locale.ROOT))
        && !isOperator(w);
  }

  /** The first token of the aligned sentences that is {@code word} or has its stem. */
  private static Token find(AnalyzedText tr, List<Integer> aligned, String word) {
    String stem = EnglishStemmer.stem(word);
    for (int j : aligned) {
      for (Token t : tr.tokensOf(j)) {
        if (t.kind() == Token.Kind.WORD
            && (t.key().equals(stem) || t.text().equalsIgnoreCase(word))) {
          return t;
        }
      }
    }
    return null;
  }

  private static List<Integer> allSentences(AnalyzedText a) {
    List<Integer> all = new ArrayList<>(a.sentences().size());
    for (int j = 0; j < a.sentences().size(); j++) {
      all.add(j);
    }
    return all;
  }

  private static int sentenceOf(AnalyzedText a, Token t) {
    for (int j = 0; j < a.sentences().size(); j++) {
      Span sp = a.sentences().get(j).span();
      if (t.span().start() >= sp.start() && t.span().end() <= sp.end()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A hedge in the summary where the support is certain, or the other way round; words the support
   * shares never count.
   */
  private static void modality(
      List<Token> sumTokens, AnalyzedText tr, List<Integer> aligned, List<Edit> out) {
    Token sumHedge = null;
    Token sumCertain = null;
    Set<String> sumWords = new HashSet<>();
    for (Token t : sumTokens) {
      String lw = t.text().toLowerCase(Locale.ROOT);
      sumWords.add(lw);
      if (sumHedge == null && HEDGES.contains(lw)) {
        sumHedge = t;
      } else if (sumCertain == null && CERTAIN.contains(lw)) {
        sumCertain = t;
      }
    }
    Token trHedge = null;
    Token trCertain = null;
    Set<String> trWords = new HashSet<>();
    for (int j : aligned) {
      for (Token t : tr.tokensOf(j)) {
        String lw = t.text().toLowerCase(Locale.ROOT);
        trWords.add(lw);
        if (trHedge == null && HEDGES.contains(lw)) {
          trHedge = t;
        } else if (trCertain == null && CERTAIN.contains(lw)) {
          trCertain = t;
        }
      }
    }
    if (sumCertain != null
        && trHedge != null
        && !trWords.contains(sumCertain.text().toLowerCase(Locale.ROOT))
        && !sumWords.contains(trHedge.text().toLowerCase(Locale.ROOT))) {
      out.add(
          new Edit(
              MODALITY,
              sumCertain.span(),
              sentenceOf(tr, trHedge),
              trHedge.span(),
              sumCertain.text(),
              trHedge.text()));
    } else if (sumHedge != null
        && trCertain != null
        && !trWords.contains(sumHedge.text().toLowerCase(Locale.ROOT))
        && !sumWords.contains(trCertain.text().toLowerCase(Locale.ROOT))) {
      out.add(
          new Edit(
              MODALITY,
              sumHedge.span(),
              sentenceOf(tr, trCertain),
              trCertain.span(),
              sumHedge.text(),
              trCertain.text()));
    }
  }

  /**
   * Content words of summary sentence {@code s} that the translation uses, but none of its aligned
   * sentences (the first {@link #MAX_ALIGNED} of {@code tgt}) does, nor any WordNet synonym of
   * them: words brought in from elsewhere in the text, as an entity or a number swapped for another
   * of the same text is.
   */
  public static List<Token> displaced(
      AnalyzedText sum, int s, AnalyzedText tr, List<Integer> tgt, FactSupport text) {
    List<Token> out = new ArrayList<>();
    List<Integer> aligned = tgt.subList(0, Math.min(MAX_ALIGNED, tgt.size()));
    Set<String> supportKeys = new HashSet<>();
    for (int j : aligned) {
      for (Token t : tr.tokensOf(j)) {
        if (t.kind() != Token.Kind.PUNCT) {
          supportKeys.add(t.key());
          supportKeys.add(t.text().toLowerCase(Locale.ROOT));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (Token t : sum.tokensOf(s)) {
      String lw = t.text().toLowerCase(Locale.ROOT);
      if (t.kind() == Token.Kind.PUNCT
          || lw.length() < 2
          || EnglishStemmer.isStopWord(lw)
          || !seen.add(t.key())
          || supportKeys.contains(t.key())
          || supportKeys.contains(lw)
          || !text.hasWord(lw)) {
        continue;
      }
      boolean synonym = false;
      for (String x : WordNetLexicon.shared().synonyms(lw)) {
        if (supportKeys.contains(x) || supportKeys.contains(EnglishStemmer.stem(x))) {
          synonym = true;
          break;
        }
      }
      if (!synonym) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether a novel common word (one the translation never uses by form or stem) is still supported
   * through WordNet: one of its base forms, synonyms or derivationally related forms (or theirs) is
   * used by the translation.
   */
  public static boolean linked(String lowerWord, FactSupport text) {
    for (String suffix : SUFFIXES) {
      // a derivation WordNet lacks: "joint" and "jointly"
      if (text.hasWord(lowerWord + suffix)
          || lowerWord.length() > suffix.length() + 3
              && lowerWord.endsWith(suffix)
              && text.hasWord(lowerWord.substring(0, lowerWord.length() - suffix.length()))) {
        return true;
      }
    }
    WordNetLexicon wn = WordNetLexicon.shared();
    WordNetLexicon.Entry e = wn.lookup(lowerWord);
    for (String b : e.baseForms()) {
      if (text.hasWord(b)) {
        return true;
      }
    }
    for (String x : e.synonyms()) {
      if (text.hasWord(x)) {
        return true;
      }
    }
    for (String x : e.derivations()) {
      if (text.hasWord(x)) {
        return true;
      }
      for (String y : wn.synonyms(x)) {
        if (text.hasWord(y)) {
          return true;
        }
      }
    }
    return false;
  }
}
