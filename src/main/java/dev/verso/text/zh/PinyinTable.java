package dev.verso.text.zh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The toneless readings ICU's {@code Han-Latin} transliterators give each CJK ideograph of the
 * Unified and Extension A blocks, shipped as {@code pinyin.tsv.gz} so that {@link Pinyin} need not
 * build the transliterators (about a second of start-up). {@link #main} regenerates the resource
 * from the ICU4J on the class path; a test checks that it still agrees with that ICU4J.
 */
public final class PinyinTable {
  /** The ICU transliterator for surnames. */
  public static final String NAMES_ID = "Han-Latin/Names; Latin-ASCII";

  /** The ICU transliterator for ordinary text. */
  public static final String PLAIN_ID = "Han-Latin; Latin-ASCII";

  /** Classpath location of the table. */
  public static final String RESOURCE = "/dev/verso/text/zh/pinyin.tsv.gz";

  /**
   * First and last code point of each block the table covers (Extension A, then the Unified block).
   */
  static final int[][] BLOCKS = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}};

  private static final int LO = 0x3400;
  private static final int HI = 0x9FFF;
  private final String[] plain = new String[HI - LO + 1];
  private final String[] names = new String[HI - LO + 1];

  private static final class Holder {
    static final PinyinTable INSTANCE = load();
  }

  /** The shipped table, loaded on first use. */
  public static PinyinTable shared() {
    return Holder.INSTANCE;
  }

  private PinyinTable() {}

  private static PinyinTable load() {
    try (InputStream raw = PinyinTable.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("pinyin table " + RESOURCE + " is not on the classpath");
      }
      return parse(new GZIPInputStream(raw, 1 << 14));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  // Lines: the character, its plain reading, and its surname reading when that differs. A covered
  // character without a line has no reading: ICU leaves it as it is.
  static PinyinTable parse(InputStream in) throws IOException {
    PinyinTable t = new PinyinTable();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 14);
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      String[] f = line.split("\t", -1);
      int cp = f[0].codePointAt(0);
      if (f.length < 2
          || f.length > 3
          || cp < LO
          || cp > HI
          || Character.charCount(cp) != f[0].length()) {
        throw new IOException(RESOURCE + " line " + lineNo + ": malformed entry '" + line + "'");
      }
      t.plain[cp - LO] = f[1];
      t.names[cp - LO] = f.length == 3 ? f[2] : f[1];
    }
    return t;
  }

  /** True when the table answers for {@code codePoint}. */
  static boolean covers(int codePoint) {
    for (int[] b : BLOCKS) {
      if (codePoint >= b[0] && codePoint <= b[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * ICU's lower-case reading of {@code codePoint} as a surname ({@code names}) or as ordinary text,
   * exactly as the transliterator gives it; {@code null} when the table does not cover the
   * character.
   */
  public String reading(int codePoint, boolean names) {
    if (!covers(codePoint)) {
      return null;
    }
    String r = (names ? this.names : this.plain)[codePoint - LO];
    return r != null ? r : new String(Character.toChars(codePoint));
  }

  /** Regenerates the table: {@code java -cp verso.jar dev.verso.text.zh.PinyinTable OUT.tsv.gz}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PinyinTable OUT.tsv.gz");
      System.exit(2);
    }
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(args[0])));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (int[] b : BLOCKS) {
        for (int cp = b[0]; cp <= b[1]; cp++) {
          String ch = new String(Character.toChars(cp));
          String plain = Pinyin.transliterate(ch, false);
          String names = Pinyin.transliterate(ch, true);
          if (plain.equals(ch) && names.equals(ch)) {
            continue;
          }
          w.write(ch + "\t" + plain + (names.equals(plain) ? "" : "\t" + names) + "\n");
        }
      }
    }
  }
}
