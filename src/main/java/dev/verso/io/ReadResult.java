package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Documents read from some input, with every problem met (errors drop documents, warnings do not).
 */
public record ReadResult(List<Document> documents, List<InputProblem> problems) {

  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** Nothing read, only problems. */
  public static ReadResult problems(List<InputProblem> problems) {
    return new ReadResult(List.of(), problems);
  }

  /** Both results together, in order. */
  public ReadResult plus(ReadResult other) {
    List<Document> d = new ArrayList<>(documents);
    d.addAll(other.documents);
    List<InputProblem> p = new ArrayList<>(problems);
    p.addAll(other.problems);
    return new ReadResult(d, p);
  }
}
