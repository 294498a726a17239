package dev.verso.text;

import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import dev.verso.model.Span;
import dev.verso.text.en.EnglishAnchors;
import dev.verso.text.en.EnglishSegmenter;
import dev.verso.text.en.EnglishStemmer;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.Cedict;
import dev.verso.text.lexicon.WordTable;
import dev.verso.text.zh.ChineseAnchors;
import dev.verso.text.zh.ChineseSegmenter;
import dev.verso.text.zh.ChineseSegmenter.ZhToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text-analysis facade: {@link #analyze} turns a raw Chinese or English field into sentences,
 * tokens and anchors, every span pointing into the raw text. One instance is thread-safe and meant
 * to be shared; metrics reach it through {@code EvaluationContext.documentShared/shared} so each
 * field is analysed once.
 */
public final class TextAnalyzer {
  private final Glossary glossary;
  private final Cedict cedict;
  private final ChineseSegmenter zh;
  private final BilingualLexicon lexicon;
  private final AnchorMatcher matcher;

  private static final class Default {
    static final TextAnalyzer INSTANCE = new TextAnalyzer(Glossary.empty());
  }

  /** An analyser whose Chinese segmentation and lexicon know the terms of {@code glossary}. */
  public TextAnalyzer(Glossary glossary) {
    this.glossary = glossary;
    this.cedict = Cedict.get();
    WordTable table = cedict.words();
    if (!glossary.isEmpty()) {
      Set<String> terms = new HashSet<>();
      for (GlossaryEntry e : glossary.entries()) {
        terms.add(Normalizer.normalize(e.source()).text());
      }
      table = table.with(terms);
    }
    this.zh = new ChineseSegmenter(table, cedict);
    this.lexicon = new BilingualLexicon(glossary, cedict);
    this.matcher = new AnchorMatcher(this);
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * Starts loading the dictionary, the English models and the pinyin table on background threads
   * (once per JVM), so that a command that will analyse text overlaps that work with parsing its
   * options and reading its input. Whoever needs a resource first simply waits for it.
   */
  public static void preload() {
    if (!PRELOADING.compareAndSet(false, true)) {
      return;
    }
    Background.load("verso-preload-dictionary", Cedict::get);
    Background.load(
        "verso-preload-models",
        () -> {
          String probe = "Preloading the models. It takes a moment.";
          EnglishSegmenter.sentences(probe);
          EnglishSegmenter.tokens(probe, 0, probe.length());
          dev.verso.text.zh.PinyinTable.shared();
        });
  }

  /** The shared analyser without a user glossary. */
  public static TextAnalyzer shared() {
    return Default.INSTANCE;
  }

  /** The glossary this analyser uses (possibly empty). */
  public Glossary glossary() {
    return glossary;
  }

  /** The bilingual lexicon: glossary first, then CC-CEDICT. */
  public BilingualLexicon lexicon() {
    return lexicon;
  }

  /** The matcher that pairs Chinese anchors with their English renderings. */
  public AnchorMatcher matcher() {
    return matcher;
  }

  /** True when {@code lang} names Chinese ({@code zh}, {@code zh-CN}, {@code zh-Hans} …). */
  public static boolean isChinese(String lang) {
    return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("zh");
  }

  /**
   * Analyses {@code text} as language {@code lang} ({@code zh…} for Chinese, anything else as
   * English; null guesses from the script). Never throws on odd input; null is treated as empty.
   */
  public AnalyzedText analyze(String text, String lang) {
    String raw = text == null ? "" : text;
    String language = lang == null ? guessLanguage(raw) : (isChinese(lang) ? "zh" : "en");
    NormalizedText norm = Normalizer.normalize(raw);
    String t = norm.text();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Anchor> anchors = new ArrayList<>();
    if (language.equals("zh")) {
      List<ZhToken> all = new ArrayList<>();
      for (int[] s : bounded(t, ChineseSegmenter.sentences(t))) {
        int first = tokens.size();
        for (ZhToken z : zh.tokens(t, s[0], s[1])) {
          all.add(z);
          String w = t.substring(z.start(), z.end());
          tokens.add(
              new Token(
                  norm.toRaw(z.start(), z.end()),
                  w,
                  z.kind() == Token.Kind.LATIN ? w.toLowerCase(Locale.ROOT) : w,
                  z.kind()));
        }
        sentences.add(new Sentence(norm.toRaw(s[0], s[1]), first, tokens.size()));
      }
      for (Anchor a : ChineseAnchors.extract(t, all, cedict)) {
        anchors.add(remap(norm, a));
      }
    } else {
      List<int[]> all = new ArrayList<>();
      Set<Integer> starts = new HashSet<>();
      for (int[] s : bounded(t, EnglishSegmenter.sentences(t))) {
        int first = tokens.size();
        starts.add(first);
        for (int[] k : EnglishSegmenter.tokens(t, s[0], s[1])) {
          all.add(k);
          String w = t.substring(k[0], k[1]);
          tokens.add(new Token(norm.toRaw(k[0], k[1]), w, EnglishStemmer.stem(w), kindOf(w)));
        }
        sentences.add(new Sentence(norm.toRaw(s[0], s[1]), first, tokens.size()));
      }
      for (Anchor a : EnglishAnchors.extract(t, all, starts)) {
        anchors.add(remap(norm, a));
      }
    }
    return new AnalyzedText(raw, language, sentences, tokens, anchors);
  }

  /**
   * Longest sentence, in characters, that the analysis keeps whole. Text without sentence
   * punctuation (a scraped page, a table flattened to one line) would otherwise be one sentence,
   * and the work of aligning and matching within a sentence grows with the square of its length.
   * Real sentences are far shorter (the longest of the seeds has a few hundred characters).
   */
  public static final int MAX_SENTENCE_CHARS = 1000;

  /**
   * The sentence spans with every span longer than {@link #MAX_SENTENCE_CHARS} cut into pieces,
   * each cut after the last clause mark (，、；：,;:) or space before the limit, or at the limit.
   */
  static List<int[]> bounded(String t, List<int[]> spans) {
    boolean any = false;
    for (int[] s : spans) {
      any |= s[1] - s[0] > MAX_SENTENCE_CHARS;
    }
    if (!any) {
      return spans;
    }
    List<int[]> out = new ArrayList<>();
    for (int[] s : spans) {
      int start = s[0];
      while (s[1] - start > MAX_SENTENCE_CHARS) {
        int limit = start + MAX_SENTENCE_CHARS;
        int cut = limit;
        for (int i = limit - 1; i > start + MAX_SENTENCE_CHARS / 2; i--) {
          char c = t.charAt(i);
          if ("，、；：,;: 　".indexOf(c) >= 0) {
            cut = i + 1;
            break;
          }
        }
        if (Character.isLowSurrogate(t.charAt(cut)) && cut > start + 1) {
          cut--;
        }
        out.add(new int[] {start, cut});
        start = cut;
      }
      out.add(new int[] {start, s[1]});
    }
    return out;
  }

  private static Anchor remap(NormalizedText norm, Anchor a) {
    Span s = norm.toRaw(a.span().start(), a.span().end());
    return new Anchor(a.type(), s, a.text(), a.value(), a.detail());
  }

  private static Token.Kind kindOf(String w) {
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLetter(cp)) {
        letter = true;
      } else if (Character.isDigit(cp)) {
        digit = true;
      }
      i += Character.charCount(cp);
    }
    if (letter) {
      return Token.Kind.WORD;
    }
    return digit ? Token.Kind.NUMBER : Token.Kind.PUNCT;
  }

  /** {@code zh} when at least a fifth of the letters are Han characters, else {@code en}. */
  public static String guessLanguage(String text) {
    int han = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
      i += Character.charCount(cp);
    }
    return letters > 0 && han * 5 >= letters ? "zh" : "en";
  }
}
