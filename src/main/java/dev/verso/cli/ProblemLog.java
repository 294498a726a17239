package dev.verso.cli;

import dev.verso.model.InputProblem;
import java.io.PrintWriter;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The input problems of a run as they are met: printed to the error stream (the first {@link
 * #PRINTED} of them) and kept for the report (the first {@link #KEPT}); the rest are counted, so a
 * corpus with millions of bad lines neither floods the terminal nor fills the memory. Safe to call
 * from several threads.
 */
final class ProblemLog implements Consumer<InputProblem> {
  /** Problems kept in memory and listed in report.json; the rest are only counted. */
  static final int KEPT = 10_000;

  /** Problems printed to the error stream. */
  static final int PRINTED = 20;

  private final PrintWriter err;
  private final List<InputProblem> kept = new ArrayList<>();
  private long notKept;
  private long seen;

  ProblemLog(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void accept(InputProblem p) {
    if (kept.size() < KEPT) {
      kept.add(p);
    } else {
      notKept++;
    }
    if (seen++ < PRINTED) {
      err.println((p.level() == InputProblem.Level.ERROR ? "error: " : "") + p);
    }
  }

  /** The problems kept, in the order they were met. */
  synchronized List<InputProblem> kept() {
    return List.copyOf(kept);
  }

  /** Problems met but not kept. */
  synchronized long notKept() {
    return notKept;
  }

  /** Says how many problems were not printed, if any. */
  synchronized void printOmitted() {
    if (seen > PRINTED) {
      err.println(
          "verso: " + (seen - PRINTED) + " more input problem(s) not printed (see report.json)");
    }
  }

  /** This log as a list that only grows, for APIs that add problems to a list. */
  List<InputProblem> asList() {
    return new AbstractList<>() {
      @Override
      public boolean add(InputProblem p) {
        accept(p);
        return true;
      }

      @Override
      public InputProblem get(int i) {
        synchronized (ProblemLog.this) {
          return kept.get(i);
        }
      }

      @Override
      public int size() {
        synchronized (ProblemLog.this) {
          return kept.size();
        }
      }
    };
  }
}
