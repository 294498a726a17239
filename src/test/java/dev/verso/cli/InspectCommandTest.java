package dev.verso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = VersoCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void printsOneJsonLinePerDocumentWithAnchorsNamesAcronymsAndGlossaryHits() throws Exception {
    Path seed = dir.resolve("doc1.txt");
    Files.writeString(
        seed,
        "title: 王炳南会见代表\nresulting_text: 4月6日下午，商务部副部长王炳南会见WTO代表。\n"
            + "translated_title: Wang Bingnan meets delegates\n"
            + "translated_content: On the afternoon of April 6, Vice Minister of Commerce Wang Bingnan met WTO delegates.\n",
        StandardCharsets.UTF_8);
    Path glossary = dir.resolve("g.tsv");
    Files.writeString(glossary, "商务部\tMinistry of Commerce\tMOFCOM\n", StandardCharsets.UTF_8);
    Run r = run("inspect", seed.toString(), "--glossary", glossary.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(1);
    String line = lines[0];
    assertThat(line)
        .startsWith("{\"id\":\"doc1\",\"fields\":[{\"field\":\"source.title\",\"lang\":\"zh\"");
    assertThat(line)
        .contains(
            "{\"field\":\"source.text\",\"lang\":\"zh\",\"chars\":24,\"tokens\":13,\"sentences\":[[0,24]],"
                + "\"anchors\":[{\"type\":\"DATE\",\"value\":\"--04-06\",\"text\":\"4月6日\",\"span\":[0,4]},"
                + "{\"type\":\"TIME\",\"value\":\"afternoon\",\"text\":\"下午\",\"span\":[4,6]},");
    assertThat(line)
        .contains(
            "{\"text\":\"王炳南\",\"pinyin\":\"Wang Bingnan\",\"key\":\"wangbingnan\",\"span\":[13,16]}");
    assertThat(line).contains("\"acronyms\":[{\"text\":\"WTO\",\"span\":[18,21]}]");
    assertThat(line)
        .contains(
            "\"glossary\":[{\"kind\":\"SOURCE\",\"source\":\"商务部\",\"target\":\"Ministry of Commerce\",\"text\":\"商务部\",\"span\":[7,10]}]");
    assertThat(line)
        .contains("{\"field\":\"translation.text\",\"system\":\"default\",\"lang\":\"en\"");
    assertThat(line)
        .contains(
            "{\"text\":\"Wang Bingnan\",\"pinyin\":\"Wang Bingnan\",\"key\":\"wangbingnan\",\"span\":[55,67]}");
  }

  @Test
  void showsEachAcronymDefinitionWithItsSpansAndLongForm() throws Exception {
    Path seed = dir.resolve("doc2.txt");
    String text =
        "The China Federation of Network Social Organizations (CFNSO) and small interfering RNA"
            + " (siRNA) met; the CFNSO left.";
    Files.writeString(
        seed,
        "title: 会议\nresulting_text: 会议。\ntranslated_title: A meeting\ntranslated_content: "
            + text
            + "\n",
        StandardCharsets.UTF_8);
    Run r = run("inspect", seed.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    String line = r.out().strip();
    assertThat(line)
        .contains(
            "\"definitions\":[{\"short\":\"CFNSO\",\"key\":\"CFNSO\","
                + "\"long\":\"China Federation of Network Social Organizations\",\"span\":[54,59],"
                + "\"longSpan\":[4,52],\"pattern\":\"long (short)\"},"
                + "{\"short\":\"siRNA\",\"key\":\"siRNA\",\"long\":\"small interfering RNA\",\"span\":[88,93],"
                + "\"longSpan\":[65,86],\"pattern\":\"long (short)\"}]");
    assertThat(line)
        .contains(
            "{\"text\":\"CFNSO\",\"span\":[104,109],"
                + "\"long\":\"China Federation of Network Social Organizations\",\"definitionSpan\":[54,59]}");
    // the Chinese fields have no definitions array
    assertThat(line).startsWith("{\"id\":\"doc2\",\"fields\":[{\"field\":\"source.title\"");
    assertThat(line.split("\"definitions\"", -1))
        .hasSize(3); // translation.title and translation.text
  }

  @Test
  void unknownDocumentIsAUsageError() throws Exception {
    Path seed = dir.resolve("a.txt");
    Files.writeString(seed, "Just some English text.\n", StandardCharsets.UTF_8);
    Run r = run("inspect", seed.toString(), "--doc", "zzz");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no document with id 'zzz' in the input");
  }
}
