package dev.verso.bench;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.model.Document;
import dev.verso.model.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reproducible corpora of seed-sized documents for benchmarks: document i is one of the bundled
 * seeds (found in {@code seeds/} of the working directory or {@code -Dverso.seeds=DIR}) with its
 * sentences rotated and its numbers changed by a generator seeded with i, so sizes scale without
 * repeating identical texts.
 */
public final class SeedCorpus {
  private SeedCorpus() {}

  /** The seeds as read by Verso. */
  public static List<Document> seeds() {
    Path dir = Path.of(System.getProperty("verso.seeds", "seeds"));
    if (!Files.isDirectory(dir)) {
      dir = Path.of("..", "seeds");
    }
    ReadResult r = InputReader.readAll(List.of(new InputReader.Input(dir, Document.DEFAULT_SYSTEM)));
    if (r.documents().isEmpty()) {
      throw new IllegalStateException("no seeds found in " + dir.toAbsolutePath() + "; run from the repository root");
    }
    return r.documents();
  }

  /** {@code n} documents generated from the seeds. */
  public static List<Document> generate(int n) {
    return generate(seeds(), 0, n);
  }

  /** Documents {@code from} (inclusive) to {@code to} (exclusive) of the generated corpus. */
  public static List<Document> generate(List<Document> seeds, int from, int to) {
    List<Document> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Document s = seeds.get(i % seeds.size());
      Random rnd = new Random(i);
      Map<String, Passage> tr = new java.util.TreeMap<>();
      for (var e : s.translations().entrySet()) {
        tr.put(e.getKey(), new Passage(e.getValue().title(), vary(e.getValue().text(), rnd, false), "en"));
      }
      Passage src = s.source() == null ? null : new Passage(s.source().title(), vary(s.source().text(), rnd, true), s.source().lang());
      Map<String, String> su = new java.util.TreeMap<>();
      s.summaries().forEach((k, v) -> su.put(k, vary(v, rnd, false)));
      out.add(new Document(String.format(java.util.Locale.ROOT, "gen-%07d", i), src, tr, su, s.references(), s.meta(), s.origins(), false, Map.of()));
    }
    return out;
  }

  /** Rotates sentences and replaces digits, keeping the text's size and character mix. */
  static String vary(String text, Random rnd, boolean chinese) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(chinese ? "(?<=。)" : "(?<=\\. )");
    int k = parts.length <= 1 ? 0 : rnd.nextInt(parts.length);
    StringBuilder sb = new StringBuilder(text.length());
    for (int j = 0; j < parts.length; j++) {
      sb.append(parts[(j + k) % parts.length]);
    }
    for (int j = 0; j < sb.length(); j++) {
      char c = sb.charAt(j);
      if (c >= '0' && c <= '9') {
        sb.setCharAt(j, (char) ('0' + rnd.nextInt(10)));
      }
    }
    return sb.toString();
  }

  /** The documents as JSON Lines in Verso's input format. */
  public static String toJsonl(List<Document> docs) {
    var mapper = JsonMapper.builder().build();
    StringBuilder sb = new StringBuilder();
    for (Document d : docs) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("id", d.id());
      if (d.source() != null) {
        m.put("source", Map.of("lang", d.source().lang(), "title", d.source().titleOrEmpty(), "text", d.source().textOrEmpty()));
      }
      Map<String, Object> tr = new java.util.LinkedHashMap<>();
      d.translations().forEach((k, v) -> tr.put(k, Map.of("title", v.titleOrEmpty(), "text", v.textOrEmpty())));
      m.put("translations", tr);
      m.put("summaries", d.summaries());
      sb.append(mapper.writeValueAsString(m)).append('\n');
    }
    return sb.toString();
  }

  /** Writes {@code n} generated documents as JSONL (for whole-process timings): {@code SeedCorpus N FILE}. */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path file = Path.of(args[1]);
    List<Document> seeds = seeds();
    try (var w = Files.newBufferedWriter(file)) {
      int batch = 1000;
      for (int from = 0; from < n; from += batch) {
        w.write(toJsonl(generate(seeds, from, Math.min(n, from + batch))));
      }
    }
  }
}
