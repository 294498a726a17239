package dev.verso.text;

import dev.verso.model.GlossaryEntry;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.zh.Pinyin;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a Chinese anchor and an English anchor denote the same fact: equal numbers
 * (ordinal or cardinal, 二十大 ↔ 20th), compatible partial dates (4月6日 ↔ April 6), equal times, names
 * through pinyin with alternative readings (王炳南 ↔ Wang Bingnan, either order), equal acronyms, and
 * organisations through the glossary or the dictionary glosses of their words.
 */
public final class AnchorMatcher {
  private final TextAnalyzer analyzer;

  AnchorMatcher(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** True when {@code zh} (from Chinese text) and {@code en} (from English text) match. */
  public boolean matches(Anchor zh, Anchor en) {
    switch (zh.type()) {
      case NUMBER, ORDINAL, PERCENT:
        if (en.type() == zh.type() || (isCount(zh.type()) && isCount(en.type()))) {
          return sameNumber(zh.value(), en.value());
        }
        return zh.type() == AnchorType.NUMBER
            && en.type() == AnchorType.DATE
            && sameNumber(zh.value(), en.value());
      case MONEY:
        return en.type() == AnchorType.MONEY && sameMoney(zh.value(), en.value());
      case DATE:
        if (en.type() == AnchorType.DATE) {
          return IsoDates.compatible(zh.value(), en.value());
        }
        return en.type() == AnchorType.NUMBER
            && zh.value().matches("\\d{4}")
            && sameNumber(zh.value(), en.value());
      case TIME:
        return en.type() == AnchorType.TIME && zh.value().equals(en.value());
      case PERSON:
        if (en.type() != AnchorType.PERSON) {
          return false;
        }
        return personKeys(zh.text()).contains(en.value()) || zh.value().equals(en.value());
      case ACRONYM:
        return (en.type() == AnchorType.ACRONYM && zh.value().equals(en.value()))
            || (en.type() == AnchorType.ORGANIZATION && acronymOf(en.text()).equals(zh.value()));
      case LATIN:
        return letters(zh.text()).equals(letters(en.text()));
      case ORGANIZATION:
        return matchesOrganisation(zh, en);
      default:
        return false;
    }
  }

  private static boolean isCount(AnchorType t) {
    return t == AnchorType.NUMBER || t == AnchorType.ORDINAL;
  }

  private static boolean sameNumber(String a, String b) {
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean sameMoney(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    return x.length == 2 && y.length == 2 && x[1].equals(y[1]) && sameNumber(x[0], y[0]);
  }

  /**
   * Every plausible pinyin key of a Chinese name (surname readings, alternative readings, both
   * orders).
   */
  public Set<String> personKeys(String han) {
    return Pinyin.keys(han, analyzer.lexicon().cedict()::readings);
  }

  /** The letters and digits of {@code s}, lower case (the comparison form of codes: 5G, A-380). */
  public static String letters(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String acronymOf(String phrase) {
    StringBuilder b = new StringBuilder();
    for (String w : WordSplit.spaceOrHyphen(phrase)) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private boolean matchesOrganisation(Anchor zh, Anchor en) {
    BilingualLexicon lex = analyzer.lexicon();
    GlossaryEntry g = lex.glossary().get(zh.text());
    if (g != null) {
      String t = en.text().toLowerCase(Locale.ROOT);
      return t.contains(g.target().toLowerCase(Locale.ROOT))
          || (!g.acronym().isEmpty() && en.text().equals(g.acronym()));
    }
    if (en.type() != AnchorType.ORGANIZATION) {
      return false;
    }
    Set<String> enKeys = new HashSet<>(BilingualLexicon.keysOf(en.text()));
    AnalyzedText a = analyzer.analyze(zh.text(), "zh");
    int content = 0;
    int hit = 0;
    List<Token> tokens = a.tokens();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      Set<String> keys = lex.englishKeys(t.text());
      if (keys.isEmpty()) {
        continue;
      }
      content++;
      if (lex.translates(t.text(), enKeys)) {
        hit++;
      }
    }
    return content > 0 && hit * 2 >= content;
  }
}
