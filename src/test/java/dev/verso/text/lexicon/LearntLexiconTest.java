package dev.verso.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LearntLexiconTest {
  private static final String HEADER = "source\ttarget\tprobability\tpairs\n";

  @Test
  void writesSortedTabSeparatedLinesAndReadsThemBack() {
    LearntLexicon lex =
        new LearntLexicon(
            List.of(
                new LearntLexicon.Entry("韧性", "resili", 0.4061, 2),
                new LearntLexicon.Entry("废墟", "rubbl", 0.6314, 7),
                new LearntLexicon.Entry("废墟", "debri", 0.2, 3)));
    String tsv = lex.toTsv();
    assertThat(tsv)
        .isEqualTo(
            HEADER
                + "废墟\tdebri\t0.2000\t3\n"
                + "废墟\trubbl\t0.6314\t7\n"
                + "韧性\tresili\t0.4061\t2\n");
    LearntLexicon back = LearntLexicon.parse(tsv, "l.tsv");
    assertThat(back.entries()).isEqualTo(lex.entries());
    assertThat(back.of("废墟"))
        .extracting(LearntLexicon.Entry::target)
        .containsExactly("debri", "rubbl");
    assertThat(back.of("瓶颈")).isEmpty();
    // a capitalised target, as an editor may leave it, and blank lines
    assertThat(LearntLexicon.parse(tsv.replace("rubbl", "Rubbl") + "\n\n", "e.tsv").entries())
        .isEqualTo(lex.entries());
  }

  @Test
  void aMalformedFileIsRefusedWithItsLineAndField() {
    assertThatThrownBy(() -> LearntLexicon.parse("废墟\trubbl\t0.6\t2\n", "a.tsv"))
        .hasMessage(
            "a.tsv:1: expected the header 'source target probability pairs' (tab-separated)");
    assertThatThrownBy(() -> LearntLexicon.parse(HEADER + "废墟\trubbl\t0.6\n", "b.tsv"))
        .hasMessage("b.tsv:2: expected 4 tab-separated fields, got 3");
    assertThatThrownBy(() -> LearntLexicon.parse(HEADER + "废墟\trubbl\t1.5\t2\n", "c.tsv"))
        .hasMessage("c.tsv:2: field probability must be a number between 0 and 1, got '1.5'");
    assertThatThrownBy(() -> LearntLexicon.parse(HEADER + "\n废墟\trubbl\t0.5\tmany\n", "d.tsv"))
        .hasMessage("d.tsv:3: field pairs must be a positive whole number, got 'many'");
    assertThatThrownBy(() -> LearntLexicon.parse(HEADER + " \trubbl\t0.5\t2\n", "e.tsv"))
        .hasMessage("e.tsv:2: field source is empty");
  }
}
