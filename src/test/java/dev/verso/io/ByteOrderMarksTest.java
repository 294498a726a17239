package dev.verso.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteOrderMarksTest {
  private static byte[] bytes(int... b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  @Test
  void recognisesEachMarkAndNothingShorterOrElse() {
    assertThat(ByteOrderMarks.utf8(bytes(0xEF, 0xBB, 0xBF, 'a'))).isTrue();
    assertThat(ByteOrderMarks.utf8(bytes(0xEF, 0xBB))).isFalse();
    assertThat(ByteOrderMarks.utf8(bytes('a', 0xEF, 0xBB, 0xBF))).isFalse();
    assertThat(ByteOrderMarks.utf16(bytes(0xFF, 0xFE, 'a', 0)))
        .isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(ByteOrderMarks.utf16(bytes(0xFE, 0xFF, 0, 'a')))
        .isEqualTo(StandardCharsets.UTF_16BE);
    assertThat(ByteOrderMarks.utf16(bytes(0xFF))).isNull();
    assertThat(ByteOrderMarks.utf16(bytes(0xEF, 0xBB, 0xBF))).isNull();
    assertThat(ByteOrderMarks.utf16(new byte[0])).isNull();
  }
}
