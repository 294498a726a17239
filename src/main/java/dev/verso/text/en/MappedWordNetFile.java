package dev.verso.text.en;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileFactory;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.AbstractPrincetonRandomAccessDictionaryFile;
import net.sf.extjwnl.util.ByteArrayCharSequence;
import net.sf.extjwnl.util.PointedCharSequence;
import net.sf.extjwnl.util.factory.Param;

/**
 * A WordNet file in a folder, memory-mapped, so that only the pages holding the lines looked up are
 * read. Lines and words are returned as extjwnl's classpath reader
 * (PrincetonResourceDictionaryFile, no encoding) returns them: the same bytes, the same offsets,
 * the same end-of-file rules. Read-only; reads use absolute positions only, so concurrent reads are
 * safe.
 *
 * <p>Named by wordnet-files.xml as the file type; extjwnl creates it reflectively.
 */
public final class MappedWordNetFile extends AbstractPrincetonRandomAccessDictionaryFile
    implements DictionaryFileFactory<MappedWordNetFile> {
  private volatile MappedByteBuffer bytes;
  private volatile int firstLineOffset = -1;

  /** The factory extjwnl instantiates from the properties file. */
  public MappedWordNetFile(Dictionary dictionary, Map<String, Param> params) {
    super(dictionary, params);
  }

  /** One file of one part of speech and type under {@code path}. */
  public MappedWordNetFile(
      Dictionary dictionary,
      String path,
      POS pos,
      DictionaryFileType fileType,
      Map<String, Param> params) {
    super(dictionary, path, pos, fileType, params);
  }

  @Override
  public MappedWordNetFile newInstance(
      Dictionary dictionary, String path, POS pos, DictionaryFileType fileType) {
    return new MappedWordNetFile(dictionary, path, pos, fileType, params);
  }

  @Override
  public void open() throws JWNLException {
    if (encoding != null) {
      throw new JWNLException("MappedWordNetFile reads bytes; no encoding may be set");
    }
    try (FileChannel ch = FileChannel.open(Path.of(path, getFilename()), StandardOpenOption.READ)) {
      bytes = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
    } catch (IOException | RuntimeException e) {
      throw new JWNLIOException(e);
    }
  }

  @Override
  public boolean isOpen() {
    return bytes != null;
  }

  @Override
  public void close() {
    bytes = null;
  }

  @Override
  public void save() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void edit() {
    throw new UnsupportedOperationException();
  }

  private MappedByteBuffer bytes() throws JWNLException {
    MappedByteBuffer b = bytes;
    if (b == null) {
      throw new JWNLException(dictionary.getMessages().resolveMessage("PRINCETON_EXCEPTION_001"));
    }
    return b;
  }

  /** The first line that does not start with a space (the licence header lines do). */
  @Override
  public long getFirstLineOffset() throws JWNLException {
    int first = firstLineOffset;
    if (first < 0) {
      MappedByteBuffer b = bytes();
      int n = b.limit();
      int i = 0;
      while (i < n && b.get(i) == ' ') {
        while (i < n && b.get(i) != '\n') {
          i++;
        }
        i++;
      }
      first = Math.min(i, n);
      firstLineOffset = first;
    }
    return first;
  }

  /** The start of the line after the one at {@code offset}, or -1 when there is none. */
  @Override
  public long getNextLineOffset(long offset) throws JWNLException {
    MappedByteBuffer b = bytes();
    int n = b.limit();
    if (offset < 0 || offset >= n) {
      return -1;
    }
    int next = end(b, (int) offset, false) + 1;
    return next >= n ? -1 : next;
  }

  @Override
  public PointedCharSequence readLine(long offset) throws JWNLException {
    return read(offset, false);
  }

  @Override
  public PointedCharSequence readWord(long offset) throws JWNLException {
    return read(offset, true);
  }

  private PointedCharSequence read(long offset, boolean word) throws JWNLException {
    MappedByteBuffer b = bytes();
    if (offset < 0 || offset >= b.limit()) {
      return null;
    }
    int start = (int) offset;
    int end = end(b, start, word);
    byte[] text = new byte[end - start];
    b.get(start, text);
    return new ByteArrayCharSequence(text, 0, text.length, end);
  }

  /** The position of the line end (or, for a word, the first space) from {@code i}, or the size. */
  private static int end(MappedByteBuffer b, int i, boolean word) {
    int n = b.limit();
    while (i < n) {
      byte c = b.get(i);
      if (c == '\n' || (word && c == ' ')) {
        break;
      }
      i++;
    }
    return i;
  }

  @Override
  public long length() throws JWNLException {
    return bytes().limit();
  }

  @Override
  public int getOffsetLength() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setOffsetLength(int length) {
    throw new UnsupportedOperationException();
  }
}
