package dev.verso.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An append-only temporary file of byte records, read back by record number in any order: what a
 * report keeps of each document while the corpus streams past, instead of holding it in memory. The
 * file is deleted on {@link #close} (and, if the process dies, by {@link AtomicFiles}' exit hook).
 */
final class Spill implements AutoCloseable {
  private final Path file;
  private OutputStream out;
  private FileChannel in;
  private long[] offsets = new long[1024];
  private int[] lengths = new int[1024];
  private int size;
  private long end;

  /** A spill file next to {@code target}, named after it. */
  Spill(Path target) throws IOException {
    this.file = AtomicFiles.temporaryFor(target);
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  /** Appends a record and returns its number. */
  int add(byte[] record) throws IOException {
    if (size == offsets.length) {
      offsets = Arrays.copyOf(offsets, size * 2);
      lengths = Arrays.copyOf(lengths, size * 2);
    }
    out.write(record);
    offsets[size] = end;
    lengths[size] = record.length;
    end += record.length;
    return size++;
  }

  /** Records added. */
  int size() {
    return size;
  }

  /**
   * Record {@code i}; the first read ends writing. Once writing has ended, records can be read from
   * several threads at once.
   */
  byte[] get(int i) throws IOException {
    FileChannel in = reader();
    ByteBuffer buf = ByteBuffer.allocate(lengths[i]);
    long at = offsets[i];
    while (buf.hasRemaining()) {
      int n = in.read(buf, at + buf.position());
      if (n < 0) {
        throw new IOException(file + ": spill file ended early");
      }
    }
    return buf.array();
  }

  /** The channel records are read from, opened when the first record is read. */
  private synchronized FileChannel reader() throws IOException {
    if (in == null) {
      out.close();
      out = null;
      in = FileChannel.open(file, StandardOpenOption.READ);
    }
    return in;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (out != null) {
        out.close();
      }
      if (in != null) {
        in.close();
      }
    } finally {
      Files.deleteIfExists(file);
      AtomicFiles.settled(file);
    }
  }
}
