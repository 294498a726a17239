package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Contradictions between a summary sentence and its supporting sentence: flipped negation, swapped
 * actors.
 */
public final class Polarity {
  /** Runs of white space and commas. */
  private static final Pattern SPACES_AND_COMMAS = Pattern.compile("[\\s,]+");

  /**
   * Negations, and verbs and adjectives that negate what follows them ("fails to mention", "lacks
   * funding", "unable to pay", "denied taking").
   */
  private static final Set<String> NEGATIONS =
      Set.of(
          "not", "n't", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot",
          "without", "fail", "fails", "failed", "failing", "lack", "lacks", "lacked", "lacking",
          "unable", "refuse", "refuses", "refused", "deny", "denies", "denied");

  /** Words that join two actors without relating them ("A and B", "A, B"). */
  private static final Set<String> JOINERS =
      Set.of("and", "or", "of", "the", "&", ",", "'s", "with", "as", "well");

  /** A negation scopes over the first content word among the next this many tokens. */
  static final int SCOPE = 4;

  /**
   * Against the whole text, a negation is held to the first this many content words in its scope,
   * on both sides: a summary's negation is unsupported only when the text negates none of them
   * ("did not provide any examples" is borne out by a text that says "gave no examples", "did not
   * eliminate any jobs" by "did not cut any jobs").
   */
  static final int TEXT_SCOPE_WORDS = 2;

  private Polarity() {}

  /**
   * The span of a polarity flip in summary sentence {@code s} against its supporting sentences
   * {@code tgt}: a negation scopes over the next content word within {@link #SCOPE} tokens; when a
   * word the two sides share is negated on one side only, the span is the summary's negation and
   * its word, or the summary's un-negated word. Null when there is no flip.
   */
  public static Span flipped(AnalyzedText sum, int s, AnalyzedText tr, List<Integer> tgt) {
    Map<String, Span> sumNegated = negated(sum, s);
    Set<String> sumKeys = keys(sum, s);
    Set<String> trNegated = new HashSet<>();
    Set<String> trKeys = new HashSet<>();
    for (int j : tgt) {
      trNegated.addAll(negated(tr, j).keySet());
      trKeys.addAll(keys(tr, j));
    }
    for (Map.Entry<String, Span> e : sumNegated.entrySet()) {
      if (trKeys.contains(e.getKey()) && !trNegated.contains(e.getKey())) {
        return e.getValue();
      }
    }
    for (String w : trNegated) {
      if (sumKeys.contains(w) && !sumNegated.containsKey(w)) {
        for (Token t : sum.tokensOf(s)) {
          if (t.key().equals(w)) {
            return t.span();
          }
        }
      }
    }
    return null;
  }

  /**
   * The keys and stems of the words the text negates somewhere (the first {@link #TEXT_SCOPE_WORDS}
   * content words in each negation's scope), over all its sentences; computed once per text for
   * {@link #flippedAgainstText}.
   */
  public static Set<String> negatedKeys(AnalyzedText a) {
    Set<String> out = new HashSet<>();
    for (int j = 0; j < a.sentences().size(); j++) {
      for (Token t :
          negatedRuns(a, j, TEXT_SCOPE_WORDS).values().stream().flatMap(List::stream).toList()) {
        out.add(t.key());
        out.add(EnglishStemmer.stem(t.text().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  /**
   * A negation of a summary sentence that the text does not bear out.
   *
   * @param span the summary's negation and the first word it scopes over
   * @param word the first use in the text of a word the negation scopes over (never negated there),
   *     or null when the text holds it only inside a compound
   */
  public record Flip(Span span, Token word) {}

  /**
   * A negation of summary sentence {@code s} over words the text uses but never negates (its
   * supporting sentences may not hold them, as when the summary draws on a distant sentence or
   * links to no sentence well): of the first {@link #TEXT_SCOPE_WORDS} content words in the
   * negation's scope, the text uses at least one and negates none. Null when there is none.
   */
  public static Flip flippedAgainstText(
      AnalyzedText sum, int s, AnalyzedText tr, FactSupport text, Set<String> textNegated) {
    for (Map.Entry<Span, List<Token>> e : negatedRuns(sum, s, TEXT_SCOPE_WORDS).entrySet()) {
      Token used = null;
      boolean negatedThere = false;
      for (Token t : e.getValue()) {
        String lw = t.text().toLowerCase(Locale.ROOT);
        negatedThere |=
            textNegated.contains(t.key()) || textNegated.contains(EnglishStemmer.stem(lw));
        if (used == null && text.hasWord(lw)) {
          used = t;
        }
      }
      if (used != null && !negatedThere) {
        return new Flip(
            new Span(e.getKey().start(), e.getValue().get(0).span().end()), firstUse(tr, used));
      }
    }
    return null;
  }

  /** The first word of {@code a} with the key or the lower-case form of {@code w}, or null. */
  private static Token firstUse(AnalyzedText a, Token w) {
    String lw = w.text().toLowerCase(Locale.ROOT);
    for (Token t : a.tokens()) {
      if (t.kind() == Token.Kind.WORD
          && (t.key().equals(w.key()) || t.text().toLowerCase(Locale.ROOT).equals(lw))) {
        return t;
      }
    }
    return null;
  }

  /**
   * True when the word at {@code span} is joined to a neighbour by a hyphen ("no-confidence",
   * "26-year-old").
   */
  static boolean inCompound(String raw, Span span) {
    return span.start() > 0 && raw.charAt(span.start() - 1) == '-'
        || span.end() < raw.length() && raw.charAt(span.end()) == '-';
  }

  /** True for a negation word ("not", "never", "doesn't"). */
  static boolean isNegation(String lowerWord) {
    return NEGATIONS.contains(lowerWord) || lowerWord.endsWith("n't");
  }

  /**
   * True when a negation stands among the {@link #SCOPE} tokens before token {@code i}, with no
   * punctuation between.
   */
  static boolean negatedAt(List<Token> tokens, int i) {
    for (int k = i - 1; k >= Math.max(0, i - SCOPE); k--) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.PUNCT) {
        return false;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (NEGATIONS.contains(w) || w.endsWith("n't")) {
        return true; // (a negation inside a compound, "no-confidence", still keeps an antonym check
        // away)
      }
    }
    return false;
  }

  /** True when token {@code t} of {@code a} is negated (see {@link #negatedAt}). */
  static boolean negatedIn(AnalyzedText a, Token t) {
    for (int j = 0; j < a.sentences().size(); j++) {
      Span sp = a.sentences().get(j).span();
      if (t.span().start() >= sp.start() && t.span().end() <= sp.end()) {
        List<Token> tokens = a.tokensOf(j);
        return negatedAt(tokens, tokens.indexOf(t));
      }
    }
    return false;
  }

  /**
   * The keys of the words negations scope over in sentence {@code s}, each with the span from its
   * negation to it.
   */
  private static Map<String, Span> negated(AnalyzedText a, int s) {
    Map<String, Span> out = new LinkedHashMap<>();
    List<Token> tokens = a.tokensOf(s);
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (!NEGATIONS.contains(w) && !w.endsWith("n't")
          || inCompound(a.raw(), tokens.get(i).span())) {
        continue;
      }
      for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + SCOPE); k++) {
        Token t = tokens.get(k);
        if (t.kind() == Token.Kind.PUNCT) {
          break;
        }
        if (content(t)) {
          out.putIfAbsent(t.key(), new Span(tokens.get(i).span().start(), t.span().end()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * Each negation of sentence {@code s} (its span) with the first {@code k} content words it scopes
   * over (within {@link #SCOPE} tokens, no punctuation between); negations that scope over none are
   * left out.
   */
  static Map<Span, List<Token>> negatedRuns(AnalyzedText a, int s, int k) {
    Map<Span, List<Token>> out = new LinkedHashMap<>();
    List<Token> tokens = a.tokensOf(s);
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
      if (!isNegation(w) || inCompound(a.raw(), tokens.get(i).span())) {
        continue;
      }
      List<Token> words = new ArrayList<>();
      for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + SCOPE) && words.size() < k; j++) {
        Token t = tokens.get(j);
        if (t.kind() == Token.Kind.PUNCT) {
          break;
        }
        if (content(t)) {
          words.add(t);
        }
      }
      if (!words.isEmpty()) {
        out.put(tokens.get(i).span(), words);
      }
    }
    return out;
  }

  private static Set<String> keys(AnalyzedText a, int s) {
    Set<String> out = new HashSet<>();
    for (Token t : a.tokensOf(s)) {
      if (content(t)) {
        out.add(t.key());
      }
    }
    return out;
  }

  private static boolean content(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.kind() == Token.Kind.WORD
        && !EnglishStemmer.isStopWord(w)
        && !NEGATIONS.contains(w)
        && !w.endsWith("n't");
  }

  /**
   * The span from the first to the second actor of summary sentence {@code s} when its supporting
   * sentence {@code best} names the same two actors in the opposite order, each related by a verb
   * rather than joined, and neither sentence is passive ("by"); null otherwise.
   */
  public static Span swappedActors(AnalyzedText sum, int s, AnalyzedText tr, int best) {
    List<Fact> facts = Fact.withSubject(sum, s);
    String support = tr.sentenceText(best).toLowerCase(Locale.ROOT);
    for (int x = 0; x < facts.size(); x++) {
      Fact a = facts.get(x);
      if (!actor(a)) {
        continue;
      }
      for (int y = x + 1; y < facts.size(); y++) {
        Fact b = facts.get(y);
        if (!actor(b) || b.span().start() < a.span().end() || a.text().equalsIgnoreCase(b.text())) {
          continue;
        }
        String between =
            sum.raw().substring(a.span().end(), b.span().start()).toLowerCase(Locale.ROOT);
        if (!relates(between)) {
          continue;
        }
        int pa = support.indexOf(a.text().toLowerCase(Locale.ROOT));
        int pb = support.indexOf(b.text().toLowerCase(Locale.ROOT));
        if (pa < 0 || pb < 0 || pb >= pa) {
          continue;
        }
        String betweenSupport = support.substring(pb + b.text().length(), pa);
        if (relates(betweenSupport)) {
          return new Span(a.span().start(), b.span().end());
        }
      }
    }
    return null;
  }

  private static boolean actor(Fact f) {
    return f.kind().equals("name") || f.kind().equals("organisation") || f.kind().equals("acronym");
  }

  /** True when the text between two actors has a word that is not a joiner, and no passive "by". */
  private static boolean relates(String between) {
    boolean word = false;
    for (String w : SPACES_AND_COMMAS.split(between.trim())) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.equals("by")) {
        return false;
      }
      word |= !JOINERS.contains(w);
    }
    return word;
  }
}
