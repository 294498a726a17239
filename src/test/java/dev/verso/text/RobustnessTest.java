package dev.verso.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RobustnessTest {
  private static final String ALPHABET =
      "abcXYZ 019.,;:!?'\"()-\n\r\t\u3000。，、！？；：“”‘’（）《》…—的了是在国中人二十百千万亿年月日号届大%％元Mr.No.U.S.ＡＢ１２\u200B\u00AD";

  private static String randomText(Random r, int len) {
    StringBuilder b = new StringBuilder();
    while (b.length() < len) {
      int pick = r.nextInt(10);
      if (pick == 0) {
        b.appendCodePoint(0x1F600 + r.nextInt(50)); // emoji: a surrogate pair
      } else if (pick == 1) {
        b.appendCodePoint(0x20000 + r.nextInt(500)); // CJK Extension B: a surrogate pair
      } else if (pick == 2) {
        b.append((char) r.nextInt(0x10000)); // anything, lone surrogates included
      } else {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  private static void checkSpans(String text, AnalyzedText a) {
    int prevEnd = 0;
    for (Sentence s : a.sentences()) {
      assertThat(s.span().fitsIn(text.length())).isTrue();
      assertThat(s.span().start()).isGreaterThanOrEqualTo(prevEnd);
      prevEnd = s.span().end();
      assertThat(s.firstToken()).isLessThanOrEqualTo(s.endToken());
    }
    for (Token t : a.tokens()) {
      assertThat(t.span().fitsIn(text.length())).isTrue();
      assertNotInsidePair(text, t.span().start());
      assertNotInsidePair(text, t.span().end());
    }
    for (Anchor x : a.anchors()) {
      assertThat(x.span().fitsIn(text.length())).isTrue();
      assertNotInsidePair(text, x.span().start());
      assertNotInsidePair(text, x.span().end());
    }
  }

  private static void assertNotInsidePair(String text, int offset) {
    if (offset > 0 && offset < text.length()) {
      assertThat(
              Character.isHighSurrogate(text.charAt(offset - 1))
                  && Character.isLowSurrogate(text.charAt(offset)))
          .as("offset %d splits a surrogate pair", offset)
          .isFalse();
    }
  }

  @Test
  void randomStringsNeverBreakTheAnalyser() {
    Random r = new Random(20240406L);
    TextAnalyzer analyzer = TextAnalyzer.shared();
    for (int i = 0; i < 300; i++) {
      String text = randomText(r, r.nextInt(200));
      for (String lang : new String[] {"zh", "en", null}) {
        checkSpans(text, analyzer.analyze(text, lang));
      }
    }
  }

  @Test
  void analysesConcurrentlyWithTheSameResults() throws Exception {
    TextAnalyzer analyzer = TextAnalyzer.shared();
    String zh = TextAnalyzerTest.resource("seed000-zh.txt");
    String en = TextAnalyzerTest.resource("seed004-en.txt");
    AnalyzedText zhOnce = analyzer.analyze(zh, "zh");
    AnalyzedText enOnce = analyzer.analyze(en, "en");
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        boolean chinese = i % 2 == 0;
        results.add(
            pool.submit(
                () ->
                    chinese
                        ? analyzer.analyze(zh, "zh").equals(zhOnce)
                        : analyzer.analyze(en, "en").equals(enOnce)));
      }
      for (var f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndBlankInputsGiveNothing() {
    for (String s : new String[] {"", " ", "\n\n", "\u3000\u200B", null}) {
      AnalyzedText a = TextAnalyzer.shared().analyze(s, "zh");
      assertThat(a.sentences()).isEmpty();
      assertThat(a.tokens()).isEmpty();
      assertThat(TextAnalyzer.shared().analyze(s, "en").sentences()).isEmpty();
    }
  }
}
