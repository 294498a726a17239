package dev.verso.metric.builtin.defects;

import dev.verso.metric.builtin.defects.PageFurniture.Match;
import dev.verso.metric.builtin.defects.PageFurniture.Reach;
import dev.verso.metric.builtin.defects.TextLines.Line;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds runs of web-page boilerplate in one text with {@link PageFurniture}. The text's lines are
 * divided into a header (before the first body paragraph), a body and a footer (after the last body
 * paragraph); a body paragraph is a non-furniture line of at least 25 words, or of at least 8 words
 * ending with sentence punctuation. In the header and footer every furniture line counts, and in
 * the header a name line ("Mr. Wang Bingnan") followed by position lines ("Member of … and Vice
 * Minister") is an author block; in the body only furniture of reach {@link Reach#ANYWHERE} or
 * {@link Reach#OPENER} counts. In the footer, the lines after an opener ("Related News", "Leave a
 * comment") belong to its block. Consecutive boilerplate lines (blank lines between them allowed)
 * form one block whose span runs from the start of its first line to the end of its last.
 */
public final class Boilerplate {
  private Boilerplate() {}

  /** Where in the text a block stands. */
  public enum Position {
    /** Before the first body paragraph. */
    LEADING,
    /** Between body paragraphs. */
    INLINE,
    /** After the last body paragraph, up to the end of the text. */
    TRAILING
  }

  /**
   * One run of boilerplate lines.
   *
   * @param span from the first line's first character to the last line's last one
   * @param lines number of non-blank lines in the run
   * @param firstLine index of the first line among the text's non-blank lines
   * @param position where the run stands
   * @param categories kinds of furniture seen, e.g. "comment form", "navigation"
   */
  public record Block(
      Span span, int lines, int firstLine, Position position, Set<String> categories) {}

  /** The boilerplate blocks of {@code text}, in text order. */
  public static List<Block> find(String text) {
    return find(TextLines.of(text));
  }

  /** The boilerplate blocks among already split lines, in text order. */
  public static List<Block> find(List<Line> lines) {
    int n = lines.size();
    Match[] match = new Match[n];
    boolean[] body = new boolean[n];
    int firstBody = n;
    int lastBody = -1;
    for (int i = 0; i < n; i++) {
      match[i] = PageFurniture.classify(lines.get(i).text());
      body[i] = match[i] == null && isBodyParagraph(lines.get(i).text());
      if (body[i]) {
        firstBody = Math.min(firstBody, i);
        lastBody = i;
      }
    }
    String[] category = new String[n];
    boolean[] flagged = new boolean[n];
    for (int i = 0; i < firstBody; i++) {
      if (match[i] != null) {
        flagged[i] = true;
      } else if (PageFurniture.isNameLine(lines.get(i).text())
          && i + 1 < firstBody
          && PageFurniture.isPositionLine(lines.get(i + 1).text())) {
        flagged[i] = true;
        category[i] = "author block";
      } else if (i > 0
          && "author block".equals(category[i - 1])
          && PageFurniture.isPositionLine(lines.get(i).text())) {
        flagged[i] = true;
        category[i] = "author block";
      }
    }
    boolean opened = false;
    for (int i = Math.max(firstBody, 0); i < n; i++) {
      boolean footer = i > lastBody;
      if (match[i] != null) {
        flagged[i] = footer || match[i].reach() != Reach.EDGE;
        opened |= footer && match[i].reach() == Reach.OPENER;
      } else if (footer && opened) {
        flagged[i] = true;
        category[i] = "link list";
      }
    }
    List<Block> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (!flagged[i]) {
        i++;
        continue;
      }
      int s = i;
      Set<String> cats = new TreeSet<>();
      while (i < n && flagged[i]) {
        if (match[i] != null) {
          cats.addAll(match[i].categories());
        } else {
          cats.add(category[i]);
        }
        i++;
      }
      Position pos =
          i == n ? Position.TRAILING : s < firstBody ? Position.LEADING : Position.INLINE;
      out.add(
          new Block(
              new Span(lines.get(s).span().start(), lines.get(i - 1).span().end()),
              i - s,
              s,
              pos,
              cats));
    }
    return out;
  }

  /** True for a line that reads as a paragraph of the article rather than a heading or link. */
  static boolean isBodyParagraph(String line) {
    int words = TextLines.countWords(line);
    return words >= 25 || (words >= 8 && Sentences.endsSentence(line));
  }
}
