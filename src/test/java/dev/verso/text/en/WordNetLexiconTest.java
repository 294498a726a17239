package dev.verso.text.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetLexiconTest {
  private final WordNetLexicon wn = WordNetLexicon.shared();

  @Test
  void readsTheBundledDictionary() {
    assertThat(wn.available()).isTrue();
    assertThat(wn.problem()).isNull();
  }

  @Test
  void findsBaseFormsOfInflections() {
    assertThat(wn.baseForms("children")).containsExactly("child");
    assertThat(wn.baseForms("went")).contains("go");
    assertThat(wn.baseForms("Increased")).containsExactly("increase", "increased");
  }

  @Test
  void findsAntonymsThroughTheBaseForm() {
    assertThat(wn.antonyms("increased")).containsExactly("decrease", "decreased");
    assertThat(wn.antonyms("quickly")).containsExactly("slowly");
    assertThat(wn.antonyms("alive")).contains("dead");
  }

  @Test
  void findsSynonymsAndDerivations() {
    assertThat(wn.synonyms("buy")).contains("purchase");
    assertThat(wn.derivations("decision")).contains("decide");
    assertThat(wn.synonyms("buy")).doesNotContain("buy");
  }

  @Test
  void unknownWordsAndNonWordsHaveEmptyEntries() {
    assertThat(wn.lookup("qzxv")).isEqualTo(WordNetLexicon.Entry.EMPTY);
    assertThat(wn.lookup("42")).isEqualTo(WordNetLexicon.Entry.EMPTY);
    assertThat(wn.lookup("")).isEqualTo(WordNetLexicon.Entry.EMPTY);
    assertThat(wn.lookup(null).known()).isFalse();
  }

  @Test
  void setsIterateInSortedOrderAndRepeatedLookupsAreCached() {
    List<String> a = new ArrayList<>(wn.synonyms("rise"));
    assertThat(a).isSorted();
    assertThat(wn.lookup("rise")).isSameAs(wn.lookup("RISE"));
  }

  @Test
  void isSafeToUseFromManyThreads() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Boolean> ok = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () ->
                  ok.add(
                      wn.antonyms("good").contains("bad")
                          && wn.baseForms("geese").contains("goose")));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(ok).containsExactly(true, true, true, true);
  }
}
