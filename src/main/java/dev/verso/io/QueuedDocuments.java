package dev.verso.io;

import dev.verso.model.Document;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A document iterator that reads ahead into a queue: a subclass adds the documents it reads to
 * {@link #ready} and this class hands them out in that order, counting them.
 */
abstract class QueuedDocuments implements Iterator<Document>, AutoCloseable {
  /** Documents read and not yet handed out. */
  final ArrayDeque<Document> ready = new ArrayDeque<>();

  private long documents;

  /** Documents handed out so far. */
  public long count() {
    return documents;
  }

  /**
   * Reads on until it has queued documents or made some other progress; false when the input is
   * exhausted.
   */
  abstract boolean readMore();

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (!readMore()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Document next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    documents++;
    return ready.poll();
  }

  @Override
  public abstract void close();
}
