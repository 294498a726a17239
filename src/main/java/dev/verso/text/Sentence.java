package dev.verso.text;

import dev.verso.model.Span;

/**
 * One sentence (or headline, or line without final punctuation) of an analysed text.
 *
 * @param span where the sentence is in the raw text, without surrounding whitespace
 * @param firstToken index of its first token in {@link AnalyzedText#tokens()}
 * @param endToken index one past its last token
 */
public record Sentence(Span span, int firstToken, int endToken) {}
