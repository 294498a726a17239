package dev.verso.metric.reference.tokenize;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tokenizer of sacreBLEU's TER (after Tercom): lower-cases unless case-sensitive, optionally
 * normalises (XML entities, mteval-style punctuation splitting, possessive {@code 's}), optionally
 * splits Asian characters and removes punctuation, then collapses whitespace.
 */
public final class TercomTokenizer {
  private static final int F = Pattern.UNIX_LINES;
  private static final Pattern NL_DASH = Pattern.compile("\\n-", F);
  private static final Pattern NL = Pattern.compile("\\n", F);
  private static final Pattern SYMBOLS = Pattern.compile("([{-~\\[-` -&(-+:-@/])", F);
  private static final Pattern POSS = Pattern.compile("'s ", F);
  private static final Pattern POSS_END = Pattern.compile("'s$", F);
  private static final Pattern PC_AFTER = Pattern.compile("([^0-9])([.,])", F);
  private static final Pattern PC_BEFORE = Pattern.compile("([.,])([^0-9])", F);
  private static final Pattern DASH = Pattern.compile("([0-9])(-)", F);
  private static final Pattern CJK1 = Pattern.compile("([\\u4e00-\\u9fff\\u3400-\\u4dbf])", F);
  private static final Pattern CJK2 = Pattern.compile("([\\u31c0-\\u31ef\\u2e80-\\u2eff])", F);
  private static final Pattern CJK3 =
      Pattern.compile("([\\u3300-\\u33ff\\uf900-\\ufaff\\ufe30-\\ufe4f])", F);
  private static final Pattern CJK4 = Pattern.compile("([\\u3200-\\u3f22])", F);
  private static final Pattern HIRAGANA =
      Pattern.compile("(^|^[\\u3040-\\u309f])([\\u3040-\\u309f]+)(?=$|^[\\u3040-\\u309f])", F);
  private static final Pattern KATAKANA =
      Pattern.compile("(^|^[\\u30a0-\\u30ff])([\\u30a0-\\u30ff]+)(?=$|^[\\u30a0-\\u30ff])", F);
  private static final Pattern KATAKANA_EXT =
      Pattern.compile("(^|^[\\u31f0-\\u31ff])([\\u31f0-\\u31ff]+)(?=$|^[\\u31f0-\\u31ff])", F);
  private static final Pattern ASIAN_PUNCT =
      Pattern.compile("([\\u3001\\u3002\\u3008-\\u3011\\u3014-\\u301f\\uff61-\\uff65\\u30fb])", F);
  private static final Pattern FULL_WIDTH_PUNCT =
      Pattern.compile("([\\uff0e\\uff0c\\uff1f\\uff1a\\uff1b\\uff01\\uff02\\uff08\\uff09])", F);
  private static final Pattern PUNCT = Pattern.compile("[.,?:;!\"()]", F);

  /** One of sacreBLEU's substitutions, {@code re.sub(pattern, replacement, s)}. */
  private record Rule(Pattern pattern, String replacement) {
    String apply(String s) {
      return pattern.matcher(s).replaceAll(replacement);
    }
  }

  private static final List<Rule> LINE_BREAKS = List.of(new Rule(NL_DASH, ""), new Rule(NL, " "));

  private static final List<Rule> WESTERN =
      List.of(
          new Rule(SYMBOLS, " $1 "),
          new Rule(POSS, " 's "),
          new Rule(POSS_END, " 's"),
          new Rule(PC_AFTER, "$1 $2 "),
          new Rule(PC_BEFORE, " $1 $2"),
          new Rule(DASH, "$1 $2 "));

  private static final List<Rule> ASIAN =
      Stream.of(
              each(" $1 ", CJK1, CJK2, CJK3, CJK4),
              each("$1 $2 ", HIRAGANA, KATAKANA, KATAKANA_EXT),
              each(" $1 ", ASIAN_PUNCT, FULL_WIDTH_PUNCT))
          .flatMap(List::stream)
          .toList();

  private static final List<Rule> ASIAN_PUNCT_REMOVAL = each("", ASIAN_PUNCT, FULL_WIDTH_PUNCT);

  /** Rules replacing each of {@code patterns}, in order, by {@code replacement}. */
  private static List<Rule> each(String replacement, Pattern... patterns) {
    return Stream.of(patterns).map(p -> new Rule(p, replacement)).toList();
  }

  private final boolean normalized;
  private final boolean noPunct;
  private final boolean asianSupport;
  private final boolean caseSensitive;

  /** A tokenizer with sacreBLEU's four TER switches. */
  public TercomTokenizer(
      boolean normalized, boolean noPunct, boolean asianSupport, boolean caseSensitive) {
    this.normalized = normalized;
    this.noPunct = noPunct;
    this.asianSupport = asianSupport;
    this.caseSensitive = caseSensitive;
  }

  /** The tokenized sentence (single spaces between tokens). */
  public String tokenize(String sent) {
    if (sent.isEmpty()) {
      return "";
    }
    if (!caseSensitive) {
      sent = PyStrings.lower(sent);
    }
    if (normalized) {
      sent = normalizeGeneralAndWestern(sent);
      if (asianSupport) {
        sent = normalizeAsian(sent);
      }
    }
    if (noPunct) {
      sent = PUNCT.matcher(sent).replaceAll("");
      if (asianSupport) {
        sent = applyAll(sent, ASIAN_PUNCT_REMOVAL);
      }
    }
    return PyStrings.normalizeSpaces(sent);
  }

  private static String normalizeGeneralAndWestern(String s) {
    s = applyAll(s, LINE_BREAKS);
    s = s.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    return applyAll(" " + s + " ", WESTERN);
  }

  private static String normalizeAsian(String s) {
    return applyAll(s, ASIAN);
  }

  private static String applyAll(String s, List<Rule> rules) {
    for (Rule r : rules) {
      s = r.apply(s);
    }
    return s;
  }

  /** {@code tercom}, the tokenizer name in TER signatures. */
  public String signature() {
    return "tercom";
  }
}
