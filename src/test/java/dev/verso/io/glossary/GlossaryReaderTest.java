package dev.verso.io.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryReaderTest {
  @TempDir Path dir;

  @Test
  void readsTsvWithAcronymsAndForbiddenVariants() {
    List<GlossaryEntry> e =
        GlossaryReader.readTsv(
            "# comment\nsource\ttarget\tacronym\tforbidden\n商务部\tMinistry of Commerce\tMOFCOM\tDepartment of Commerce|Commerce Department\n\n党建\tParty building\n",
            "g.tsv");
    assertThat(e).hasSize(2);
    assertThat(e.get(0))
        .isEqualTo(
            new GlossaryEntry(
                "商务部",
                "Ministry of Commerce",
                "MOFCOM",
                List.of("Department of Commerce", "Commerce Department"),
                "g.tsv:3"));
    assertThat(e.get(1))
        .isEqualTo(new GlossaryEntry("党建", "Party building", "", List.of(), "g.tsv:5"));
  }

  @Test
  void namesTheLineOfABadEntry() {
    assertThatThrownBy(() -> GlossaryReader.readTsv("商务部\tMinistry of Commerce\n只有一列\n", "g.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("g.tsv:2: a glossary line needs a source and a target term");
  }

  @Test
  void readsCsvWithQuotes() throws IOException {
    List<GlossaryEntry> e =
        GlossaryReader.readCsv(
            new StringReader(
                "source,target,acronym,forbidden\n商务部,\"Ministry of Commerce, PRC\",MOFCOM,\"Dept. of Commerce;Commerce Department\"\n"),
            "g.csv");
    assertThat(e)
        .containsExactly(
            new GlossaryEntry(
                "商务部",
                "Ministry of Commerce, PRC",
                "MOFCOM",
                List.of("Dept. of Commerce", "Commerce Department"),
                "g.csv:2"));
  }

  @Test
  void readsTbx2008AndTbx3() throws IOException {
    String tbx2008 =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <martif type="TBX" xml:lang="en"><text><body>
          <termEntry id="c1">
            <langSet xml:lang="zh-CN"><tig><term>商务部</term></tig></langSet>
            <langSet xml:lang="en">
              <tig><term>Ministry of Commerce</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
              <tig><term>MOFCOM</term><termNote type="termType">acronym</termNote></tig>
              <tig><term>Department of Commerce</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
            </langSet>
          </termEntry>
          <termEntry id="c2"><langSet xml:lang="en"><tig><term>orphan</term></tig></langSet></termEntry>
        </body></text></martif>
        """;
    List<GlossaryEntry> a =
        TbxReader.read(
            new ByteArrayInputStream(tbx2008.getBytes(StandardCharsets.UTF_8)),
            "a.tbx",
            "zh",
            "en");
    assertThat(a)
        .containsExactly(
            new GlossaryEntry(
                "商务部",
                "Ministry of Commerce",
                "MOFCOM",
                List.of("Department of Commerce"),
                "a.tbx:3"));
    String tbx3 =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
          <conceptEntry id="c1">
            <langSec xml:lang="zh"><termSec><term>联合会</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>federation</term></termSec></langSec>
          </conceptEntry>
        </body></text></tbx>
        """;
    List<GlossaryEntry> b =
        TbxReader.read(
            new ByteArrayInputStream(tbx3.getBytes(StandardCharsets.UTF_8)), "b.tbx", "zh", "en");
    assertThat(b).containsExactly(new GlossaryEntry("联合会", "federation", "", List.of(), "b.tbx:3"));
  }

  @Test
  void refusesExternalEntities() {
    String evil =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><martif><termEntry>"
            + "<langSet xml:lang=\"zh\"><tig><term>&e;</term></tig></langSet></termEntry></martif>";
    assertThatThrownBy(
            () ->
                TbxReader.read(
                    new ByteArrayInputStream(evil.getBytes(StandardCharsets.UTF_8)),
                    "e.tbx",
                    "zh",
                    "en"))
        .isInstanceOf(IOException.class);
  }

  @Test
  void mergesSeveralFilesFirstWins() throws IOException {
    Path first = dir.resolve("a.tsv");
    Path second = dir.resolve("b.csv");
    Files.writeString(first, "商务部\tMinistry of Commerce\tMOFCOM\n", StandardCharsets.UTF_8);
    Files.writeString(second, "商务部,Commerce Ministry\n党建,Party building\n", StandardCharsets.UTF_8);
    Glossary g = GlossaryReader.readAll(List.of(first, second));
    assertThat(g.entries())
        .extracting(GlossaryEntry::target)
        .containsExactly("Ministry of Commerce", "Party building");
    assertThat(g.shadowed()).extracting(GlossaryEntry::target).containsExactly("Commerce Ministry");
  }

  @Test
  void glossaryTermsBecomeWordsForChineseSegmentation() throws IOException {
    Glossary g = GlossaryReader.readAll(List.of(Path.of("glossaries/seeds.tsv")));
    assertThat(g.get("中网联").acronym()).isEqualTo("CFNSO");
    AnalyzedText a = new TextAnalyzer(g).analyze("电子商务司党支部与中网联党委签署党建联学共建备忘录。", "zh");
    assertThat(a.tokens()).extracting(Token::text).contains("中网联", "党建", "党支部");
  }
}
