/**
 * The bilingual lexicon: {@link dev.verso.text.lexicon.Cedict} (CC-CEDICT, CC BY-SA 4.0, shipped
 * gzipped with its attribution; regenerate with {@code tools/cedict/}) and {@link
 * dev.verso.text.lexicon.BilingualLexicon}, which answers from user glossaries first and the
 * dictionary second, with English glosses normalised to stemmed content words.
 */
package dev.verso.text.lexicon;
