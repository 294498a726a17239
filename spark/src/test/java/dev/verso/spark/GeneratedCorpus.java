package dev.verso.spark;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reproducible two-system corpora made from the bundled seeds, written as JSONL shards: document i is
 * seed i mod (seeds with a source) with its paragraphs rotated and its digits shifted (source and translations alike) by
 * {@code Random(i)}; system {@code alpha} is that translation, system {@code beta} drops the last
 * paragraph of every third document, carries a recurring editor's line in every fifth and calls the
 * Ministry of Commerce the Ministry of Trade in every fourth, and some documents define one long form
 * with two different acronyms, so that every cross-document check has work.
 * {@code GeneratedCorpus N SHARDS DIR [SYSTEMS]} writes one for benchmarks.
 */
public final class GeneratedCorpus {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private GeneratedCorpus() {}

  /** The seeds as Verso reads them, from {@code seeds/} here or in the parent directory. */
  static List<Document> seeds() {
    Path dir = Files.isDirectory(Path.of("seeds")) ? Path.of("seeds") : Path.of("..", "seeds");
    ReadResult r = InputReader.readAll(List.of(new InputReader.Input(dir, Document.DEFAULT_SYSTEM)));
    if (r.documents().isEmpty()) {
      throw new IllegalStateException("no seeds in " + dir.toAbsolutePath());
    }
    // the seeds with an original and a translation
    return r.documents().stream().filter(d -> d.hasSource() && !d.translations().isEmpty()).toList();
  }

  /** The JSON line of generated document {@code i}. */
  static String line(List<Document> seeds, int i) {
    return line(seeds, i, true);
  }

  /** The JSON line of generated document {@code i}, with system {@code beta} or without. */
  static String line(List<Document> seeds, int i, boolean withBeta) {
    Document s = seeds.get(i % seeds.size());
    Random rnd = new Random(i);
    int shift = rnd.nextInt(10);
    Passage src = s.source();
    Passage tr = s.translations().values().iterator().next();
    String[] zh = src.textOrEmpty().split("\n");
    String[] en = tr.textOrEmpty().split("\n");
    int k = zh.length == en.length && zh.length > 1 ? rnd.nextInt(zh.length) : 0;
    String zhText = digits(rotate(zh, k, zh.length), shift);
    String alpha = digits(rotate(en, k, en.length), shift);
    String beta = digits(rotate(en, k, i % 3 == 0 && en.length > 1 ? en.length - 1 : en.length), shift);
    String betaTitle = digits(tr.titleOrEmpty(), shift);
    if (i % 4 == 2) {
      beta = beta.replace("Ministry of Commerce", "Ministry of Trade");
      betaTitle = betaTitle.replace("Ministry of Commerce", "Ministry of Trade");
    }
    if (i % 5 == 0) {
      beta = beta + "\nEditor in charge: Li Ming | Source: Ministry of Commerce website";
    }
    if (i % 7 == 0) {
      alpha = alpha + "\nThe World Trade Organization (WTO) welcomed the move.";
    } else if (i % 7 == 3) {
      alpha = alpha + "\nThe World Trade Organization (WTOR) welcomed the move.";
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", String.format(Locale.ROOT, "gen-%05d", i));
    m.put("source", ordered("lang", src.lang(), "title", digits(src.titleOrEmpty(), shift), "text", zhText));
    Map<String, Object> translations = new LinkedHashMap<>();
    translations.put("alpha", ordered("title", digits(tr.titleOrEmpty(), shift), "text", alpha));
    if (withBeta) {
      translations.put("beta", ordered("title", betaTitle, "text", beta));
    }
    m.put("translations", translations);
    Map<String, Object> summaries = new LinkedHashMap<>();
    s.summaries().forEach((key, v) -> summaries.put(key, digits(v, shift)));
    m.put("summaries", summaries);
    m.put("meta", new java.util.TreeMap<>(s.meta()));
    return JSON.writeValueAsString(m);
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static String rotate(String[] parts, int k, int keep) {
    List<String> out = new ArrayList<>();
    for (int j = 0; j < parts.length; j++) {
      out.add(parts[(j + k) % parts.length]);
    }
    return String.join("\n", out.subList(0, keep));
  }

  private static String digits(String s, int shift) {
    if (s == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(s);
    for (int j = 0; j < sb.length(); j++) {
      char c = sb.charAt(j);
      if (c >= '0' && c <= '9') {
        sb.setCharAt(j, (char) ('0' + (c - '0' + shift) % 10));
      }
    }
    return sb.toString();
  }

  /**
   * Writes documents 0..n-1 round-robin into {@code shards} files {@code part-K.jsonl} under {@code
   * dir}; {@code junk} lines (line number in shard 1 to text) are inserted as they are.
   */
  static void write(Path dir, int n, int shards, Map<Integer, String> junk) throws IOException {
    write(dir, n, shards, junk, true);
  }

  /** {@link #write(Path, int, int, Map)}, with system {@code beta} or without. */
  static void write(Path dir, int n, int shards, Map<Integer, String> junk, boolean withBeta) throws IOException {
    List<Document> seeds = seeds();
    Files.createDirectories(dir);
    List<Writer> out = new ArrayList<>();
    for (int s = 0; s < shards; s++) {
      out.add(Files.newBufferedWriter(dir.resolve(String.format(Locale.ROOT, "part-%d.jsonl", s)), StandardCharsets.UTF_8));
    }
    int[] lines = new int[shards];
    try {
      for (int i = 0; i < n; i++) {
        int s = i % shards;
        while (s == 1 && junk.containsKey(lines[s] + 1)) {
          out.get(s).write(junk.get(++lines[s]) + "\n");
        }
        out.get(s).write(line(seeds, i, withBeta) + "\n");
        lines[s]++;
      }
    } finally {
      for (Writer w : out) {
        w.close();
      }
    }
  }

  /** {@code GeneratedCorpus N SHARDS DIR [SYSTEMS]}: SYSTEMS 1 writes system alpha only (default 2). */
  public static void main(String[] args) throws IOException {
    boolean beta = args.length < 4 || !args[3].equals("1");
    write(Path.of(args[2]), Integer.parseInt(args[0]), Integer.parseInt(args[1]), Map.of(), beta);
  }
}
