package dev.verso.text.zh;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pinyin for Chinese person names with ICU4J: {@code Han-Latin/Names} for the surname (so 单 reads
 * Shan and 曾 Zeng), {@code Han-Latin} for the given name, tone marks removed. Thread-safe.
 */
public final class Pinyin {
  /** Runs of characters other than lower-case ASCII letters. */
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

  private Pinyin() {}

  // Building a Han-Latin transliterator parses a large rule set (about half a second of CPU each),
  // so the readings of the common ideographs come from a table generated once from the same
  // transliterators (PinyinTable); only a character outside it builds the transliterator, on first
  // use.
  private static final class Names {
    static final Transliterator INSTANCE = Transliterator.getInstance(PinyinTable.NAMES_ID);
  }

  private static final class Plain {
    static final Transliterator INSTANCE = Transliterator.getInstance(PinyinTable.PLAIN_ID);
  }

  /** ICU's reading of one character, computed live (what the table holds for the common ones). */
  static String transliterate(String ch, boolean names) {
    Transliterator t = names ? Names.INSTANCE : Plain.INSTANCE;
    synchronized (t) {
      return t.transliterate(ch).toLowerCase(Locale.ROOT);
    }
  }

  private static String reading(String ch, boolean names) {
    String r = PinyinTable.shared().reading(ch.codePointAt(0), names);
    return r != null
        ? r
        : (names ? NAMES_CACHE : PLAIN_CACHE).computeIfAbsent(ch, c -> transliterate(c, names));
  }

  /** Compound (two-character) surnames. */
  static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "夏侯", "公孙", "长孙", "宇文", "司徒", "申屠",
          "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "澹台", "万俟", "闻人", "百里", "东郭", "左丘", "公冶", "太史", "钟离",
          "濮阳", "单于", "赫连", "拓跋");

  /**
   * Common single-character surnames, without those that are mostly ordinary words (和 时 高 文 方 …),
   * which would start too many false names.
   */
  static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏"
          + "韦付邹孟熊秦邱尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤施牛樊葛邢乔伍颜倪庄聂鲁岳翟殷詹申欧耿兰焦俞左柳甘祝阮柯梅"
          + "童凌单裴霍涂盛翁冉骆蓝游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤缪芦麦褚娄窦戚岑费卜晏卫柏瞿桂佟臧闵苟邬卞姬仇栾隋刁巫寇桑郎甄丛仲"
          + "虞敖巩佘苑迟邝匡鞠惠荆冀郁胥储栗鄢谌奚粟冼蔺仝郜阚帅屠廉禹祖芮阙戈伏鹿薄邸雍辜邰嵇冶";

  /** True when {@code s} is a known single or compound surname. */
  public static boolean isSurname(String s) {
    return s.length() == 1 ? SURNAMES.indexOf(s.charAt(0)) >= 0 : COMPOUND_SURNAMES.contains(s);
  }

  /** The length (1 or 2) of the surname at the start of {@code name}, or 0 if there is none. */
  public static int surnameLength(String name) {
    if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
      return 2;
    }
    return !name.isEmpty() && SURNAMES.indexOf(name.charAt(0)) >= 0 ? 1 : 0;
  }

  /**
   * Toneless syllables of {@code han}, one per character, read as a surname ({@code names}) or as
   * ordinary text.
   */
  public static List<String> syllables(String han, boolean names) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < han.length(); ) {
      int cp = han.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      // per character: Han-Latin's reading of the single character
      String latin = reading(ch, names);
      for (String s : NON_LETTERS.split(latin.trim())) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      i += Character.charCount(cp);
    }
    return out;
  }

  private static final java.util.concurrent.ConcurrentHashMap<String, String> NAMES_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final java.util.concurrent.ConcurrentHashMap<String, String> PLAIN_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The romanised name in the usual order and spelling, e.g. 王炳南 → {@code Wang Bingnan}, 欧阳修 →
   * {@code Ouyang Xiu}.
   */
  public static String name(String han) {
    int sl = surnameLength(han);
    if (sl == 0 && han.length() >= 2 && han.length() <= 4) {
      sl = 1; // a name the dictionary knows, with a surname outside the list (习近平)
    }
    if (sl == 0 || sl >= han.length()) {
      return capitalise(String.join("", syllables(han, false)));
    }
    String sur = String.join("", syllables(han.substring(0, sl), true));
    String given = String.join("", syllables(han.substring(sl), false));
    return capitalise(sur) + " " + capitalise(given);
  }

  /** The comparison key of a romanised name: lower-case letters only ({@code wangbingnan}). */
  public static String key(String latinName) {
    StringBuilder b = new StringBuilder(latinName.length());
    String lower = latinName.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (c == 'ü') {
        b.append('u');
      }
    }
    return b.toString();
  }

  /**
   * Every plausible key of a Chinese name: surname first and given name first, with each
   * character's alternative readings from {@code readings} (at most 64 keys).
   */
  public static Set<String> keys(
      String han, java.util.function.Function<String, List<String>> readings) {
    int sl = Math.max(1, surnameLength(han));
    List<List<String>> sur = new ArrayList<>();
    List<List<String>> given = new ArrayList<>();
    List<String> surNames = syllables(han.substring(0, Math.min(sl, han.length())), true);
    sur.add(List.of(String.join("", surNames)));
    for (int i = sl; i < han.length(); ) {
      int cp = han.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      Set<String> alts = new LinkedHashSet<>(syllables(ch, false));
      alts.addAll(readings.apply(ch));
      given.add(new ArrayList<>(alts));
      i += Character.charCount(cp);
    }
    // surname alternatives from the dictionary too (proper-name readings come first there)
    if (sl == 1 && !han.isEmpty()) {
      Set<String> alts = new LinkedHashSet<>(sur.get(0));
      for (String r : readings.apply(han.substring(0, 1))) {
        alts.add(r);
      }
      sur.set(0, new ArrayList<>(alts));
    }
    List<String> givens = new ArrayList<>(List.of(""));
    for (List<String> alts : given) {
      List<String> next = new ArrayList<>();
      for (String g : givens) {
        for (String a : alts) {
          if (next.size() < 32) {
            next.add(g + a);
          }
        }
      }
      givens = next;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String s : sur.get(0)) {
      for (String g : givens) {
        keys.add(s + g);
        keys.add(g + s);
      }
    }
    return keys;
  }

  /**
   * The key of the known surname (single or compound) that opens the name {@code han}, read as a
   * surname (习近平 → {@code xi}, 单霁翔 → {@code shan}): news English names a person by the surname once
   * introduced. Null when {@code han} does not open with a known surname or is the surname alone; a
   * transliterated foreign name (拜登) has none.
   */
  public static String surnameKey(String han) {
    int sl = surnameLength(han);
    if (sl == 0 || han.length() <= sl) {
      return null;
    }
    return String.join("", syllables(han.substring(0, sl), true));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
