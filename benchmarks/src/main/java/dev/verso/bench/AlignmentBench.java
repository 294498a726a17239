package dev.verso.bench;

import dev.verso.align.Alignment;
import dev.verso.align.SentenceAligner;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.lexicon.Cedict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Sentence-alignment time against document length, on generated Chinese–English bitexts of {@code
 * size} source sentences ({@link #generate}). The time includes analysing every sentence; quote
 * medians. Run: {@code benchmarks/run.sh AlignmentBench -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AlignmentBench {
  @Param({"100", "1000", "5000"})
  public int size;

  private List<String> src;
  private List<String> tgt;

  @Setup
  public void setUp() {
    List<List<String>> b = generate(size, 42);
    src = b.get(0);
    tgt = b.get(1);
  }

  @Benchmark
  public Alignment alignSentences() {
    return SentenceAligner.shared().alignSentences(src, "zh", tgt, "en");
  }

  /**
   * A generated bitext: {@code n} Chinese sentences of 6–18 dictionary words drawn from the words of
   * the bundled seeds, each "translated" word by word through its first CC-CEDICT gloss; about 1 in
   * 5 translations is split in two (1-2), 1 in 20 pairs of source sentences is merged (2-1), 1 in 50
   * source sentences is dropped (1-0) and 1 in 50 translations gets an invented sentence (0-1). The
   * target side therefore has about 1.2 n sentences.
   */
  public static List<List<String>> generate(int n, long seed) {
    Map<String, String> vocab = vocabulary();
    List<String> zhWords = new ArrayList<>(vocab.keySet());
    Random r = new Random(seed);
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int len = 6 + r.nextInt(13);
      StringBuilder z = new StringBuilder();
      List<String> e = new ArrayList<>();
      for (int k = 0; k < len; k++) {
        String w = zhWords.get(r.nextInt(zhWords.size()));
        z.append(w);
        e.add(vocab.get(w));
      }
      z.append('。');
      zh.add(z.toString());
      double roll = r.nextDouble();
      if (roll < 0.02) {
        continue; // omitted
      }
      if (roll < 0.07 && !en.isEmpty()) {
        en.set(en.size() - 1, en.get(en.size() - 1).replaceAll("\\.$", ", and ") + String.join(" ", e) + ".");
      } else if (roll < 0.27) {
        int cut = e.size() / 2;
        en.add(capital(String.join(" ", e.subList(0, cut))) + ".");
        en.add(capital(String.join(" ", e.subList(cut, e.size()))) + ".");
      } else {
        en.add(capital(String.join(" ", e)) + ".");
      }
      if (r.nextDouble() < 0.02) {
        en.add("Editor's note: this paragraph was added in translation.");
      }
    }
    return List.of(zh, en);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Content words of the seeds' Chinese texts with a one-word English gloss. */
  static Map<String, String> vocabulary() {
    String text = String.join("", SeedTexts.chinese());
    Cedict cedict = Cedict.get();
    Map<String, String> out = new LinkedHashMap<>();
    for (Token t : TextAnalyzer.shared().analyze(text, "zh").tokens()) {
      if (t.kind() != Token.Kind.WORD || out.containsKey(t.text())) {
        continue;
      }
      for (Cedict.Entry e : cedict.lookup(t.text())) {
        String g = e.glosses().isEmpty() ? "" : e.glosses().get(0).replaceAll("\\(.*?\\)", "").trim();
        if (g.matches("(to )?[a-z]+")) {
          out.put(t.text(), g.replace("to ", ""));
          break;
        }
      }
    }
    return out;
  }

  /** Prints one timing per size without JMH, e.g. {@code java -cp benchmarks.jar dev.verso.bench.AlignmentBench 100 1000}. */
  public static void main(String[] args) {
    for (String a : args) {
      List<List<String>> b = generate(Integer.parseInt(a), 42);
      long ta = System.nanoTime();
      for (String x : b.get(0)) {
        TextAnalyzer.shared().analyze(x, "zh");
      }
      for (String x : b.get(1)) {
        TextAnalyzer.shared().analyze(x, "en");
      }
      System.out.printf("%s sentences: analysis alone %.0f ms%n", a, (System.nanoTime() - ta) / 1e6);
      long t0 = System.nanoTime();
      Alignment al = SentenceAligner.shared().alignSentences(b.get(0), "zh", b.get(1), "en");
      System.out.printf("%s sentences: %d × %d, %d beads, %.0f ms%n", a, b.get(0).size(), b.get(1).size(),
          al.beads().size(), (System.nanoTime() - t0) / 1e6);
    }
  }
}
