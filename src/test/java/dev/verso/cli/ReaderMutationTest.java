package dev.verso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.io.InputReader;
import dev.verso.io.ReadResult;
import dev.verso.io.glossary.GlossaryReader;
import dev.verso.model.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of every reader's input (JSONL, CSV, seed records, TBX, configuration,
 * suppressions): the reader never throws anything but its own input error, and in line-based
 * formats a damaged line never costs the complete records around it. Fixed seeds: the same
 * mutations every run.
 */
class ReaderMutationTest {
  @TempDir Path dir;

  /**
   * One random damage to {@code b} between {@code from} and {@code to}: a flipped, cut, inserted or
   * deleted run of bytes.
   */
  private static byte[] mutate(byte[] b, int from, int to, Random r) {
    int at = from + r.nextInt(Math.max(1, to - from));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    switch (r.nextInt(4)) {
      case 0 -> {
        byte[] c = b.clone();
        c[at] = (byte) r.nextInt(256);
        return c;
      }
      case 1 -> {
        // cut the line at 'at', dropping the rest of it (its newline stays)
        int nl = at;
        while (nl < b.length && b[nl] != '\n') {
          nl++;
        }
        out.write(b, 0, at);
        out.write(b, nl, b.length - nl);
        return out.toByteArray();
      }
      case 2 -> {
        out.write(b, 0, at);
        for (int i = r.nextInt(4); i >= 0; i--) {
          int v = r.nextInt(256);
          out.write(v == '\n' ? '"' : v);
        }
        out.write(b, at, b.length - at);
        return out.toByteArray();
      }
      default -> {
        int end = Math.min(to, at + 1 + r.nextInt(6));
        out.write(b, 0, at);
        out.write(b, end, b.length - end);
        return out.toByteArray();
      }
    }
  }

  private static Set<String> ids(ReadResult r) {
    Set<String> out = new TreeSet<>();
    for (Document d : r.documents()) {
      out.add(d.id());
    }
    return out;
  }

  @Test
  void aDamagedJsonlLineCostsOnlyThatLine() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      lines.add(
          "{\"id\":\"d"
              + i
              + "\",\"source\":{\"text\":\"商务部开展活动"
              + i
              + "。\"},\"translations\":{\"s\":\"The ministry held event "
              + i
              + ".\"}}");
    }
    byte[] valid = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    Random r = new Random(20261206);
    Path f = dir.resolve("m.jsonl");
    for (int round = 0; round < 300; round++) {
      int k = r.nextInt(10);
      int from = 0;
      for (int i = 0; i < k; i++) {
        from += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
      }
      int to = from + lines.get(k).getBytes(StandardCharsets.UTF_8).length;
      Files.write(f, mutate(valid, from, to, r));
      ReadResult read = InputReader.read(f, "s");
      Set<String> got = ids(read);
      for (int i = 0; i < 10; i++) {
        if (i != k) {
          assertThat(got).as("round %d, damaged line %d", round, k + 1).contains("d" + i);
        }
      }
      if (!got.contains("d" + k)) {
        // the damaged line is either reported or read with its damage (e.g. under another id)
        boolean reported =
            read.problems().stream()
                .anyMatch(
                    p ->
                        p.level() == dev.verso.model.InputProblem.Level.ERROR && p.line() == k + 1);
        assertThat(reported || got.size() == 10)
            .as("round %d: line %d neither read nor reported", round, k + 1)
            .isTrue();
      }
    }
  }

  @Test
  void aDamagedCsvRowKeepsEveryCompleteRowBeforeIt() throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("id,source,translation");
    for (int i = 0; i < 10; i++) {
      rows.add("d" + i + ",商务部开展活动" + i + "。,\"The ministry held event " + i + ", in Beijing.\"");
    }
    byte[] valid = (String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    Random r = new Random(7);
    Path f = dir.resolve("m.csv");
    for (int round = 0; round < 300; round++) {
      int k = 1 + r.nextInt(10);
      int from = 0;
      for (int i = 0; i < k; i++) {
        from += rows.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
      }
      int to = from + rows.get(k).getBytes(StandardCharsets.UTF_8).length;
      Files.write(f, mutate(valid, from, to, r));
      Set<String> got = ids(InputReader.read(f, "s"));
      for (int i = 0; i < k - 1; i++) {
        assertThat(got).as("round %d, damaged row %d", round, k).contains("d" + i);
      }
    }
  }

  @Test
  void aDamagedSeedRecordIsReadOrReported() throws IOException {
    Path seed;
    try (var files = Files.list(Path.of("seeds"))) {
      seed =
          files.filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
    }
    byte[] valid = Files.readAllBytes(seed);
    Random r = new Random(11);
    Path f = dir.resolve("000_m.txt");
    for (int round = 0; round < 200; round++) {
      Files.write(f, mutate(valid, 0, valid.length, r));
      ReadResult read = InputReader.read(f, "s");
      assertThat(
              read.documents().size()
                  + read.problems().stream()
                      .filter(p -> p.level() == dev.verso.model.InputProblem.Level.ERROR)
                      .count())
          .as("round %d", round)
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void aDamagedTbxIsReadOrRefusedWithAMessage() throws IOException {
    byte[] valid =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX\"><text><body>\n"
                + "<termEntry id=\"t1\"><langSet xml:lang=\"zh\"><tig><term>商务部</term></tig></langSet>"
                + "<langSet xml:lang=\"en\"><tig><term>Ministry of Commerce</term></tig></langSet></termEntry>\n"
                + "</body></text></martif>\n")
            .getBytes(StandardCharsets.UTF_8);
    Random r = new Random(13);
    Path f = dir.resolve("g.tbx");
    int read = 0;
    for (int round = 0; round < 200; round++) {
      Files.write(f, mutate(valid, 0, valid.length, r));
      try {
        GlossaryReader.read(f);
        read++;
      } catch (IOException | IllegalArgumentException e) {
        assertThat(e.getMessage()).as("round %d", round).isNotBlank();
      }
    }
    assertThat(read).isPositive();
  }

  @Test
  void aDamagedConfigurationOrSuppressionFileIsRefusedWithAMessage() throws IOException {
    byte[] config =
        "{\"metrics\": [\"UNTRANSLATED\"], \"metricOptions\": {\"LENGTH_RATIO\": {\"threshold\": 4}}, \"threads\": 2}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] sup =
        "suppressions:\n  - check: ACRONYM_DRIFT\n    document: d1\n    reason: accepted\n"
            .getBytes(StandardCharsets.UTF_8);
    Random r = new Random(17);
    for (int round = 0; round < 200; round++) {
      Path c = Files.write(dir.resolve("c.json"), mutate(config, 0, config.length, r));
      try {
        Config.read(c);
      } catch (UsageException e) {
        assertThat(e.getMessage()).as("round %d", round).startsWith(c.toString());
      }
      Path s = Files.write(dir.resolve("s.yaml"), mutate(sup, 0, sup.length, r));
      try {
        CheckCommand.readSuppressions(s);
      } catch (UsageException e) {
        assertThat(e.getMessage()).as("round %d", round).startsWith(s.toString());
      }
    }
  }
}
