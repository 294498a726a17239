package dev.verso.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Span;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
        Arguments.of("a chain of Markov transitions (MCT) ran", List.of()),
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
            List.of("SVM[24,27)=Support Vector Machine[0,22)", "RF[48,50)=Random Forest[33,46)")),
        // mixed case: a capital inside
        Arguments.of(
            "Serum immunoglobulin G (IgG) rose.", List.of("IgG[24,27)=immunoglobulin G[6,22)")),
        // mixed case: lower-case first letter
        Arguments.of(
            "We used small interfering RNA (siRNA) and functional magnetic resonance imaging (fMRI) here.",
            List.of(
                "siRNA[31,36)=small interfering RNA[8,29)",
                "fMRI[81,85)=functional magnetic resonance imaging[42,79)")),
        // mixed case: one capital
        Arguments.of(
            "Levels of human telomerase RNA (hTR) fell.",
            List.of("hTR[32,35)=human telomerase RNA[10,30)")),
        // digits and hyphens in the short form
        Arguments.of(
            "Plasma apolipoprotein B-100 (apoB-100) and recombinant interferon-gamma (rIFN-gamma) were given.",
            List.of(
                "apoB-100[29,37)=apolipoprotein B-100[7,27)",
                "rIFN-gamma[73,83)=recombinant interferon-gamma[43,71)")),
        // digits in the long form
        Arguments.of(
            "Cases of coronavirus disease 2019 (COVID-19) and type 2 diabetes (T2D) rose.",
            List.of(
                "COVID-19[35,43)=coronavirus disease 2019[9,33)",
                "T2D[66,69)=type 2 diabetes[49,64)")),
        // plural short form kept as written
        Arguments.of(
            "The event-related potentials (ERPs) differed.",
            List.of("ERPs[30,34)=event-related potentials[4,28)")),
        // one-letter short forms: the single word before the bracket
        Arguments.of(
            "Volume is length (L) times width (W) squared.",
            List.of("L[18,19)=length[10,16)", "W[34,35)=width[27,32)")),
        // figure-panel letters (neighbours in the alphabet) are no short forms
        Arguments.of(
            "Curves for left ventricular hypertrophy (C) and diastolic dysfunction (D).",
            List.of()),
        // an acronym or a phrase is no one-letter long form
        Arguments.of("as shown for HCM (H) and for heart rate (H) here", List.of()),
        // square brackets
        Arguments.of(
            "Patients with chronic obstructive pulmonary disease [COPD] were excluded.",
            List.of("COPD[53,57)=chronic obstructive pulmonary disease[14,51)")),
        // possessive: short and long form without it
        Arguments.of(
            "The United Nations Educational, Scientific and Cultural Organization's (UNESCO's) report.",
            List.of(
                "UNESCO[72,78)=United Nations Educational, Scientific and Cultural Organization[4,68)")),
        // possessive with a curly apostrophe, short form first
        Arguments.of(
            "The SDK’s (software development kits) were checked.",
            List.of("SDK[4,7)=software development kits[11,36)")),
        // long-form bound: at most min(|A| + 5, 2|A|) words, here 4
        Arguments.of("Alpha and then one two three Beta (AB) ran.", List.of()),
        // the shortest long form that explains the short form
        Arguments.of(
            "a neural network model, the Neural Network (NN), won",
            List.of("NN[44,46)=Neural Network[28,42)")),
        // compound tails skipped by the initials match
        Arguments.of(
            "owned by the State-owned Assets Supervision and Administration Commission (SASAC).",
            List.of(
                "SASAC[75,80)=State-owned Assets Supervision and Administration Commission[13,73)")),
        // a capitalised word is no short form before a bracket
        Arguments.of("via the Website (website: www.example.org) only", List.of()),
        // no short form right after an earlier bracket
        Arguments.of(
            "the Vigilance Reward (VR) (vertical) axis",
            List.of("VR[22,24)=Vigilance Reward[4,20)")),
        // a long form does not open a quotation it does not close
        Arguments.of(
            "discussed the “Working Rules of the Party Building Work Consortium” (Trial Plan).",
            List.of()),
        // a short form needs a capital or a digit
        Arguments.of("the samples (data) were kept", List.of()));
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
                  return d.shortForm()
                      + fmt(d.shortSpan())
                      + "="
                      + d.longForm()
                      + fmt(d.longSpan());
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

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "IgG, true", "siRNA, true", "fMRI, true", "hTR, true", "T3, true", "apoB-100, true",
    "rIFN-gamma, true", "G20, true", "COVID-19, true", "5G, true", "SARS-CoV-2, true", "ERPs, true",
    "data, false", "x, false", "L, false", "e.g., false", "-ABC, false", "2019, false",
    "ABCDEFGHIJK, false", "A B C, false"
  })
  void shortFormCandidates(String sf, boolean expected) {
    assertThat(AcronymExtractor.isShortFormCandidate(sf)).isEqualTo(expected);
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "ERPs, ERP",
    "miRNAs, miRNA",
    "NGOs, NGO",
    "U.S., US",
    "IgG, IgG",
    "T3s, T3",
    "Tregs, Tregs",
    "AS, AS"
  })
  void shortFormKeys(String sf, String key) {
    assertThat(AcronymExtractor.shortFormKey(sf)).isEqualTo(key);
  }
}
