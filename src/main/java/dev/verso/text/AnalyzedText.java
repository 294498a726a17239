package dev.verso.text;

import java.util.List;

/**
 * The analysis of one field: its sentences, tokens and anchors, all with spans into the raw text.
 *
 * @param raw the text as given
 * @param lang {@code zh} or {@code en}
 * @param sentences in text order
 * @param tokens in text order
 * @param anchors sorted by span
 */
public record AnalyzedText(
    String raw, String lang, List<Sentence> sentences, List<Token> tokens, List<Anchor> anchors) {

  public AnalyzedText {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    anchors = List.copyOf(anchors);
  }

  /** The tokens of sentence {@code i}. */
  public List<Token> tokensOf(int i) {
    Sentence s = sentences.get(i);
    return tokens.subList(s.firstToken(), s.endToken());
  }

  /** The anchors of one type. */
  public List<Anchor> anchors(AnchorType type) {
    return anchors.stream().filter(a -> a.type() == type).toList();
  }

  /** The raw text of sentence {@code i}. */
  public String sentenceText(int i) {
    return sentences.get(i).span().of(raw);
  }
}
