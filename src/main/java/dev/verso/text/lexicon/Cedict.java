package dev.verso.text.lexicon;

import dev.verso.text.en.EnglishStemmer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The CC-CEDICT Chinese–English dictionary (CC BY-SA 4.0, see {@code CEDICT-ATTRIBUTION.txt} next
 * to the resource), loaded once and lazily from {@code dev/verso/text/lexicon/cedict_ts.u8.gz}.
 * Look-ups by simplified or traditional form; glosses are turned into normalised English keys
 * (lower case, Porter-stemmed, stop words and parentheticals dropped) on demand and cached, so that
 * 签署 matches "signed". Thread-safe.
 */
public final class Cedict {
  /** Runs of characters that cannot be part of a gloss key. */
  private static final Pattern NON_KEY_CHARACTERS = Pattern.compile("[^a-z0-9]+");

  /** Classpath location of the dictionary. */
  public static final String RESOURCE = "/dev/verso/text/lexicon/cedict_ts.u8.gz";

  /** One dictionary entry. */
  public record Entry(String traditional, String simplified, String pinyin, List<String> glosses) {

    /** True when the reading starts with a capital, as CEDICT writes proper names. */
    public boolean isProperName() {
      return !pinyin.isEmpty() && Character.isUpperCase(pinyin.charAt(0));
    }
  }

  // The decompressed dictionary (UTF-8) and, per head word, the start offsets of its lines in file
  // order. Lines are parsed into entries only when a word is looked up, so loading is one pass over
  // the bytes that decodes nothing but the head words.
  private final byte[] data;
  private final Map<String, int[]> lines;
  private final Map<String, List<Entry>> parsed = new ConcurrentHashMap<>();
  private final WordTable words;
  private final long loadNanos;
  private final Map<String, Set<String>> keyCache = new ConcurrentHashMap<>();
  // readings per head word looked up (bounded by the dictionary's head words)
  private final Map<String, List<String>> readingsCache = new ConcurrentHashMap<>();

  private Cedict(byte[] data, Map<String, int[]> lines, long loadNanos) {
    this.data = data;
    this.lines = lines;
    this.words = new WordTable(lines.keySet());
    this.loadNanos = loadNanos;
  }

  private static final class Holder {
    static final Cedict INSTANCE = load();
  }

  /** The shared dictionary, loaded on first use. */
  public static Cedict get() {
    return Holder.INSTANCE;
  }

  /**
   * System property naming the decompressed dictionary file (the build writes {@code
   * target/cedict/cedict_ts.u8} and {@code ./verso} passes it): read as it is instead of inflating
   * the resource from the jar, about 0.15 s less start-up. A file that cannot be read falls back to
   * the resource.
   */
  public static final String FILE_PROPERTY = "verso.cedict.file";

  private static Cedict load() {
    long t0 = System.nanoTime();
    String file = System.getProperty(FILE_PROPERTY);
    if (file != null && !file.isEmpty()) {
      try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
        return parse(in, t0);
      } catch (IOException | RuntimeException e) {
        // the resource below is the same dictionary
      }
    }
    try (InputStream raw = Cedict.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(
            "CC-CEDICT resource " + RESOURCE + " is not on the classpath");
      }
      return parse(new GZIPInputStream(raw, 1 << 16), t0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Parses a CC-CEDICT file (uncompressed stream) — exposed for tests on small inputs. */
  public static Cedict parse(InputStream in) throws IOException {
    return parse(in, System.nanoTime());
  }

  private static Cedict parse(InputStream in, long t0) throws IOException {
    byte[] data = in.readAllBytes();
    Map<String, int[]> lines = new HashMap<>(1 << 18);
    forEachLine(data, (start, end) -> indexLine(data, start, end, lines));
    return new Cedict(data, lines, System.nanoTime() - t0);
  }

  /** Receives one line of the dictionary's bytes as [start, end), without its '\n'. */
  @FunctionalInterface
  private interface LineVisitor {
    void line(int start, int end);
  }

  /** Calls {@code visitor} with every line of {@code d}, in order. */
  private static void forEachLine(byte[] d, LineVisitor visitor) {
    int start = 0;
    while (start < d.length) {
      int end = lineEnd(d, start);
      visitor.line(start, end);
      start = end + 1;
    }
  }

  /** The index of the '\n' ending the line that starts at {@code start}, or the data's length. */
  private static int lineEnd(byte[] d, int start) {
    int end = start;
    while (end < d.length && d[end] != '\n') {
      end++;
    }
    return end;
  }

  /** The line [start, end) as text, without a trailing '\r'. */
  private static String lineText(byte[] d, int start, int end) {
    int stop = end > start && d[end - 1] == '\r' ? end - 1 : end;
    return new String(d, start, stop - start, StandardCharsets.UTF_8);
  }

  // The same shape test as parseLine, on bytes: trad SP simp SP ... [pinyin] /gloss/...
  private static void indexLine(byte[] d, int start, int end, Map<String, int[]> lines) {
    if (start == end || d[start] == '#') {
      return;
    }
    int sp1 = indexOf(d, (byte) ' ', start, end);
    int sp2 = sp1 < 0 ? -1 : indexOf(d, (byte) ' ', sp1 + 1, end);
    int lb = indexOf(d, (byte) '[', Math.max(sp2, start), end);
    int rb = lb < 0 ? -1 : indexOf(d, (byte) ']', lb, end);
    int sl = rb < 0 ? -1 : indexOf(d, (byte) '/', rb, end);
    if (sp1 <= start || sp2 <= sp1 || lb < 0 || rb < 0 || sl < 0) {
      return;
    }
    String trad = new String(d, start, sp1 - start, StandardCharsets.UTF_8);
    String simp = new String(d, sp1 + 1, sp2 - sp1 - 1, StandardCharsets.UTF_8);
    add(lines, simp, start);
    if (!trad.equals(simp)) {
      add(lines, trad, start);
    }
  }

  private static int indexOf(byte[] d, byte b, int from, int end) {
    for (int i = from; i < end; i++) {
      if (d[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static void add(Map<String, int[]> lines, String word, int start) {
    int[] old = lines.get(word);
    if (old == null) {
      lines.put(word, new int[] {start});
    } else {
      int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
      grown[old.length] = start;
      lines.put(word, grown);
    }
  }

  private List<Entry> entries(String word) {
    int[] starts = lines.get(word);
    if (starts == null) {
      return List.of();
    }
    List<Entry> cached = parsed.get(word);
    if (cached != null) {
      return cached;
    }
    List<Entry> out = new ArrayList<>(starts.length);
    for (int start : starts) {
      Entry e = parseLine(lineText(data, start, lineEnd(data, start)));
      if (e != null) {
        out.add(e);
      }
    }
    List<Entry> result = List.copyOf(out);
    parsed.putIfAbsent(word, result);
    return result;
  }

  static Entry parseLine(String line) {
    int sp1 = line.indexOf(' ');
    int sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    int lb = line.indexOf('[', Math.max(sp2, 0));
    int rb = lb < 0 ? -1 : line.indexOf(']', lb);
    int sl = rb < 0 ? -1 : line.indexOf('/', rb);
    if (sp1 <= 0 || sp2 <= sp1 || lb < 0 || rb < 0 || sl < 0) {
      return null;
    }
    String trad = line.substring(0, sp1);
    String simp = line.substring(sp1 + 1, sp2);
    String pinyin = line.substring(lb + 1, rb);
    List<String> glosses = new ArrayList<>(4);
    int i = sl + 1;
    while (i < line.length()) {
      int j = line.indexOf('/', i);
      if (j < 0) {
        j = line.length();
      }
      if (j > i) {
        glosses.add(line.substring(i, j));
      }
      i = j + 1;
    }
    return new Entry(trad, simp, pinyin, List.copyOf(glosses));
  }

  /** Time the load took, in milliseconds (for the docs and the inspect command). */
  public double loadMillis() {
    return loadNanos / 1e6;
  }

  /** Number of distinct head words (simplified and traditional). */
  public int size() {
    return lines.size();
  }

  /** The words of the dictionary as a segmentation table. */
  public WordTable words() {
    return words;
  }

  /** The entries for {@code word} (simplified or traditional), possibly empty. */
  public List<Entry> lookup(String word) {
    return entries(word);
  }

  /**
   * Every entry once, in file order, parsed on the fly and not cached (for building vocabularies
   * from the whole dictionary without keeping it parsed).
   */
  public void forEachEntry(java.util.function.Consumer<Entry> action) {
    forEachLine(
        data,
        (start, end) -> {
          String line = lineText(data, start, end);
          if (!line.isEmpty() && data[start] != '#') {
            Entry e = parseLine(line);
            if (e != null) {
              action.accept(e);
            }
          }
        });
  }

  /**
   * The lower-case English words (two letters or more, ASCII) of every gloss, outside parentheses;
   * capitalised gloss words, mostly names, are left out. Read straight from the dictionary's bytes.
   */
  public Set<String> lowerCaseGlossWords() {
    Set<String> words = new java.util.HashSet<>();
    StringBuilder w = new StringBuilder(32);
    forEachLine(data, (start, end) -> addLowerCaseGlossWords(start, end, w, words));
    return words;
  }

  /** Adds the lower-case gloss words of the line [start, end) to {@code words}. */
  private void addLowerCaseGlossWords(int start, int end, StringBuilder w, Set<String> words) {
    int rb = start < end && data[start] != '#' ? indexOf(data, (byte) ']', start, end) : -1;
    int sl = rb < 0 ? -1 : indexOf(data, (byte) '/', rb, end);
    if (sl < 0) {
      return;
    }
    w.setLength(0);
    int depth = 0;
    for (int i = sl + 1; i <= end; i++) {
      byte c = i < end ? data[i] : (byte) '/';
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        w.append((char) c);
        continue;
      }
      if (depth == 0 && w.length() > 1 && w.charAt(0) >= 'a' && w.charAt(0) <= 'z') {
        words.add(w.toString());
      }
      w.setLength(0);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == '/') {
        depth = 0; // each gloss starts outside parentheses
      }
    }
  }

  /** Every head word (simplified and traditional forms). */
  public Set<String> headWords() {
    return java.util.Collections.unmodifiableSet(lines.keySet());
  }

  /** True when {@code word} is a head word. */
  public boolean contains(String word) {
    return lines.containsKey(word);
  }

  /**
   * Normalised English keys of every gloss of {@code word}: content words, lower case,
   * Porter-stemmed, without parentheticals, classifier notes and cross-references. Empty if the
   * word is unknown. In dictionary order (first gloss first), the same in every run.
   */
  public Set<String> glossKeys(String word) {
    Set<String> cached = keyCache.get(word);
    if (cached != null) {
      return cached;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (Entry e : lookup(word)) {
      for (String g : e.glosses()) {
        for (String sense : g.split(";")) {
          addKeys(sense, keys);
        }
      }
    }
    // in dictionary order: Set.copyOf would iterate in an order that changes from JVM to JVM
    Set<String> result = Collections.unmodifiableSet(keys);
    keyCache.putIfAbsent(word, result);
    return result;
  }

  /**
   * Each gloss sense of {@code word} as a list of keys (for phrase matching), in dictionary order.
   */
  public List<List<String>> senseKeys(String word) {
    List<List<String>> out = new ArrayList<>();
    for (Entry e : lookup(word)) {
      for (String g : e.glosses()) {
        for (String sense : g.split(";")) {
          Set<String> keys = new LinkedHashSet<>();
          addKeys(sense, keys);
          if (!keys.isEmpty()) {
            out.add(List.copyOf(keys));
          }
        }
      }
    }
    return out;
  }

  static void addKeys(String gloss, Set<String> keys) {
    String g = gloss.trim();
    if (g.startsWith("CL:")
        || g.startsWith("variant of")
        || g.startsWith("old variant of")
        || g.startsWith("see ")
        || g.startsWith("used in ")
        || g.startsWith("surname ")
        || g.startsWith("abbr. for")
        || g.startsWith("also written")
        || g.startsWith("Taiwan pr.")) {
      return;
    }
    StringBuilder clean = new StringBuilder(g.length());
    int depth = 0;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        clean.append(c);
      }
    }
    String[] words = NON_KEY_CHARACTERS.split(clean.toString().toLowerCase(Locale.ROOT));
    for (String w : words) {
      if (w.isEmpty() || EnglishStemmer.isStopWord(w)) {
        continue;
      }
      keys.add(EnglishStemmer.stem(w));
    }
  }

  /**
   * The toneless lower-case pinyin readings of one character ({@code 单} → shan, dan, chan), from
   * its single-character entries; proper-name readings (surnames) first.
   */
  public List<String> readings(String character) {
    List<String> cached = readingsCache.get(character);
    if (cached == null) {
      cached = computeReadings(character);
      readingsCache.putIfAbsent(character, cached);
    }
    return cached;
  }

  private List<String> computeReadings(String character) {
    Set<String> out = new LinkedHashSet<>();
    List<Entry> entries = lookup(character);
    for (int pass = 0; pass < 2; pass++) {
      for (Entry e : entries) {
        if (e.isProperName() == (pass == 0) && e.pinyin().indexOf(' ') < 0) {
          String p = stripTone(e.pinyin());
          if (!p.isEmpty()) {
            out.add(p);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** {@code Xi2} → {@code xi}, {@code lu:4} → {@code lv}. */
  public static String stripTone(String syllable) {
    StringBuilder b = new StringBuilder(syllable.length());
    for (int i = 0; i < syllable.length(); i++) {
      char c = Character.toLowerCase(syllable.charAt(i));
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      } else if (c == ':') {
        if (b.length() > 0 && b.charAt(b.length() - 1) == 'u') {
          b.setCharAt(b.length() - 1, 'v');
        }
      }
    }
    return b.toString();
  }
}
