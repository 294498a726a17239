package dev.verso.io;

import dev.verso.model.Document;
import dev.verso.model.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Documents read one at a time, in input order, for corpora too large to hold in memory: JSON Lines
 * files are read line by line (each line decoded strictly, so an invalid byte is reported with its
 * line); every other file is read whole, one at a time. Documents are not joined by id; a repeated
 * id is reported as an error and the later document dropped (ids are remembered as 64-bit hashes, a
 * few megabytes for a million documents). Problems go to a consumer as they are met.
 */
public final class DocumentStream extends QueuedDocuments {
  private final Iterator<InputReader.Input> inputs;
  private final Consumer<InputProblem> problems;
  private final LongHashSet seenIds = new LongHashSet();
  private Iterator<Path> files = java.util.Collections.emptyIterator();
  private String system;
  private Path root;
  private JsonlLines jsonl;
  private final boolean keepRepeatedIds;

  public DocumentStream(List<InputReader.Input> inputs, Consumer<InputProblem> problems) {
    this(inputs, problems, false);
  }

  /**
   * A stream that, with {@code keepRepeatedIds}, hands out every record, including those that
   * repeat an earlier id (for a caller that joins them, see {@link JoiningDocumentStream}).
   */
  DocumentStream(
      List<InputReader.Input> inputs, Consumer<InputProblem> problems, boolean keepRepeatedIds) {
    this.inputs = inputs.iterator();
    this.problems = problems;
    this.keepRepeatedIds = keepRepeatedIds;
  }

  @Override
  boolean readMore() {
    if (jsonl != null) {
      if (jsonl.next()) {
        return true;
      }
      jsonl.close();
      jsonl = null;
    }
    if (files.hasNext()) {
      openFile(files.next());
      return true;
    }
    if (!inputs.hasNext()) {
      return false;
    }
    InputReader.Input in = inputs.next();
    system = in.system();
    root = in.path();
    files = listFiles(in.path(), problems);
    return true;
  }

  @Override
  public void close() {
    if (jsonl != null) {
      jsonl.close();
      jsonl = null;
    }
  }

  /**
   * JSON Lines files up to this size are read whole, like every other file (their documents are few
   * enough to hold); larger ones are read line by line.
   */
  static final long WHOLE_FILE_LIMIT = 4L << 20;

  /**
   * True when a JSON Lines file is large and, judging by its first 64 KiB, UTF-8 (no UTF-16
   * byte-order mark, no NUL byte, mostly valid UTF-8), so that it can be decoded line by line;
   * other files are read whole, where the encoding of the whole file is detected.
   */
  private static boolean streamable(Path f) {
    try {
      return Files.size(f) > WHOLE_FILE_LIMIT && looksUtf8(f);
    } catch (IOException e) {
      return false; // the whole-file reader reports it
    }
  }

  /**
   * True when the first 64 KiB of {@code f} have no UTF-16 byte-order mark, no NUL byte and mostly
   * valid UTF-8.
   */
  static boolean looksUtf8(Path f) {
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(f)) {
        head = in.readNBytes(1 << 16);
      }
      boolean utf16 = ByteOrderMarks.utf16(head) != null;
      for (byte b : head) {
        if (b == 0) {
          return false;
        }
      }
      return !utf16 && LegacyEncodings.mostlyUtf8(head, 0);
    } catch (IOException e) {
      return false; // the whole-file reader reports it
    }
  }

  /**
   * The files of an input in reading order: a directory's files, sorted by path, without hidden
   * ones (files {@link InputReader#isSkipped} are listed, to be reported when their turn comes).
   */
  static Iterator<Path> listFiles(Path p, Consumer<InputProblem> problems) {
    if (!Files.exists(p)) {
      problems.accept(InputProblem.error(p.toString(), 0, null, "no such file or directory"));
      return java.util.Collections.emptyIterator();
    }
    if (!Files.isDirectory(p)) {
      return List.of(p).iterator();
    }
    try (Stream<Path> s = Files.walk(p)) {
      List<Path> all =
          s.filter(Files::isRegularFile)
              .filter(f -> !InputReader.isHidden(p.relativize(f)))
              .sorted()
              .toList();
      if (all.isEmpty()) {
        problems.accept(InputProblem.error(p.toString(), 0, null, "directory contains no files"));
      }
      return all.iterator(); // skipped files are reported in their turn (openFile)
    } catch (IOException e) {
      problems.accept(
          InputProblem.error(p.toString(), 0, null, "cannot list directory: " + e.getMessage()));
      return java.util.Collections.emptyIterator();
    }
  }

  private void openFile(Path f) {
    if (Files.isDirectory(root) && InputReader.isSkipped(f)) {
      problems.accept(InputReader.skippedWarning(f));
      return;
    }
    String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if ((lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) && streamable(f)) {
      try {
        jsonl = new JsonlLines(f);
      } catch (IOException e) {
        problems.accept(
            InputProblem.error(f.toString(), 0, null, "cannot read file: " + e.getMessage()));
      }
      return;
    }
    ReadResult r = InputReader.readFile(f, InputReader.fileId(root, f), system);
    r.problems().forEach(problems);
    r.documents().forEach(this::offer);
  }

  private void offer(Document d) {
    if (!keepRepeatedIds && !seenIds.add(hash64(d.id()))) {
      problems.accept(
          InputReader.duplicateId(d, " (documents are not joined by id when streaming)"));
      return;
    }
    ready.add(d);
  }

  /** A 64-bit FNV-1a hash of the UTF-16 units of {@code s}. */
  static long hash64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** A JSONL file read line by line from raw bytes. */
  private final class JsonlLines {
    private final LineReader in;
    private final String name;
    private final CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int lineNo;
    private long offset;
    private boolean eof;
    private boolean sawCr;
    private boolean anyContent;

    JsonlLines(Path f) throws IOException {
      this.in = new LineReader(Files.newInputStream(f));
      this.name = f.toString();
    }

    /** Reads one line and offers its document; false at end of file. */
    boolean next() {
      if (eof) {
        return false;
      }
      byte[] bytes;
      try {
        bytes = in.next();
      } catch (IOException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
      if (bytes == null) {
        eof = true;
        if (!anyContent) {
          problems.accept(InputProblem.error(name, 0, null, "file is empty"));
        }
        return false;
      }
      eof = !in.endedWithNewline();
      lineNo++;
      anyContent = true;
      long lineStart = offset;
      offset += bytes.length + (eof ? 0 : 1);
      String text = decode(bytes, lineStart);
      if (text == null) {
        return true;
      }
      List<Document> one = new ArrayList<>(1);
      JsonlReader.parseLine(text, name, lineNo, system, one::add, problems);
      one.forEach(DocumentStream.this::offer);
      return true;
    }

    /**
     * The text of one line (without a first-line byte-order mark or a final '\r', both reported),
     * or null after reporting why the line cannot be read: a NUL byte, invalid or truncated UTF-8.
     */
    private String decode(byte[] bytes, long lineStart) {
      int from = 0;
      if (lineNo == 1 && ByteOrderMarks.utf8(bytes)) {
        from = 3;
        problems.accept(
            InputProblem.warning(
                name, 1, null, "file starts with a UTF-8 byte-order mark; it was ignored"));
      }
      int to = bytes.length;
      if (to > from && bytes[to - 1] == '\r') {
        to--;
        if (!sawCr) {
          sawCr = true;
          problems.accept(
              InputProblem.warning(
                  name,
                  lineNo,
                  null,
                  "file has Windows (CRLF) or old Mac (CR) line ends; they were read as LF"));
        }
      }
      for (int i = from; i < to; i++) {
        if (bytes[i] == 0) {
          problems.accept(
              InputProblem.error(
                  name,
                  lineNo,
                  null,
                  "line contains a NUL byte at byte "
                      + (lineStart + i)
                      + "; this line was skipped"));
          return null;
        }
      }
      try {
        return decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
      } catch (CharacterCodingException e) {
        int bad = TextFile.firstInvalidUtf8(bytes, from);
        boolean cut = eof && bad >= bytes.length - 3;
        problems.accept(
            InputProblem.error(
                name,
                lineNo,
                null,
                cut
                    ? String.format(
                        Locale.ROOT,
                        "the file ends inside a UTF-8 character at byte %d (truncated?); this line was skipped",
                        lineStart + bad)
                    : String.format(
                        Locale.ROOT,
                        "invalid UTF-8 at byte %d (0x%02X); save the file as UTF-8; this line was skipped",
                        lineStart + bad,
                        bytes[bad] & 0xFF)));
        return null;
      }
    }

    void close() {
      try {
        in.close();
      } catch (IOException e) {
        // closing a read-only stream: nothing to recover
      }
    }
  }

  /** A set of longs (ids seen, as hashes). */
  static final class LongHashSet {
    private final LongIntMap counts = new LongIntMap();

    /** Adds {@code k}; false when it was already present. */
    boolean add(long k) {
      return counts.increment(k) == 1;
    }
  }

  /** An open-addressing map from longs (id hashes) to counts, growing by doubling. */
  static final class LongIntMap {
    private long[] keys = new long[1 << 12];
    private int[] values = new int[1 << 12];
    private int size;

    /** Adds one to the count of {@code k} and returns the new count. */
    int increment(long k) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int i = slot(k);
      if (values[i] == 0) {
        keys[i] = k;
        size++;
      }
      return ++values[i];
    }

    /** The count of {@code k}, 0 when absent. */
    int get(long k) {
      return values[slot(k)];
    }

    private int slot(long k) {
      int mask = keys.length - 1;
      int i = (int) (mix(k) & mask);
      while (values[i] != 0 && keys[i] != k) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != 0) {
          int j = slot(oldKeys[i]);
          keys[j] = oldKeys[i];
          values[j] = oldValues[i];
        }
      }
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return z ^ (z >>> 33);
    }
  }
}
