package dev.verso.metric.builtin.defects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Recognises lines of web-page furniture: comment forms, navigation, share and print links,
 * related-links headings, legal notices, chat widgets, credit lines (source, editor, reporter,
 * byline), date stamps and name-and-position author blocks. The patterns are general English page
 * furniture, matched case-insensitively against whole segments of a line (a line splits into
 * segments at sentence ends, bars, bullets and between bracketed credits), so "Your email address
 * will not be published. Required fields are marked *" is furniture while a sentence that only
 * mentions comments is not.
 *
 * <p>Each pattern has a reach: {@link Reach#ANYWHERE} for furniture no article sentence looks like,
 * {@link Reach#OPENER} for headings of trailing link lists and comment sections (the lines below
 * them belong to the block), {@link Reach#EDGE} for short lines that are furniture only in the
 * header before the first paragraph or after the last one (a lone "Print", "Source: Xinhua", a
 * date).
 */
public final class PageFurniture {
  private PageFurniture() {}

  /** Where a furniture line counts as boilerplate. */
  public enum Reach {
    /** Only before the first or after the last body paragraph. */
    EDGE,
    /** Anywhere in the text. */
    ANYWHERE,
    /** Anywhere; at the end, the lines below it join the block. */
    OPENER
  }

  /** What a line was recognised as: its widest reach and the furniture categories it contains. */
  public record Match(Reach reach, Set<String> categories) {}

  private record Fragment(String category, Reach reach, Pattern pattern) {}

  private static final String NAME_WORD = "(?-i:\\p{Lu}[\\p{L}'’.\\-]*)";
  private static final String NAMES =
      NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|and|&)|\\s*,\\s*" + NAME_WORD + "){0,7}";
  private static final String MONTH =
      "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String TIME =
      "\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?(?:gmt|utc|bjt|cst|est|edt|pst|cet)(?:\\s*[+-]\\s*\\d{1,2})?\\)?)?";
  private static final String WEEKDAY =
      "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s*)?";
  private static final String DATE =
      WEEKDAY
          + "(?:\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?"
          + "|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}"
          + "|"
          + MONTH
          + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
          + "|\\d{1,2}(?:st|nd|rd|th)?\\s+"
          + MONTH
          + ",?\\s+\\d{4})"
          + "(?:(?:,?\\s*(?:at\\s+)?|\\s*[T|]\\s*)"
          + TIME
          + ")?"
          + "|"
          + TIME;

  private static final String CREDIT_KEYS =
      "source|sources|editor|editors|responsible editor|editor in charge|executive editor|chief editor|copy editor"
          + "|reporter|reporters|correspondent|correspondents|author|authors|writer|contributor|byline"
          + "|photo|photos|photograph|photographer|photography|picture|pictures|image|images|graphic|graphics"
          + "|video|translator|translation|proofreader|proofreading|reviewer|producer|planner|planning"
          + "|written by|posted by|credit|credits|courtesy|tags?|keywords?|category|categories|from|via"
          + "|font size|share to|article source|news source";

  /**
   * Credit keys whose value must be a date, a time or a number ("Date: 2024-05-06", "Views: 120").
   */
  private static final String STAMP_KEYS =
      "posted|posted on|published|published on|published at|publish time|publication date|release time"
          + "|released|updated|updated on|last updated|date|time|views?|hits?|clicks?|reads?";

  private static final List<Fragment> FRAGMENTS = new ArrayList<>();

  private static void add(String category, Reach reach, String regex) {
    FRAGMENTS.add(
        new Fragment(
            category,
            reach,
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
  }

  static {
    // comment forms
    add(
        "comment form",
        Reach.OPENER,
        "(?:leave|post|add|write) (?:a |your )?(?:comment|reply)(?:s)?(?: to .{1,60})?");
    add("comment form", Reach.ANYWHERE, "(?:no|\\d+) (?:comments?|replies)(?: yet)?");
    add("comment form", Reach.ANYWHERE, "be the first to (?:comment|reply)(?: on .{1,60})?");
    add("comment form", Reach.ANYWHERE, "join the (?:discussion|conversation)");
    add(
        "comment form",
        Reach.ANYWHERE,
        "(?:your )?e-?mail(?: address)? will not be (?:published|shared|displayed)");
    add(
        "comment form",
        Reach.ANYWHERE,
        "required fields are (?:marked|indicated)(?: with)?(?: an?)?(?: \\*| asterisk)?\\s*\\*?");
    add(
        "comment form",
        Reach.ANYWHERE,
        "save my name,? e-?mail,? and website in this browser for the next time i comment");
    add(
        "comment form",
        Reach.ANYWHERE,
        "you must be (?:logged in|registered|signed in) to (?:post a )?comment");
    add(
        "comment form",
        Reach.ANYWHERE,
        "cancel reply|(?:post|submit) (?:a )?comment|comment policy");
    add(
        "comment form",
        Reach.EDGE,
        "comments?\\s*\\(?\\d+\\)?|comments?|replies|reply|name\\s*\\*?|e-?mail\\s*\\*?|website|submit|send");
    // navigation
    add(
        "navigation",
        Reach.ANYWHERE,
        "(?:scroll|back|go|return|jump) (?:back )?to (?:the )?top(?: of (?:the )?page)?");
    add(
        "navigation",
        Reach.ANYWHERE,
        "(?:previous|next|prev|older|newer) (?:article|post|story|news|entry|page|item|chapter)s?(?:\\s*[:：].{0,120})?");
    add("navigation", Reach.ANYWHERE, "skip to (?:the )?(?:main )?content");
    add(
        "navigation",
        Reach.ANYWHERE,
        "(?:share|e-?mail|print|tweet|forward|recommend|bookmark|save) (?:this|the) (?:article|story|post|page|news|item)");
    add(
        "navigation",
        Reach.ANYWHERE,
        "share (?:on|to|via|with) (?:facebook|twitter|x|wechat|weibo|linkedin|whatsapp|telegram|e-?mail|qq|reddit|friends|moments)");
    add("navigation", Reach.ANYWHERE, "(?:print|close) (?:this )?(?:window|page)");
    add(
        "navigation",
        Reach.EDGE,
        "home|homepage|menu|search|top|back|return|more|print|share|share this|close|"
            + "contact us|about us|site ?map|log ?in|sign ?in|log ?out|register|subscribe|rss|qr code"
            + "|facebook|twitter|wechat|weibo|linkedin|whatsapp|telegram|youtube|instagram|qq|qzone|likes?"
            + "|large|medium|small|font|a\\+|a-|\\d+\\s+(?:views?|reads?|hits?|likes?|shares?)");
    add("navigation", Reach.EDGE, "(?:home|homepage|index)\\s*[>»›/].{0,160}");
    add("navigation", Reach.EDGE, "(?:(?:current|your) )?(?:location|position)\\s*[:：].{0,160}");
    add(
        "navigation",
        Reach.EDGE,
        "(?:previous|next|prev)(?: (?:article|post|story|news|entry|page|item|chapter)s?)?\\s*[:：].{1,160}");
    add("navigation", Reach.EDGE, "scan (?:the )?qr code.{0,80}");
    // related links and similar section headings
    add(
        "related links",
        Reach.OPENER,
        "related (?:news|articles?|posts?|stories|reading|content|links|reports|coverage|topics|videos|photos)");
    add(
        "related links",
        Reach.OPENER,
        "you (?:may|might) also (?:like|be interested in|enjoy|want to read)");
    add(
        "related links",
        Reach.OPENER,
        "recommended(?: for you| reading| articles| stories| news)?");
    add(
        "related links",
        Reach.OPENER,
        "more (?:news|stories|articles|coverage)(?: (?:from|on|about) .{1,40})?");
    add(
        "related links",
        Reach.OPENER,
        "most (?:read|viewed|popular|shared)(?: news| articles| stories| posts)?");
    add(
        "related links",
        Reach.OPENER,
        "(?:read|see) (?:more|also)(?: news| articles| stories)?|further reading|(?:latest|hot) (?:news|articles|posts|stories|topics)");
    // legal notices
    add(
        "legal notice",
        Reach.ANYWHERE,
        "(?:copyright\\s*)?(?:©|\\(c\\)).{0,120}|copyright\\s+\\d{4}.{0,120}");
    add(
        "legal notice",
        Reach.ANYWHERE,
        "all rights reserved|privacy policy|terms of (?:use|service)|terms and conditions|cookie policy");
    add("legal notice", Reach.ANYWHERE, "this (?:web)?site uses cookies.{0,160}");
    add(
        "legal notice",
        Reach.ANYWHERE,
        "(?:any )?(?:unauthori[sz]ed )?(?:reproduction|reprinting|copying).{0,60}(?:prohibited|forbidden|not (?:allowed|permitted))");
    add("legal notice", Reach.EDGE, "disclaimer(?:\\s*[:：].{0,200})?");
    add(
        "legal notice",
        Reach.EDGE,
        ".{0,40}\\bicp\\b.{0,80}|.{0,40}(?:public (?:network )?security|police) (?:record|filing|registration).{0,80}");
    add(
        "site information",
        Reach.EDGE,
        "(?:sponsor|sponsored by|organi[sz]er|organi[sz]ed by|host|hosted by|undertaken by|operated by|maintained by"
            + "|address|add|tel|telephone|phone|fax|postcode|post code|zip code|contact|contact us|hotline|e-?mail)"
            + "\\s*[:：]\\s*\\S.{0,120}");
    // chat widgets
    add(
        "chat widget",
        Reach.ANYWHERE,
        "(?:(?:hi|hello|hey)(?:\\s*[!,.]?\\s*there)?\\s*[!,.]?\\s*)?how (?:can|may) (?:i|we) (?:help|assist)(?: you)?(?: today)?");
    add(
        "chat widget",
        Reach.ANYWHERE,
        "chat (?:with us|now|online)|live chat|(?:start|open) (?:a )?chat");
    add(
        "chat widget",
        Reach.EDGE,
        "(?:hi|hello|hey)(?: there)?|(?:need|any) (?:help|questions)|powered by .{1,40}|(?:whatsapp|message|contact|call) us(?: now| today)?");
    // credit lines
    add("credit line", Reach.EDGE, "(?:" + CREDIT_KEYS + ")\\s*[:：]\\s*\\S.{0,100}");
    add(
        "credit line",
        Reach.EDGE,
        "(?:"
            + STAMP_KEYS
            + ")\\s*[:：]\\s*(?:\\d|"
            + MONTH
            + "|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b).{0,60}");
    add(
        "credit line",
        Reach.EDGE,
        "(?:by|reporter|reporters|correspondent|editor|author|written by|posted by|photos? by|text by|source|"
            + "reported by|edited by|translated by|compiled by|produced by)\\s+"
            + NAMES);
    // date and time stamps
    add("date line", Reach.EDGE, "(?:" + DATE + ")");
  }

  /**
   * Characters that frame furniture without being part of it: close buttons, bullets, arrows,
   * brackets.
   */
  private static final String DECORATION =
      "×✕✖✗*#>»›«‹<→←↑↓^~=_|•·▲▼►◄▶◀■□●○◆◇★☆✓✔-–—()[]（）【】「」『』《》〈〉";

  /** Also dropped at the end of a segment: sentence and clause punctuation. */
  private static final String END_PUNCTUATION = ".:：!?！？。,，;；";

  /** Characters that separate segments of one line. */
  private static final String SEPARATORS = "|•·▪︱｜";

  /** Characters that may start a new segment after a sentence end. */
  private static final String SEGMENT_STARTS = "×*©(（[【";

  private static final Pattern NAME_LINE =
      Pattern.compile(
          "(?:mr|mrs|ms|miss|dr|prof|professor|comrade|sir|madam|mme|mx)\\.?\\s+"
              + NAME_WORD
              + "(?:\\s+"
              + NAME_WORD
              + "){0,3}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern POSITION_LINE =
      Pattern.compile(
          "(?:(?:former|deputy|vice|executive|senior|assistant|acting|chief|first|permanent|standing|general|associate)[\\s-]+)*"
              + "(?:member|minister|secretary|director|director-general|chairman|chairwoman|chairperson|chair|president"
              + "|head|governor|mayor|ambassador|professor|editor|reporter|correspondent|commissioner|officer"
              + "|manager|spokesperson|spokesman|spokeswoman|leader|counsellor|counselor|consul|dean|researcher"
              + "|fellow|founder|ceo|party secretary|general secretary|secretary-general|delegate|deputy)\\b.*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The line's furniture match, or null when some part of it is not furniture. */
  public static Match classify(String line) {
    if (line.length() > 400) {
      return null;
    }
    Reach reach = null;
    Set<String> categories = new TreeSet<>();
    boolean any = false;
    if (TextLines.countWords(line) > 60) {
      return null;
    }
    for (String segment : segments(line)) {
      String s = strip(segment);
      if (s.isEmpty()) {
        continue;
      }
      Fragment f = match(s);
      if (f == null) {
        return null;
      }
      any = true;
      categories.add(f.category());
      if (reach == null || f.reach().ordinal() > reach.ordinal()) {
        reach = f.reach();
      }
    }
    return any ? new Match(reach, categories) : null;
  }

  private static Fragment match(String segment) {
    for (Fragment f : FRAGMENTS) {
      if (f.pattern().matcher(segment).matches()) {
        return f;
      }
    }
    return null;
  }

  /**
   * Splits a line into segments: after a sentence end (. ! ? after three lower-case letters or a
   * digit, bracket, asterisk or quote; any 。！？ ! ?) followed by whitespace and a capital, digit or
   * framing symbol; at bars and bullets; at runs of three or more spaces; between a closing and an
   * opening bracket.
   */
  static List<String> segments(String line) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      int cut = -1;
      int next = -1;
      if (SEPARATORS.indexOf(c) >= 0) {
        cut = i;
        next = i + 1;
      } else if (TextLines.isSpace(c)) {
        int e = i;
        while (e < n && TextLines.isSpace(line.charAt(e))) {
          e++;
        }
        if (e - i >= 3) {
          cut = i;
          next = e;
        } else if (e < n && i > 0 && endsSegment(line, i) && startsSegment(line.charAt(e))) {
          cut = i;
          next = e;
        } else if (e < n && i > 0 && isClosing(line.charAt(i - 1)) && isOpening(line.charAt(e))) {
          cut = i;
          next = e;
        }
        if (cut < 0) {
          i = e;
          continue;
        }
      } else if (i > 0 && isClosing(line.charAt(i - 1)) && isOpening(c)) {
        cut = i;
        next = i;
      }
      if (cut >= 0) {
        out.add(line.substring(start, cut));
        start = next;
        i = Math.max(next, i + 1);
      } else {
        i++;
      }
    }
    out.add(line.substring(start));
    return out;
  }

  /** True when the text before position {@code at} (a space) ends a sentence. */
  private static boolean endsSegment(String line, int at) {
    char p = line.charAt(at - 1);
    if (p == '。' || p == '！' || p == '？' || p == '!' || p == '?') {
      return true;
    }
    if (p != '.' || at < 2) {
      return false;
    }
    char q = line.charAt(at - 2);
    if (Character.isDigit(q) || q == ')' || q == '*' || q == '"' || q == '”') {
      return true;
    }
    return at >= 4
        && Character.isLowerCase(q)
        && Character.isLowerCase(line.charAt(at - 3))
        && Character.isLowerCase(line.charAt(at - 4));
  }

  private static boolean startsSegment(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || SEGMENT_STARTS.indexOf(c) >= 0;
  }

  private static boolean isClosing(char c) {
    return c == ')' || c == '）' || c == ']' || c == '】';
  }

  private static boolean isOpening(char c) {
    return c == '(' || c == '（' || c == '[' || c == '【';
  }

  /**
   * The segment without surrounding decoration (close buttons, bullets, brackets, arrows, end
   * punctuation).
   */
  static String strip(String segment) {
    int s = 0;
    int e = segment.length();
    while (s < e
        && (TextLines.isSpace(segment.charAt(s)) || DECORATION.indexOf(segment.charAt(s)) >= 0)) {
      s++;
    }
    while (e > s) {
      char c = segment.charAt(e - 1);
      if (TextLines.isSpace(c) || DECORATION.indexOf(c) >= 0 || END_PUNCTUATION.indexOf(c) >= 0) {
        e--;
      } else {
        break;
      }
    }
    return segment.substring(s, e);
  }

  /**
   * {@code s} without surrounding decoration: close buttons, bullets, brackets, arrows, end
   * punctuation.
   */
  public static String stripDecoration(String s) {
    return strip(s);
  }

  /** True for a line that is only an honorific and a name ("Mr. Wang Bingnan", "Dr Jane Doe"). */
  public static boolean isNameLine(String line) {
    return line.length() <= 80 && NAME_LINE.matcher(strip(line)).matches();
  }

  /**
   * True for a short line naming a position ("Member of the Leadership Group … and Vice Minister",
   * "Deputy Director, Office of …") without sentence-final punctuation.
   */
  public static boolean isPositionLine(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.length() > 300 || TextLines.countWords(t) > 30) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == '。') {
      return false;
    }
    return POSITION_LINE.matcher(strip(t)).matches();
  }
}
