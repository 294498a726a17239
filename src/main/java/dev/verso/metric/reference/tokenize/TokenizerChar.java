package dev.verso.metric.reference.tokenize;

/** sacreBLEU's {@code char} tokenizer: every code point (spaces included) separated by a space. */
public final class TokenizerChar implements Tokenizer {
  @Override
  public String tokenize(String line) {
    StringBuilder b = new StringBuilder(line.length() * 2);
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      if (i > 0) {
        b.append(' ');
      }
      b.appendCodePoint(c);
      i += Character.charCount(c);
    }
    return b.toString();
  }

  @Override
  public String signature() {
    return "char";
  }
}
