package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.WordSplit;
import dev.verso.text.en.EnglishStemmer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether an English text supports a fact of another English text: equal numbers,
 * compatible dates, names and organisations whose words all occur, acronyms written out or
 * abbreviated.
 */
public final class FactSupport {
  /** A decimal point with a space after it between digits ({@code 3. 5}). */
  private static final Pattern SPACED_DECIMAL_POINT = Pattern.compile("(?<=\\d)\\. (?=\\d)");

  /** A thousands separator, with or without a space, between digit groups ({@code 10, 000}). */
  private static final Pattern SPLIT_THOUSANDS = Pattern.compile("(?<=\\d), ?(?=\\d{3}(?!\\d))");

  /** A number written with digits and separators ({@code 10, 000}, {@code 1.7}). */
  private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\d[\\d,. ]*\\d|\\d");

  /** Digits and points only. */
  private static final Pattern DIGITS_AND_POINTS = Pattern.compile("[\\d.]+");

  /** Anything but digits and points. */
  private static final Pattern NOT_DIGIT_OR_POINT = Pattern.compile("[^\\d.]");

  private final AnalyzedText text;
  private final Set<String> words = new HashSet<>();
  private final List<Fact> facts = new ArrayList<>();
  private final String digits;

  /** Indexes {@code text}'s words, numbers and anchors. */
  public FactSupport(AnalyzedText text) {
    this.text = text;
    for (Token t : text.tokens()) {
      if (t.kind() != Token.Kind.PUNCT) {
        String w = t.text().toLowerCase(Locale.ROOT);
        words.add(w);
        words.add(t.key());
        for (String part : WordSplit.alphanumeric(w)) {
          words.add(part);
          words.add(EnglishStemmer.stem(part));
        }
      }
    }
    for (int s = 0; s < text.sentences().size(); s++) {
      facts.addAll(Fact.of(text, s));
    }
    digits = joinDigitGroups(text.raw());
  }

  /**
   * The text with digit groups rejoined: {@code 10, 000} and {@code 10,000} become {@code 10000},
   * {@code 1. 7} becomes {@code 1.7}.
   */
  private static String joinDigitGroups(String raw) {
    String points = SPACED_DECIMAL_POINT.matcher(raw).replaceAll(".");
    return SPLIT_THOUSANDS.matcher(points).replaceAll("");
  }

  /**
   * True when the number written in {@code f} (digits, separators rejoined) stands in the text as a
   * whole number.
   */
  private boolean writtenNumber(Fact f) {
    java.util.regex.Matcher m = WRITTEN_NUMBER.matcher(f.text());
    if (!m.find()) {
      return false;
    }
    String core = joinDigitGroups(m.group());
    if (!DIGITS_AND_POINTS.matcher(core).matches()) {
      return false;
    }
    return java.util.regex.Pattern.compile(
            "(?<![\\d.])" + java.util.regex.Pattern.quote(core) + "(?!\\d|\\.\\d)")
        .matcher(digits)
        .find();
  }

  /** True when the text states {@code f} somewhere. */
  public boolean supports(Fact f) {
    for (Fact g : facts) {
      if (same(f, g)) {
        return true;
      }
    }
    return switch (f.kind()) {
      case "name", "organisation", "time" -> missingWords(f.text()) == 0;
      case "acronym" -> words.contains(f.text().toLowerCase(Locale.ROOT));
      case "number" -> writtenNumber(f);
      default -> false;
    };
  }

  /**
   * A fact of sentence {@code sentence} of the text of the same kind as {@code f} (number, date or
   * organisation) that none of {@code others} (the facts of {@code f}'s sentence) matches: what the
   * supporting sentence says instead of {@code f}; null when there is none.
   */
  public Fact rival(Fact f, int sentence, List<Fact> others) {
    if (!(f.isCount() || f.kind().equals("date") || f.kind().equals("organisation"))) {
      return null;
    }
    outer:
    for (Fact g : Fact.of(text, sentence)) {
      if (!g.kind().equals(f.kind()) || (f.isCount() && !sameCountType(f, g))) {
        continue;
      }
      for (Fact o : others) {
        if (same(o, g)) {
          continue outer;
        }
      }
      return g;
    }
    return null;
  }

  /**
   * True when {@code f} is hedged in {@code in} ("more than 100", "nearly 50", "about 20") and
   * {@code rival}, a number of this text, satisfies the hedge (at least, at most, within 10%).
   */
  public static boolean hedgeHolds(Fact f, AnalyzedText in, Fact rival) {
    String before =
        in.raw()
            .substring(Math.max(0, f.span().start() - 14), f.span().start())
            .toLowerCase(Locale.ROOT)
            .strip();
    BigDecimal x;
    BigDecimal y;
    try {
      x = new BigDecimal(number(f));
      y = new BigDecimal(number(rival));
    } catch (NumberFormatException e) {
      return false;
    }
    if (before.endsWith("more than") || before.endsWith("over") || before.endsWith("at least")) {
      return y.compareTo(x) >= 0;
    }
    if (before.endsWith("less than")
        || before.endsWith("under")
        || before.endsWith("nearly")
        || before.endsWith("almost")
        || before.endsWith("up to")) {
      return y.compareTo(x) <= 0;
    }
    if (before.endsWith("about")
        || before.endsWith("around")
        || before.endsWith("some")
        || before.endsWith("roughly")
        || before.endsWith("approximately")) {
      return x.subtract(y).abs().compareTo(y.abs().multiply(new BigDecimal("0.1"))) <= 0;
    }
    return false;
  }

  private static boolean sameCountType(Fact f, Fact g) {
    AnchorType a = f.anchor() == null ? AnchorType.NUMBER : f.anchor().type();
    AnchorType b = g.anchor() == null ? AnchorType.NUMBER : g.anchor().type();
    return a == b;
  }

  /**
   * True when the words right after {@code f} (in {@code in}) and after {@code rival} (in this
   * text) are the same word.
   */
  public boolean sameUnit(Fact f, AnalyzedText in, Fact rival) {
    String a = wordAfter(in, f.span());
    String b = wordAfter(text, rival.span());
    return a != null && a.equals(b);
  }

  private static String wordAfter(AnalyzedText t, Span s) {
    for (Token k : t.tokens()) {
      if (k.span().start() >= s.end()) {
        return k.kind() == Token.Kind.WORD
                && !EnglishStemmer.isStopWord(k.text().toLowerCase(Locale.ROOT))
            ? k.key()
            : null;
      }
    }
    return null;
  }

  /** Whether two facts state the same thing. */
  static boolean same(Fact f, Fact g) {
    switch (f.kind()) {
      case "number":
        if (g.isCount()) {
          return sameNumber(number(f), number(g));
        }
        return g.kind().equals("date")
            && isYear(number(f))
            && dev.verso.text.IsoDates.compatible(number(f), dateValue(g));
      case "date":
        if (g.kind().equals("date")) {
          return dev.verso.text.IsoDates.compatible(dateValue(f), dateValue(g));
        }
        return g.isCount() && isYear(dateValue(f)) && sameNumber(dateValue(f), number(g));
      case "time":
        return g.kind().equals("time")
            && f.anchor() != null
            && g.anchor() != null
            && f.anchor().value().equals(g.anchor().value());
      case "name":
        if (g.anchor() != null
            && f.anchor() != null
            && g.anchor().type() == AnchorType.PERSON
            && (g.anchor().value().contains(f.anchor().value())
                || f.anchor().value().contains(g.anchor().value()))) {
          return true;
        }
        return false;
      case "organisation":
        if (g.kind().equals("organisation")) {
          List<String> a = contentWords(f.text());
          List<String> b = contentWords(g.text());
          return !a.isEmpty() && !b.isEmpty() && (a.containsAll(b) || b.containsAll(a));
        }
        return g.kind().equals("acronym") && initials(f.text()).equals(g.text());
      case "acronym":
        return (g.kind().equals("acronym") && g.text().equals(f.text()))
            || (g.kind().equals("organisation") && initials(g.text()).equals(f.text()));
      default:
        return false;
    }
  }

  /** True when the text uses the word (lower case), as it is or by its stem. */
  public boolean hasWord(String lowerWord) {
    return words.contains(lowerWord) || words.contains(EnglishStemmer.stem(lowerWord));
  }

  /**
   * How many content words of {@code phrase} the text lacks; -1 when the phrase has no content
   * word.
   */
  public int missingWords(String phrase) {
    int content = 0;
    int missing = 0;
    for (String w : contentWords(phrase)) {
      content++;
      if (!words.contains(w) && !words.contains(EnglishStemmer.stem(w))) {
        missing++;
      }
    }
    return content == 0 ? -1 : missing;
  }

  /** The lower-cased content words of a phrase. */
  public static List<String> contentWords(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : WordSplit.alphanumeric(phrase.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty() && !w.equals("s") && !EnglishStemmer.isStopWord(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The initials of the capitalised words of a name ({@code China International Center} → {@code
   * CIC}).
   */
  static String initials(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : WordSplit.spaceOrHyphen(phrase)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private static String number(Fact f) {
    if (f.anchor() == null) {
      return NOT_DIGIT_OR_POINT.matcher(f.text()).replaceAll("");
    }
    String v = f.anchor().value();
    int sp = v.indexOf(' ');
    return sp < 0 ? v : v.substring(0, sp);
  }

  private static String dateValue(Fact f) {
    return f.anchor() == null ? f.text() : f.anchor().value();
  }

  private static boolean isYear(String v) {
    return v.matches("\\d{4}");
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Lower-cased, stemmed word n-grams (punctuation skipped) of sentences [from, to) of {@code a}.
   */
  public static Set<String> ngrams(AnalyzedText a, int from, int to, int n) {
    Set<String> out = new LinkedHashSet<>();
    for (int s = from; s < to; s++) {
      List<String> keys = new ArrayList<>();
      for (Token t : a.tokensOf(s)) {
        if (t.kind() != Token.Kind.PUNCT) {
          keys.add(t.key().toLowerCase(Locale.ROOT));
        }
      }
      for (int i = 0; i + n <= keys.size(); i++) {
        out.add(String.join(" ", keys.subList(i, i + n)));
      }
    }
    return out;
  }

  /**
   * Lower-cased, stemmed word bigrams (punctuation skipped) of sentences [from, to) of {@code a}.
   */
  public static Set<String> bigrams(AnalyzedText a, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (int s = from; s < to; s++) {
      String prev = null;
      for (Token t : a.tokensOf(s)) {
        if (t.kind() == Token.Kind.PUNCT) {
          continue;
        }
        String k = t.key().toLowerCase(Locale.ROOT);
        if (prev != null) {
          out.add(prev + " " + k);
        }
        prev = k;
      }
    }
    return out;
  }
}
