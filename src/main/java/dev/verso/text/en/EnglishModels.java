package dev.verso.text.en;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT sentence detector and tokenizer, from the Maven Central model
 * artifacts), loaded once and lazily from the classpath. Models are shared; the {@code ME} objects
 * that use them are not thread-safe, so each thread gets its own.
 */
final class EnglishModels {
  static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private EnglishModels() {}

  private static final class Holder {
    static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
  }

  private interface Loader<T> {
    T load(InputStream in) throws IOException;
  }

  private static <T> T load(String name, Loader<T> loader) {
    try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
      }
      return loader.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR =
      ThreadLocal.withInitial(() -> new SentenceDetectorME(Holder.SENTENCES));
  private static final ThreadLocal<TokenizerME> TOKENIZER =
      ThreadLocal.withInitial(() -> new TokenizerME(Holder.TOKENS));
  private static final ThreadLocal<PorterStemmer> STEMMER =
      ThreadLocal.withInitial(PorterStemmer::new);

  static SentenceDetectorME sentenceDetector() {
    return SENTENCE_DETECTOR.get();
  }

  static TokenizerME tokenizer() {
    return TOKENIZER.get();
  }

  static PorterStemmer stemmer() {
    return STEMMER.get();
  }
}
