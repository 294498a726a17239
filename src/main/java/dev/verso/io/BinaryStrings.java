package dev.verso.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Strings of any length, and null, in binary records: a byte count (-1 for null) and the UTF-8
 * bytes ({@code writeUTF} stops at 64 KB). The report's spill files and the Spark module's rows use
 * it.
 */
public final class BinaryStrings {
  private BinaryStrings() {}

  /** Writes {@code s} (may be null). */
  public static void write(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** Reads what {@link #write} wrote. */
  public static String read(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0) {
      return null;
    }
    byte[] b = new byte[len];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
