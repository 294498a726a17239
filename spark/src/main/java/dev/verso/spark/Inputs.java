package dev.verso.spark;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.io.TextFile;
import dev.verso.model.InputProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds the files of the inputs the way the CLI does (a directory means every regular, non-hidden
 * file under it in sorted path order, glossaries and binaries skipped) on any Hadoop-compatible file
 * system, and parses one file with the core's readers. A local path (no scheme) is named in messages
 * exactly as the CLI names it, so errors and origins are the same.
 */
public final class Inputs {
  private Inputs() {}

  /** True for Parquet inputs (a {@code .parquet} file or a directory named so). */
  public static boolean isParquet(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.endsWith(".parquet");
  }

  /**
   * One input file to read: its place in input order, its URI, the name used in messages, the id of a
   * file-per-document record and the system its unnamed translations belong to.
   */
  public record InputFile(int index, String uri, String name, String fileName, String id, String system) implements Serializable {}

  /** An input that does not exist: a usage error. */
  public static final class MissingInputException extends Exception {
    private static final long serialVersionUID = 1L;

    MissingInputException(String message) {
      super(message);
    }
  }

  /** Lists the files of one input (file or directory), numbering them from {@code firstIndex}. */
  public static List<InputFile> list(String input, String system, int firstIndex, Configuration conf) throws IOException, MissingInputException {
    List<InputFile> out = new ArrayList<>();
    if (isLocal(input)) {
      java.nio.file.Path p = java.nio.file.Path.of(input);
      if (!Files.exists(p)) {
        throw new MissingInputException(input + ": no such file or directory");
      }
      if (!Files.isDirectory(p)) {
        out.add(new InputFile(firstIndex, p.toAbsolutePath().toUri().toString(), p.toString(), p.getFileName().toString(),
            InputReader.idFor(p.getFileName()), system));
        return out;
      }
      List<java.nio.file.Path> files;
      try (Stream<java.nio.file.Path> s = Files.walk(p)) {
        files = s.filter(Files::isRegularFile).filter(f -> !InputReader.isHidden(p.relativize(f))).sorted().toList();
      }
      for (java.nio.file.Path f : files) {
        if (InputReader.isSkipped(f)) {
          continue;
        }
        out.add(new InputFile(firstIndex + out.size(), f.toAbsolutePath().toUri().toString(), f.toString(),
            f.getFileName().toString(), InputReader.idFor(p.relativize(f)), system));
      }
      return out;
    }
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw new MissingInputException(input + ": no such file or directory");
    }
    FileStatus st = fs.getFileStatus(root);
    if (!st.isDirectory()) {
      String uri = st.getPath().toString();
      out.add(new InputFile(firstIndex, uri, uri, st.getPath().getName(), InputReader.idFor(java.nio.file.Path.of(st.getPath().getName())), system));
      return out;
    }
    String base = st.getPath().toUri().getPath();
    List<String> paths = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (f.isFile()) {
        paths.add(f.getPath().toString());
      }
    }
    paths.sort(Comparator.naturalOrder());
    for (String uri : paths) {
      Path f = new Path(uri);
      String rel = f.toUri().getPath().substring(base.length()).replaceFirst("^/+", "");
      java.nio.file.Path relPath = java.nio.file.Path.of(rel);
      if (InputReader.isHidden(relPath) || InputReader.isSkipped(relPath)) {
        continue;
      }
      out.add(new InputFile(firstIndex + out.size(), uri, uri, f.getName(), InputReader.idFor(relPath), system));
    }
    return out;
  }

  /** True for a path without a URI scheme (or with {@code file:}) read from the local disk. */
  static boolean isLocal(String input) {
    if (input.startsWith("file:")) {
      return false; // a file: URI is named as given, like any other URI
    }
    try {
      URI u = new URI(input);
      return u.getScheme() == null || u.getScheme().length() == 1; // C:\ on Windows
    } catch (java.net.URISyntaxException e) {
      return true;
    }
  }

  /** Reads and parses one file with the core's readers; unreadable files become problems. */
  public static ReadResult read(InputFile f, SerializableConfiguration conf) {
    byte[] bytes;
    try {
      Path p = new Path(URI.create(f.uri()));
      try (InputStream in = p.getFileSystem(conf.get()).open(p)) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        in.transferTo(buf);
        bytes = buf.toByteArray();
      }
    } catch (IOException | RuntimeException e) {
      return ReadResult.problems(List.of(InputProblem.error(f.name(), 0, null, "cannot read file: " + e.getMessage())));
    }
    return InputReader.parse(TextFile.decode(bytes, f.name(), InputReader.isLineBased(f.fileName())), f.fileName(), f.id(), f.system());
  }

  /** A Hadoop configuration that travels with tasks (Configuration itself is Writable, not Serializable). */
  public static final class SerializableConfiguration implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    public SerializableConfiguration(Configuration conf) {
      this.conf = conf;
    }

    /** The configuration. */
    public Configuration get() {
      return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
