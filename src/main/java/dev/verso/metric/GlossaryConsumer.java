package dev.verso.metric;

/**
 * A capability of a {@link MetricProvider}, in the style of {@link CorpusMetric}: its metric reads
 * the user's glossaries (TSV, CSV, TBX) through one option, which {@code --glossary FILE} sets. A
 * plug-in implements it to receive the glossary without the command line knowing its id.
 */
public interface GlossaryConsumer {

  /** The option that takes the comma-separated glossary files. */
  default String glossaryOption() {
    return "files";
  }
}
