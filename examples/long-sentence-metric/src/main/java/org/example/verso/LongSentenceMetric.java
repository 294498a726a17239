package org.example.verso;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An example plug-in metric, built as its own jar: LONG_SENTENCE flags translation sentences with
 * more than {@code maxWords} words (hard to read). Statistics are [long sentences, sentences]; the
 * score is the share of sentences that are not too long.
 */
public final class LongSentenceMetric implements Metric {
  /** Metric id. */
  public static final String ID = "LONG_SENTENCE";

  private final int maxWords;
  private final Signature signature;

  LongSentenceMetric(Options o) {
    this.maxWords = o.integer("maxWords");
    if (maxWords < 1) {
      throw new IllegalArgumentException("metric " + ID + ": maxWords must be at least 1");
    }
    this.signature = Signature.of(ID, o.asMap(), "example-1");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Signature signature() {
    return signature;
  }

  @Override
  public List<String> statNames() {
    return List.of("longSentences", "sentences");
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    String text = unit.translation().textOrEmpty();
    List<Finding> findings = new ArrayList<>();
    int sentences = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end =
          i == text.length()
              || text.charAt(i) == '\n'
              || ((text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?')
                  && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      if (!end) {
        continue;
      }
      int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
      String s = text.substring(start, stop);
      int words = s.isBlank() ? 0 : s.trim().split("\\s+").length;
      if (words > 0) {
        sentences++;
        if (words > maxWords) {
          int lead = start + (s.length() - s.stripLeading().length());
          findings.add(
              new Finding(
                  "LONG_SENTENCE",
                  IssueType.STYLE,
                  Severity.MINOR,
                  Fields.TRANSLATION_TEXT,
                  new Span(lead, stop),
                  "sentence has " + words + " words (more than " + maxWords + ")",
                  List.of(),
                  Map.of("words", words)));
        }
      }
      start = stop;
    }
    return Measurement.of(new double[] {findings.size(), sentences}, findings);
  }

  @Override
  public double score(double[] s) {
    return s[1] == 0 ? 1.0 : 1.0 - s[0] / s[1];
  }

  /** Makes {@link LongSentenceMetric} available to Verso through ServiceLoader. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<OptionSpec> OPTIONS =
        List.of(new OptionSpec("maxWords", "40", "longest acceptable sentence, in words"));

    public Provider() {
      super(
          ID,
          "Example plug-in: translation sentences longer than maxWords words.",
          OPTIONS,
          LongSentenceMetric::new);
    }
  }
}
