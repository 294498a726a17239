package dev.verso.text.zh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinTableTest {

  @Test
  void shippedTableAgreesWithIcuOnEveryCoveredCharacter() {
    PinyinTable table = PinyinTable.shared();
    List<String> differences = new ArrayList<>();
    for (int[] block : PinyinTable.BLOCKS) {
      for (int cp = block[0]; cp <= block[1]; cp++) {
        String ch = new String(Character.toChars(cp));
        for (boolean names : new boolean[] {false, true}) {
          String live = Pinyin.transliterate(ch, names);
          if (!live.equals(table.reading(cp, names))) {
            differences.add(
                ch + (names ? " (names): " : ": ") + table.reading(cp, names) + " vs ICU " + live);
          }
        }
      }
    }
    assertThat(differences)
        .as("regenerate with PinyinTable.main (see tools/pinyin/README.md)")
        .isEmpty();
  }

  @Test
  void readingsOfSurnamesAndOrdinaryCharacters() {
    PinyinTable table = PinyinTable.shared();
    assertThat(table.reading('单', false)).isEqualTo("dan");
    assertThat(table.reading('单', true)).isEqualTo("shan");
    assertThat(table.reading('曾', true)).isEqualTo("zeng");
    assertThat(table.reading('网', false)).isEqualTo("wang");
    assertThat(table.reading('A', false)).isNull();
    assertThat(table.reading(0x20000, false))
        .isNull(); // Extension B: outside the table, ICU answers
    assertThat(Pinyin.name("单雄信")).isEqualTo("Shan Xiongxin");
  }

  @Test
  void malformedLineIsReportedWithItsNumber() {
    byte[] data = "单\tdan\tshan\nxyz\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PinyinTable.parse(new ByteArrayInputStream(data)))
        .isInstanceOf(IOException.class)
        .hasMessage(PinyinTable.RESOURCE + " line 2: malformed entry 'xyz'");
  }
}
