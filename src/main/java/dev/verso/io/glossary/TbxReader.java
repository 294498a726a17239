package dev.verso.io.glossary;

import dev.verso.model.GlossaryEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX (ISO 30042 TermBase eXchange) files, both TBX 2008 ({@code termEntry/langSet/tig|ntig})
 * and TBX v3 ({@code conceptEntry/langSec/termSec}). Each concept gives one entry: its first
 * source-language term; the first admitted target term; a target term whose {@code termType} is
 * acronym or abbreviation as the acronym; target terms marked deprecated or superseded as forbidden
 * variants. DTDs and external entities are never loaded.
 */
public final class TbxReader {
  private TbxReader() {}

  private static final class Term {
    String lang;
    String text = "";
    String type = "";
    String status = "";
  }

  /**
   * Entries of a TBX stream for the language pair {@code sourceLang → targetLang} (prefix match,
   * e.g. zh matches zh-CN).
   */
  public static List<GlossaryEntry> read(
      InputStream in, String origin, String sourceLang, String targetLang) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    EntryCollector entries = new EntryCollector(origin, sourceLang, targetLang);
    try {
      XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          entries.start(r);
        } else if (ev == XMLStreamConstants.CHARACTERS) {
          entries.characters(r.getText());
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          entries.end(r.getLocalName());
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(origin + ": not a readable TBX file: " + e.getMessage(), e);
    }
    return entries.out;
  }

  /**
   * Collects the terms of each concept entry from the parser's events and turns every finished
   * entry into a glossary entry (see {@link #toEntry}).
   */
  static final class EntryCollector {
    private final String origin;
    private final String sourceLang;
    private final String targetLang;
    final List<GlossaryEntry> out = new ArrayList<>();
    private List<Term> terms;
    private String lang;
    private Term term;
    private String noteType;
    private final StringBuilder text = new StringBuilder();
    private int entryLine;

    EntryCollector(String origin, String sourceLang, String targetLang) {
      this.origin = origin;
      this.sourceLang = sourceLang;
      this.targetLang = targetLang;
    }

    /** At a start tag: opens an entry, a language section, a term or a note. */
    void start(XMLStreamReader r) {
      String name = r.getLocalName();
      switch (name) {
        case "termEntry", "conceptEntry" -> {
          terms = new ArrayList<>();
          entryLine = r.getLocation().getLineNumber();
        }
        case "langSet", "langSec" ->
            lang = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
        case "tig", "ntig", "termSec" -> {
          term = new Term();
          term.lang = lang;
        }
        case "term" -> text.setLength(0);
        case "termNote" -> {
          noteType = r.getAttributeValue(null, "type");
          text.setLength(0);
        }
        default -> {}
      }
    }

    /** Character data, collected for the current term or note. */
    void characters(String s) {
      text.append(s);
    }

    /** At an end tag: stores a term's text or note, keeps a term, finishes an entry. */
    void end(String name) {
      switch (name) {
        case "term" -> {
          if (term != null) {
            term.text = text.toString().strip();
          }
        }
        case "termNote" -> {
          if (term != null && noteType != null) {
            String v = text.toString().strip().toLowerCase(Locale.ROOT);
            if (noteType.equals("termType")) {
              term.type = v;
            } else if (noteType.equals("administrativeStatus")) {
              term.status = v;
            }
          }
          noteType = null;
        }
        case "tig", "ntig", "termSec" -> {
          if (term != null && terms != null && !term.text.isEmpty()) {
            terms.add(term);
          }
          term = null;
        }
        case "termEntry", "conceptEntry" -> {
          if (terms != null) {
            GlossaryEntry e = toEntry(terms, origin + ":" + entryLine, sourceLang, targetLang);
            if (e != null) {
              out.add(e);
            }
          }
          terms = null;
        }
        default -> {}
      }
    }
  }

  private static boolean is(String lang, String want) {
    return lang != null && lang.toLowerCase(Locale.ROOT).startsWith(want.toLowerCase(Locale.ROOT));
  }

  private static GlossaryEntry toEntry(List<Term> terms, String origin, String src, String tgt) {
    String source = null;
    String target = null;
    String acronym = "";
    List<String> forbidden = new ArrayList<>();
    for (Term t : terms) {
      boolean bad = t.status.startsWith("deprecated") || t.status.startsWith("superseded");
      boolean acr =
          t.type.contains("acronym") || t.type.contains("abbreviation") || t.type.contains("short");
      if (is(t.lang, src) && source == null && !bad) {
        source = t.text;
      } else if (is(t.lang, tgt)) {
        if (bad) {
          forbidden.add(t.text);
        } else if (acr) {
          if (acronym.isEmpty()) {
            acronym = t.text;
          }
        } else if (target == null) {
          target = t.text;
        }
      }
    }
    if (source == null || target == null) {
      return null;
    }
    return new GlossaryEntry(source, target, acronym, forbidden, origin);
  }
}
