package dev.verso.io.xliff;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A well-formed XML text as a light element tree that keeps the raw character offsets of every tag
 * and text run, so that a file can be annotated in place with everything else left byte for byte.
 * Well-formedness is checked first by the JDK's StAX parser (no DTD, no external entities), whose
 * error names the line; the tree itself is then built by a small scanner over the checked text.
 */
public final class XmlTree {
  private final String xml;
  private final int[] lineStarts;
  private final Element root;

  /** An XML text that is not well-formed, with the 1-based line of the error (0 when unknown). */
  public static final class MalformedXmlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    MalformedXmlException(int line, String message) {
      super(message);
      this.line = line;
    }

    /** The 1-based line of the error, or 0. */
    public int line() {
      return line;
    }
  }

  /** A node of the tree: an element or a run of character data. */
  public abstract static sealed class Node permits Element, Text {
    Element parent;
    int start;
    int end;

    /** The element that contains this node, or null for the root. */
    public Element parent() {
      return parent;
    }

    /** Offset of the node's first raw character. */
    public int start() {
      return start;
    }

    /** Offset just past the node's last raw character. */
    public int end() {
      return end;
    }
  }

  /** An element with its raw tag offsets, attributes (decoded, in file order) and children. */
  public static final class Element extends Node {
    final String qName;
    final Map<String, String> attrs = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();
    int startTagEnd;
    int endTagStart;
    int line;
    boolean selfClosing;

    Element(String qName) {
      this.qName = qName;
    }

    /** The qualified name as written, e.g. {@code its:locQualityIssues}. */
    public String qName() {
      return qName;
    }

    /** The name without its prefix. */
    public String localName() {
      int c = qName.indexOf(':');
      return c < 0 ? qName : qName.substring(c + 1);
    }

    /** The prefix, or the empty string. */
    public String prefix() {
      int c = qName.indexOf(':');
      return c < 0 ? "" : qName.substring(0, c);
    }

    /**
     * The namespace URI of the element (from the xmlns declarations in scope), or the empty string.
     */
    public String namespace() {
      String p = prefix();
      String key = p.isEmpty() ? "xmlns" : "xmlns:" + p;
      for (Element e = this; e != null; e = e.parent) {
        String v = e.attrs.get(key);
        if (v != null) {
          return v;
        }
      }
      return "";
    }

    /** An attribute's decoded value by qualified name, or null. */
    public String attr(String name) {
      return attrs.get(name);
    }

    /** The attributes in file order. */
    public Map<String, String> attributes() {
      return java.util.Collections.unmodifiableMap(attrs);
    }

    /** The child nodes in order. */
    public List<Node> children() {
      return java.util.Collections.unmodifiableList(children);
    }

    /** The child elements with local name {@code local} and the namespace of this element. */
    public List<Element> childElements(String local) {
      List<Element> out = new ArrayList<>();
      String ns = namespace();
      for (Node n : children) {
        if (n instanceof Element e && e.localName().equals(local) && e.namespace().equals(ns)) {
          out.add(e);
        }
      }
      return out;
    }

    /**
     * The first child element with local name {@code local} in this element's namespace, or null.
     */
    public Element child(String local) {
      List<Element> l = childElements(local);
      return l.isEmpty() ? null : l.get(0);
    }

    /** Offset just past the start tag's {@code >}. */
    public int startTagEnd() {
      return startTagEnd;
    }

    /** Offset of the end tag's {@code <} (equal to {@link #end} for an empty-element tag). */
    public int endTagStart() {
      return endTagStart;
    }

    /** True for an empty-element tag ({@code <x/>}). */
    public boolean selfClosing() {
      return selfClosing;
    }

    /** The 1-based line the start tag is on. */
    public int line() {
      return line;
    }
  }

  /** A run of character data (text or one CDATA section) with its raw offsets. */
  public static final class Text extends Node {
    final boolean cdata;

    Text(int start, int end, boolean cdata) {
      this.start = start;
      this.end = end;
      this.cdata = cdata;
    }

    /** True for the content of a CDATA section (offsets exclude its markers). */
    public boolean cdata() {
      return cdata;
    }
  }

  private XmlTree(String xml, Element root) {
    this.xml = xml;
    this.root = root;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= xml.length() || xml.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    setLines(root);
  }

  private void setLines(Element e) {
    e.line = lineOf(e.start);
    for (Node n : e.children) {
      if (n instanceof Element c) {
        setLines(c);
      }
    }
  }

  /** The raw text the tree was built from. */
  public String xml() {
    return xml;
  }

  /** The document element. */
  public Element root() {
    return root;
  }

  /** The 1-based line of a raw offset. */
  public int lineOf(int offset) {
    int k = Arrays.binarySearch(lineStarts, offset);
    return k >= 0 ? k + 1 : -k - 1;
  }

  /** Checks {@code xml} for well-formedness and builds its tree. */
  public static XmlTree parse(String xml) throws MalformedXmlException {
    checkWellFormed(xml);
    try {
      return new XmlTree(xml, new XmlScanner(xml).document());
    } catch (RuntimeException e) {
      throw new MalformedXmlException(0, "cannot read the XML structure: " + e.getMessage());
    }
  }

  private static void checkWellFormed(String xml) throws MalformedXmlException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new StringReader(xml));
      while (r.hasNext()) {
        r.next();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
      int k = m.indexOf("Message: ");
      if (k >= 0) {
        m = m.substring(k + "Message: ".length());
      }
      throw new MalformedXmlException(line, "malformed XML: " + m.strip());
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing left to release
        }
      }
    }
  }

  /**
   * Decodes the character data of {@code t} (entity and character references, XML line-end
   * normalisation) into {@code out}, recording for each char the raw range it came from.
   */
  public void decode(Text t, StringBuilder out, IntList rawStart, IntList rawEnd) {
    int i = t.start;
    while (i < t.end) {
      char c = xml.charAt(i);
      if (!t.cdata && c == '&') {
        int semi = xml.indexOf(';', i);
        String d = entity(xml.substring(i + 1, semi));
        for (int k = 0; k < d.length(); k++) {
          out.append(d.charAt(k));
          rawStart.add(i);
          rawEnd.add(semi + 1);
        }
        i = semi + 1;
      } else if (c == '\r') {
        int n = i + 1 < t.end && xml.charAt(i + 1) == '\n' ? 2 : 1;
        out.append('\n');
        rawStart.add(i);
        rawEnd.add(i + n);
        i += n;
      } else {
        out.append(c);
        rawStart.add(i);
        rawEnd.add(i + 1);
        i++;
      }
    }
  }

  /** The decoded text content of an element and all its descendants. */
  public String textContent(Element e) {
    StringBuilder sb = new StringBuilder();
    IntList a = new IntList();
    IntList b = new IntList();
    collect(e, sb, a, b);
    return sb.toString();
  }

  private void collect(Element e, StringBuilder sb, IntList a, IntList b) {
    for (Node n : e.children) {
      if (n instanceof Text t) {
        decode(t, sb, a, b);
      } else {
        collect((Element) n, sb, a, b);
      }
    }
  }

  static String entity(String name) {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      default:
        if (name.startsWith("#x") || name.startsWith("#X")) {
          return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
        }
        if (name.startsWith("#")) {
          return new String(Character.toChars(Integer.parseInt(name.substring(1))));
        }
        throw new IllegalStateException("undeclared entity &" + name + ";");
    }
  }

  /** A growable int array. */
  public static final class IntList {
    private int[] a = new int[16];
    private int n;

    /** Appends a value. */
    public void add(int v) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    /** The number of values. */
    public int size() {
      return n;
    }

    /** The values as an array. */
    public int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
