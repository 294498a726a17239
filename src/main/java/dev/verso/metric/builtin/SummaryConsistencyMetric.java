package dev.verso.metric.builtin;

import dev.verso.Version;
import dev.verso.align.Alignment;
import dev.verso.align.SummarySupport;
import dev.verso.metric.Alignments;
import dev.verso.metric.CheckSpec;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.Options;
import dev.verso.metric.Signature;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.metric.builtin.summary.AlignedEdits;
import dev.verso.metric.builtin.summary.Fact;
import dev.verso.metric.builtin.summary.FactSupport;
import dev.verso.metric.builtin.summary.Novelty;
import dev.verso.metric.builtin.summary.Polarity;
import dev.verso.metric.builtin.summary.Roles;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Rounding;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.TextAnalyzer;
import dev.verso.text.en.WordNetLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SUMMARY_CONSISTENCY: whether a summary says only what its translation (and, through the
 * alignment, the source) says. Each summary sentence is linked to its supporting translation
 * sentences; its facts (numbers, dates, names, organisations, acronyms, capitalised names) must be
 * found in the translation or the source ({@code UNSUPPORTED_FACT}), must not flip polarity, change
 * a number or swap the actors of its supporting sentence ({@code CONTRADICTION}), and the
 * translation's salient facts should appear in it ({@code KEY_FACT_OMITTED}). The translated title
 * is checked against the content and the source title ({@code TITLE_MISMATCH}).
 *
 * <p>Each sentence is also compared with its one to three best supporting sentences for small edits
 * ({@link AlignedEdits}: an antonym, a changed modality, swapped roles) and its novel common words
 * are looked up in WordNet ({@code UNSUPPORTED_WORD} when no base form, synonym or derivation of
 * them occurs). Each summary sentence gets a support score: {@link #SHARE_FLOOR} plus the rest
 * times the rarity-weighted share of its content that its single best supporting sentence holds,
 * times {@link #PROBLEM_FACTOR} for every unsupported fact or contradiction, {@link #EDIT_FACTOR}
 * for every edit and {@link #UNLINKED_FACTOR} for every unsupported word. A summary is as
 * consistent as its weakest sentence, so the statistics per unit are [weakest sentence support, 1
 * summary, sum of sentence supports, sentences, supported facts, checked facts (with
 * contradictions)]; they sum over a corpus and the score is the first over the second: the mean
 * weakest-sentence support.
 */
public final class SummaryConsistencyMetric implements Metric {
  /** Metric id. */
  public static final String ID = "SUMMARY_CONSISTENCY";

  /** Check id of a summary fact found in neither the translation nor the source. */
  public static final String UNSUPPORTED_FACT = "UNSUPPORTED_FACT";

  /** Check id of a summary sentence that contradicts its supporting sentence. */
  public static final String CONTRADICTION = "CONTRADICTION";

  /** Check id of a salient translation fact missing from the summary. */
  public static final String KEY_FACT_OMITTED = "KEY_FACT_OMITTED";

  /**
   * Check id of a common content word of the summary that the translation never uses, neither as it
   * is nor through a WordNet base form, synonym or derivationally related form.
   */
  public static final String UNSUPPORTED_WORD = "UNSUPPORTED_WORD";

  /** Check id of a translated title that the content or the source title does not bear out. */
  public static final String TITLE_MISMATCH = "TITLE_MISMATCH";

  /**
   * A supporting sentence must hold at least this share of a summary sentence to be compared for
   * contradictions.
   */
  static final double COMPARE_MIN = 0.5;

  /**
   * The support of a summary sentence is multiplied by this for every novel number or rare word in
   * it (see {@link Novelty}). This and the other factors were chosen from a grid of round values
   * ({@link #SHARE_FLOOR} in {0, 0.3, 0.5, 0.7, 0.8, 0.9}; this in {1, 0.9, 0.8, 0.7}; problems in
   * {0.5, 0.3, 0.2}; edits in {1, 0.5, 0.3}; unlinked words in {1, 0.95, 0.9}) by ROC-AUC on the
   * {@code evaluation} split of SummEdits (seven non-news domains), among the settings that keep
   * ROC-AUC on half A of the QAGS split at or above the previous formula's; the {@code test} split
   * and QAGS half B were only reported. Unsupported facts and edits carry the signal; a novel
   * number or rare word is already reported as a fact when it is one, so it costs nothing more.
   */
  static final double NOVEL_FACTOR = 1.0;

  /**
   * The support of a summary sentence is multiplied by this for every unsupported fact or
   * contradiction in it.
   */
  static final double PROBLEM_FACTOR = 0.2;

  /**
   * The support of a summary sentence is multiplied by this for every novel common word WordNet
   * does not link to the translation.
   */
  static final double UNLINKED_FACTOR = 0.95;

  /**
   * The support of a summary sentence is multiplied by this for every antonym, modality or role
   * edit against its support.
   */
  static final double EDIT_FACTOR = 0.3;

  /**
   * The overlap part of a sentence's support: {@code SHARE_FLOOR + (1 - SHARE_FLOOR) * bestShare}.
   * Word overlap says little about small edits (on SummEdits it ranks edited summaries no better
   * than chance), so it only breaks ties between sentences with the same problems.
   */
  static final double SHARE_FLOOR = 0.3;

  private final Signature signature;

  SummaryConsistencyMetric(Options o) {
    this.signature = Signature.of(ID, o.asMap(), Version.VERSION);
    Novelty.preload(); // the vocabulary of novel words loads while the input is read
    WordNetLexicon.preload();
    Roles.preload();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Signature signature() {
    return signature;
  }

  @Override
  public List<String> statNames() {
    return List.of(
        "weakestSupport", "summaries", "sentenceSupport", "sentences", "supportedFacts", "facts");
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    List<Finding> findings = new ArrayList<>();
    AnalyzedText tr = Alignments.translation(unit);
    AnalyzedText src = Alignments.source(unit);
    checkTitle(unit, tr, src, findings);
    AnalyzedText sum = Alignments.summary(unit);
    if (sum == null) {
      return new Measurement(null, findings, new LinkedHashMap<>(), "no summary");
    }
    SummarySupport support = Alignments.summarySupport(unit);
    Alignment alignment = Alignments.of(unit);
    int[] beadOf = alignment == null ? new int[0] : alignment.beadOfTarget();
    FactSupport inTranslation = new FactSupport(tr);
    Set<String> trBigrams = FactSupport.bigrams(tr, 0, tr.sentences().size());
    Set<String> trTrigrams = FactSupport.ngrams(tr, 0, tr.sentences().size(), 3);
    double supportSum = 0;
    double weakest = 1;
    Set<String> trNegated = null;
    FactSupport inTitle = null;
    int supportedFacts = 0;
    int checkedFacts = 0;
    List<Map<String, Object>> sentences = new ArrayList<>();
    for (int s = 0; s < sum.sentences().size(); s++) {
      SummarySupport.Link link = support.sentences().get(s);
      List<Fact> facts = Fact.of(sum, s);
      int supported = 0;
      int contradictions = 0;
      int best =
          link.tgt().isEmpty() || link.scores().get(0) < COMPARE_MIN ? -1 : link.tgt().get(0);
      List<Fact> unsupported = new ArrayList<>();
      int edits = 0;
      List<Span> editSpans = new ArrayList<>();
      List<String> editTypes = new ArrayList<>();
      for (Fact f : facts) {
        if (inTranslation.supports(f) || (src != null && supportedBySource(f, src))) {
          supported++;
        } else {
          unsupported.add(f);
        }
      }
      for (Fact f : unsupported) {
        Fact rival = best < 0 ? null : inTranslation.rival(f, best, facts);
        if (f.isCount() && hedgeHolds(f, sum, inTranslation, link.tgt(), facts)) {
          supported++;
          continue;
        }
        if (rival != null
            && f.isCount()
            && rival.isCount()
            && inTranslation.sameUnit(f, sum, rival)) {
          contradictions++;
          findings.add(
              finding(
                  CONTRADICTION,
                  IssueType.MISTRANSLATION,
                  Severity.MAJOR,
                  f.span(),
                  "The summary says "
                      + quote(f.text())
                      + " where the translation says "
                      + quote(rival.text())
                      + ".",
                  List.of(rival.text()),
                  evidence(f, best, tr, rival)));
        } else if (rival != null) {
          findings.add(
              finding(
                  UNSUPPORTED_FACT,
                  IssueType.ADDITION,
                  Severity.MAJOR,
                  f.span(),
                  "The summary's "
                      + f.kind()
                      + " "
                      + quote(f.text())
                      + " differs from the supporting sentence's "
                      + quote(rival.text())
                      + ".",
                  List.of(rival.text()),
                  evidence(f, best, tr, rival)));
        } else {
          findings.add(
              finding(
                  UNSUPPORTED_FACT,
                  IssueType.ADDITION,
                  Severity.MAJOR,
                  f.span(),
                  "The summary's "
                      + f.kind()
                      + " "
                      + quote(f.text())
                      + " is found neither in the translation nor in the source.",
                  List.of(),
                  evidence(f, best, tr, null)));
        }
      }
      if (best >= 0) {
        Span flip = Polarity.flipped(sum, s, tr, link.tgt());
        if (flip == null) {
          if (trNegated == null) {
            trNegated = Polarity.negatedKeys(tr);
          }
          flip = Polarity.flippedAgainstText(sum, s, inTranslation, trNegated);
        }
        if (flip != null) {
          contradictions++;
          findings.add(
              finding(
                  CONTRADICTION,
                  IssueType.MISTRANSLATION,
                  Severity.MAJOR,
                  flip,
                  "The summary's polarity differs from its supporting sentence "
                      + quote(tr.sentenceText(best))
                      + ".",
                  List.of(),
                  editEvidence("negation", best, tr, null)));
        }
        Span swap = Polarity.swappedActors(sum, s, tr, best);
        if (swap != null) {
          contradictions++;
          findings.add(
              finding(
                  CONTRADICTION,
                  IssueType.MISTRANSLATION,
                  Severity.MAJOR,
                  swap,
                  "The summary swaps the actors of its supporting sentence "
                      + quote(tr.sentenceText(best))
                      + ".",
                  List.of(),
                  editEvidence("relation", best, tr, null)));
        }
        for (AlignedEdits.Edit e :
            AlignedEdits.contradictions(sum, s, tr, link.tgt(), inTranslation)) {
          if (swap != null && e.type().equals(AlignedEdits.RELATION)) {
            continue; // the actors' swap is already reported
          }
          edits++;
          editTypes.add(e.type());
          editSpans.add(e.span());
          findings.add(
              finding(
                  CONTRADICTION,
                  IssueType.MISTRANSLATION,
                  Severity.MAJOR,
                  e.span(),
                  editMessage(e, tr),
                  List.of(e.supportText()),
                  editEvidence(e.type(), e.tgt(), tr, e.tgtSpan())));
        }
      }
      Novelty novelty = Novelty.of(sum, s, inTranslation);
      List<Span> unlinked = new ArrayList<>();
      for (Span w : novelty.common()) {
        String word = w.of(sum.raw());
        if (insideFact(w, facts) || AlignedEdits.isOperator(word) || overlaps(w, editSpans)) {
          continue; // a fact is checked as a fact; a negation, a modal or an edited word by its own
          // check
        }
        String lw = word.toLowerCase(Locale.ROOT);
        if (inTitle == null) {
          String title = unit.translation().title();
          inTitle =
              new FactSupport(TextAnalyzer.shared().analyze(title == null ? "" : title, "en"));
        }
        // the translated title is part of what a summary may draw on
        if (!AlignedEdits.linked(lw, inTranslation) && !inTitle.hasWord(lw)) {
          unlinked.add(w);
          // INFO: a paraphrase WordNet cannot link ("with the purpose of" for "in order to") reads
          // the same
          findings.add(
              finding(
                  UNSUPPORTED_WORD,
                  IssueType.ADDITION,
                  Severity.INFO,
                  w,
                  "The summary's word "
                      + quote(word)
                      + " is found in the translation neither as it is nor as a synonym or related form.",
                  List.of(),
                  editEvidence("addition", best, tr, null)));
        }
      }
      Set<String> bigrams = FactSupport.bigrams(sum, s, s + 1);
      double bigramShare = share(bigrams, trBigrams);
      double trigramShare = share(FactSupport.ngrams(sum, s, s + 1, 3), trTrigrams);
      int problems = facts.size() - supported + contradictions;
      double bestShare = link.scores().isEmpty() ? 0.0 : link.scores().get(0);
      double sentenceScore =
          Rounding.to3(
              (SHARE_FLOOR + (1 - SHARE_FLOOR) * bestShare)
                  * Math.pow(NOVEL_FACTOR, novelty.numbers().size() + novelty.rare().size())
                  * Math.pow(PROBLEM_FACTOR, problems)
                  * Math.pow(UNLINKED_FACTOR, unlinked.size())
                  * Math.pow(EDIT_FACTOR, edits));
      supportSum += sentenceScore;
      weakest = Math.min(weakest, sentenceScore);
      supportedFacts += supported;
      checkedFacts += facts.size() + contradictions;
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("span", List.of(link.span().start(), link.span().end()));
      d.put("tgt", link.tgt());
      d.put("tgtScores", link.scores());
      TreeSet<Integer> srcSentences = new TreeSet<>();
      for (int j : link.tgt()) {
        if (j < beadOf.length && beadOf[j] >= 0) {
          srcSentences.addAll(alignment.beads().get(beadOf[j]).src());
        }
      }
      d.put("src", List.copyOf(srcSentences));
      d.put("coverage", link.coverage());
      d.put("bigramShare", Rounding.to3(bigramShare));
      d.put("trigramShare", Rounding.to3(trigramShare));
      d.put("facts", facts.size());
      d.put("supportedFacts", supported);
      d.put("problems", problems);
      d.put("bestShare", bestShare);
      d.put("content", novelty.content());
      d.put("novelNumbers", novelty.numbers().size());
      d.put("novelRare", novelty.rare().size());
      d.put("novelCommon", novelty.common().size());
      d.put("novel", novelWords(novelty, sum.raw()));
      List<dev.verso.text.Token> displaced =
          AlignedEdits.displaced(sum, s, tr, link.tgt(), inTranslation);
      int displacedRare = 0;
      for (dev.verso.text.Token t : displaced) {
        if (t.kind() == dev.verso.text.Token.Kind.NUMBER
            || Character.isUpperCase(t.text().charAt(0))
            || !t.text().chars().allMatch(Character::isLetter)) {
          displacedRare++;
        }
      }
      d.put("displaced", displaced.size());
      d.put("displacedRare", displacedRare);
      d.put("unlinked", unlinked.size());
      d.put("edits", edits);
      d.put("editTypes", editTypes);
      d.put("support", sentenceScore);
      sentences.add(d);
    }
    omissions(sum, tr, findings);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("sentences", sentences);
    if (sum.sentences().isEmpty()) {
      return new Measurement(null, findings, details, "empty summary");
    }
    double[] stats = {
      weakest, 1, Rounding.to3(supportSum), sum.sentences().size(), supportedFacts, checkedFacts
    };
    return new Measurement(stats, findings, details, null);
  }

  private static Map<String, Object> ordered(String key, Object value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(key, value);
    return m;
  }

  private static boolean overlaps(Span w, List<Span> spans) {
    for (Span x : spans) {
      if (w.start() < x.end() && x.start() < w.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideFact(Span w, List<Fact> facts) {
    for (Fact f : facts) {
      if (w.start() < f.span().end() && f.span().start() < w.end()) {
        return true;
      }
    }
    return false;
  }

  /** The novel words of a sentence in text order, each as {kind, span, text}. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> novelWords(Novelty n, String raw) {
    List<Map<String, Object>> out = new ArrayList<>();
    addNovel(out, "number", n.numbers(), raw);
    addNovel(out, "rare", n.rare(), raw);
    addNovel(out, "common", n.common(), raw);
    out.sort(
        (a, b) ->
            Integer.compare(
                ((List<Integer>) a.get("span")).get(0), ((List<Integer>) b.get("span")).get(0)));
    return out;
  }

  private static void addNovel(
      List<Map<String, Object>> out, String kind, List<Span> spans, String raw) {
    for (Span sp : spans) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", kind);
      m.put("span", List.of(sp.start(), sp.end()));
      m.put("text", sp.of(raw));
      out.add(m);
    }
  }

  /**
   * True when a hedged number ("more than 30") agrees with a number of one of its supporting
   * sentences.
   */
  private static boolean hedgeHolds(
      Fact f, AnalyzedText sum, FactSupport tr, List<Integer> tgt, List<Fact> facts) {
    for (int j : tgt) {
      Fact rival = tr.rival(f, j, facts);
      if (rival != null && FactSupport.hedgeHolds(f, sum, rival)) {
        return true;
      }
    }
    return false;
  }

  private static boolean supportedBySource(Fact f, AnalyzedText src) {
    if (f.anchor() == null) {
      return false;
    }
    var matcher = TextAnalyzer.shared().matcher();
    for (Anchor a : src.anchors()) {
      if (matcher.matches(a, f.anchor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fact in this many translation sentences recurs enough to be a key fact wherever it stands.
   */
  static final int RECURS = 3;

  /**
   * Salient facts of the translation that the summary clearly leaves out. Key facts are the lead
   * sentence's who (people, organisations, acronyms) and when (dates, but not a bare year), and any
   * name, organisation, acronym, date, amount of money or percentage in {@link #RECURS} or more
   * sentences (two when one of them is the lead, except for a bare year). A fact is clearly missing
   * when the summary neither states it nor uses any of its content words (a surname, part of an
   * organisation's name), and, for a date or an amount, states no fact of that kind at all (a
   * different one is an unsupported fact, reported as such).
   */
  private static void omissions(AnalyzedText sum, AnalyzedText tr, List<Finding> findings) {
    if (tr.sentences().isEmpty()) {
      return;
    }
    FactSupport inSummary = new FactSupport(sum);
    Set<AnchorType> summaryKinds = new HashSet<>();
    for (Anchor a : sum.anchors()) {
      summaryKinds.add(a.type());
    }
    Map<String, List<Integer>> sentencesOf = new LinkedHashMap<>();
    Map<String, Anchor> first = new LinkedHashMap<>();
    for (int i = 0; i < tr.sentences().size(); i++) {
      Span sp = tr.sentences().get(i).span();
      for (Anchor a : tr.anchors()) {
        if (!salient(a.type()) || a.span().start() < sp.start() || a.span().end() > sp.end()) {
          continue;
        }
        String key = a.type() + ":" + a.value();
        first.putIfAbsent(key, a);
        List<Integer> in = sentencesOf.computeIfAbsent(key, k -> new ArrayList<>());
        if (!in.contains(i)) {
          in.add(i);
        }
      }
    }
    Set<String> reported = new HashSet<>();
    for (Map.Entry<String, Anchor> e : first.entrySet()) {
      Anchor a = e.getValue();
      List<Integer> in = sentencesOf.get(e.getKey());
      boolean inLead = in.get(0) == 0;
      boolean who =
          a.type() == AnchorType.PERSON
              || a.type() == AnchorType.ORGANIZATION
              || a.type() == AnchorType.ACRONYM;
      // a bare year is background ("since 2013") more often than the event's date: it counts only
      // by recurring
      boolean bareYear = a.type() == AnchorType.DATE && a.value().matches("\\d{4}");
      boolean key =
          in.size() >= RECURS
              || (!bareYear && inLead && (who || a.type() == AnchorType.DATE || in.size() >= 2));
      if (!key
          || !clearlyMissing(a, inSummary, summaryKinds)
          || !reported.add(a.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String why = inLead ? "the lead sentence's" : "a recurring";
      findings.add(
          new Finding(
              KEY_FACT_OMITTED,
              IssueType.OMISSION,
              Severity.MINOR,
              Fields.TRANSLATION_TEXT,
              a.span(),
              "The summary leaves out "
                  + why
                  + " "
                  + Fact.kindOf(a.type())
                  + " "
                  + quote(a.text())
                  + ".",
              List.of(),
              ordered("sentences", in)));
    }
  }

  /**
   * True when the summary neither states the fact, nor uses any of its content words, nor (for
   * dates and amounts) states another of its kind.
   */
  private static boolean clearlyMissing(
      Anchor a, FactSupport inSummary, Set<AnchorType> summaryKinds) {
    if (inSummary.supports(Fact.of(a))) {
      return false;
    }
    return switch (a.type()) {
      case DATE, MONEY, PERCENT -> !summaryKinds.contains(a.type());
      default -> {
        for (String w : FactSupport.contentWords(a.text())) {
          if (w.length() > 2 && inSummary.hasWord(w)) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  /**
   * Who and when (names, organisations, acronyms, dates) and measured amounts (money, percentages);
   * bare counts and times are not key facts.
   */
  private static boolean salient(AnchorType t) {
    return t == AnchorType.PERSON
        || t == AnchorType.ORGANIZATION
        || t == AnchorType.ACRONYM
        || t == AnchorType.DATE
        || t == AnchorType.MONEY
        || t == AnchorType.PERCENT;
  }

  /**
   * Organisations or people named in the translated title but not in the content; title facts the
   * source title contradicts.
   */
  private static void checkTitle(
      EvaluationContext unit, AnalyzedText tr, AnalyzedText src, List<Finding> findings) {
    String title = unit.translation().title();
    if (title == null || title.isBlank()) {
      return;
    }
    AnalyzedText t = TextAnalyzer.shared().analyze(title, "en");
    FactSupport content = new FactSupport(tr);
    String srcTitle = unit.source() == null ? null : unit.source().title();
    AnalyzedText st =
        srcTitle == null || srcTitle.isBlank()
            ? null
            : TextAnalyzer.shared().analyze(srcTitle, unit.source().lang());
    var matcher = TextAnalyzer.shared().matcher();
    for (Anchor a : t.anchors()) {
      if (a.type() == AnchorType.LATIN || a.type() == AnchorType.TIME) {
        continue;
      }
      boolean named =
          a.type() == AnchorType.ORGANIZATION
              || a.type() == AnchorType.PERSON
              || a.type() == AnchorType.ACRONYM;
      int missing = content.missingWords(a.text());
      // a title is title-cased, so its name chunks run long: only a name mostly absent from the
      // content counts
      if (named
          && !content.supports(Fact.of(a))
          && (a.type() == AnchorType.ACRONYM
              || missing * 2 > FactSupport.contentWords(a.text()).size())) {
        findings.add(
            new Finding(
                TITLE_MISMATCH,
                IssueType.ADDITION,
                Severity.MAJOR,
                Fields.TRANSLATION_TITLE,
                a.span(),
                "The title names " + quote(a.text()) + ", which the content does not mention.",
                List.of(),
                new LinkedHashMap<>()));
        continue;
      }
      if (st != null
          && TextAnalyzer.isChinese(unit.source().lang())
          && a.type() != AnchorType.ORGANIZATION) {
        boolean sameKindInSource = false;
        boolean matched = false;
        for (Anchor z : st.anchors()) {
          sameKindInSource |= Fact.kindOf(z.type()).equals(Fact.kindOf(a.type()));
          matched |= matcher.matches(z, a);
        }
        if (sameKindInSource && !matched) {
          findings.add(
              new Finding(
                  TITLE_MISMATCH,
                  IssueType.MISTRANSLATION,
                  Severity.MAJOR,
                  Fields.TRANSLATION_TITLE,
                  a.span(),
                  "The title's "
                      + Fact.kindOf(a.type())
                      + " "
                      + quote(a.text())
                      + " does not match the source title.",
                  List.of(),
                  new LinkedHashMap<>()));
        }
      }
    }
  }

  /**
   * Evidence of a fact finding: its kind, the type of edit, the supporting sentence and, when there
   * is one, the rival fact's span.
   */
  private static Map<String, Object> evidence(Fact f, int best, AnalyzedText tr, Fact rival) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", f.kind());
    m.put("edit", editOf(f));
    if (best >= 0) {
      m.put("tgt", best);
      Span sp = tr.sentences().get(best).span();
      m.put("tgtSpan", List.of(sp.start(), sp.end()));
    }
    if (rival != null) {
      m.put("supportSpan", List.of(rival.span().start(), rival.span().end()));
    }
    return m;
  }

  /** The edit type of a fact: numbers, dates and quantities, or entities. */
  private static String editOf(Fact f) {
    return switch (f.kind()) {
      case "number", "money", "percentage", "quantity" -> "number";
      case "date", "time" -> "date";
      default -> "entity";
    };
  }

  /**
   * Evidence of an edit finding: the type of edit, the translation sentence compared with ({@code
   * tgt}, {@code tgtSpan}) and the contradicting words in it ({@code supportSpan}) when known.
   */
  private static Map<String, Object> editEvidence(
      String edit, int tgt, AnalyzedText tr, Span supportSpan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("edit", edit);
    if (tgt >= 0) {
      m.put("tgt", tgt);
      Span sp = tr.sentences().get(tgt).span();
      m.put("tgtSpan", List.of(sp.start(), sp.end()));
    }
    if (supportSpan != null) {
      m.put("supportSpan", List.of(supportSpan.start(), supportSpan.end()));
    }
    return m;
  }

  private static String editMessage(AlignedEdits.Edit e, AnalyzedText tr) {
    String summary = quote(e.summaryText());
    String support = quote(e.supportText());
    String sentence = quote(tr.sentenceText(e.tgt()));
    return switch (e.type()) {
      case AlignedEdits.ANTONYM ->
          "The summary says %s where its supporting sentence says the opposite, %s: %s."
              .formatted(summary, support, sentence);
      case AlignedEdits.ENTITY ->
          "The summary says %s where its supporting sentence names another of the kind, %s: %s."
              .formatted(summary, support, sentence);
      case AlignedEdits.MODALITY ->
          "The summary's %s changes the certainty of its supporting sentence's %s: %s."
              .formatted(summary, support, sentence);
      default ->
          "The summary's %s swaps the roles of its supporting sentence's %s."
              .formatted(summary, support);
    };
  }

  private static Finding finding(
      String check,
      IssueType type,
      Severity sev,
      Span span,
      String msg,
      List<String> sugg,
      Map<String, Object> ev) {
    return new Finding(check, type, sev, Fields.SUMMARY, span, msg, sugg, ev);
  }

  private static double share(Set<String> part, Set<String> whole) {
    if (part.isEmpty()) {
      return 1;
    }
    int hit = 0;
    for (String x : part) {
      if (whole.contains(x)) {
        hit++;
      }
    }
    return (double) hit / part.size();
  }

  static String quote(String s) {
    return "\u201c" + s + "\u201d";
  }

  @Override
  public double score(double[] s) {
    return s[1] == 0 ? Double.NaN : s[0] / s[1];
  }

  /** Finds {@link SummaryConsistencyMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<CheckSpec> CHECKS =
        List.of(
            new CheckSpec(
                "UNSUPPORTED_FACT",
                IssueType.ADDITION,
                Severity.MAJOR,
                "a summary fact (name, number, date, content) the translation does not support"),
            new CheckSpec(
                "CONTRADICTION",
                IssueType.MISTRANSLATION,
                Severity.MAJOR,
                "a summary statement its supporting sentences contradict (negation, antonym, number, modality, swapped roles, co-hyponym)"),
            new CheckSpec(
                "KEY_FACT_OMITTED",
                IssueType.OMISSION,
                Severity.MINOR,
                "a key fact of the translation's lead missing from the summary"),
            new CheckSpec(
                "TITLE_MISMATCH",
                IssueType.MISTRANSLATION,
                Severity.MAJOR,
                "a translated title that adds to or contradicts its source title"),
            new CheckSpec(
                "UNSUPPORTED_WORD",
                IssueType.ADDITION,
                Severity.INFO,
                "a summary word with no base form, synonym or related form in the document"));

    public Provider() {
      super(
          ID,
          "Summary facts supported by the translation or source, contradictions, omitted key facts, title mismatch; score = mean weakest-sentence support.",
          List.of(),
          CHECKS,
          SummaryConsistencyMetric::new);
    }
  }
}
