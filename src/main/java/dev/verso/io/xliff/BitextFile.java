package dev.verso.io.xliff;

import java.util.List;

/**
 * An XLIFF or TMX file as read: its format, its XML tree (raw text kept for annotating it in place)
 * and its documents.
 *
 * @param name the file name used in messages
 * @param format which format it is
 * @param version the format version as written in the file
 * @param bom true when the file starts with a UTF-8 byte-order mark
 * @param tree the file's XML
 * @param documents its documents in file order
 */
public record BitextFile(
    String name,
    Format format,
    String version,
    boolean bom,
    XmlTree tree,
    List<BitextDocument> documents) {

  /** The formats read. */
  public enum Format {
    /** XLIFF 1.2 (also 1.0 and 1.1). */
    XLIFF_1("xliff-1.2"),
    /** XLIFF 2.0 and 2.1. */
    XLIFF_2("xliff-2"),
    /** TMX 1.4b (also 1.1 to 1.4). */
    TMX("tmx");

    private final String id;

    Format(String id) {
      this.id = id;
    }

    /** The name used in document metadata. */
    public String id() {
      return id;
    }
  }

  public BitextFile {
    documents = List.copyOf(documents);
  }
}
