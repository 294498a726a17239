package dev.verso.metric.builtin;

import dev.verso.metric.BaseMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LENGTH_RATIO: translation length against the length the language pair leads one to expect.
 *
 * <p>Lengths are counted in non-whitespace code points. For Chinese to English the defaults were
 * fitted on the 1,445 segments of at least 30 characters of the WMT21 newstest Chinese→English
 * reference: the log of (English characters / Chinese characters) has mean 1.200 (a ratio of 3.32)
 * and standard deviation 0.21. A text whose log ratio lies more than {@code threshold} standard
 * deviations off is reported: too short is a likely omission (major), too long a likely addition
 * (minor). With r = (summed target length / summed source length) / expected ratio, the score is
 * min(r, 1/r): 1.0 at the expected length, lower the further off in either direction, so higher is
 * better; the corpus score uses the summed lengths. The raw ratio is in each unit's details.
 */
public final class LengthRatioMetric extends BaseMetric {
  /** Metric id. */
  public static final String ID = "LENGTH_RATIO";

  private static final int MIN_SOURCE_CHARS = 10;

  private final double expected;
  private final double sigma;
  private final double threshold;

  LengthRatioMetric(Options o) {
    super(ID, o, List.of("targetChars", "sourceChars"));
    this.expected = o.number("expectedRatio");
    this.sigma = o.number("sigma");
    this.threshold = o.number("threshold");
    if (expected <= 0 || sigma <= 0 || threshold <= 0) {
      throw new IllegalArgumentException(
          "metric " + ID + ": expectedRatio, sigma and threshold must be positive");
    }
  }

  /** Counts non-whitespace code points, the unit of this metric. */
  static int visibleLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    if (unit.source() == null || unit.source().textOrEmpty().isBlank()) {
      return Measurement.notApplicable("no source text");
    }
    String src = unit.source().textOrEmpty();
    String tgt = unit.translation().textOrEmpty();
    int s = visibleLength(src);
    int t = visibleLength(tgt);
    double[] stats = {t, s};
    if (s < MIN_SOURCE_CHARS) {
      return Measurement.of(stats, List.of());
    }
    double ratio = (double) t / s;
    double z = t == 0 ? Double.NEGATIVE_INFINITY : (Math.log(ratio) - Math.log(expected)) / sigma;
    if (Math.abs(z) < threshold) {
      return new Measurement(
          stats,
          List.of(),
          Map.of(
              "zScore",
              dev.verso.model.Rounding.to3(z),
              "ratio",
              dev.verso.model.Rounding.to3(ratio)),
          null);
    }
    boolean tooShort = z < 0;
    String msg =
        String.format(
            Locale.ROOT,
            "translation is %d characters for a %d-character source: %.2f per source character"
                + " where about %.2f is expected; it is likely %s",
            t,
            s,
            ratio,
            expected,
            tooShort ? "to miss content" : "to add content");
    Finding f =
        new Finding(
            tooShort ? "TRANSLATION_TOO_SHORT" : "TRANSLATION_TOO_LONG",
            IssueType.LENGTH,
            tooShort ? Severity.MAJOR : Severity.MINOR,
            Fields.TRANSLATION_TEXT,
            new Span(0, tgt.length()),
            msg,
            List.of(),
            Map.of(
                "ratio",
                dev.verso.model.Rounding.to3(ratio),
                "expectedRatio",
                expected,
                "zScore",
                z == Double.NEGATIVE_INFINITY ? -999.0 : dev.verso.model.Rounding.to3(z)));
    return new Measurement(
        stats,
        List.of(f),
        Map.of(
            "zScore",
            z == Double.NEGATIVE_INFINITY ? -999.0 : dev.verso.model.Rounding.to3(z),
            "ratio",
            dev.verso.model.Rounding.to3(ratio)),
        null);
  }

  @Override
  public double score(double[] s) {
    if (s[1] == 0) {
      return Double.NaN;
    }
    double r = (s[0] / s[1]) / expected;
    return r <= 0 ? 0.0 : Math.min(r, 1.0 / r);
  }

  /** Finds {@link LengthRatioMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<dev.verso.metric.CheckSpec> CHECKS =
        List.of(
            new dev.verso.metric.CheckSpec(
                "TRANSLATION_TOO_SHORT",
                dev.verso.model.IssueType.LENGTH,
                dev.verso.model.Severity.MAJOR,
                "a translation far shorter than its source predicts"),
            new dev.verso.metric.CheckSpec(
                "TRANSLATION_TOO_LONG",
                dev.verso.model.IssueType.LENGTH,
                dev.verso.model.Severity.MINOR,
                "a translation far longer than its source predicts"));

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "expectedRatio",
                String.valueOf(dev.verso.align.SentenceAligner.ZH_EN_RATIO),
                "expected target/source length ratio (zh→en default)"),
            new OptionSpec("sigma", "0.21", "standard deviation of the log length ratio"),
            new OptionSpec("threshold", "3.0", "report texts this many standard deviations off"));

    public Provider() {
      super(
          ID,
          "Translation length against the expected length for the language pair (1.0 = as expected); flags texts far too short or long.",
          OPTIONS,
          CHECKS,
          LengthRatioMetric::new);
    }
  }
}
