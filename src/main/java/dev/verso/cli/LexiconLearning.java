package dev.verso.cli;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Evaluator;
import dev.verso.metric.builtin.coverage.LexiconPairs;
import dev.verso.model.Document;
import dev.verso.report.AtomicFiles;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.lexicon.LexiconLearner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * <p>Documents are cut into sentence pairs the way the evaluation runs them ({@link
 * Evaluator#inOrder}: on the run's threads, under its field length and time limits) and handed to
 * the learner in input order, so the lexicon does not depend on the thread count. The pass stops
 * reading once the learner's limits are reached; documents over a limit, and input problems, are
 * left to the evaluation pass to report.
 */
final class LexiconLearning {
  /** The file the lexicon is written to, in the output folder. */
  static final String FILE = "learnt-lexicon.tsv";

  private LexiconLearning() {}

  /**
   * Learns from {@code docs} on {@code threads} threads and writes the lexicon to {@code
   * output}/{@value #FILE}; says on {@code err} how much it saw and learnt (the documents counted
   * are those with a source). Returns the file written; an {@link IOException} means it could not
   * be written.
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
    boolean[] full = {false};
    int[] documents = {0};
    Iterator<Document> untilFull =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return !full[0] && docs.hasNext();
          }

          @Override
          public Document next() {
            return docs.next();
          }
        };
    new Evaluator(List.of(), threads, maxFieldChars, timeoutSeconds)
        .inOrder(
            untilFull,
            d -> d.source() == null ? null : pairs(d),
            pairs -> {
              if (pairs == null) {
                return; // nothing to learn from a document without a source
              }
              for (LexiconPairs.Pair p : pairs) {
                full[0] = full[0] || !learner.add(p.chinese(), p.sentences(), p.english());
              }
              documents[0] += full[0] ? 0 : 1;
            },
            new ArrayList<>()); // the evaluation pass reports the same problems
    LexiconLearner.Result r = learner.learn();
    Path file = output.resolve(FILE);
    byte[] tsv = r.lexicon().toTsv().getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(tsv));
    err.printf(
        "verso: learnt %d renderings from %d sentence pairs of %d documents%s; wrote %s%n",
        r.lexicon().entries().size(),
        r.sentencePairs(),
        documents[0],
        full[0] ? " (the learner's limit was reached; later documents were not read for it)" : "",
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
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // a document the analysis cannot take is reported by the evaluation pass, not here
      }
    }
    return out;
  }
}
