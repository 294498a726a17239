package dev.verso.metric.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * One score as sacreBLEU prints it, in its two forms: the text line and the JSON object.
 *
 * @param name the metric's name ({@code BLEU})
 * @param signature the signature, or empty
 * @param score the score
 * @param mean the bootstrap mean; the confidence part is printed only when it is positive
 * @param ci the half-width of the confidence interval
 * @param verbose the verbose part, or empty
 * @param width digits after the decimal point
 */
public record ScoreText(
    String name,
    String signature,
    double score,
    double mean,
    double ci,
    String verbose,
    int width) {

  /** A score printed without a confidence part. */
  public ScoreText(String name, String signature, double score, String verbose, int width) {
    this(name, signature, score, -1, -1, verbose, width);
  }

  /**
   * {@code NAME|SIGNATURE = 31.9 (μ = 31.9 ± 0.8) VERBOSE}; the confidence part appears when {@code
   * mean} is positive (as in sacreBLEU), the verbose part when non-empty.
   */
  public String line() {
    StringBuilder b = new StringBuilder();
    b.append(name);
    if (!signature.isEmpty()) {
      b.append('|').append(signature);
    }
    b.append(" = ").append(scoreWithConfidence(score, mean, ci, width));
    if (!verbose.isEmpty()) {
      b.append(' ').append(verbose);
    }
    return b.toString();
  }

  /** {@code 31.9} or {@code 31.9 (μ = 31.9 ± 0.8)}. */
  public static String scoreWithConfidence(double score, double mean, double ci, int width) {
    String s = PyFormat.fixed(score, width);
    if (mean > 0) {
      s += " (" + confidence(mean, ci, width) + ")";
    }
    return s;
  }

  private static String confidence(double mean, double ci, int width) {
    return "μ = " + PyFormat.fixed(mean, width) + " ± " + PyFormat.fixed(ci, width);
  }

  /**
   * The JSON object sacreBLEU prints for one score ({@code json.dumps(d, indent=1,
   * ensure_ascii=False)}).
   */
  public String json() {
    List<String[]> fields = new ArrayList<>();
    fields.add(new String[] {"name", quote(name)});
    fields.add(new String[] {"score", PyFormat.jsonNumber(score, width)});
    fields.add(new String[] {"signature", quote(signature)});
    if (mean > 0) {
      fields.add(new String[] {"confidence_mean", PyFormat.jsonNumber(mean, width)});
      fields.add(new String[] {"confidence_var", PyFormat.jsonNumber(ci, width)});
      fields.add(new String[] {"confidence", quote(confidence(mean, ci, width))});
    }
    if (!verbose.isEmpty()) {
      fields.add(new String[] {"verbose_score", quote(verbose)});
    }
    for (String pair : signature.split("\\|")) {
      int colon = pair.indexOf(':');
      if (colon > 0) {
        fields.add(new String[] {pair.substring(0, colon), quote(pair.substring(colon + 1))});
      }
    }
    StringBuilder b = new StringBuilder("{\n");
    for (int i = 0; i < fields.size(); i++) {
      b.append(' ').append(quote(fields.get(i)[0])).append(": ").append(fields.get(i)[1]);
      b.append(i + 1 < fields.size() ? ",\n" : "\n");
    }
    return b.append('}').toString();
  }

  /** A JSON string literal as Python's {@code json.dumps(..., ensure_ascii=False)} writes it. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escaped = escape(c);
      if (escaped == null) {
        b.append(c);
      } else {
        b.append(escaped);
      }
    }
    return b.append('"').toString();
  }

  /** Python's JSON escape of {@code c}, or null when it stands for itself. */
  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
    };
  }
}
