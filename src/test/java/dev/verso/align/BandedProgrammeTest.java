package dev.verso.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.verso.align.internal.SideFeatures;
import dev.verso.align.internal.SideFeatures.SentenceInput;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The steps of the sentence aligner's search: band, dynamic programme, posteriors, pair cache. */
class BandedProgrammeTest {

  private static SideFeatures english(SideFeatures.Keys ids, String... sentences) {
    List<SentenceInput> in = new ArrayList<>();
    for (String s : sentences) {
      AnalyzedText a = TextAnalyzer.shared().analyze(s, "en");
      in.add(new SentenceInput(s, a.tokens(), a.anchors()));
    }
    return SideFeatures.english(in, ids);
  }

  private static BeadScorer scorer() {
    SideFeatures.Keys ids = new SideFeatures.Keys();
    SideFeatures a =
        english(ids, "Zhang Wei got up at seven.", "He ate two eggs.", "Then he rode to school.");
    SideFeatures b =
        english(
            ids,
            "Zhang Wei got up at seven.",
            "He ate two eggs.",
            "It was raining.",
            "Then he rode to school.");
    return new BeadScorer(a, b, 1.0);
  }

  @Test
  void bandWidensAwayFromTheAnchorsAndIsMonotone() {
    Band band = Band.around(new int[][] {{10, 30}}, 20, 40);
    assertThat(new int[] {band.lo()[0], band.hi()[0]}).containsExactly(0, 22);
    assertThat(new int[] {band.lo()[5], band.hi()[5]}).containsExactly(0, 40);
    assertThat(new int[] {band.lo()[15], band.hi()[15]}).containsExactly(20, 40);
    assertThat(new int[] {band.lo()[20], band.hi()[20]}).containsExactly(28, 40);
    for (int i = 1; i <= 20; i++) {
      assertThat(band.lo()[i]).isGreaterThanOrEqualTo(band.lo()[i - 1]);
      assertThat(band.hi()[i]).isGreaterThanOrEqualTo(band.hi()[i - 1]);
    }
    assertThat(band.contains(15, 19)).isFalse();
    assertThat(band.at(15, 25)).isEqualTo(5);
  }

  @Test
  void posteriorIsTheBeadsShareOfAllPathWeights() {
    // 1x1 bitext, every bead scored 0: three paths (1-1; 1-0 then 0-1; 0-1 then 1-0) of weight 1.
    Band band = new Band(new int[] {0, 0}, new int[] {1, 1});
    int shapes = SentenceAligner.SHAPES.length;
    float[][] beadAt = new float[2][2 * shapes];
    for (float[] row : beadAt) {
      Arrays.fill(row, Float.NaN);
    }
    beadAt[1][shapes] = 0; // 1-1 ending at (1, 1)
    beadAt[1][shapes + 2] = 0; // 0-1 ending at (1, 1)
    beadAt[1][1] = 0; // 1-0 ending at (1, 0)
    beadAt[0][shapes + 2] = 0; // 0-1 ending at (0, 1)
    beadAt[1][shapes + 1] = 0; // 1-0 ending at (1, 1)
    double three = Math.log(3);
    double[][] forward = {{0, 0}, {0, three}};
    double[][] backward = {{three, 0}, {0, 0}};
    ForwardBackward fb = new ForwardBackward(band, forward, backward, beadAt, 1, 1);
    assertThat(fb.posterior(new Bead(0, 1, 0, 1, 0))).isEqualTo(0.333);
    assertThat(fb.posterior(new Bead(0, 1, 0, 0, 0))).isEqualTo(0.333);
    assertThat(ForwardBackward.shapeIndex(1, 0)).isEqualTo(1);
  }

  @Test
  void forwardAndBackwardPassesAgreeOnTheTotalWeight() {
    BeadScorer scorer = scorer();
    int[][] anchors = AnchorFinder.anchors(scorer);
    assertThat(anchors).isDeepEqualTo(new int[][] {{0, 0}, {1, 1}, {2, 3}});
    scorer.fitLength(anchors);
    scorer.fitChance(anchors);
    Band band = Band.around(anchors, scorer.n, scorer.m);
    BandedProgramme dp = new BandedProgramme(scorer, band);
    BandedProgramme.ForwardPass fwd = dp.forwardPass();
    double[][] backward = dp.backwardPass(fwd.beadAt());
    double total = fwd.forward()[scorer.n][band.at(scorer.n, scorer.m)];
    // the backward pass reads the bead scores stored as floats, the forward pass used the doubles
    assertThat(backward[0][0]).isCloseTo(total, within(1e-5));
    String path =
        dp.traceback(fwd.back()).stream().map(Bead::toString).collect(Collectors.joining(" "));
    // too few anchors to fit the models: the short unmatched sentence joins a 1-2 bead, whose
    // prior (-0.9) beats a 0-1 bead's (-2.0)
    assertThat(path).isEqualTo("[0]-[0] [1]-[1] [2]-[2, 3]");
    List<Bead> scored = dp.run();
    assertThat(scored.stream().map(Bead::toString).collect(Collectors.joining(" ")))
        .isEqualTo(path);
    assertThat(scored.stream().map(Bead::confidence).toList()).containsExactly(0.989, 0.684, 0.376);
  }

  @Test
  void pairCacheGivesTheUncachedSimilarity() {
    BeadScorer scorer = scorer();
    Band band = Band.around(new int[0][], scorer.n, scorer.m);
    PairCache cache = new PairCache(scorer.a, scorer.b, band, BandedProgramme.MAX_SHAPE);
    for (int[] block : new int[][] {{0, 1, 0, 1}, {1, 3, 1, 4}, {0, 2, 2, 3}, {2, 3, 0, 2}}) {
      assertThat(cache.similarity(block[0], block[1], block[2], block[3]))
          .isEqualTo(scorer.similarity(block[0], block[1], block[2], block[3]));
    }
    assertThat(scorer.similarity(0, 1, 0, 1)).isEqualTo(1.0);
    assertThat(scorer.similarity(1, 2, 2, 3)).isLessThan(0.5);
  }
}
