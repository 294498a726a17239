package dev.verso.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CedictTest {
  @Test
  void bundledDictionaryMapsWordsToStemmedGlosses() {
    Cedict c = Cedict.get();
    assertThat(c.size()).isGreaterThan(120_000);
    assertThat(c.glossKeys("签署")).contains("sign");
    assertThat(c.glossKeys("商务部")).contains("commerc", "depart");
    assertThat(c.glossKeys("联合会")).contains("feder");
    assertThat(c.glossKeys("不存在的词语")).isEmpty();
    assertThat(c.readings("单")).startsWith("shan");
    assertThat(c.readings("曾")).startsWith("zeng");
  }

  @Test
  void theFileTheBuildDecompressesIsTheBundledDictionary() throws IOException {
    // the build writes target/cedict/cedict_ts.u8 (generate-resources) for ./verso's
    // -Dverso.cedict.file; it must hold exactly the bytes of the resource
    java.nio.file.Path file = java.nio.file.Path.of("target/cedict/cedict_ts.u8");
    assertThat(file).exists();
    byte[] bundled;
    try (var in =
        new java.util.zip.GZIPInputStream(Cedict.class.getResourceAsStream(Cedict.RESOURCE))) {
      bundled = in.readAllBytes();
    }
    assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(bundled);
  }

  @Test
  void glossKeysComeInDictionaryOrderInEveryRun() {
    // first gloss first: coverage's phrase matching reads the keys as a sequence, so their order
    // must not depend on the JVM's hash seed
    Cedict c = Cedict.get();
    assertThat(c.glossKeys("发展")).containsExactly("develop", "growth", "grow", "expand");
    assertThat(c.glossKeys("瓶颈"))
        .containsExactly("neck", "bottl", "bottleneck", "problem", "imped", "progress");
  }

  @Test
  void parsesTheLineFormat() throws IOException {
    String data =
        "# comment\n簽署 签署 [qian1 shu3] /to sign (an agreement)/\n呂 吕 [Lu:3] /surname Lü/\nbroken line\n";
    Cedict c = Cedict.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
    assertThat(c.size()).isEqualTo(4);
    assertThat(c.lookup("簽署")).hasSize(1);
    assertThat(c.lookup("签署").get(0).pinyin()).isEqualTo("qian1 shu3");
    assertThat(c.glossKeys("签署")).containsExactly("sign"); // the parenthetical is dropped
    assertThat(c.readings("吕")).containsExactly("lv");
    assertThat(c.words().contains("x签署y", 1, 3)).isTrue();
    assertThat(c.words().contains("签", 0, 1)).isFalse();
  }

  @Test
  void lowerCaseGlossWordsAreReadFromTheBytesAsFromTheEntries() throws IOException {
    String data =
        "# comment\n簽署 签署 [qian1 shu3] /to sign (an agreement)/CL:個|个/\n"
            + "聯合會 联合会 [lian2 he2 hui4] /federation/union (of trade (and other) groups) x/\r\n"
            + "北京 北京 [Bei3 jing1] /Beijing, capital of China/Peking/\nbroken line\n";
    Cedict c = Cedict.parse(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)));
    assertThat(c.lowerCaseGlossWords())
        .containsExactlyInAnyOrder("to", "sign", "federation", "union", "capital", "of");
    // on the whole dictionary: the same words as walking every parsed entry's glosses
    Cedict full = Cedict.get();
    java.util.Set<String> fromEntries = new java.util.HashSet<>();
    full.forEachEntry(
        e -> {
          for (String g : e.glosses()) {
            int depth = 0;
            StringBuilder w = new StringBuilder();
            for (int i = 0; i <= g.length(); i++) {
              char ch = i < g.length() ? g.charAt(i) : ' ';
              if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
                w.append(ch);
                continue;
              }
              if (depth == 0 && w.length() > 1 && Character.isLowerCase(w.charAt(0))) {
                fromEntries.add(w.toString());
              }
              w.setLength(0);
              depth = ch == '(' ? depth + 1 : ch == ')' ? Math.max(0, depth - 1) : depth;
            }
          }
        });
    assertThat(full.lowerCaseGlossWords()).isEqualTo(fromEntries).hasSizeGreaterThan(20_000);
  }

  @Test
  void glossaryOutranksTheDictionary() {
    Glossary g =
        new Glossary(
            List.of(new GlossaryEntry("商务部", "Ministry of Commerce", "MOFCOM", List.of(), "t:1")));
    BilingualLexicon lex = new BilingualLexicon(g, Cedict.get());
    assertThat(lex.englishKeys("商务部")).containsExactly("ministri", "commerc", "mofcom");
    assertThat(lex.translates("签署", BilingualLexicon.keysOf("They signed it"))).isTrue();
    assertThat(lex.hits("The Ministry of Commerce (MOFCOM) met.", false))
        .extracting(h -> h.kind() + "@" + h.span().start())
        .containsExactly("TARGET@4", "ACRONYM@26");
  }
}
