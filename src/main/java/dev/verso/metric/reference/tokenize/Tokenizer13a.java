package dev.verso.metric.reference.tokenize;

/**
 * sacreBLEU's default {@code 13a} tokenizer (mteval-v13a): unescapes four XML entities, then splits
 * punctuation.
 */
public final class Tokenizer13a implements Tokenizer {
  @Override
  public String tokenize(String line) {
    line = line.replace("<skipped>", "").replace("-\n", "").replace("\n", " ");
    if (line.indexOf('&') >= 0) {
      line =
          line.replace("&quot;", "\"")
              .replace("&amp;", "&")
              .replace("&lt;", "<")
              .replace("&gt;", ">");
    }
    return RegexpTokenizer.apply(" " + line + " ");
  }

  @Override
  public String signature() {
    return "13a";
  }
}
