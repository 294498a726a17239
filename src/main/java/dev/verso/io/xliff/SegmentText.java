package dev.verso.io.xliff;

import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.io.xliff.XmlTree.Node;

/**
 * The plain text of one {@code <source>}, {@code <target>} or {@code <seg>} element, with inline
 * codes turned into placeholders, and for each of its chars the raw range and the XML node it came
 * from, so that a span of the plain text maps back into the file.
 *
 * @param element the element whose content this is
 * @param text the plain text
 * @param rawStart for each char, the offset of its first raw character
 * @param rawEnd for each char, the offset just past its last raw character
 * @param nodes for each char, the text node or placeholder element it came from
 */
public record SegmentText(
    Element element, String text, int[] rawStart, int[] rawEnd, Node[] nodes) {

  /** The char that stands for a standalone inline code ({@code <x/>}, {@code <ph/>} ...). */
  public static final char PLACEHOLDER = '\uFFFC';

  /**
   * The raw range {@code [start, end)} that covers plain chars {@code [from, to)} and can be
   * wrapped in one element without breaking the nesting: when the two ends sit in different inline
   * elements, the range widens to whole elements of their nearest common container. An empty span
   * covers the whole content.
   */
  public int[] wrappableRange(int from, int to) {
    if (from >= to || text.isEmpty()) {
      return new int[] {element.startTagEnd(), element.endTagStart()};
    }
    Node a = nodes[from];
    Node b = nodes[to - 1];
    int start = rawStart[from];
    int end = rawEnd[to - 1];
    Element common = commonContainer(a.parent(), b.parent());
    if (a.parent() != common) {
      start = below(a, common).start();
    }
    if (b.parent() != common) {
      end = below(b, common).end();
    }
    return new int[] {start, end};
  }

  private Element commonContainer(Element x, Element y) {
    java.util.List<Element> up = new java.util.ArrayList<>();
    for (Element e = x; e != null; e = e.parent()) {
      up.add(e);
      if (e == element) {
        break;
      }
    }
    for (Element e = y; e != null; e = e.parent()) {
      if (up.contains(e)) {
        return e;
      }
      if (e == element) {
        break;
      }
    }
    return element;
  }

  private static Node below(Node n, Element ancestor) {
    Node x = n;
    while (x.parent() != ancestor) {
      x = x.parent();
    }
    return x;
  }
}
