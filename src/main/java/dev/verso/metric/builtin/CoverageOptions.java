package dev.verso.metric.builtin;

import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.builtin.coverage.GlossRelations;
import dev.verso.text.lexicon.LearntLexicon;

/**
 * The options COVERAGE and OMISSION share: the glossary files, the learnt lexicon, and probability
 * thresholds.
 */
final class CoverageOptions {
  private CoverageOptions() {}

  /** Option {@code files}: the glossaries whose source terms count as anchors. */
  static final OptionSpec FILES =
      new OptionSpec(
          "files",
          "",
          "glossary files (TSV, CSV, TBX), comma-separated; their source terms count as anchors");

  /**
   * Option {@code lexicon}: renderings learnt from the corpus ({@code verso evaluate
   * --learn-lexicon} writes them to {@code learnt-lexicon.tsv}), counted when the glossary and
   * CC-CEDICT have none.
   */
  static final OptionSpec LEXICON =
      new OptionSpec(
          "lexicon",
          "",
          "a lexicon learnt from the corpus (TSV, as evaluate --learn-lexicon writes it); its"
              + " renderings count where the glossary and CC-CEDICT have none");

  /**
   * Option {@code wordnet}: which WordNet relations of a one-word gloss render a word nothing else
   * renders ({@link GlossRelations.Use}).
   */
  static OptionSpec wordNet(GlossRelations.Use defaultValue) {
    return new OptionSpec(
        "wordnet",
        defaultValue.value(),
        "WordNet relations of a word's one-word CC-CEDICT glosses that count as its rendering:"
            + " none, derivations (decide ~ decision) or synonyms (derivations and the synonyms of"
            + " the first senses)");
  }

  /** The value of option {@code wordnet}; anything else is an {@link IllegalArgumentException}. */
  static GlossRelations.Use wordNet(Options o, String metric) {
    String v = o.string("wordnet").strip();
    for (GlossRelations.Use u : GlossRelations.Use.values()) {
      if (u.value().equals(v)) {
        return u;
      }
    }
    throw new IllegalArgumentException(
        "metric "
            + metric
            + ": option wordnet must be none, derivations or synonyms, got '"
            + o.string("wordnet")
            + "'");
  }

  private static final java.util.Map<String, LearntLexicon> LEARNT =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The learnt lexicon of option {@code lexicon} (empty when the option is), read once per file; an
   * unreadable or malformed file is an {@link IllegalArgumentException} naming the metric, the file
   * and the line.
   */
  static LearntLexicon learnt(Options o, String metric) {
    String f = o.string("lexicon").trim();
    if (f.isEmpty()) {
      return LearntLexicon.empty();
    }
    // read once per file version: a lexicon rewritten at the same path is read again
    java.nio.file.Path path = java.nio.file.Path.of(f);
    String version;
    try {
      version =
          f
              + "|"
              + java.nio.file.Files.size(path)
              + "|"
              + java.nio.file.Files.getLastModifiedTime(path).toMillis();
    } catch (java.io.IOException | RuntimeException e) {
      version = f; // missing or unreadable: readLexicon says why
    }
    return LEARNT.computeIfAbsent(
        version,
        k -> {
          try {
            return readLexicon(path, f);
          } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                "metric " + metric + ": option lexicon: " + e.getMessage(), e);
          }
        });
  }

  /**
   * The learnt lexicon in {@code path} (named {@code name} in messages), decoded as every input is
   * ({@link dev.verso.io.TextFile}: strict UTF-8, a byte-order mark and CRLF line ends forgiven).
   */
  private static LearntLexicon readLexicon(java.nio.file.Path path, String name) {
    if (java.nio.file.Files.isDirectory(path)) {
      throw new IllegalArgumentException(name + ": is a folder, not a lexicon file");
    }
    if (!java.nio.file.Files.exists(path)) {
      throw new IllegalArgumentException(name + ": no such file");
    }
    dev.verso.io.TextFile file = dev.verso.io.TextFile.read(path, name);
    if (!file.ok()) {
      throw new IllegalArgumentException(file.problems().get(0).toString());
    }
    return LearntLexicon.parse(file.content(), name);
  }

  /**
   * An option that takes a probability, read back with {@link #requireProbability}.
   *
   * @param name the option's name
   * @param defaultValue its default
   * @param description what it does
   */
  static OptionSpec probability(String name, double defaultValue, String description) {
    return new OptionSpec(name, String.valueOf(defaultValue), description);
  }

  /**
   * Option {@code minProbability}, which both metrics have: findings are reported from this bead
   * omission probability.
   */
  static OptionSpec minProbability(double defaultValue, String description) {
    return probability("minProbability", defaultValue, description);
  }

  /**
   * Throws unless option {@code name} of metric {@code metric} is a probability (between 0 and 1).
   */
  static void requireProbability(Options o, String metric, String name) {
    double v = o.number(name);
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(
          "metric "
              + metric
              + ": option "
              + name
              + " must be between 0 and 1, got "
              + o.string(name));
    }
  }
}
