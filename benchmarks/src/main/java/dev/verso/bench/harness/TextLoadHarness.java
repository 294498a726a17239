package dev.verso.bench.harness;

import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.Cedict;

/**
 * Cold-start costs of text analysis, in a fresh JVM: loading CC-CEDICT, building the shared
 * analyser, and the first English analysis (which loads the OpenNLP models).
 *
 * <p>Usage: {@code benchmarks/run.sh --harness TextLoadHarness}.
 */
public final class TextLoadHarness {
  private TextLoadHarness() {}

  public static void main(String[] args) {
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Cedict c = Cedict.get();
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    TextAnalyzer a = TextAnalyzer.shared();
    long t2 = System.nanoTime();
    a.analyze("商务部副部长王炳南出席。", "zh");
    long t3 = System.nanoTime();
    a.analyze("Mr. Wang Bingnan attended the meeting.", "en");
    long t4 = System.nanoTime();
    System.out.printf("CC-CEDICT: %d head words, loaded in %.0f ms wall, %.0f ms CPU of this thread (read+parse %.0f ms)%n",
        c.size(), (t1 - t0) / 1e6, (c1 - c0) / 1e6, c.loadMillis());
    System.out.printf("TextAnalyzer.shared(): %.0f ms more%n", (t2 - t1) / 1e6);
    System.out.printf("first Chinese analysis (ICU transliterators): %.0f ms%n", (t3 - t2) / 1e6);
    System.out.printf("first English analysis (OpenNLP models): %.0f ms%n", (t4 - t3) / 1e6);
    Runtime rt = Runtime.getRuntime();
    rt.gc();
    System.out.printf("heap in use after loading: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
  }
}
