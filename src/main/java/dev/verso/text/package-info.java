/**
 * Text analysis shared by every metric: {@link dev.verso.text.TextAnalyzer#analyze} turns a raw
 * Chinese or English field into {@link dev.verso.text.Sentence sentences}, {@link
 * dev.verso.text.Token tokens} and {@link dev.verso.text.Anchor anchors} (numbers, ordinals,
 * percentages, money, dates, times, person names, organisations, acronyms, Latin words), every span
 * pointing into the raw text through the {@link dev.verso.text.Normalizer}'s offset map. {@link
 * dev.verso.text.AnchorMatcher} pairs a Chinese anchor with its English rendering. Language
 * specifics live in {@code text.zh} and {@code text.en}; the CC-CEDICT dictionary and the
 * glossary-first bilingual lexicon in {@code text.lexicon}. See {@code docs/text-analysis.md}.
 */
package dev.verso.text;
