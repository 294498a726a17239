package dev.verso.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AcronymExtractorTest {

  /** (text, expected "SHORT=long" pairs with "[start,end)" spans, in order). */
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of(
            "We use Principal Component Analysis (PCA) here.",
            List.of("PCA[37,40)=Principal Component Analysis[7,35)")),
        Arguments.of(
            "with the China Federation of Network Social Organizations (CFNSO) and",
            List.of("CFNSO[59,64)=China Federation of Network Social Organizations[9,57)")),
        // short form first, long form inside the bracket
        Arguments.of(
            "The CFNSO (China Federation of Network Social Organizations) met.",
            List.of("CFNSO[4,9)=China Federation of Network Social Organizations[11,59)")),
        // initials preferred over the inner-letter match ("Policy Optimization")
        Arguments.of(
            "trained with Proximal Policy Optimization (PPO) in simulation",
            List.of("PPO[43,46)=Proximal Policy Optimization[13,41)")),
        // function words skipped by the initials match
        Arguments.of(
            "the Ministry of Commerce (MOFCOM) said",
            List.of("MOFCOM[26,32)=Ministry of Commerce[4,24)")),
        // letters inside words (Schwartz–Hearst proper)
        Arguments.of(
            "a chain of Markov transitions (MCT) ran",
            List.of()),
        Arguments.of(
            "via the Hypertext Transfer Protocol (HTTP), twice.",
            List.of("HTTP[37,41)=Hypertext Transfer Protocol[8,35)")),
        // plural short form
        Arguments.of(
            "many non-governmental organizations (NGOs) joined",
            List.of("NGOs[37,41)=non-governmental organizations[5,35)")),
        // the first clause of the bracket only
        Arguments.of(
            "an Inertial Measurement Unit (IMU, see Fig. 2) was",
            List.of("IMU[30,33)=Inertial Measurement Unit[3,28)")),
        // not across a sentence end
        Arguments.of("It was seen in Canada. Nothing Else (CE) followed", List.of()),
        // bracket contents that are not short forms
        Arguments.of("as in (2019) and (e.g. tables) or (i.e., this)", List.of()),
        // the short form must be matched from a word start
        Arguments.of("the reacted xylene (XR) was", List.of()),
        // two definitions
        Arguments.of(
            "Support Vector Machine (SVM) and Random Forest (RF) models",
            List.of(
                "SVM[24,27)=Support Vector Machine[0,22)", "RF[48,50)=Random Forest[33,46)")));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void findsDefinitionsWithExactSpans(String text, List<String> expected) {
    List<String> got =
        AcronymExtractor.extract(text).stream()
            .map(
                d -> {
                  assertThat(d.shortSpan().of(text)).isEqualTo(d.shortForm());
                  assertThat(d.longSpan().of(text)).isEqualTo(d.longForm());
                  return d.shortForm() + fmt(d.shortSpan()) + "=" + d.longForm() + fmt(d.longSpan());
                })
            .toList();
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void marksWhichFormComesFirst() {
    assertThat(AcronymExtractor.extract("Random Forest (RF)").get(0).shortFirst()).isFalse();
    assertThat(AcronymExtractor.extract("RF (Random Forest)").get(0).shortFirst()).isTrue();
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInside() {
    Random r = new Random(42);
    String alphabet = "ABC abc()[];,.-\n（）XYZ deg";
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(80);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (AcronymDefinition d : AcronymExtractor.extract(text)) {
        assertThat(d.shortSpan().fitsIn(text.length())).isTrue();
        assertThat(d.longSpan().fitsIn(text.length())).isTrue();
        assertThat(d.shortSpan().of(text)).isEqualTo(d.shortForm());
      }
    }
  }

  private static String fmt(Span s) {
    return "[" + s.start() + "," + s.end() + ")";
  }
}
