package dev.verso.io.xliff;

import dev.verso.io.xliff.XmlTree.Element;
import dev.verso.io.xliff.XmlTree.Node;
import dev.verso.io.xliff.XmlTree.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The scanner that builds an {@link XmlTree}'s elements and text runs, with their raw offsets, from
 * a text already checked to be well-formed.
 */
final class XmlScanner {
  private final String s;
  private int i;

  XmlScanner(String s) {
    this.s = s;
  }

  /** Scans the whole text: the document element, with every node below it. */
  Element document() {
    Element root = null;
    List<Element> stack = new ArrayList<>();
    while (i < s.length()) {
      if (s.startsWith("<?", i)) {
        i = s.indexOf("?>", i) + 2;
      } else if (s.startsWith("<!--", i)) {
        i = s.indexOf("-->", i + 4) + 3;
      } else if (s.startsWith("<![CDATA[", i)) {
        int close = s.indexOf("]]>", i);
        if (!stack.isEmpty()) {
          add(stack, new Text(i + 9, close, true));
        }
        i = close + 3;
      } else if (s.startsWith("<!", i)) {
        skipDeclaration();
      } else if (s.startsWith("</", i)) {
        int close = s.indexOf('>', i);
        Element e = stack.remove(stack.size() - 1);
        e.endTagStart = i;
        e.end = close + 1;
        i = close + 1;
      } else if (s.charAt(i) == '<') {
        Element e = startTag();
        if (stack.isEmpty()) {
          if (root != null) {
            throw new IllegalStateException("two document elements");
          }
          root = e;
        } else {
          add(stack, e);
        }
        if (!e.selfClosing) {
          stack.add(e);
        }
      } else {
        int next = s.indexOf('<', i);
        if (next < 0) {
          next = s.length();
        }
        if (!stack.isEmpty()) {
          add(stack, new Text(i, next, false));
        }
        i = next;
      }
    }
    if (root == null || !stack.isEmpty()) {
      throw new IllegalStateException("unbalanced elements");
    }
    return root;
  }

  private static void add(List<Element> stack, Node n) {
    Element p = stack.get(stack.size() - 1);
    n.parent = p;
    p.children.add(n);
  }

  private void skipDeclaration() {
    int depth = 0;
    char quote = 0;
    for (i = i + 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth == 0) {
        i++;
        return;
      }
    }
  }

  private Element startTag() {
    int start = i;
    i++;
    int nameStart = i;
    while (!isSpace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '/') {
      i++;
    }
    Element e = new Element(s.substring(nameStart, i));
    e.start = start;
    while (true) {
      while (isSpace(s.charAt(i))) {
        i++;
      }
      char c = s.charAt(i);
      if (c == '/') {
        e.selfClosing = true;
        i = s.indexOf('>', i) + 1;
        e.startTagEnd = i;
        e.endTagStart = i;
        e.end = i;
        return e;
      }
      if (c == '>') {
        i++;
        e.startTagEnd = i;
        return e;
      }
      int an = i;
      while (s.charAt(i) != '=' && !isSpace(s.charAt(i))) {
        i++;
      }
      String name = s.substring(an, i);
      while (s.charAt(i) != '"' && s.charAt(i) != '\'') {
        i++;
      }
      char q = s.charAt(i);
      int vs = i + 1;
      int ve = s.indexOf(q, vs);
      e.attrs.put(name, attributeValue(s.substring(vs, ve)));
      i = ve + 1;
    }
  }

  private static String attributeValue(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    int k = 0;
    while (k < raw.length()) {
      char c = raw.charAt(k);
      if (c == '&') {
        int semi = raw.indexOf(';', k);
        sb.append(XmlTree.entity(raw.substring(k + 1, semi)));
        k = semi + 1;
      } else if (c == '\r' && k + 1 < raw.length() && raw.charAt(k + 1) == '\n') {
        sb.append(' ');
        k += 2;
      } else {
        sb.append(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
        k++;
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
