package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Background;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Swapped roles: the subject and object of a verb that a summary sentence and its supporting
 * sentence share, in the opposite order ("A acquired B" written for "B acquired A"). Candidates are
 * found by word order alone (two content words around a shared content word, reversed in the
 * support, in one clause, neither side passive); the OpenNLP English part-of-speech model (UD EWT)
 * then confirms that the two are nouns and the word between them a verb. The tagger runs only on
 * candidates, which are rare, so it costs nothing on most sentences.
 */
public final class Roles {
  /**
   * The OpenNLP English POS model file on the classpath (artifact {@code opennlp-models-pos-en}
   * 1.3.0).
   */
  static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Subject and object stand at most this many tokens from their verb, on both sides. */
  static final int REACH = 4;

  private Roles() {}

  private static final class Holder {
    static final POSModel MODEL = load();
  }

  private static POSModel load() {
    try (InputStream in = Roles.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
      return in == null ? null : new POSModel(in);
    } catch (IOException | RuntimeException e) {
      return null; // without the model, role swaps go unchecked
    }
  }

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> Holder.MODEL == null ? null : new POSTaggerME(Holder.MODEL));

  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  /** Starts loading the POS model on a background thread (once per JVM). */
  public static void preload() {
    if (PRELOADING.compareAndSet(false, true)) {
      Background.load(
          "verso-preload-pos",
          () -> {
            POSModel unused = Holder.MODEL;
          });
    }
  }

  /**
   * The part-of-speech tags of {@code tokens} (UD or Penn tags); null when the model is missing.
   */
  static String[] tags(List<Token> tokens) {
    POSTaggerME tagger = TAGGER.get();
    if (tagger == null) {
      return null;
    }
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    return tagger.tag(words);
  }

  /**
   * The relation edit of summary sentence {@code s} against translation sentence {@code best}, or
   * null: nouns x and y with a verb v between them in the summary (one clause, no "by"), where the
   * support has y before v before x, also without "by".
   */
  static AlignedEdits.Edit swapped(AnalyzedText sum, int s, AnalyzedText tr, int best) {
    List<Token> st = sum.tokensOf(s);
    List<Token> tt = tr.tokensOf(best);
    List<int[]> candidates = new ArrayList<>();
    for (int x = 0; x < st.size(); x++) {
      if (!content(st.get(x))) {
        continue;
      }
      int px = first(tt, st.get(x).key());
      if (px < 0) {
        continue;
      }
      for (int v = x + 1; v <= x + REACH && v < st.size() && !clauseEnds(st.get(v)); v++) {
        if (!content(st.get(v))) {
          continue;
        }
        int pv = first(tt, st.get(v).key());
        if (pv < 0 || pv > px) {
          continue;
        }
        for (int y = v + 1; y <= v + REACH && y < st.size() && !clauseEnds(st.get(y)); y++) {
          if (!content(st.get(y)) || st.get(y).key().equals(st.get(x).key())) {
            continue;
          }
          int py = first(tt, st.get(y).key());
          if (py < 0
              || py > pv
              || pv - py > REACH
              || px - pv > REACH
              || hasBy(st, x, y)
              || hasBy(tt, py, px)
              || clauseBreak(tt, py, px)
              || passive(st, v)
              || passive(tt, pv)) {
            continue;
          }
          candidates.add(new int[] {x, v, y, py, px});
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    String[] tags = tags(st);
    if (tags == null) {
      return null;
    }
    for (int[] c : candidates) {
      if (noun(tags[c[0]]) && verb(tags[c[1]]) && noun(tags[c[2]])) {
        Span span = new Span(st.get(c[0]).span().start(), st.get(c[2]).span().end());
        Span tgtSpan = new Span(tt.get(c[3]).span().start(), tt.get(c[4]).span().end());
        return new AlignedEdits.Edit(
            AlignedEdits.RELATION, span, best, tgtSpan, span.of(sum.raw()), tgtSpan.of(tr.raw()));
      }
    }
    return null;
  }

  private static boolean noun(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.startsWith("NN");
  }

  private static boolean verb(String tag) {
    return tag.equals("VERB") || tag.startsWith("VB");
  }

  private static boolean content(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return t.kind() == Token.Kind.WORD && w.length() > 1 && !EnglishStemmer.isStopWord(w);
  }

  /** Punctuation other than a hyphen or apostrophe, or a conjunction, ends a clause. */
  private static boolean clauseEnds(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return (t.kind() == Token.Kind.PUNCT && !w.equals("-") && !w.equals("'"))
        || w.equals("and")
        || w.equals("but")
        || w.equals("or")
        || w.equals("while")
        || w.equals("after")
        || w.equals("before")
        || w.equals("that")
        || w.equals("which")
        || w.equals("who");
  }

  private static boolean clauseBreak(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (clauseEnds(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a form of "be" stands among the two tokens before the verb ("has been named", "was
   * found").
   */
  private static boolean passive(List<Token> tokens, int verb) {
    for (int k = Math.max(0, verb - 2); k < verb; k++) {
      String w = tokens.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("been")
          || w.equals("was")
          || w.equals("were")
          || w.equals("is")
          || w.equals("are")
          || w.equals("be")
          || w.equals("being")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBy(List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tokens.get(k).text().equalsIgnoreCase("by")) {
        return true;
      }
    }
    return false;
  }

  private static int first(List<Token> tokens, String key) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).kind() == Token.Kind.WORD && tokens.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
