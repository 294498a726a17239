package dev.verso.text.en;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The file-backed dictionary (the build's target/wordnet/) answers as the classpath one does. */
class WordNetFilesTest {
  private static final Path FILES = Path.of("target", "wordnet");

  @Test
  void fileBackedLookupsEqualResourceBackedOnes() throws IOException {
    assumeTrue(Files.isRegularFile(FILES.resolve("data.noun")), "target/wordnet not unpacked");
    WordNetLexicon files = WordNetLexicon.openFiles(FILES);
    WordNetLexicon resource = WordNetLexicon.openResource();
    assertThat(files.available()).as(String.valueOf(files.problem())).isTrue();
    assertThat(resource.available()).isTrue();

    Set<String> words = words();
    assertThat(words).hasSizeGreaterThan(5000);
    List<String> differing = new ArrayList<>();
    int known = 0;
    for (String w : words) {
      WordNetLexicon.Entry a = resource.lookup(w);
      if (!a.equals(files.lookup(w))) {
        differing.add(w);
      }
      known += a.known() ? 1 : 0;
    }
    assertThat(differing).isEmpty();
    assertThat(known).isGreaterThan(3000);
  }

  @Test
  void aFolderWithoutTheFilesIsUnavailable() {
    WordNetLexicon none = WordNetLexicon.openFiles(Path.of("no-such-folder"));
    assertThat(none.available()).isFalse();
    assertThat(none.problem()).contains("no-such-folder");
  }

  /**
   * The seeds' words, simple inflections of them, irregular forms, and every 25th single-word lemma
   * of each index file (hyphenated, dotted and apostrophe lemmas included).
   */
  private static Set<String> words() throws IOException {
    Set<String> words = new TreeSet<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
        for (String t : Files.readString(p, StandardCharsets.UTF_8).split("[^\\p{L}'.-]+")) {
          if (!t.isEmpty()) {
            words.add(t);
            String lower = t.toLowerCase(Locale.ROOT);
            for (String suffix : List.of("s", "es", "ed", "ing", "er", "est", "ly")) {
              words.add(lower + suffix);
            }
          }
        }
      }
    }
    words.addAll(
        List.of(
            "children",
            "went",
            "better",
            "best",
            "worse",
            "geese",
            "mice",
            "feet",
            "teeth",
            "men",
            "women",
            "oxen",
            "data",
            "criteria",
            "analyses",
            "ran",
            "was",
            "were",
            "been",
            "saw",
            "seen",
            "bought",
            "thought",
            "taught",
            "fought",
            "left",
            "lay",
            "lain",
            "spoke",
            "written",
            "wrote",
            "ate",
            "eaten",
            "fell",
            "fallen",
            "flew",
            "flown",
            "hid",
            "hidden",
            "larger",
            "largest",
            "happier",
            "happiest",
            "further",
            "farther",
            "less",
            "least",
            "more",
            "most",
            "axes",
            "bases",
            "leaves",
            "wolves",
            "knives",
            "lives",
            "cacti",
            "fungi",
            "indices",
            "matrices",
            "phenomena",
            "n't",
            "o'clock",
            "e.g.",
            "u.s.",
            "well-being",
            "up-to-date",
            "ice-cream",
            "ice cream",
            "New-York",
            "qzxv",
            "42"));
    for (String name : List.of("index.noun", "index.verb", "index.adj", "index.adv")) {
      List<String> lines = Files.readAllLines(FILES.resolve(name), StandardCharsets.ISO_8859_1);
      for (int i = 0; i < lines.size(); i += 25) {
        String lemma = lines.get(i).substring(0, Math.max(0, lines.get(i).indexOf(' ')));
        if (!lemma.isEmpty() && lemma.indexOf('_') < 0) {
          words.add(lemma);
        }
      }
    }
    return words;
  }
}
