package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.en.EnglishStemmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A checkable fact of a sentence: an anchor (number, date, time, person, organisation, acronym), a
 * number written in digits outside any anchor, or a run of capitalised words inside the sentence (a
 * name the anchor rules do not know).
 *
 * @param kind {@code number}, {@code date}, {@code time}, {@code name}, {@code organisation} or
 *     {@code acronym}
 * @param span where it is in the raw text
 * @param text its surface
 * @param anchor the anchor it comes from, or null for plain numbers and capitalised names
 */
public record Fact(String kind, Span span, String text, Anchor anchor) {

  /** The fact of one anchor. */
  public static Fact of(Anchor a) {
    return new Fact(kindOf(a.type()), a.span(), a.text(), a);
  }

  /** The readable kind of an anchor type (counts, percentages and money are all numbers). */
  public static String kindOf(AnchorType t) {
    return switch (t) {
      case NUMBER, ORDINAL, PERCENT, MONEY -> "number";
      case DATE -> "date";
      case TIME -> "time";
      case PERSON -> "name";
      case ORGANIZATION -> "organisation";
      case ACRONYM -> "acronym";
      case LATIN -> "word";
    };
  }

  /** True for numbers (cardinals, ordinals, percentages, money). */
  public boolean isCount() {
    return kind.equals("number");
  }

  /** The facts of sentence {@code s} of {@code a}, in text order. */
  public static List<Fact> of(AnalyzedText a, int s) {
    return of(a, s, false);
  }

  /**
   * Like {@link #of(AnalyzedText, int)}, but a capitalised first word on its own counts as a name
   * (a likely subject).
   */
  public static List<Fact> withSubject(AnalyzedText a, int s) {
    return of(a, s, true);
  }

  private static List<Fact> of(AnalyzedText a, int s, boolean withInitial) {
    Span sp = a.sentences().get(s).span();
    List<Fact> out = new ArrayList<>();
    List<Anchor> anchors = new ArrayList<>();
    for (Anchor an : a.anchors()) {
      if (an.type() != AnchorType.LATIN && inside(an.span(), sp)) {
        anchors.add(an);
        out.add(of(an));
      }
    }
    List<Token> tokens = a.tokensOf(s);
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (covered(t.span(), anchors)) {
        i++;
        continue;
      }
      if (t.kind() == Token.Kind.NUMBER) {
        out.add(new Fact("number", t.span(), t.text(), null));
        i++;
        continue;
      }
      if (isName(t) && (i == 0 || !opensClause(tokens, i))) {
        int j = i;
        while (j + 1 < tokens.size()
            && isName(tokens.get(j + 1))
            && !covered(tokens.get(j + 1).span(), anchors)
            && tokens.get(j + 1).span().start() == tokens.get(j).span().end() + 1) {
          j++;
        }
        if (i == 0 && j == 0 && !withInitial) {
          // a capitalised first word is usually just the start of the sentence
          i++;
          continue;
        }
        Span f = new Span(t.span().start(), tokens.get(j).span().end());
        out.add(new Fact("name", f, f.of(a.raw()), null));
        i = j + 1;
        continue;
      }
      i++;
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return out;
  }

  private static boolean isName(Token t) {
    if (t.kind() != Token.Kind.WORD
        || t.text().length() < 2
        || !Character.isUpperCase(t.text().charAt(0))) {
      return false;
    }
    String lw = t.text().toLowerCase(Locale.ROOT);
    return !EnglishStemmer.isStopWord(lw) && !lw.equals("i");
  }

  /** A capitalised word right after an opening quote, colon or dash starts a clause, not a name. */
  private static boolean opensClause(List<Token> tokens, int i) {
    String prev = tokens.get(i - 1).text();
    return tokens.get(i - 1).kind() == Token.Kind.PUNCT
        && (prev.equals(":")
            || prev.equals("\"")
            || prev.equals("\u201c")
            || prev.equals("-")
            || prev.equals("\u2013")
            || prev.equals("\u2014")
            || prev.equals("'")
            || prev.equals("\u2018"));
  }

  static boolean inside(Span in, Span out) {
    return in.start() >= out.start() && in.end() <= out.end();
  }

  private static boolean covered(Span t, List<Anchor> anchors) {
    for (Anchor a : anchors) {
      if (t.start() < a.span().end() && a.span().start() < t.end()) {
        return true;
      }
    }
    return false;
  }
}
