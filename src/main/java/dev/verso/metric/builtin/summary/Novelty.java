package dev.verso.metric.builtin.summary;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Token;
import dev.verso.text.WordSplit;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.Cedict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content words of a summary sentence that its text never uses, in three kinds: numbers (digits
 * and number words), rare words (capitalised inside the sentence, or not a lower-case word of the
 * English glosses of CC-CEDICT: mostly names, which hallucinating summarisers invent) and common
 * words (usually paraphrase). Stop words and other function words never count.
 *
 * @param numbers spans of novel numbers
 * @param rare spans of novel words outside the common English vocabulary
 * @param common spans of other novel words
 * @param content how many content words the sentence has
 */
public record Novelty(List<Span> numbers, List<Span> rare, List<Span> common, int content) {

  private static final Map<String, String> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("first", "1st"),
          Map.entry("second", "2nd"),
          Map.entry("third", "3rd"),
          Map.entry("fourth", "4th"),
          Map.entry("fifth", "5th"),
          Map.entry("sixth", "6th"),
          Map.entry("seventh", "7th"),
          Map.entry("eighth", "8th"),
          Map.entry("ninth", "9th"),
          Map.entry("tenth", "10th"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("hundred", "100"),
          Map.entry("dozen", "12"));

  /**
   * Function words beyond the stemmer's stop list (prepositions, conjunctions, pronouns, adverbs of
   * degree and time, reporting verbs): a summary may use them freely, so they never count as novel.
   */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "after",
          "against",
          "across",
          "again",
          "ago",
          "along",
          "already",
          "although",
          "among",
          "around",
          "back",
          "because",
          "before",
          "behind",
          "below",
          "beneath",
          "beside",
          "besides",
          "between",
          "beyond",
          "both",
          "despite",
          "down",
          "during",
          "either",
          "else",
          "even",
          "ever",
          "every",
          "few",
          "further",
          "here",
          "herself",
          "himself",
          "how",
          "however",
          "itself",
          "just",
          "least",
          "less",
          "many",
          "more",
          "most",
          "much",
          "near",
          "neither",
          "nor",
          "now",
          "off",
          "often",
          "once",
          "only",
          "onto",
          "other",
          "ourselves",
          "per",
          "quite",
          "rather",
          "said",
          "say",
          "says",
          "since",
          "still",
          "though",
          "through",
          "throughout",
          "thus",
          "till",
          "told",
          "too",
          "toward",
          "towards",
          "under",
          "until",
          "upon",
          "via",
          "was",
          "well",
          "when",
          "where",
          "whether",
          "while",
          "why",
          "within",
          "without",
          "yet",
          "themselves",
          "whose",
          "yourself",
          "its",
          "it's",
          "we're",
          "they're",
          "according",
          "also",
          "being",
          "got",
          "get",
          "gets",
          "made",
          "make",
          "makes");

  private static final Pattern DIGITS = Pattern.compile("\\d");

  public Novelty {
    numbers = List.copyOf(numbers);
    rare = List.copyOf(rare);
    common = List.copyOf(common);
  }

  /** The novel content of sentence {@code s} of {@code sum} against {@code text}. */
  public static Novelty of(AnalyzedText sum, int s, FactSupport text) {
    List<Span> numbers = new ArrayList<>();
    List<Span> rare = new ArrayList<>();
    List<Span> common = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int content = 0;
    List<Token> tokens = sum.tokensOf(s);
    Token first = null;
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
        first = t;
        break;
      }
    }
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      String lw = t.text().toLowerCase(Locale.ROOT);
      if (EnglishStemmer.isStopWord(lw)
          || FUNCTION_WORDS.contains(lw)
          || lw.length() < 2 && t.kind() != Token.Kind.NUMBER) {
        continue;
      }
      content++;
      if (!seen.add(t.key()) || text.hasWord(lw)) {
        continue;
      }
      boolean number =
          t.kind() == Token.Kind.NUMBER
              || DIGITS.matcher(lw).find()
              || NUMBER_WORDS.containsKey(lw);
      if (number) {
        if (!numberStated(t, lw, text)) {
          numbers.add(t.span());
        }
        continue;
      }
      // a hyphenated or compound token is novel only if one of its parts is
      String novelPart = null;
      for (String part : WordSplit.alphanumeric(lw)) {
        if (!part.isEmpty() && !EnglishStemmer.isStopWord(part) && !text.hasWord(part)) {
          novelPart = part;
          break;
        }
      }
      if (novelPart == null) {
        continue;
      }
      if (DIGITS.matcher(novelPart).find()) {
        numbers.add(t.span());
      } else if (CommonWords.contains(novelPart)
          && !(first != t && Character.isUpperCase(t.text().charAt(0)))) {
        // a capitalised word inside the sentence is a name even when the vocabulary knows it
        common.add(t.span());
      } else {
        rare.add(t.span());
      }
    }
    return new Novelty(numbers, rare, common, content);
  }

  /** True when the number is written in the text as digits or as the matching word. */
  private static boolean numberStated(Token t, String lw, FactSupport text) {
    String digits = NUMBER_WORDS.get(lw);
    if (digits != null) {
      return text.hasWord(digits) || text.supports(new Fact("number", t.span(), digits, null));
    }
    Matcher m = Pattern.compile("\\d[\\d,.]*").matcher(lw);
    if (!m.find()) {
      return false;
    }
    if (text.supports(new Fact("number", t.span(), m.group(), null))) {
      return true;
    }
    for (Map.Entry<String, String> e : NUMBER_WORDS.entrySet()) {
      if (e.getValue().equals(lw) && text.hasWord(e.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** Number of novel words of all kinds. */
  public int size() {
    return numbers.size() + rare.size() + common.size();
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Starts building the common-word vocabulary on a background thread (once per JVM). */
  public static void preload() {
    if (PRELOADING.compareAndSet(false, true)) {
      dev.verso.text.Background.load(
          "verso-preload-vocabulary", () -> CommonWords.contains("word"));
    }
  }

  /**
   * The lower-case English words of CC-CEDICT's glosses and their stems: a general vocabulary that
   * excludes most names. Computed from the dictionary by {@link #compute()} and shipped as the
   * resource {@value #RESOURCE} (one word per line, sorted), which loads in a fraction of the time
   * the computation takes; a test checks that the resource is what the dictionary gives.
   */
  static final class CommonWords {
    private CommonWords() {}

    /** Classpath location of the vocabulary. */
    static final String RESOURCE = "/dev/verso/metric/builtin/summary/common-words.txt";

    private static final class Holder {
      static final Set<String> WORDS = load();
    }

    static boolean contains(String lowerWord) {
      return Holder.WORDS.contains(lowerWord)
          || Holder.WORDS.contains(EnglishStemmer.stem(lowerWord));
    }

    private static Set<String> load() {
      try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "vocabulary resource " + RESOURCE + " is not on the classpath");
        }
        Set<String> out = new HashSet<>(1 << 17);
        try (BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (!line.isEmpty()) {
              out.add(line);
            }
          }
        }
        return Collections.unmodifiableSet(out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }

    /**
     * The vocabulary computed from CC-CEDICT: lower-case gloss words outside parentheses
     * (capitalised gloss words are names) and their stems, sorted.
     */
    static java.util.SortedSet<String> compute() {
      Set<String> words = Cedict.get().lowerCaseGlossWords();
      java.util.SortedSet<String> out = new java.util.TreeSet<>(words);
      for (String x : words) {
        out.add(EnglishStemmer.stem(x));
      }
      return out;
    }
  }
}
