package dev.verso.text.en;

import dev.verso.model.Span;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds anchors in tokenised English text: numbers (digits and words, with million/billion),
 * ordinals, percentages, money, dates (month names, years, ISO dates), times and parts of the day,
 * acronyms, capitalised organisation names with an organisational head word, and person names
 * (capitalised word pairs that read as pinyin, or follow a title). Spans are in normalised offsets.
 */
public final class EnglishAnchors {
  private EnglishAnchors() {}

  private static final Pattern NUM = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Pattern ORD =
      Pattern.compile("(\\d+)(st|nd|rd|th)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern CLOCK = Pattern.compile("([01]?\\d|2[0-4]):([0-5]\\d)");

  static final Map<String, Integer> WORD_NUMBERS =
      Map.ofEntries(
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90),
          Map.entry("hundred", 100),
          Map.entry("thousand", 1000),
          Map.entry("dozen", 12));

  static final Map<String, Integer> WORD_ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30),
          Map.entry("fortieth", 40),
          Map.entry("fiftieth", 50),
          Map.entry("hundredth", 100));

  static final Map<String, Long> SCALES =
      Map.of(
          "hundred",
          100L,
          "thousand",
          1000L,
          "million",
          1_000_000L,
          "billion",
          1_000_000_000L,
          "trillion",
          1_000_000_000_000L,
          "mln",
          1_000_000L,
          "bn",
          1_000_000_000L);

  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));

  static final Map<String, String> PARTS_OF_DAY =
      Map.of(
          "morning",
          "morning",
          "afternoon",
          "afternoon",
          "evening",
          "evening",
          "noon",
          "noon",
          "midday",
          "noon",
          "night",
          "night",
          "tonight",
          "evening",
          "midnight",
          "night");

  static final Map<String, String> CURRENCY_BEFORE =
      Map.of(
          "$", "USD", "us$", "USD", "usd", "USD", "rmb", "CNY", "¥", "CNY", "cny", "CNY", "€",
          "EUR", "£", "GBP", "hk$", "HKD", "eur", "EUR");
  static final Map<String, String> CURRENCY_AFTER =
      Map.ofEntries(
          Map.entry("yuan", "CNY"),
          Map.entry("rmb", "CNY"),
          Map.entry("renminbi", "CNY"),
          Map.entry("dollars", "USD"),
          Map.entry("dollar", "USD"),
          Map.entry("usd", "USD"),
          Map.entry("euros", "EUR"),
          Map.entry("euro", "EUR"),
          Map.entry("pounds", "GBP"),
          Map.entry("yen", "JPY"),
          Map.entry("cny", "CNY"),
          Map.entry("rubles", "RUB"));

  /** Head words of organisation names. */
  static final Set<String> ORG_HEADS =
      Set.of(
          "ministry",
          "department",
          "committee",
          "commission",
          "federation",
          "association",
          "center",
          "centre",
          "office",
          "bureau",
          "council",
          "agency",
          "administration",
          "institute",
          "university",
          "college",
          "bank",
          "party",
          "congress",
          "organization",
          "organizations",
          "organisation",
          "organisations",
          "group",
          "company",
          "corporation",
          "foundation",
          "alliance",
          "union",
          "court",
          "academy",
          "government",
          "branch",
          "assembly",
          "secretariat",
          "society",
          "league",
          "chamber",
          "authority",
          "board",
          "network",
          "expo",
          "forum",
          "fund",
          "inc.",
          "ltd",
          "ltd.",
          "co.",
          "corp.",
          "division",
          "section",
          "leadership");

  static final Set<String> ORG_CONNECTORS = Set.of("of", "for", "on", "the", "and", "&", "-");

  static final Set<String> TITLES =
      Set.of(
          "mr.",
          "mrs.",
          "ms.",
          "dr.",
          "prof.",
          "mr",
          "ms",
          "mrs",
          "dr",
          "president",
          "premier",
          "minister",
          "chairman",
          "secretary",
          "governor",
          "ambassador",
          "mayor",
          "director",
          "professor",
          "general",
          "gen.",
          "comrade",
          "vice",
          "spokesperson",
          "spokesman",
          "spokeswoman");

  /** Roles that precede an organisation's name in a capitalised run. */
  static final Set<String> ROLES =
      Set.of(
          "member",
          "members",
          "vice",
          "deputy",
          "minister",
          "secretary",
          "director",
          "head",
          "chief",
          "chairman",
          "president",
          "general",
          "assistant",
          "spokesperson",
          "spokesman",
          "spokeswoman");

  /** Anchors of {@code text} given token ranges and the set of sentence-initial token indexes. */
  public static List<Anchor> extract(String text, List<int[]> tokens, Set<Integer> sentenceStarts) {
    List<Anchor> out = new ArrayList<>();
    int n = tokens.size();
    String[] w = new String[n];
    String[] lw = new String[n];
    for (int i = 0; i < n; i++) {
      w[i] = text.substring(tokens.get(i)[0], tokens.get(i)[1]);
      lw[i] = w[i].toLowerCase(Locale.ROOT);
    }
    boolean[] used = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int end = dateOrNumber(text, tokens, w, lw, i, out, used);
      if (end > i) {
        i = end - 1;
      }
    }
    for (int i = 0; i < n; i++) {
      if (!used[i] && PARTS_OF_DAY.containsKey(lw[i])) {
        out.add(anchor(text, tokens, AnchorType.TIME, i, i + 1, PARTS_OF_DAY.get(lw[i])));
      }
      if (isAcronym(w[i])) {
        out.add(anchor(text, tokens, AnchorType.ACRONYM, i, i + 1, acronymKey(w[i])));
      }
    }
    names(text, tokens, w, lw, sentenceStarts, out);
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  private static Anchor anchor(
      String text, List<int[]> tokens, AnchorType type, int from, int to, String value) {
    int s = tokens.get(from)[0];
    int e = tokens.get(to - 1)[1];
    return new Anchor(type, new Span(s, e), text.substring(s, e), value);
  }

  private static boolean adjacentSpace(List<int[]> tokens, int a, int b) {
    return b < tokens.size() && tokens.get(b)[0] - tokens.get(a)[1] <= 1;
  }

  /**
   * Reads a number-like expression at {@code i}; returns the token index after it, or {@code i}.
   */
  private static int dateOrNumber(
      String text,
      List<int[]> tokens,
      String[] w,
      String[] lw,
      int i,
      List<Anchor> out,
      boolean[] used) {
    int n = w.length;
    // every pattern below that reads digits needs the token to start with one: most tokens are
    // words, and skipping the matchers for them halves the cost of anchor extraction
    boolean digit = startsWithDigit(w[i]);
    // ISO date
    var iso = digit ? ISO_DATE.matcher(w[i]) : null;
    if (iso != null && iso.matches()) {
      out.add(
          anchor(
              text,
              tokens,
              AnchorType.DATE,
              i,
              i + 1,
              iso.group(1) + "-" + iso.group(2) + "-" + iso.group(3)));
      used[i] = true;
      return i + 1;
    }
    var clock = digit ? CLOCK.matcher(w[i]) : null;
    if (clock != null && clock.matches()) {
      int end = i + 1;
      int h = Integer.parseInt(clock.group(1));
      if (end < n && (lw[end].equals("p.m.") || lw[end].equals("pm")) && h < 12) {
        h += 12;
        end++;
      } else if (end < n && (lw[end].equals("a.m.") || lw[end].equals("am"))) {
        end++;
      }
      out.add(anchor(text, tokens, AnchorType.TIME, i, end, two(h) + ":" + clock.group(2)));
      mark(used, i, end);
      return end;
    }
    // Month [day][,] [year]
    String mkey = lw[i].endsWith(".") ? lw[i].substring(0, lw[i].length() - 1) : lw[i];
    if (MONTHS.containsKey(mkey) && Character.isUpperCase(w[i].charAt(0))) {
      int month = MONTHS.get(mkey);
      int j = i + 1;
      int day = 0;
      int year = 0;
      if (j < n && NUM.matcher(w[j]).matches() && isInt(w[j], 1, 31)) {
        day = Integer.parseInt(w[j]);
        j++;
        int k = j < n && w[j].equals(",") ? j + 1 : j;
        if (k < n && isYearToken(w[k])) {
          year = Integer.parseInt(w[k]);
          j = k + 1;
        }
      } else if (j < n
          && (ORD.matcher(w[j]).matches())
          && isInt(w[j].replaceAll("\\D", ""), 1, 31)) {
        day = Integer.parseInt(w[j].replaceAll("\\D", ""));
        j++;
      } else if (j < n && isYearToken(w[j])) {
        year = Integer.parseInt(w[j]);
        j++;
      }
      if (day > 0 || year > 0) {
        String v =
            (year > 0 ? Integer.toString(year) : "-")
                + "-"
                + two(month)
                + (day > 0 ? "-" + two(day) : "");
        if (year == 0) {
          v = "--" + two(month) + (day > 0 ? "-" + two(day) : "");
        }
        out.add(anchor(text, tokens, AnchorType.DATE, i, j, v));
        mark(used, i, j);
        return j;
      }
      if (!mkey.equals("may") && !mkey.equals("march") && w[i].length() > 3) {
        out.add(anchor(text, tokens, AnchorType.DATE, i, i + 1, "--" + two(month)));
        used[i] = true;
        return i + 1;
      }
      return i;
    }
    // day Month [year]
    if (digit && NUM.matcher(w[i]).matches() && isInt(w[i], 1, 31) && i + 1 < n) {
      String m2 =
          lw[i + 1].endsWith(".") ? lw[i + 1].substring(0, lw[i + 1].length() - 1) : lw[i + 1];
      if (MONTHS.containsKey(m2) && Character.isUpperCase(w[i + 1].charAt(0))) {
        int day = Integer.parseInt(w[i]);
        int j = i + 2;
        String v = "--" + two(MONTHS.get(m2)) + "-" + two(day);
        if (j < n && isYearToken(w[j])) {
          v = w[j] + "-" + two(MONTHS.get(m2)) + "-" + two(day);
          j++;
        }
        out.add(anchor(text, tokens, AnchorType.DATE, i, j, v));
        mark(used, i, j);
        return j;
      }
    }
    // ordinals
    var ord = digit ? ORD.matcher(w[i]) : null;
    if (ord != null && ord.matches()) {
      out.add(anchor(text, tokens, AnchorType.ORDINAL, i, i + 1, ord.group(1)));
      used[i] = true;
      return i + 1;
    }
    Integer wo = wordOrdinal(lw[i]);
    if (wo != null) {
      out.add(anchor(text, tokens, AnchorType.ORDINAL, i, i + 1, Integer.toString(wo)));
      used[i] = true;
      return i + 1;
    }
    // cardinals with scale, percent, money
    int start = i;
    String cur = null;
    String tok = w[i];
    String ltok = lw[i];
    if (CURRENCY_BEFORE.containsKey(ltok) && i + 1 < n && NUM.matcher(w[i + 1]).matches()) {
      cur = CURRENCY_BEFORE.get(ltok);
      i++;
      tok = w[i];
    } else if (tok.length() > 1
        && CURRENCY_BEFORE.containsKey(ltok.substring(0, 1))
        && NUM.matcher(tok.substring(1)).matches()) {
      cur = CURRENCY_BEFORE.get(ltok.substring(0, 1));
      tok = tok.substring(1);
    }
    BigDecimal v = null;
    boolean isWord = false;
    if (startsWithDigit(tok) && NUM.matcher(tok).matches()) {
      v = new BigDecimal(tok.replace(",", ""));
    } else {
      Integer wn = wordNumber(lw[i]);
      if (wn != null) {
        v = BigDecimal.valueOf(wn);
        isWord = true;
      }
    }
    if (v == null) {
      return start;
    }
    int j = i + 1;
    while (j < n && SCALES.containsKey(lw[j]) && adjacentSpace(tokens, j - 1, j)) {
      v = v.multiply(BigDecimal.valueOf(SCALES.get(lw[j])));
      j++;
    }
    if (j < n && (w[j].equals("%") || lw[j].equals("percent") || lw[j].equals("pct"))) {
      out.add(anchor(text, tokens, AnchorType.PERCENT, start, j + 1, canonical(v)));
      mark(used, start, j + 1);
      return j + 1;
    }
    if (j + 1 < n && lw[j].equals("per") && lw[j + 1].equals("cent")) {
      out.add(anchor(text, tokens, AnchorType.PERCENT, start, j + 2, canonical(v)));
      mark(used, start, j + 2);
      return j + 2;
    }
    if (cur == null && j < n && CURRENCY_AFTER.containsKey(lw[j])) {
      cur = CURRENCY_AFTER.get(lw[j]);
      j++;
    }
    if (cur != null) {
      out.add(anchor(text, tokens, AnchorType.MONEY, start, j, canonical(v) + " " + cur));
      mark(used, start, j);
      return j;
    }
    if (!isWord && j == i + 1 && isYearToken(tok)) {
      out.add(anchor(text, tokens, AnchorType.DATE, start, j, tok));
      mark(used, start, j);
      return j;
    }
    out.add(anchor(text, tokens, AnchorType.NUMBER, start, j, canonical(v)));
    mark(used, start, j);
    return j;
  }

  private static Integer wordNumber(String lw) {
    Integer v = WORD_NUMBERS.get(lw);
    if (v != null) {
      return v;
    }
    int dash = lw.indexOf('-');
    if (dash > 0) {
      Integer tens = WORD_NUMBERS.get(lw.substring(0, dash));
      Integer ones = WORD_NUMBERS.get(lw.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  private static Integer wordOrdinal(String lw) {
    Integer v = WORD_ORDINALS.get(lw);
    if (v != null) {
      return v;
    }
    int dash = lw.indexOf('-');
    if (dash > 0) {
      Integer tens = WORD_NUMBERS.get(lw.substring(0, dash));
      Integer ones = WORD_ORDINALS.get(lw.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int k = from; k < to && k < used.length; k++) {
      used[k] = true;
    }
  }

  private static boolean startsWithDigit(String t) {
    return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
  }

  private static boolean isYearToken(String t) {
    return t.length() == 4 && NUM.matcher(t).matches() && isInt(t, 1800, 2100);
  }

  private static boolean isInt(String t, int lo, int hi) {
    if (t.isEmpty() || t.length() > 9) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    int v = Integer.parseInt(t);
    return v >= lo && v <= hi;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  static String canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }

  /**
   * True for an acronym: 2–12 characters, at least two capitals, no lower-case letter except a
   * final plural "s", not a Roman numeral. The one definition, also used for Latin words in Chinese
   * text ({@code ChineseAnchors}).
   */
  public static boolean isAcronym(String w) {
    if (w.length() < 2 || w.length() > 12) {
      return false;
    }
    int upper = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c >= 'a' && c <= 'z') {
        if (!(k == w.length() - 1 && c == 's' && upper >= 2)) {
          return false;
        }
      } else if (!(c >= '0' && c <= '9') && c != '&' && c != '.' && c != '-') {
        return false;
      }
    }
    return upper >= 2 && !isRoman(w);
  }

  private static boolean isRoman(String w) {
    for (int k = 0; k < w.length(); k++) {
      if ("IVXLC".indexOf(w.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The comparison key of an acronym: letters and digits in upper case ({@code U.S.} → {@code US}).
   */
  public static String acronymKey(String w) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toUpperCase(c));
      }
    }
    if (b.length() > 2 && b.charAt(b.length() - 1) == 'S' && w.endsWith("s")) {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }

  private static boolean isCapitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
  }

  /** Organisation names and person names from runs of capitalised words. */
  private static void names(
      String text,
      List<int[]> tokens,
      String[] w,
      String[] lw,
      Set<Integer> starts,
      List<Anchor> out) {
    int n = w.length;
    int i = 0;
    while (i < n) {
      if (!isCapitalised(w[i]) || MONTHS.containsKey(lw[i].replace(".", ""))) {
        i++;
        continue;
      }
      // chain of capitalised words with connectors
      int j = i;
      int lastCap = i;
      while (j + 1 < n && adjacentSpace(tokens, j, j + 1)) {
        String nx = w[j + 1];
        if (isCapitalised(nx) && !MONTHS.containsKey(lw[j + 1].replace(".", ""))) {
          j++;
          lastCap = j;
        } else if (ORG_CONNECTORS.contains(lw[j + 1]) && !lw[j + 1].equals("and")) {
          j++;
        } else {
          break;
        }
      }
      int s = i;
      // a sentence-initial function word is not part of a name
      while (s <= lastCap
          && (starts.contains(s) || s == i)
          && (Abbreviations.SENTENCE_STARTERS.contains(lw[s]) || lw[s].equals("the"))) {
        s++;
      }
      int e = lastCap + 1;
      // roles before an organisation ("Member of the CPC Leadership Group") are not part of its
      // name
      int r = s;
      while (r < e && (ROLES.contains(lw[r]) || ORG_CONNECTORS.contains(lw[r]))) {
        r++;
      }
      boolean headAfterRole = false;
      for (int k = r; k < e; k++) {
        headAfterRole |= ORG_HEADS.contains(lw[k]);
      }
      if (r > s && r < e && headAfterRole && isCapitalised(w[r])) {
        s = r;
      }
      if (s < e) {
        boolean org = false;
        for (int k = s; k < e; k++) {
          if (ORG_HEADS.contains(lw[k])) {
            org = true;
          }
        }
        if (org && isCapitalised(w[s])) {
          int st = tokens.get(s)[0];
          int en = tokens.get(e - 1)[1];
          String surface = text.substring(st, en);
          out.add(
              new Anchor(
                  AnchorType.ORGANIZATION,
                  new Span(st, en),
                  surface,
                  surface.toLowerCase(Locale.ROOT)));
        } else {
          person(text, tokens, w, lw, s, e, out);
        }
      }
      i = Math.max(j, lastCap) + 1;
    }
  }

  private static boolean allPinyin(String[] lw, int from, int to) {
    for (int q = from; q < to; q++) {
      if (!PinyinSyllables.isPinyinWord(lw[q])) {
        return false;
      }
    }
    return true;
  }

  private static void person(
      String text, List<int[]> tokens, String[] w, String[] lw, int s, int e, List<Anchor> out) {
    // candidate windows of two or three capitalised words
    int k = s;
    while (k < e) {
      if (TITLES.contains(lw[k])) {
        k++;
        continue;
      }
      int len = 0;
      while (k + len < e && isCapitalised(w[k + len]) && !isAcronym(w[k + len]) && len < 3) {
        len++;
      }
      if (len >= 2) {
        int from = k;
        int to = k + len;
        boolean titled = k > 0 && TITLES.contains(lw[k - 1]);
        boolean pinyin = allPinyin(lw, from, to);
        if (pinyin && len == 3) {
          to = k + 2; // a romanised Chinese name has two words; a third is a place or a title
          // ("Fei Xiaotong Jiangcun")
        }
        if (!pinyin && !titled && len == 3) {
          // "Commerce Wang Bingnan": the name may be the last (or first) two words of the run
          if (allPinyin(lw, k + 1, k + 3)) {
            from = k + 1;
            pinyin = true;
          } else if (allPinyin(lw, k, k + 2)) {
            to = k + 2;
            pinyin = true;
          }
        }
        if (pinyin || titled) {
          int st = tokens.get(from)[0];
          int en = tokens.get(to - 1)[1];
          String surface = text.substring(st, en);
          StringBuilder key = new StringBuilder();
          for (int q = 0; q < surface.length(); q++) {
            char c = Character.toLowerCase(surface.charAt(q));
            if (c >= 'a' && c <= 'z') {
              key.append(c);
            }
          }
          out.add(new Anchor(AnchorType.PERSON, new Span(st, en), surface, key.toString()));
        }
        k += len;
      } else {
        k += Math.max(1, len);
      }
    }
  }
}
