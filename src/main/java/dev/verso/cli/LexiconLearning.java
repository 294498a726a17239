package dev.verso.cli;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Evaluator;
import dev.verso.metric.builtin.coverage.LexiconPairs;
import dev.verso.model.Document;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.LexiconLearner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code evaluate --learn-lexicon}: a first pass over the inputs, before any document is scored,
 * that learns word renderings from the corpus ({@link LexiconLearner}, IBM Model 1 seeded with
 * CC-CEDICT) and writes them to {@code learnt-lexicon.tsv} in the output folder, where COVERAGE and
 * OMISSION read them (option {@code lexicon}).
 *
 * <p>Documents are cut into sentence pairs {@value #BATCH} at a time on every core and handed to
 * the learner in input order, so the lexicon does not depend on the thread count. The pass stops
 * reading once the learner's limits are reached; input problems are left to the evaluation pass,
 * which reports them, and documents too large to evaluate are skipped here as there.
 */
final class LexiconLearning {
  /** The file the lexicon is written to, in the output folder. */
  static final String FILE = "learnt-lexicon.tsv";

  /** Documents cut into sentence pairs together. */
  static final int BATCH = 64;

  private LexiconLearning() {}

  /**
   * Learns from {@code docs} and writes the lexicon to {@code output}/{@value #FILE}; says on
   * {@code err} how much it saw and learnt. Returns the file written.
   */
  static Path learn(Iterator<Document> docs, int maxFieldChars, Path output, PrintWriter err)
      throws IOException {
    LexiconLearner learner =
        new LexiconLearner(
            LexiconLearner.Limits.DEFAULT,
            LexiconPairs.dictionary(TextAnalyzer.shared().lexicon()));
    int documents = 0;
    boolean full = false;
    while (docs.hasNext() && !full) {
      List<Document> batch = new ArrayList<>(BATCH);
      while (docs.hasNext() && batch.size() < BATCH) {
        Document d = docs.next();
        if (d.source() != null && Evaluator.oversize(d, maxFieldChars) == null) {
          batch.add(d);
        }
      }
      List<List<LexiconPairs.Pair>> pairs =
          batch.parallelStream().map(LexiconLearning::pairs).toList();
      for (List<LexiconPairs.Pair> ps : pairs) {
        for (LexiconPairs.Pair p : ps) {
          full |= !learner.add(p.chinese(), p.english());
        }
        documents += full ? 0 : 1;
      }
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

  /** The sentence pairs of every system of {@code d}, in system order. */
  private static List<LexiconPairs.Pair> pairs(Document d) {
    List<LexiconPairs.Pair> out = new ArrayList<>();
    for (String system : new java.util.TreeSet<>(d.translations().keySet())) {
      try {
        out.addAll(LexiconPairs.of(EvaluationContext.of(d, system)));
      } catch (RuntimeException e) {
        // a document the analysis cannot take is reported by the evaluation pass, not here
      }
    }
    return out;
  }

  /** Deletes a lexicon an earlier run left in {@code output}. */
  static void clearPrevious(Path output) throws IOException {
    Files.deleteIfExists(output.resolve(FILE));
  }
}
