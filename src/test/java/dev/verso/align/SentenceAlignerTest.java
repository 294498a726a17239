package dev.verso.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
  private final SentenceAligner aligner = SentenceAligner.shared();

  private static String beads(Alignment a) {
    return a.beads().stream().map(Bead::toString).collect(Collectors.joining(" "));
  }

  private Alignment align(List<String> zh, List<String> en) {
    return aligner.alignSentences(zh, "zh", en, "en");
  }

  @Test
  void pairsOneToOneSentences() {
    Alignment a =
        align(
            List.of("张伟今天早上七点起床。", "他吃了两个鸡蛋。", "然后他骑自行车去学校。"),
            List.of(
                "Zhang Wei got up at seven this morning.",
                "He ate two eggs.",
                "Then he rode his bicycle to school."));
    assertThat(beads(a)).isEqualTo("[0]-[0] [1]-[1] [2]-[2]");
    assertThat(a.alignedSourceSentences()).isEqualTo(3);
  }

  @Test
  void splitsOneSourceSentenceIntoTwoTranslations() {
    Alignment a =
        align(
            List.of("张伟今天早上七点起床。", "他吃了两个鸡蛋，喝了一杯牛奶，然后骑自行车去学校。", "学校里有很多学生。"),
            List.of(
                "Zhang Wei got up at seven this morning.",
                "He ate two eggs and drank a glass of milk.",
                "Then he rode his bicycle to school.",
                "There are many students at the school."));
    assertThat(beads(a)).isEqualTo("[0]-[0] [1]-[1, 2] [2]-[3]");
  }

  @Test
  void mergesTwoSourceSentencesIntoOneTranslation() {
    Alignment a =
        align(
            List.of("张伟今天早上七点起床。", "学校离他家三公里。", "路上他遇到了老师李明。", "他们一起走进了教室。"),
            List.of(
                "Zhang Wei got up at seven this morning.",
                "The school is three kilometres from his home, and on the way he met his teacher Li Ming.",
                "Together they walked into the classroom."));
    assertThat(beads(a)).isEqualTo("[0]-[0] [1, 2]-[1] [3]-[2]");
  }

  @Test
  void leavesAnOmittedSourceSentenceUnpaired() {
    Alignment a =
        align(
            List.of("张伟今天早上七点起床。", "他吃了两个鸡蛋。", "那天的天气非常冷，河面上结了一层厚厚的冰。", "然后他骑自行车去学校。"),
            List.of(
                "Zhang Wei got up at seven this morning.",
                "He ate two eggs.",
                "Then he rode his bicycle to school."));
    assertThat(beads(a)).isEqualTo("[0]-[0] [1]-[1] [2]-[] [3]-[2]");
    assertThat(a.alignedSourceSentences()).isEqualTo(3);
  }

  @Test
  void leavesAnAddedTranslationSentenceUnpaired() {
    Alignment a =
        align(
            List.of("张伟今天早上七点起床。", "他吃了两个鸡蛋。", "然后他骑自行车去学校。"),
            List.of(
                "Zhang Wei got up at seven this morning.",
                "He ate two eggs.",
                "The translator notes that breakfast habits in northern provinces differ considerably.",
                "Then he rode his bicycle to school."));
    assertThat(beads(a)).isEqualTo("[0]-[0] [1]-[1] []-[2] [2]-[3]");
  }

  @Test
  void emptySidesGiveNullBeadsOnly() {
    assertThat(beads(align(List.of(), List.of("One.", "Two.")))).isEqualTo("[]-[0] []-[1]");
    assertThat(beads(align(List.of("一。"), List.of()))).isEqualTo("[0]-[]");
    assertThat(align(List.of(), List.of()).beads()).isEmpty();
  }

  @Test
  void alignsSeed000SentenceBySentence() {
    String zh =
        "4月6日下午，商务部电子商务司与中国网络社会组织联合会、中国国际电子商务中心开展党建联学共建。"
            + "为深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神，电子商务司党支部与中网联党委签署党建联学共建备忘录，"
            + "促进党建与业务深度融合，推动资源互通、优势互补、共同提高。商务部机关党委负责同志到会指导。";
    String en =
        "On the afternoon of April 6, the Department of E-Commerce of the Ministry of Commerce carried out party building"
            + " with the China Federation of Network Social Organizations (CFNSO) and the China International Center for"
            + " Electronic Commerce (CICEC). In order to deeply study and implement Xi Jinping's thought of socialism with"
            + " Chinese characteristics in the new era and the spirit of the 20th CPC National Congress, the Party branch of"
            + " the Department of E-Commerce and the Party Committee of CNSO signed a memorandum on party building, to promote"
            + " the in-depth integration of party building and business, and to promote the interoperability of resources,"
            + " complementarity of strengths, and common improvement. The responsible comrades of the Party Committee of the"
            + " Ministry of Commerce were present to guide the meeting.";
    AnalyzedText src = TextAnalyzer.shared().analyze(zh, "zh");
    AnalyzedText tgt = TextAnalyzer.shared().analyze(en, "en");
    Alignment a = aligner.align(src, tgt);
    assertThat(beads(a)).isEqualTo("[0]-[0] [1]-[1] [2]-[2]");
    assertThat(a.srcSpans())
        .containsExactly(new Span(0, 47), new Span(47, 134), new Span(134, 150));
    assertThat(a.tgtSpans())
        .containsExactly(new Span(0, 246), new Span(247, 705), new Span(706, 816));
    assertThat(a.beads()).extracting(Bead::confidence).containsExactly(0.982, 0.964, 0.982);
  }

  @Test
  void randomAndVeryUnequalInputsAlwaysGiveACompleteOrderedAlignment() {
    java.util.Random r = new java.util.Random(7);
    String zhChars = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年";
    String enWords = "the of and to in he she was said year state people time new over";
    String[] en = enWords.split(" ");
    int[][] sizes = {{0, 3}, {1, 1}, {300, 5}, {5, 300}, {60, 80}, {200, 200}};
    for (int[] size : sizes) {
      List<String> zh = new java.util.ArrayList<>();
      for (int i = 0; i < size[0]; i++) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(12); k >= 0; k--) {
          b.append(zhChars.charAt(r.nextInt(zhChars.length())));
        }
        zh.add(b.append('。').toString());
      }
      List<String> eng = new java.util.ArrayList<>();
      for (int j = 0; j < size[1]; j++) {
        StringBuilder b = new StringBuilder();
        for (int k = r.nextInt(10); k >= 0; k--) {
          b.append(en[r.nextInt(en.length)]).append(' ');
        }
        eng.add(b.toString().strip() + ".");
      }
      Alignment a = align(zh, eng); // the record checks order and coverage
      assertThat(a.srcSpans()).hasSize(size[0]);
      assertThat(a.tgtSpans()).hasSize(size[1]);
      assertThat(a.beads()).allSatisfy(b -> assertThat(b.confidence()).isBetween(0.0, 1.0));
    }
  }

  @Test
  void lineByLinePairsLinesAndLeavesSurplusUnpaired() {
    Alignment a =
        Alignment.lineByLine(List.of(new Span(0, 3), new Span(4, 6)), List.of(new Span(0, 5)));
    assertThat(beads(a)).isEqualTo("[0]-[0] [1]-[]");
  }

  @Test
  void longestChainKeepsAMonotoneSubsetOfAnchors() {
    int[][] chain =
        AnchorFinder.longestChain(
            List.of(
                new int[] {0, 0},
                new int[] {1, 5},
                new int[] {2, 2},
                new int[] {3, 3},
                new int[] {4, 1},
                new int[] {5, 6}));
    assertThat(chain).isDeepEqualTo(new int[][] {{0, 0}, {2, 2}, {3, 3}, {5, 6}});
  }

  @Test
  void normalCdfMatchesKnownValues() {
    assertThat(SentenceAligner.normalCdf(0))
        .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-7));
    assertThat(SentenceAligner.normalCdf(1.96))
        .isCloseTo(0.9750021, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(SentenceAligner.normalCdf(-1))
        .isCloseTo(0.1586553, org.assertj.core.data.Offset.offset(1e-6));
  }
}
