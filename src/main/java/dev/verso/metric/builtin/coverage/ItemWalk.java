package dev.verso.metric.builtin.coverage;

import dev.verso.metric.builtin.coverage.BlockCoverage.Item;
import dev.verso.metric.builtin.coverage.BlockCoverage.Run;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The walk over a source block's tokens in text order that weighs each anchor and content word as
 * an {@link Item} and gathers the {@link Run}s of consecutive uncovered words; function words and
 * classifiers after a number neither count nor break a run.
 */
final class ItemWalk {
  private final List<Token> tokens;
  private final List<Anchor> anchors;
  private final Map<Anchor, Boolean> anchorCovered;
  private final BilingualLexicon lexicon;
  private final Predicate<Token> rendered;

  private final List<Item> items = new ArrayList<>();
  private final List<Run> runs = new ArrayList<>();
  private double covered;
  private double total;
  private int runStart = -1;
  private int runEnd = -1;
  private double runWeight;
  private final List<String> runWords = new ArrayList<>();
  private Anchor pendingAnchor; // an unrendered anchor just before the current token
  private Span previous; // the previous token of the range
  private int ai; // the next anchor to add as an item

  private ItemWalk(
      List<Token> tokens,
      List<Anchor> anchors,
      Map<Anchor, Boolean> anchorCovered,
      BilingualLexicon lexicon,
      Predicate<Token> rendered) {
    this.tokens = tokens;
    this.anchors = anchors;
    this.anchorCovered = anchorCovered;
    this.lexicon = lexicon;
    this.rendered = rendered;
  }

  /**
   * Walks the tokens of {@code src} inside {@code srcRange}. {@code anchors} are the block's
   * anchors in text order with whether each is covered in {@code anchorCovered}; {@code rendered}
   * tells whether a content word is rendered (called once per content word, in text order).
   */
  static ItemWalk walk(
      AnalyzedText src,
      Span srcRange,
      List<Anchor> anchors,
      Map<Anchor, Boolean> anchorCovered,
      BilingualLexicon lexicon,
      Predicate<Token> rendered) {
    ItemWalk w = new ItemWalk(src.tokens(), anchors, anchorCovered, lexicon, rendered);
    for (Token t : w.tokens) {
      if (BlockCoverage.inside(t.span(), srcRange)) {
        w.step(t);
      }
    }
    w.addAnchorsBefore(Integer.MAX_VALUE);
    w.closeRun();
    return w;
  }

  /** The items in text order. */
  List<Item> items() {
    return items;
  }

  /** The runs of uncovered words in text order. */
  List<Run> runs() {
    return runs;
  }

  /** Summed weight of the covered items. */
  double covered() {
    return covered;
  }

  /** Summed weight of all items. */
  double total() {
    return total;
  }

  private void step(Token t) {
    addAnchorsBefore(t.span().start());
    Anchor anchor = null;
    for (Anchor a : anchors) {
      if (BlockCoverage.overlaps(a.span(), t.span())) {
        anchor = a;
        break;
      }
    }
    if (anchor != null) {
      previous = t.span();
    }
    if (anchor != null && !anchorCovered.get(anchor)) {
      unrenderedAnchor(anchor);
      return;
    }
    boolean breaksRun = t.kind() == Token.Kind.PUNCT || anchor != null;
    boolean classifier =
        previous != null
            && previous.end() == t.span().start()
            && t.text().length() == 1
            && numeric(previous, tokens, anchors);
    if (!breaksRun && (ChineseFunctionWords.ALL.contains(t.text()) || classifier)) {
      previous = t.span();
      return; // neither counts nor breaks a run
    }
    previous = t.span();
    if (breaksRun) {
      pendingAnchor = null;
      closeRun();
      return;
    }
    word(t);
  }

  /** Adds as items the anchors that end by {@code position}. */
  private void addAnchorsBefore(int position) {
    while (ai < anchors.size() && anchors.get(ai).span().end() <= position) {
      Anchor a = anchors.get(ai++);
      double w = BlockCoverage.weight(a);
      boolean c = anchorCovered.get(a);
      items.add(new Item(a.span(), a.text(), w, a, c));
      total += w;
      covered += c ? w : 0;
    }
  }

  private void unrenderedAnchor(Anchor anchor) {
    if (runWeight > 0) {
      if (runEnd < anchor.span().end()) {
        runWeight += BlockCoverage.weight(anchor);
      }
      runEnd = Math.max(runEnd, anchor.span().end());
      return; // an unrendered anchor inside a dropped clause belongs to it
    }
    pendingAnchor = anchor;
  }

  /** A content word: an item, covered or else extending the current run. */
  private void word(Token t) {
    Set<String> keys = Glosses.keysOf(t, lexicon);
    if (keys.isEmpty()) {
      return; // nothing we could recognise in English: neither counted nor blamed
    }
    boolean c = rendered.test(t);
    items.add(new Item(t.span(), t.text(), 1.0, null, c));
    total += 1.0;
    if (c) {
      covered += 1.0;
      closeRun();
      pendingAnchor = null;
    } else {
      if (runWeight == 0) {
        runStart = pendingAnchor != null ? pendingAnchor.span().start() : t.span().start();
        runWeight += pendingAnchor != null ? BlockCoverage.weight(pendingAnchor) : 0;
      }
      runEnd = t.span().end();
      runWeight += 1.0;
      runWords.add(t.text());
    }
  }

  /** Ends the current run, keeping it if it has weight. */
  private void closeRun() {
    if (runWeight > 0) {
      runs.add(new Run(new Span(runStart, runEnd), runWeight, List.copyOf(runWords)));
    }
    runWeight = 0;
    runWords.clear();
  }

  /**
   * True when the token at {@code span} is a number or part of a numeric anchor (so a following 本,
   * 家, 位 is a classifier).
   */
  private static boolean numeric(Span span, List<Token> tokens, List<Anchor> anchors) {
    for (Anchor a : anchors) {
      if (BlockCoverage.overlaps(a.span(), span)
          && (a.type() == AnchorType.NUMBER || a.type() == AnchorType.ORDINAL)) {
        return true;
      }
    }
    for (Token t : tokens) {
      if (t.span().equals(span)) {
        return t.kind() == Token.Kind.NUMBER;
      }
    }
    return false;
  }
}
