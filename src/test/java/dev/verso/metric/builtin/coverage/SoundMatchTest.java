package dev.verso.metric.builtin.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.text.lexicon.Cedict;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoundMatchTest {
  @Test
  void skeletonsKeepConsonantClassesInOrder() {
    assertThat(SoundMatch.pinyinSkeleton(List.of("ge", "da", "de"))).isEqualTo("KTT");
    assertThat(SoundMatch.englishSkeleton("Goddard")).isEqualTo("KTLT");
    assertThat(SoundMatch.pinyinSkeleton(List.of("ao", "ba", "ma"))).isEqualTo("VPM");
    assertThat(SoundMatch.englishSkeleton("Obama")).isEqualTo("VPM");
    assertThat(SoundMatch.pinyinSkeleton(List.of("ha", "de", "sen"))).isEqualTo("HTSN");
    assertThat(SoundMatch.englishSkeleton("Hudson")).isEqualTo("HTSN");
  }

  @Test
  void accentsAreDroppedBeforeTheSkeleton() {
    assertThat(SoundMatch.withoutAccents("Kahramanmaraş")).isEqualTo("Kahramanmaras");
    assertThat(SoundMatch.withoutAccents("Müller")).isEqualTo("Muller");
    assertThat(SoundMatch.englishSkeleton("Müller"))
        .isEqualTo(SoundMatch.englishSkeleton("Muller"));
    assertThat(SoundMatch.withoutAccents("Hudson")).isSameAs("Hudson");
  }

  @Test
  void transliterationsMatchTheirEnglishNamesAndNothingElse() {
    Cedict c = Cedict.get();
    assertThat(SoundMatch.transliterates("戈达德", "Goddard", c)).isTrue();
    assertThat(SoundMatch.transliterates("奥巴马", "Obama", c)).isTrue();
    assertThat(SoundMatch.transliterates("哈德森", "Hudson", c)).isTrue();
    assertThat(SoundMatch.transliterates("戈达德", "Relativity", c)).isFalse();
    assertThat(SoundMatch.transliterates("奥巴马", "Group", c)).isFalse();
    assertThat(SoundMatch.transliterates("德", "Goddard", c))
        .isFalse(); // one character is too little evidence
  }

  @Test
  void acronymLettersAreGlossInitialsOfTheNamesUnitsInOrder() {
    // 国家 (country; nation; state) + 航空航天局 (air space agency)
    List<List<String>> nasa = List.of(List.of("c", "n", "s"), List.of("asa"));
    assertThat(SoundMatch.acronymOf("NASA", nasa)).isTrue();
    assertThat(SoundMatch.acronymOf("ASA", nasa))
        .isFalse(); // the first unit must give the first letter
    assertThat(SoundMatch.acronymOf("NBC", nasa)).isFalse();
    // a letter of a function word ("of") may be skipped once
    assertThat(SoundMatch.acronymOf("BOEC", List.of(List.of("b"), List.of("e"), List.of("c"))))
        .isTrue();
    assertThat(SoundMatch.acronymOf("BOE", List.of(List.of("b"), List.of("e"))))
        .isFalse(); // two of three letters is too few
  }
}
