package dev.verso.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearntLexiconTest {
  @TempDir Path dir;

  @Test
  void writesSortedTabSeparatedLinesAndReadsThemBack() throws Exception {
    LearntLexicon lex =
        new LearntLexicon(
            List.of(
                new LearntLexicon.Entry("韧性", "resili", 0.4061, 2),
                new LearntLexicon.Entry("废墟", "rubbl", 0.6314, 7),
                new LearntLexicon.Entry("废墟", "debri", 0.2, 3)));
    Path f = dir.resolve("l.tsv");
    lex.write(f);
    assertThat(Files.readString(f, StandardCharsets.UTF_8))
        .isEqualTo(
            "source\ttarget\tprobability\tpairs\n"
                + "废墟\tdebri\t0.2000\t3\n"
                + "废墟\trubbl\t0.6314\t7\n"
                + "韧性\tresili\t0.4061\t2\n");
    LearntLexicon back = LearntLexicon.read(f);
    assertThat(back.entries()).isEqualTo(lex.entries());
    assertThat(back.of("废墟"))
        .extracting(LearntLexicon.Entry::target)
        .containsExactly("debri", "rubbl");
    assertThat(back.of("瓶颈")).isEmpty();
    // a byte-order mark and a capitalised target, as an editor may leave them
    Path edited = write("e.tsv", "\uFEFF" + Files.readString(f).replace("rubbl", "Rubbl"));
    assertThat(LearntLexicon.read(edited).entries()).isEqualTo(lex.entries());
  }

  @Test
  void aMalformedFileIsRefusedWithItsLineAndField() throws Exception {
    String header = "source\ttarget\tprobability\tpairs\n";
    assertThatThrownBy(() -> LearntLexicon.read(write("a.tsv", "废墟\trubbl\t0.6\t2\n")))
        .hasMessage(
            dir.resolve("a.tsv")
                + ":1: expected the header 'source target probability pairs' (tab-separated)");
    assertThatThrownBy(() -> LearntLexicon.read(write("b.tsv", header + "废墟\trubbl\t0.6\n")))
        .hasMessage(dir.resolve("b.tsv") + ":2: expected 4 tab-separated fields, got 3");
    assertThatThrownBy(() -> LearntLexicon.read(write("c.tsv", header + "废墟\trubbl\t1.5\t2\n")))
        .hasMessage(
            dir.resolve("c.tsv")
                + ":2: field probability must be a number between 0 and 1, got '1.5'");
    assertThatThrownBy(
            () -> LearntLexicon.read(write("d.tsv", header + "\n废墟\trubbl\t0.5\tmany\n")))
        .hasMessage(
            dir.resolve("d.tsv") + ":3: field pairs must be a positive whole number, got 'many'");
    assertThatThrownBy(() -> LearntLexicon.read(write("e.tsv", header + " \trubbl\t0.5\t2\n")))
        .hasMessage(dir.resolve("e.tsv") + ":2: field source is empty");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
