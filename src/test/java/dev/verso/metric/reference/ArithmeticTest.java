package dev.verso.metric.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The float32/float64 rounding that lets one routine compute both score widths. */
class ArithmeticTest {

  @Test
  void float32ArithmeticRoundsEveryResultToFloat() {
    float a = 1f / 3f;
    float b = 7f;
    assertThat(Arithmetic.FLOAT32.round((double) a * b)).isEqualTo((double) (a * b));
    assertThat(Arithmetic.FLOAT32.round((double) a / b)).isEqualTo((double) (a / b));
    assertThat(Arithmetic.FLOAT64.round(0.1)).isEqualTo(0.1);
    assertThat(Arithmetic.widen(new float[] {0.1f})).containsExactly((double) 0.1f);
  }

  /** The float32 BLEU score as it was written with {@code float} variables. */
  private static double bleuInFloat(float[] s, String smoothMethod, double smoothValue) {
    int max = Bleu.MAX_ORDER;
    int sysLen = (int) s[0];
    int refLen = (int) s[1];
    float[] correct = new float[max];
    float[] total = new float[max];
    for (int n = 0; n < max; n++) {
      correct[n] = s[2 + n];
      total[n] = s[2 + max + n];
    }
    double bp = 1.0;
    if (sysLen < refLen) {
      bp = sysLen > 0 ? Math.exp(1 - (double) refLen / sysLen) : 0.0;
    }
    boolean anyCorrect = false;
    for (float c : correct) {
      anyCorrect |= c != 0;
    }
    if (!anyCorrect) {
      return 0.0;
    }
    float[] precisions = new float[max];
    double smoothMteval = 1.0;
    float sv = (float) smoothValue;
    for (int n = 1; n <= max; n++) {
      if (smoothMethod.equals("add-k") && n > 1) {
        correct[n - 1] += sv;
        total[n - 1] += sv;
      }
      if (total[n - 1] == 0) {
        break;
      }
      if (correct[n - 1] == 0) {
        if (smoothMethod.equals("exp")) {
          smoothMteval *= 2;
          precisions[n - 1] = 100.0f / ((float) smoothMteval * total[n - 1]);
        } else if (smoothMethod.equals("floor")) {
          precisions[n - 1] = (float) (100.0 * smoothValue) / total[n - 1];
        }
      } else {
        precisions[n - 1] = 100.0f * correct[n - 1] / total[n - 1];
      }
    }
    double logSum = 0.0;
    for (int n = 0; n < max; n++) {
      logSum += precisions[n] == 0.0 ? -9999999999.0 : Math.log(precisions[n]);
    }
    return bp * Math.exp(logSum / max);
  }

  /** The float32 chrF (beta 2, effective order) as it was written with {@code float} variables. */
  private static double chrfInFloat(float[] s, int order) {
    float factor = 4f;
    float score = 0f;
    int effective = 0;
    float avgPrec = 0f;
    float avgRec = 0f;
    float eps = (float) 1e-16;
    for (int i = 0; i < order; i++) {
      float nHyp = s[3 * i];
      float nRef = s[3 * i + 1];
      float nMatch = s[3 * i + 2];
      float prec = nHyp > 0 ? nMatch / nHyp : eps;
      float rec = nRef > 0 ? nMatch / nRef : eps;
      float denom = factor * prec + rec;
      score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
      if (nHyp > 0 && nRef > 0) {
        avgPrec += prec;
        avgRec += rec;
        effective++;
      }
    }
    if (effective == 0) {
      return 0.0;
    }
    avgPrec /= effective;
    avgRec /= effective;
    if (avgPrec + avgRec != 0) {
      float sc = (1 + factor) * avgPrec * avgRec;
      sc /= factor * avgPrec + avgRec;
      return 100f * sc;
    }
    return 0.0;
  }

  @Test
  void float32ScoresAreBitIdenticalToFloatArithmetic() {
    Random random = new Random(19);
    Bleu exp = new Bleu("13a", false, "exp", null, false);
    Bleu floor = new Bleu("13a", false, "floor", null, false);
    Bleu addK = new Bleu("13a", false, "add-k", null, false);
    Chrf chrf = new Chrf(0);
    for (int trial = 0; trial < 2000; trial++) {
      float[] b = new float[2 + 2 * Bleu.MAX_ORDER];
      b[0] = random.nextInt(3000);
      b[1] = random.nextInt(3000);
      for (int n = 0; n < Bleu.MAX_ORDER; n++) {
        b[2 + Bleu.MAX_ORDER + n] = random.nextInt(3000) + random.nextFloat();
        b[2 + n] = random.nextInt(4) == 0 ? 0 : random.nextFloat() * b[2 + Bleu.MAX_ORDER + n];
      }
      assertThat(exp.scoreFloat32(b)).isEqualTo(bleuInFloat(b, "exp", 0));
      assertThat(floor.scoreFloat32(b)).isEqualTo(bleuInFloat(b, "floor", 0.1));
      assertThat(addK.scoreFloat32(b)).isEqualTo(bleuInFloat(b, "add-k", 1));
      float[] c = new float[3 * 6];
      for (int i = 0; i < 6; i++) {
        c[3 * i] = random.nextInt(5) == 0 ? 0 : random.nextInt(2000) + random.nextFloat();
        c[3 * i + 1] = random.nextInt(2000) + random.nextFloat();
        c[3 * i + 2] = random.nextFloat() * Math.min(c[3 * i], c[3 * i + 1]);
      }
      assertThat(chrf.scoreFloat32(c)).isEqualTo(chrfInFloat(c, 6));
    }
  }
}
