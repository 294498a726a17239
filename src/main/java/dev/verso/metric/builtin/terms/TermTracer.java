package dev.verso.metric.builtin.terms;

import dev.verso.align.Alignment;
import dev.verso.align.Bead;
import dev.verso.model.Glossary;
import dev.verso.model.GlossaryEntry;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.Token;
import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import dev.verso.text.en.AcronymMentions;
import dev.verso.text.en.OrganisationNames;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.BilingualLexicon.GlossaryHit;
import dev.verso.text.lexicon.BilingualLexicon.HitKind;
import dev.verso.text.lexicon.Cedict;
import dev.verso.text.zh.Pinyin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Traces the terms of a Chinese source to their English renderings through a sentence alignment.
 * Source terms are glossary terms, person names, organisation names (a chain such as 商务部电子商务司 is
 * cut after each organisational suffix: 商务部 | 电子商务司). Ordinary nouns and dictionary place names are
 * left out on purpose: their renderings vary legitimately (经济 economy/economic, 英国 Britain/United
 * Kingdom). Each occurrence is looked up only in the target side of its own segment (an alignment
 * bead, or the title pair): a glossary term by its approved, acronym or forbidden renderings; a
 * person by pinyin; an organisation by the English organisation names and defined acronyms whose
 * words are explained by the glosses, sub-words, suffix heads or pinyin of its words. Within one
 * segment the best-scoring (occurrence, span) pairs are taken first and no English span is used
 * twice. An occurrence without a convincing span stays untraced. Stateless apart from the lexicon;
 * thread-safe.
 */
public final class TermTracer {
  /** What kind of source term. */
  public enum Kind {
    /** A term of the user glossary. */
    GLOSSARY,
    /** A person name. */
    PERSON,
    /** An organisation name. */
    ORGANIZATION
  }

  /**
   * One segment: a source range and the target range that translates it.
   *
   * @param src the source range
   * @param tgt the target range, or null when the source was left untranslated
   * @param id a readable id (bead {@code 3-4} as sentence indices, or {@code title})
   */
  public record Segment(Span src, Span tgt, String id) {}

  /**
   * A source field, its translation field and their segments.
   *
   * @param srcField the source field name
   * @param src the analysed source field
   * @param tgtField the translation field name
   * @param tgt the analysed translation field
   * @param segments aligned segments in source order
   */
  public record Side(
      String srcField,
      AnalyzedText src,
      String tgtField,
      AnalyzedText tgt,
      List<Segment> segments) {}

  /**
   * One source occurrence of a term and its rendering.
   *
   * @param srcField source field
   * @param srcSpan where in the source
   * @param srcText the source surface
   * @param segment id of its segment
   * @param tgtField translation field
   * @param tgtSpan the rendering's span, or null when untraced
   * @param tgtText the rendering as written, or null
   * @param rendering the rendering's comparison key (sorted content-word stems), or null
   */
  public record Occurrence(
      String srcField,
      Span srcSpan,
      String srcText,
      String segment,
      String tgtField,
      Span tgtSpan,
      String tgtText,
      Set<String> rendering) {
    /** True when a rendering was found. */
    public boolean traced() {
      return tgtSpan != null;
    }
  }

  /**
   * A source term with all its occurrences in reading order.
   *
   * @param key identity ({@code g:} glossary target, {@code p:} pinyin, {@code o:} surface)
   * @param label the source surface shown to people
   * @param kind what sort of term
   * @param occurrences every occurrence, traced or not
   */
  public record Term(String key, String label, Kind kind, List<Occurrence> occurrences) {
    /** The traced occurrences. */
    public List<Occurrence> traced() {
      return occurrences.stream().filter(Occurrence::traced).toList();
    }
  }

  /** English heads of Chinese organisational suffixes, longest suffix first. */
  private static final List<Map.Entry<String, String>> SUFFIX_HEADS =
      List.of(
          Map.entry("委员会", "committee commission"),
          Map.entry("联合会", "federation union association"),
          Map.entry("基金会", "foundation"),
          Map.entry("检察院", "procuratorate"),
          Map.entry("研究院", "institute academy"),
          Map.entry("研究所", "institute"),
          Map.entry("办公室", "office"),
          Map.entry("办公厅", "office"),
          Map.entry("组织部", "organization department"),
          Map.entry("协会", "association society"),
          Map.entry("中心", "center centre"),
          Map.entry("集团", "group"),
          Map.entry("公司", "company corporation"),
          Map.entry("银行", "bank"),
          Map.entry("大学", "university"),
          Map.entry("学院", "college academy institute"),
          Map.entry("联盟", "alliance league union"),
          Map.entry("支部", "branch"),
          Map.entry("党委", "party committee"),
          Map.entry("政府", "government"),
          Map.entry("法院", "court"),
          Map.entry("部", "ministry department"),
          Map.entry("司", "department division"),
          Map.entry("局", "bureau administration"),
          Map.entry("厅", "department office"),
          Map.entry("署", "administration agency"),
          Map.entry("院", "institute academy court"),
          Map.entry("所", "institute office"),
          Map.entry("委", "commission committee"),
          Map.entry("会", "association council committee"),
          Map.entry("处", "division office"),
          Map.entry("科", "section"),
          Map.entry("办", "office"));

  private static final Set<String> SUFFIXES =
      Set.of(
          "委员会", "联合会", "协会", "中心", "办公室", "办公厅", "部", "司", "局", "厅", "署", "院", "所", "委", "集团",
          "公司", "银行", "大学", "学院", "基金会", "联盟", "支部", "党委", "组织部", "政府", "法院", "检察院", "研究院", "研究所",
          "办");

  private final BilingualLexicon lexicon;
  private final TextAnalyzer analyzer;
  private final Map<String, List<Part>> partsCache = new java.util.concurrent.ConcurrentHashMap<>();

  /** A tracer over {@code glossary} (may be empty) and the bundled dictionary. */
  public TermTracer(Glossary glossary) {
    this.analyzer = TextAnalyzer.shared();
    this.lexicon = new BilingualLexicon(glossary, Cedict.get());
  }

  /**
   * Every source term of {@code sides} with its occurrences, traced where possible, in
   * first-occurrence order.
   */
  public List<Term> trace(List<Side> sides) {
    Map<String, Term> terms = new LinkedHashMap<>();
    List<Pending> pending = new ArrayList<>();
    for (Side side : sides) {
      for (Candidate c : sourceTerms(side.src())) {
        Segment seg = segmentOf(side.segments(), c.span());
        Pending p = new Pending(side, seg, c);
        pending.add(p);
        terms.computeIfAbsent(c.key(), k -> new Term(k, c.label(), c.kind(), new ArrayList<>()));
      }
    }
    Map<Pending, Found> found = new IdentityHashMap<>();
    Map<Segment, List<Pending>> bySegment =
        new LinkedHashMap<>(); // segments of one side differ by id
    for (Pending p : pending) {
      if (p.seg() != null && p.seg().tgt() != null) {
        bySegment.computeIfAbsent(p.seg(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<AnalyzedText, TargetInfo> infos = new IdentityHashMap<>();
    for (var e : bySegment.entrySet()) {
      Side side = e.getValue().get(0).side();
      TargetInfo info = infos.computeIfAbsent(side.tgt(), TargetInfo::new);
      assign(e.getKey(), e.getValue(), info, found);
    }
    for (Pending p : pending) {
      Found f = found.get(p);
      Candidate c = p.c();
      String segId = p.seg() == null ? "" : p.seg().id();
      terms
          .get(c.key())
          .occurrences()
          .add(
              f == null
                  ? new Occurrence(
                      p.side().srcField(),
                      c.span(),
                      c.text(),
                      segId,
                      p.side().tgtField(),
                      null,
                      null,
                      null)
                  : new Occurrence(
                      p.side().srcField(),
                      c.span(),
                      c.text(),
                      segId,
                      p.side().tgtField(),
                      f.span(),
                      f.span().of(p.side().tgt().raw()),
                      f.rendering()));
    }
    List<Term> out = new ArrayList<>();
    for (Term t : terms.values()) {
      if (!t.occurrences().isEmpty()) {
        out.add(new Term(t.key(), t.label(), t.kind(), List.copyOf(t.occurrences())));
      }
    }
    return out;
  }

  private record Candidate(
      String key,
      String label,
      Kind kind,
      Span span,
      String text,
      GlossaryEntry entry,
      Anchor anchor) {}

  private record Pending(Side side, Segment seg, Candidate c) {}

  private record Found(Span span, Set<String> rendering) {}

  private record Option(Pending p, Span span, Set<String> rendering, double score) {}

  /**
   * The segments of a sentence alignment: one per bead with source sentences, ids {@code i-j} or
   * {@code i..k-j..l} (0-based sentences).
   */
  public static List<Segment> segments(Alignment a) {
    List<Segment> out = new ArrayList<>();
    for (Bead b : a.beads()) {
      if (b.srcCount() == 0) {
        continue;
      }
      Span src =
          new Span(a.srcSpans().get(b.srcStart()).start(), a.srcSpans().get(b.srcEnd() - 1).end());
      Span tgt =
          b.tgtCount() == 0
              ? null
              : new Span(
                  a.tgtSpans().get(b.tgtStart()).start(), a.tgtSpans().get(b.tgtEnd() - 1).end());
      out.add(new Segment(src, tgt, beadId(b)));
    }
    return out;
  }

  /**
   * A readable bead id: source sentences, a dash, target sentences ({@code 2-2}, {@code 3..4-3},
   * {@code 5-} for an omission).
   */
  public static String beadId(Bead b) {
    return range(b.srcStart(), b.srcEnd()) + "-" + range(b.tgtStart(), b.tgtEnd());
  }

  private static String range(int a, int b) {
    if (b <= a) {
      return "";
    }
    return b == a + 1 ? Integer.toString(a) : a + ".." + (b - 1);
  }

  private static Segment segmentOf(List<Segment> segments, Span s) {
    for (Segment g : segments) {
      if (g.src().start() <= s.start() && s.end() <= g.src().end()) {
        return g;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- source side

  private List<Candidate> sourceTerms(AnalyzedText src) {
    String raw = src.raw();
    List<Candidate> out = new ArrayList<>();
    List<Span> taken = new ArrayList<>();
    for (GlossaryHit h : lexicon.longestHits(raw, true)) {
      GlossaryEntry g = h.entry();
      if (runsOn(raw, h.span())) {
        taken.add(h.span());
        continue;
      }
      out.add(
          new Candidate(
              "g:" + g.target().toLowerCase(Locale.ROOT),
              g.source(),
              Kind.GLOSSARY,
              h.span(),
              h.text(),
              g,
              null));
      taken.add(h.span());
    }
    for (Anchor a : src.anchors(AnchorType.PERSON)) {
      if (free(taken, a.span())) {
        out.add(
            new Candidate(
                "p:" + a.value(), a.text(), Kind.PERSON, a.span(), a.span().of(raw), null, a));
        taken.add(a.span());
      }
    }
    for (Anchor a : src.anchors(AnchorType.ORGANIZATION)) {
      for (Span s : splitOrganisation(src, a.span())) {
        if (free(taken, s) && s.length() >= 2 && !runsOn(raw, s)) {
          String text = s.of(raw);
          out.add(new Candidate("o:" + text, text, Kind.ORGANIZATION, s, text, null, null));
          taken.add(s);
        }
      }
    }
    out.sort(Comparator.comparing(Candidate::span));
    return out;
  }

  /**
   * True when the last character of a term and the next one form a dictionary word, so that the
   * term may not end there: 公安部门 is "public security departments", not 公安部 "the Ministry of Public
   * Security"; 商务部长 is the minister, not the ministry.
   */
  private boolean runsOn(String raw, Span s) {
    int e = s.end();
    return e < raw.length() && e >= 1 && lexicon.cedict().contains(raw.substring(e - 1, e + 1));
  }

  private static boolean free(List<Span> taken, Span s) {
    for (Span t : taken) {
      if (s.start() < t.end() && t.start() < s.end()) {
        return false;
      }
    }
    return true;
  }

  /** Cuts an organisation chain after every token that ends in an organisational suffix. */
  private static List<Span> splitOrganisation(AnalyzedText src, Span org) {
    List<Span> out = new ArrayList<>();
    int start = org.start();
    for (Token t : src.tokens()) {
      if (t.span().start() < org.start() || t.span().end() > org.end()) {
        continue;
      }
      if (endsInSuffix(t.text()) && t.span().end() > start) {
        out.add(new Span(start, t.span().end()));
        start = t.span().end();
      }
    }
    if (start < org.end() && !out.isEmpty()) {
      Span last = out.remove(out.size() - 1);
      out.add(new Span(last.start(), org.end()));
    } else if (out.isEmpty()) {
      out.add(org);
    }
    return out;
  }

  private static boolean endsInSuffix(String w) {
    for (String s : SUFFIXES) {
      if (w.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- target side

  /**
   * What the English field offers: organisation names, acronyms with their definitions, glossary
   * hits, tokens.
   */
  private final class TargetInfo {
    final AnalyzedText tgt;
    final List<OrganisationNames.Name> names;
    final List<AcronymMentions.Mention> acronyms;
    final Map<String, String> definitions = new HashMap<>();
    final List<GlossaryHit> glossaryHits;

    TargetInfo(AnalyzedText tgt) {
      this.tgt = tgt;
      this.names = OrganisationNames.find(tgt.raw());
      this.acronyms = AcronymMentions.find(tgt.raw());
      for (AcronymDefinition d : AcronymExtractor.extract(tgt.raw())) {
        definitions.putIfAbsent(AcronymMentions.acronymBase(d.shortForm()), d.longForm());
      }
      this.glossaryHits = lexicon.hits(tgt.raw(), false);
    }
  }

  private static boolean inside(Span outer, Span s) {
    return outer.start() <= s.start() && s.end() <= outer.end();
  }

  /** Sorted content-word stems of an English phrase. */
  public static Set<String> renderingKey(String english) {
    return new TreeSet<>(BilingualLexicon.keysOf(english));
  }

  private void assign(Segment seg, List<Pending> ps, TargetInfo info, Map<Pending, Found> found) {
    List<Option> options = new ArrayList<>();
    for (Pending p : ps) {
      switch (p.c().kind()) {
        case GLOSSARY -> glossaryOptions(seg, p, info, options);
        case PERSON -> personOptions(seg, p, info, options);
        case ORGANIZATION -> organisationOptions(seg, p, info, options);
      }
    }
    options.sort(
        Comparator.comparingDouble((Option o) -> -o.score())
            .thenComparing(o -> o.p().c().span())
            .thenComparing(Option::span));
    List<Span> used = new ArrayList<>();
    for (Option o : options) {
      if (found.containsKey(o.p()) || !free(used, o.span())) {
        continue;
      }
      found.put(o.p(), new Found(o.span(), o.rendering()));
      used.add(o.span());
    }
  }

  private void glossaryOptions(Segment seg, Pending p, TargetInfo info, List<Option> out) {
    GlossaryEntry g = p.c().entry();
    for (GlossaryHit h : info.glossaryHits) {
      if (!inside(seg.tgt(), h.span()) || !h.entry().target().equalsIgnoreCase(g.target())) {
        continue;
      }
      Set<String> key =
          h.kind() == HitKind.FORBIDDEN ? renderingKey(h.text()) : renderingKey(g.target());
      out.add(new Option(p, h.span(), key, 30 + h.span().length() / 1000.0));
    }
    // other renderings: organisation names explained by the approved target's words
    Set<String> keys = new LinkedHashSet<>(BilingualLexicon.keysOf(g.target()));
    for (OrganisationNames.Name n : info.names) {
      if (inside(seg.tgt(), n.span())) {
        Set<String> c = renderingKey(n.text());
        double s = overlapScore(c, keys);
        if (s > 0) {
          out.add(new Option(p, n.span(), c, 10 + s));
        }
      }
    }
  }

  private void personOptions(Segment seg, Pending p, TargetInfo info, List<Option> out) {
    for (Anchor a : info.tgt.anchors(AnchorType.PERSON)) {
      if (inside(seg.tgt(), a.span()) && analyzer.matcher().matches(p.c().anchor(), a)) {
        out.add(new Option(p, a.span(), renderingKey(a.span().of(info.tgt.raw())), 20));
      }
    }
  }

  private void organisationOptions(Segment seg, Pending p, TargetInfo info, List<Option> out) {
    List<Part> parts = partsCache.get(p.c().text());
    if (parts == null) {
      parts = parts(p.c().text());
      if (partsCache.size() < 100_000) { // bounded: unseen names are recomputed, never hoarded
        partsCache.put(p.c().text(), parts);
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    for (OrganisationNames.Name n : info.names) {
      if (inside(seg.tgt(), n.span())) {
        Set<String> c = renderingKey(n.text());
        double s = partsScore(c, parts);
        if (s > 0) {
          out.add(new Option(p, n.span(), c, 10 + s));
        }
      }
    }
    for (AcronymMentions.Mention m : info.acronyms) {
      String longForm = info.definitions.get(m.base());
      if (longForm != null && inside(seg.tgt(), m.span())) {
        Set<String> c = renderingKey(longForm);
        double s = partsScore(c, parts);
        if (s > 0) {
          out.add(new Option(p, m.span(), c, 10 + s));
        }
      }
    }
  }

  /** The words of a Chinese organisation name with what each may be rendered as. */
  private List<Part> parts(String org) {
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
   * One word of a Chinese name: the English keys it may give and its toneless pinyin (for place
   * names).
   */
  private record Part(Set<String> keys, String pinyin) {
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

  /**
   * Stems of the words that qualify names without telling them apart (Central, Provincial, China).
   */
  private static final Set<String> GENERIC_KEYS =
      Set.copyOf(BilingualLexicon.keysOf(String.join(" ", OrganisationNames.GENERIC)));

  /**
   * Score of an English name for a Chinese name given as parts: half or more of the parts must be
   * rendered and at least {@link #EXPLAINED} of the English name's distinctive words (not generic
   * qualifiers) explained by some part; 0 otherwise.
   */
  private static double partsScore(Set<String> english, List<Part> parts) {
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

  /** Share of an English name's distinctive words that the Chinese name must explain. */
  static final double EXPLAINED = 0.8;

  private static double overlapScore(Set<String> english, Set<String> wanted) {
    return partsScore(english, wanted.stream().map(k -> new Part(Set.of(k), "")).toList());
  }
}
