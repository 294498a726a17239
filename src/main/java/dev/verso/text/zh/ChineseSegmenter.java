package dev.verso.text.zh;

import dev.verso.text.Token;
import dev.verso.text.lexicon.Cedict;
import dev.verso.text.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised Chinese text into sentences and words. Sentences end after 。！？；… (and their
 * half-width forms), with closing quotes and brackets kept on the sentence they close; line breaks
 * always end a segment. Words come from a dictionary segmentation (fewest words, longest first)
 * over CC-CEDICT plus any glossary terms, with numeral runs and Latin runs as single tokens and
 * person names (surname + one or two characters the dictionary leaves single) re-joined. Offsets
 * are into the normalised text. Thread-safe.
 */
public final class ChineseSegmenter {

  /** A token found by the segmenter, in normalised offsets. */
  public record ZhToken(int start, int end, Token.Kind kind, boolean name) {}

  private final WordTable words;
  private final Cedict cedict;

  /**
   * A segmenter over {@code words} (dictionary and glossary terms); {@code cedict} tells names from
   * words.
   */
  public ChineseSegmenter(WordTable words, Cedict cedict) {
    this.words = words;
    this.cedict = cedict;
  }

  static boolean isTerminator(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
        || c == '…' || c == '｡';
  }

  static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '"' || c == '\'' || c == '」' || c == '』' || c == '）'
        || c == ')' || c == '】' || c == '》' || c == '〉' || c == '］' || c == ']' || c == '〗'
        || c == '〕';
  }

  /** Sentence ranges {@code [start, end)} in {@code text}. */
  public static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        addTrimmed(text, start, i, out);
        start = i + 1;
        i++;
        continue;
      }
      if (isTerminator(c)) {
        int j = i + 1;
        while (j < n && (isTerminator(text.charAt(j)) || text.charAt(j) == '.')) {
          j++;
        }
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        addTrimmed(text, start, j, out);
        start = j;
        i = j;
        continue;
      }
      i++;
    }
    addTrimmed(text, start, n, out);
    return out;
  }

  private static void addTrimmed(String text, int a, int b, List<int[]> out) {
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (b > a) {
      out.add(new int[] {a, b});
    }
  }

  static boolean isHan(int cp) {
    return cp == '〇' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Tokens of {@code text[from, to)}. */
  public List<ZhToken> tokens(String text, int from, int to) {
    List<ZhToken> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int cp = text.codePointAt(i);
      int cl = Character.charCount(cp);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (ChineseNumerals.isAsciiDigit(c)) {
        int j = i + 1;
        while (j < to
            && (ChineseNumerals.isAsciiDigit(text.charAt(j))
                || ((text.charAt(j) == '.' || text.charAt(j) == ',')
                    && j + 1 < to
                    && ChineseNumerals.isAsciiDigit(text.charAt(j + 1))))) {
          j++;
        }
        // Arabic number with Chinese units: 4.5万, 3亿
        while (j < to && ChineseNumerals.unit(text.charAt(j)) >= 10_000) {
          j++;
        }
        out.add(new ZhToken(i, j, Token.Kind.NUMBER, false));
        i = j;
      } else if (isLatinLetter(c)) {
        int j = i + 1;
        while (j < to) {
          char d = text.charAt(j);
          if (isLatinLetter(d) || ChineseNumerals.isAsciiDigit(d)) {
            j++;
          } else if ((d == '-' || d == '.' || d == '&' || d == '\'')
              && j + 1 < to
              && (isLatinLetter(text.charAt(j + 1))
                  || ChineseNumerals.isAsciiDigit(text.charAt(j + 1)))) {
            j++;
          } else {
            break;
          }
        }
        out.add(new ZhToken(i, j, Token.Kind.LATIN, false));
        i = j;
      } else if (isHan(cp)) {
        int j = i + cl;
        while (j < to) {
          int cp2 = text.codePointAt(j);
          if (!isHan(cp2)) {
            break;
          }
          j += Character.charCount(cp2);
        }
        segmentHan(text, i, j, out);
        i = j;
      } else if (Character.isLetterOrDigit(cp)) {
        int j = i + cl;
        while (j < to) {
          int cp2 = text.codePointAt(j);
          if (!Character.isLetterOrDigit(cp2) || isHan(cp2) || cp2 < 0x80) {
            break;
          }
          j += Character.charCount(cp2);
        }
        out.add(new ZhToken(i, j, Token.Kind.WORD, false));
        i = j;
      } else {
        out.add(new ZhToken(i, i + cl, Token.Kind.PUNCT, false));
        i += cl;
      }
    }
    return out;
  }

  /** Dictionary segmentation of a run of Han characters {@code [a, b)}, then name re-joining. */
  private void segmentHan(String text, int a, int b, List<ZhToken> out) {
    int n = b - a;
    int[] cost = new int[n + 1];
    int[] next = new int[n + 1];
    boolean[] numeral = new boolean[n + 1];
    int maxLen = Math.min(words.maxLength(), 12);
    // boundaries around a unit that follows a number (4月|6日, 十九|届, 15时30分): no word may cross them
    boolean[] cut = new boolean[n + 1];
    for (int k = 0; k < n; k++) {
      char u = text.charAt(a + k);
      if (NUMBER_UNITS.indexOf(u) < 0 || (u == '分' && k + 1 < n && text.charAt(a + k + 1) == '之')) {
        continue;
      }
      boolean afterNumber =
          k > 0
              ? ChineseNumerals.isNumeralChar(text.charAt(a + k - 1))
              : a > 0 && ChineseNumerals.isAsciiDigit(text.charAt(a - 1));
      if (afterNumber) {
        cut[k] = true;
        cut[k + 1] = true;
      }
    }
    cost[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      int pos = a + i;
      // single code unit (or surrogate pair) always possible
      int one = Character.isHighSurrogate(text.charAt(pos)) && i + 1 < n ? 2 : 1;
      if (Character.isLowSurrogate(text.charAt(pos))
          && i > 0
          && Character.isHighSurrogate(text.charAt(pos - 1))) {
        cost[i] = Integer.MAX_VALUE / 2; // never start inside a pair
        continue;
      }
      int best = cost[i + one] + 1;
      int bestNext = i + one;
      boolean bestNum = false;
      int h = 0;
      int limit = Math.min(maxLen, words.maxLength(text.charAt(pos)));
      for (int len = 1; len <= limit && i + len <= n; len++) {
        h = WordTable.extend(h, text.charAt(pos + len - 1));
        if (len > 1 && cut[i + len - 1]) {
          break;
        }
        if (len <= one) {
          continue;
        }
        int f = words.lookup(text, pos, pos + len, h);
        if ((f & WordTable.WORD) != 0 && cost[i + len] + 1 <= best) {
          if (cost[i + len] + 1 < best || len > bestNext - i) {
            best = cost[i + len] + 1;
            bestNext = i + len;
          }
        }
        if ((f & WordTable.PREFIX) == 0) {
          break;
        }
      }
      // numeral run
      int k = i;
      while (k < n && ChineseNumerals.isNumeralChar(text.charAt(a + k)) && (k == i || !cut[k])) {
        k++;
      }
      if (k - i >= 2 && cost[k] + 1 <= best && !(k - i < bestNext - i)) {
        best = cost[k] + 1;
        bestNext = k;
        bestNum = true;
      } else if (k - i == 1 && bestNext == i + 1) {
        bestNum = true;
      }
      cost[i] = best;
      next[i] = bestNext;
      numeral[i] = bestNum;
    }
    List<ZhToken> run = new ArrayList<>();
    for (int i = 0; i < n; i = next[i]) {
      boolean num = numeral[i] && ChineseNumerals.parse(text.substring(a + i, a + next[i])) != null;
      run.add(new ZhToken(a + i, a + next[i], num ? Token.Kind.NUMBER : Token.Kind.WORD, false));
    }
    joinNames(text, run, out);
  }

  /**
   * Units written right after a number; they never merge into a dictionary word across the number.
   */
  static final String NUMBER_UNITS = "年月日号时分秒届岁";

  /** Words that end a name: function characters and words that follow names. */
  static final String NOT_IN_NAME = "的了在是和与等及为对将把被说家也都就又还从向到以而并或之其这那个们时后前中上下里外内年月日称会要已让给请同即由于并于该各每";

  /** Titles before or after a name (副部长王炳南, 王炳南同志). */
  static final java.util.Set<String> TITLES =
      java.util.Set.of(
          "总理", "副总理", "主席", "副主席", "部长", "副部长", "部长助理", "书记", "副书记", "总书记", "主任", "副主任", "局长",
          "副局长", "司长", "副司长", "处长", "省长", "市长", "县长", "委员", "常委", "教授", "先生", "女士", "同志", "大使",
          "总统", "副总统", "国务卿", "外长", "董事长", "总经理", "院长", "校长", "记者", "代表", "会长", "秘书长", "理事长",
          "主持人");

  private void joinNames(String text, List<ZhToken> run, List<ZhToken> out) {
    for (int i = 0; i < run.size(); i++) {
      ZhToken t = run.get(i);
      String w = text.substring(t.start(), t.end());
      if (t.kind() == Token.Kind.WORD && isDictionaryPerson(w)) {
        out.add(new ZhToken(t.start(), t.end(), Token.Kind.WORD, true));
        continue;
      }
      if (t.kind() == Token.Kind.WORD && Pinyin.isSurname(w)) {
        boolean titled =
            (i > 0 && TITLES.contains(tokenText(text, run.get(i - 1))))
                || (!out.isEmpty() && TITLES.contains(tokenText(text, out.get(out.size() - 1))));
        int end = i;
        int givenLen = 0;
        int maxGiven = 2;
        while (end + 1 < run.size() && givenLen < maxGiven) {
          ZhToken g = run.get(end + 1);
          String gw = tokenText(text, g);
          int gl = gw.codePointCount(0, gw.length());
          if (g.kind() != Token.Kind.WORD
              || givenLen + gl > maxGiven
              || gw.isEmpty()
              || NOT_IN_NAME.indexOf(gw.charAt(0)) >= 0
              || TITLES.contains(gw)) {
            break;
          }
          if (gl > 1 && !titled && !followedByTitle(text, run, end + 2)) {
            break;
          }
          givenLen += gl;
          end++;
        }
        if (givenLen > 0) {
          out.add(new ZhToken(t.start(), run.get(end).end(), Token.Kind.WORD, true));
          i = end;
          continue;
        }
      }
      out.add(t);
    }
  }

  private static boolean followedByTitle(String text, List<ZhToken> run, int k) {
    return k < run.size() && TITLES.contains(tokenText(text, run.get(k)));
  }

  private static String tokenText(String text, ZhToken t) {
    return text.substring(t.start(), t.end());
  }

  /**
   * True when the dictionary lists {@code w} as a person's name (习近平 → "Xi Jinping (1953–) ...").
   */
  boolean isDictionaryPerson(String w) {
    if (w.length() < 2 || w.length() > 4) {
      return false;
    }
    Boolean cached = personCache.get(w);
    if (cached == null) {
      cached = computeDictionaryPerson(w);
      if (personCache.size() < 200_000) { // bounded cache
        personCache.put(w, cached);
      }
    }
    return cached;
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Boolean> personCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  private boolean computeDictionaryPerson(String w) {
    for (Cedict.Entry e : cedict.lookup(w)) {
      if (!e.isProperName() || e.glosses().isEmpty()) {
        continue;
      }
      String[] syl = e.pinyin().split(" ");
      if (syl.length != w.length()) {
        continue;
      }
      int sl = Math.max(1, Pinyin.surnameLength(w));
      StringBuilder sur = new StringBuilder();
      StringBuilder given = new StringBuilder();
      for (int k = 0; k < syl.length; k++) {
        (k < sl ? sur : given).append(Cedict.stripTone(syl[k]));
      }
      String romanised = Pinyin.key(sur.toString()) + " " + Pinyin.key(given.toString());
      String gloss = e.glosses().get(0).toLowerCase(java.util.Locale.ROOT);
      String glossKey = gloss.replace("ü", "u").replace("u:", "v");
      if (glossKey.startsWith(romanised) || glossKey.startsWith(romanised.replace(" ", ""))) {
        return true;
      }
    }
    return false;
  }
}
