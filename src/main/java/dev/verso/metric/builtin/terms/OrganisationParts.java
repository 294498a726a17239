package dev.verso.metric.builtin.terms;

import dev.verso.text.AnalyzedText;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.en.OrganisationNames;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.zh.Pinyin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a Chinese organisation name with what each may be rendered as (glosses, glosses of
 * sub-words, the English head of an organisational suffix, pinyin), and the score of an English
 * name as a rendering of them.
 */
final class OrganisationParts {
  /**
   * English heads of Chinese organisational suffixes, longest suffix first: one suffix a line, then
   * its heads.
   */
  private static final List<Map.Entry<String, String>> SUFFIX_HEADS =
      table(
          """
          委员会 committee commission
          联合会 federation union association
          基金会 foundation
          检察院 procuratorate
          研究院 institute academy
          研究所 institute
          办公室 office
          办公厅 office
          组织部 organization department
          协会 association society
          中心 center centre
          集团 group
          公司 company corporation
          银行 bank
          大学 university
          学院 college academy institute
          联盟 alliance league union
          支部 branch
          党委 party committee
          政府 government
          法院 court
          部 ministry department
          司 department division
          局 bureau administration
          厅 department office
          署 administration agency
          院 institute academy court
          所 institute office
          委 commission committee
          会 association council committee
          处 division office
          科 section
          办 office
          """);

  /**
   * Stems of the words that qualify names without telling them apart (Central, Provincial, China).
   */
  private static final Set<String> GENERIC_KEYS =
      Set.copyOf(BilingualLexicon.keysOf(String.join(" ", OrganisationNames.GENERIC)));

  /** Share of an English name's distinctive words that the Chinese name must explain. */
  static final double EXPLAINED = 0.8;

  private final BilingualLexicon lexicon;
  private final TextAnalyzer analyzer;
  private final Map<String, List<Part>> cache = new ConcurrentHashMap<>();

  OrganisationParts(BilingualLexicon lexicon, TextAnalyzer analyzer) {
    this.lexicon = lexicon;
    this.analyzer = analyzer;
  }

  private static List<Map.Entry<String, String>> table(String lines) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String line : lines.strip().split("\n")) {
      int space = line.indexOf(' ');
      out.add(Map.entry(line.substring(0, space), line.substring(space + 1)));
    }
    return List.copyOf(out);
  }

  /**
   * One word of a Chinese name: the English keys it may give and its toneless pinyin (for place
   * names).
   */
  record Part(Set<String> keys, String pinyin) {
    boolean explains(String englishKey) {
      if (keys.contains(englishKey)
          || (englishKey.length() >= 3
              && pinyin.length() >= 3
              && (pinyin.startsWith(englishKey) || englishKey.startsWith(pinyin)))) {
        return true;
      }
      for (String k : keys) {
        if (related(k, englishKey)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Derivations of one stem (societi / social): a common start of at least four letters covering
     * two thirds of the shorter.
     */
    static boolean related(String a, String b) {
      int min = Math.min(a.length(), b.length());
      int p = 0;
      while (p < min && a.charAt(p) == b.charAt(p)) {
        p++;
      }
      return p >= 4 && p * 3 >= min * 2;
    }
  }

  /** The parts of {@code org}, cached for names seen before. */
  List<Part> of(String org) {
    List<Part> parts = cache.get(org);
    if (parts == null) {
      parts = parts(org);
      if (cache.size() < 100_000) { // bounded: unseen names are recomputed, never hoarded
        cache.put(org, parts);
      }
    }
    return parts;
  }

  /** The words of a Chinese organisation name with what each may be rendered as. */
  List<Part> parts(String org) {
    AnalyzedText a = analyzer.analyze(org, "zh");
    List<Part> parts = new ArrayList<>();
    for (Token t : a.tokens()) {
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      Set<String> k = new LinkedHashSet<>(lexicon.englishKeys(t.text()));
      String w = t.text();
      for (int i = 0; w.length() >= 3 && i + 2 <= w.length(); i++) {
        for (int j = i + 2; j <= w.length() && j - i < w.length(); j++) {
          if (lexicon.cedict().contains(w.substring(i, j))) {
            k.addAll(lexicon.englishKeys(w.substring(i, j))); // 电子商务 also gives 电子 "electronic"
          }
        }
      }
      for (Map.Entry<String, String> e : SUFFIX_HEADS) {
        if (t.text().endsWith(e.getKey())) {
          k.addAll(BilingualLexicon.keysOf(e.getValue()));
          break;
        }
      }
      String pinyin =
          t.kind() == Token.Kind.WORD ? String.join("", Pinyin.syllables(t.text(), false)) : "";
      if (!k.isEmpty() || pinyin.length() >= 3) {
        parts.add(new Part(k, pinyin));
      }
    }
    return List.copyOf(parts);
  }

  /**
   * Score of an English name for a Chinese name given as parts: half or more of the parts must be
   * rendered and at least {@link #EXPLAINED} of the English name's distinctive words (not generic
   * qualifiers) explained by some part; 0 otherwise.
   */
  static double score(Set<String> english, List<Part> parts) {
    if (english.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (Part part : parts) {
      if (english.stream().anyMatch(part::explains)) {
        hit++;
      }
    }
    int words = 0;
    int explained = 0;
    for (String k : english) {
      if (GENERIC_KEYS.contains(k) && english.size() > 1) {
        continue;
      }
      words++;
      if (parts.stream().anyMatch(pt -> pt.explains(k))) {
        explained++;
      }
    }
    double srcCover = hit / (double) parts.size();
    double tgtCover = words == 0 ? 1 : explained / (double) words;
    return srcCover >= 0.5 && tgtCover >= EXPLAINED ? srcCover + tgtCover : 0;
  }

  /** {@link #score} with each wanted key as a part of its own (a glossary target's words). */
  static double overlapScore(Set<String> english, Set<String> wanted) {
    return score(english, wanted.stream().map(k -> new Part(Set.of(k), "")).toList());
  }
}
