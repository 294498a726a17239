package dev.verso.cli;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Evaluator;
import dev.verso.metric.builtin.coverage.LexiconPairs;
import dev.verso.model.Document;
import dev.verso.text.Background;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.LexiconLearner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code evaluate --learn-lexicon}: a first pass over the inputs, before any document is scored,
 * that learns word renderings from the corpus ({@link LexiconLearner}, IBM Model 1 seeded with
 * CC-CEDICT) and writes them to {@code learnt-lexicon.tsv} in the output folder, where COVERAGE and
 * OMISSION read them (option {@code lexicon}).
 *
 * <p>Documents are cut into sentence pairs {@value #BATCH} at a time on the run's threads and
 * handed to the learner in input order, so the lexicon does not depend on the thread count. The
 * pass stops reading once the learner's limits are reached; input problems are left to the
 * evaluation pass, which reports them, and documents too large to evaluate, or whose cutting runs
 * past the time limit, are skipped here as they are there.
 */
final class LexiconLearning {
  /** The file the lexicon is written to, in the output folder. */
  static final String FILE = "learnt-lexicon.tsv";

  /** Documents cut into sentence pairs together. */
  static final int BATCH = 64;

  private LexiconLearning() {}

  /**
   * Learns from {@code docs} on {@code threads} threads and writes the lexicon to {@code
   * output}/{@value #FILE}; says on {@code err} how much it saw and learnt. A document whose
   * cutting into pairs runs past {@code timeoutSeconds} (0: no limit) or fails is left out here
   * (the evaluation pass reports it). Returns the file written; an {@link IOException} means it
   * could not be written.
   */
  static Path learn(
      Iterator<Document> docs,
      int threads,
      int maxFieldChars,
      int timeoutSeconds,
      Path output,
      PrintWriter err)
      throws IOException {
    LexiconLearner learner =
        new LexiconLearner(
            LexiconLearner.Limits.DEFAULT,
            LexiconPairs.dictionary(TextAnalyzer.shared().lexicon()));
    int documents = 0;
    boolean full = false;
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            1,
            TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(),
            Background.daemons("verso-learn"));
    try {
      while (docs.hasNext() && !full) {
        List<Future<List<LexiconPairs.Pair>>> batch = new ArrayList<>(BATCH);
        while (docs.hasNext() && batch.size() < BATCH) {
          Document d = docs.next();
          if (d.source() != null && Evaluator.oversize(d, maxFieldChars) == null) {
            batch.add(pool.submit(() -> pairs(d)));
          }
        }
        for (Future<List<LexiconPairs.Pair>> f : batch) {
          for (LexiconPairs.Pair p : result(f, timeoutSeconds, pool)) {
            full = full || !learner.add(p.chinese(), p.sentences(), p.english());
          }
          documents += full ? 0 : 1;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    LexiconLearner.Result r = learner.learn();
    Files.createDirectories(output);
    Path file = output.resolve(FILE);
    r.lexicon().write(file);
    err.printf(
        "verso: learnt %d renderings from %d sentence pairs of %d documents%s; wrote %s%n",
        r.lexicon().entries().size(),
        r.sentencePairs(),
        documents,
        full ? " (the learner's limit was reached; later documents were not read for it)" : "",
        file);
    err.flush();
    return file;
  }

  /**
   * The pairs of one document, or none when cutting it ran past the time limit (its worker is then
   * left to finish in the background while a new one takes its place, as in the evaluation).
   */
  private static List<LexiconPairs.Pair> result(
      Future<List<LexiconPairs.Pair>> f, int timeoutSeconds, ThreadPoolExecutor pool) {
    try {
      return timeoutSeconds == 0 ? f.get() : f.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      synchronized (pool) {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
      }
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      return List.of(); // pairs() catches what one document can throw
    }
  }

  /** The sentence pairs of every system of {@code d}, in system order. */
  private static List<LexiconPairs.Pair> pairs(Document d) {
    List<LexiconPairs.Pair> out = new ArrayList<>();
    for (String system : new java.util.TreeSet<>(d.translations().keySet())) {
      try {
        out.addAll(LexiconPairs.of(EvaluationContext.of(d, system)));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // a document the analysis cannot take is reported by the evaluation pass, not here
      }
    }
    return out;
  }
}
