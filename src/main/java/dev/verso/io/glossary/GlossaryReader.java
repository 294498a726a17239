package dev.verso.io.glossary;

import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads user glossaries: tab-separated ({@code .tsv}, {@code .txt}) and comma-separated ({@code
 * .csv}) files with columns {@code source, target[, acronym][, forbidden variants]} (variants
 * separated by {@code |} or {@code ;}; lines starting with {@code #} and a header row starting with
 * {@code source} are skipped), and TBX term bases ({@code .tbx}, see {@link TbxReader}). Several
 * files merge into one {@link Glossary}; the first file to define a source term wins.
 */
public final class GlossaryReader {
  private GlossaryReader() {}

  /** Reads and merges {@code files} in order. */
  public static Glossary readAll(List<Path> files) throws IOException {
    List<GlossaryEntry> all = new ArrayList<>();
    for (Path p : files) {
      all.addAll(read(p));
    }
    return new Glossary(all);
  }

  /** The entries of one glossary file, chosen by its extension. */
  public static List<GlossaryEntry> read(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    // decoded strictly first, so that bad bytes get the same message (file, line, byte) as other
    // inputs instead of an XML parser's or decoder's bare complaint
    byte[] bytes = Files.readAllBytes(file);
    dev.verso.io.TextFile decoded = dev.verso.io.TextFile.decode(bytes, file.toString());
    if (!decoded.ok()) {
      throw new IOException(decoded.problems().get(0).toString());
    }
    if (name.endsWith(".tbx") || name.endsWith(".xml")) {
      try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
        return TbxReader.read(in, file.toString(), "zh", "en");
      }
    }
    String text = decoded.content();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return name.endsWith(".csv")
        ? readCsv(new StringReader(text), file.toString())
        : readTsv(text, file.toString());
  }

  /** Entries of tab-separated text; {@code origin} names the source in messages. */
  public static List<GlossaryEntry> readTsv(String text, String origin) {
    List<GlossaryEntry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (i == firstContentLine(lines) && cols[0].strip().equalsIgnoreCase("source")) {
        continue;
      }
      out.add(entry(Arrays.asList(cols), origin, i + 1));
    }
    return out;
  }

  private static int firstContentLine(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i].stripLeading().startsWith("#")) {
        return i;
      }
    }
    return -1;
  }

  /** Entries of comma-separated text (RFC 4180 quoting). */
  public static List<GlossaryEntry> readCsv(Reader in, String origin) throws IOException {
    List<GlossaryEntry> out = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    boolean first = true;
    org.apache.commons.csv.CSVParser parser = format.parse(in);
    for (CSVRecord r : parser) {
      List<String> cols = r.toList();
      if (first && !cols.isEmpty() && cols.get(0).equalsIgnoreCase("source")) {
        first = false;
        continue;
      }
      first = false;
      out.add(entry(cols, origin, (int) parser.getCurrentLineNumber()));
    }
    return out;
  }

  private static GlossaryEntry entry(List<String> cols, String origin, int line) {
    String where = origin + ":" + line;
    if (cols.size() < 2 || cols.get(0).isBlank() || cols.get(1).isBlank()) {
      throw new IllegalArgumentException(
          where
              + ": a glossary line needs a source and a target term, separated by a tab (TSV) or a comma (CSV)");
    }
    String acronym = cols.size() > 2 ? cols.get(2) : "";
    List<String> forbidden = new ArrayList<>();
    if (cols.size() > 3) {
      for (String f : cols.get(3).split("[|;]")) {
        if (!f.isBlank()) {
          forbidden.add(f.strip());
        }
      }
    }
    return new GlossaryEntry(cols.get(0), cols.get(1), acronym, forbidden, where);
  }
}
