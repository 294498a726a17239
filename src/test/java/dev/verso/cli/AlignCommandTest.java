package dev.verso.cli;

import static dev.verso.TestFiles.verso;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {
  @TempDir Path dir;

  private static final String ZH = "张伟今天早上七点起床。他吃了两个鸡蛋，喝了一杯牛奶，然后骑自行车去学校。学校里有很多学生。\n";
  private static final String EN =
      "Zhang Wei got up at seven this morning. He ate two eggs and drank a glass of milk. "
          + "Then he rode his bicycle to school. There are many students at the school.\n";

  @Test
  void alignsTwoTextsAsTsv() throws Exception {
    Path zh = TestFiles.write(dir.resolve("zh.txt"), ZH);
    Path en = TestFiles.write(dir.resolve("en.txt"), EN);
    TestFiles.Run run = verso("align", zh.toString(), en.toString(), "-f", "tsv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0]).isEqualTo("src\ttgt\tconfidence\tsource\ttarget");
    assertThat(lines[1])
        .startsWith("0\t0\t")
        .endsWith("\t张伟今天早上七点起床。\tZhang Wei got up at seven this morning.");
    assertThat(lines[2])
        .startsWith("1\t1,2\t")
        .endsWith(
            "\t他吃了两个鸡蛋，喝了一杯牛奶，然后骑自行车去学校。\tHe ate two eggs and drank a glass of milk. Then he rode his bicycle to school.");
    assertThat(lines[3]).startsWith("2\t3\t");
  }

  @Test
  void alignsLineFilesAsJson() throws Exception {
    Path zh = TestFiles.write(dir.resolve("zh.txt"), "张伟今天早上七点起床。\n他吃了两个鸡蛋。\n然后他骑自行车去学校。\n");
    Path en =
        TestFiles.write(
            dir.resolve("en.txt"),
            "Zhang Wei got up at seven this morning.\nHe ate two eggs.\nThen he rode his bicycle to school.\n");
    TestFiles.Run run = verso("align", zh.toString(), en.toString(), "--lines");
    assertThat(run.exitCode()).as(run.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.get("source")).hasSize(3);
    assertThat(json.get("beads").toString())
        .startsWith("[{\"src\":[0],\"tgt\":[0],\"confidence\":");
    assertThat(json.get("beads")).hasSize(3);
    assertThat(json.get("beads").get(2).get("src").toString()).isEqualTo("[2]");
    assertThat(json.get("beads").get(2).get("tgt").toString()).isEqualTo("[2]");
  }

  @Test
  void addsBeadsToJsonlLinesAndReportsBadLines() throws Exception {
    Path in =
        TestFiles.write(
            dir.resolve("in.jsonl"),
            "{\"id\":\"a\",\"src\":[\"他吃了两个鸡蛋，喝了一杯牛奶，然后骑自行车去学校。\"],"
                + "\"tgt\":[\"He ate two eggs and drank a glass of milk.\",\"Then he rode his bicycle to school.\"]}\n"
                + "{\"id\":\"b\",\"src\":\"not a list\",\"tgt\":[]}\n"
                + "\n"
                + "{\"id\":\"c\",\"src\":[],\"tgt\":[\"Added.\"]}\n");
    TestFiles.Run run = verso("align", "--jsonl", in.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out())
        .isEqualTo(
            "{\"id\":\"a\",\"src\":[\"他吃了两个鸡蛋，喝了一杯牛奶，然后骑自行车去学校。\"],"
                + "\"tgt\":[\"He ate two eggs and drank a glass of milk.\",\"Then he rode his bicycle to school.\"],"
                + "\"beads\":[[[0],[0,1]]]}\n"
                + "{\"id\":\"c\",\"src\":[],\"tgt\":[\"Added.\"],\"beads\":[[[],[0]]]}\n");
    assertThat(run.err())
        .isEqualTo("verso: " + in + ":2: \"src\" must be an array of sentences; line skipped\n");
  }

  @Test
  void rejectsBadUsage() {
    assertThat(verso("align").exitCode()).isEqualTo(ExitCodes.USAGE);
    TestFiles.Run fmt = verso("align", "a", "b", "-f", "xml");
    assertThat(fmt.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(fmt.err()).isEqualTo("verso: unknown format 'xml'; use json or tsv\n");
  }
}
