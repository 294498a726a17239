package dev.verso.metric.builtin;

import dev.verso.metric.BaseMetric;
import dev.verso.metric.CorpusMetric;
import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.OptionSpec;
import dev.verso.metric.Options;
import dev.verso.metric.SimpleMetricProvider;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.WordSplit;
import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import dev.verso.text.en.AcronymMentions;
import dev.verso.text.en.AcronymMentions.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * ACRONYM_CONSISTENCY: acronyms in the English title, text and summary of one unit agree with their
 * definitions. Definitions ("long form (SHORT)" and "SHORT (long form)") are found with {@link
 * AcronymExtractor}, all of them (mixed-case, hyphenated and plural short forms as written;
 * one-letter ones are listed but not checked), and short forms are compared by {@link
 * AcronymExtractor#shortFormKey}; a definition in any field covers the others, so the text's
 * definition covers the summary and the title. Uses are the acronym-like words of {@link
 * AcronymMentions} plus the whole-token occurrences of defined short forms that are not such words
 * ({@code IgG}, {@code LDL-C}); acronyms inside a long form are part of its definition. Checks:
 *
 * <ul>
 *   <li>{@code ACRONYM_DRIFT}: an undefined acronym that is a near variant of a defined one (one
 *       edit apart, or its letters a non-contiguous subsequence of the defined long form's
 *       initials, as CNSO for "China Federation of Network Social Organizations (CFNSO)"), or a
 *       second short form defined for the same long form. Span: the drifted form; suggestion: the
 *       defined one.
 *   <li>{@code ACRONYM_REDEFINED}: one short form defined with two different long forms.
 *   <li>{@code ACRONYM_BEFORE_DEFINITION}: a use before the definition in the same field.
 *   <li>{@code UNDEFINED_ACRONYM}: an acronym never defined in the document and not on the
 *       allow-list of well-known ones; reported once, at its first use.
 * </ul>
 *
 * <p>Statistics are [consistent occurrences, occurrences] over acronym-like words; drifted uses,
 * uses before the definition and conflicting redefinitions are the inconsistent ones (an undefined
 * acronym is a finding, not an inconsistency). The score is their ratio, 1 when there is none.
 * Across documents ({@link CorpusMetric}) one long form defined with different short forms in
 * different documents of a system is reported as {@code ACRONYM_CORPUS_VARIANT}.
 */
public final class AcronymConsistencyMetric extends BaseMetric implements CorpusMetric {
  /** Runs of white space, hyphens, dashes and slashes between the words of a long form. */
  private static final Pattern LONG_FORM_SEPARATORS = Pattern.compile("[\\s\\-–/]+");

  /** Metric id. */
  public static final String ID = "ACRONYM_CONSISTENCY";

  /** Check id: a use that drifted from a defined acronym. */
  public static final String DRIFT = "ACRONYM_DRIFT";

  /** Check id: one short form defined with two long forms. */
  public static final String REDEFINED = "ACRONYM_REDEFINED";

  /** Check id: an acronym never defined in the document and not allow-listed. */
  public static final String UNDEFINED = "UNDEFINED_ACRONYM";

  /** Check id: a use before the definition in the same field. */
  public static final String BEFORE_DEFINITION = "ACRONYM_BEFORE_DEFINITION";

  /** Check id: one long form abbreviated differently in two documents of a system. */
  public static final String CORPUS_VARIANT = "ACRONYM_CORPUS_VARIANT";

  /** Well-known acronyms that need no definition (base forms: no dots, no plural s). */
  public static final Set<String> DEFAULT_ALLOW_LIST =
      Set.of(
          "AI", "AIDS", "AM", "APEC", "ASEAN", "BRICS", "CCTV", "CEO", "CFO", "CGTN", "CPC",
          "CPPCC", "DNA", "EU", "FAQ", "FBI", "GDP", "GPS", "HIV", "HK", "ICT", "ID", "IMF", "IT",
          "NATO", "NGO", "NPC", "OECD", "OK", "PC", "PDF", "PLA", "PM", "PRC", "RMB", "R&D", "SARS",
          "SME", "SOE", "TV", "UAE", "UK", "UN", "UNESCO", "UNICEF", "US", "USA", "USB", "USSR",
          "VIP", "WHO", "WTO", "COVID", "CO2", "UFO", "URL", "WWII");

  private static final Set<String> FUNCTION_WORDS =
      Set.of("of", "and", "for", "the", "in", "on", "to", "with", "a", "an", "at", "by", "&");

  private final Set<String> allow;
  private final Severity undefinedSeverity;

  AcronymConsistencyMetric(Options o) {
    super(ID, o, List.of("consistentOccurrences", "occurrences"));
    Set<String> a = new TreeSet<>();
    if (o.bool("defaultAllowList")) {
      a.addAll(DEFAULT_ALLOW_LIST);
    }
    for (String s : o.string("allow").split(",")) {
      addAllowed(a, s);
    }
    String file = o.string("allowFile").trim();
    if (!file.isEmpty()) {
      try {
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
          int hash = line.indexOf('#');
          addAllowed(a, hash >= 0 ? line.substring(0, hash) : line);
        }
      } catch (IOException | UncheckedIOException e) {
        throw new IllegalArgumentException(
            "metric " + ID + ": cannot read allowFile '" + file + "': " + e.getMessage());
      }
    }
    this.allow = Set.copyOf(a);
    try {
      this.undefinedSeverity = Severity.parse(o.string("undefinedSeverity").trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "metric " + ID + ": option 'undefinedSeverity': " + e.getMessage());
    }
  }

  private static void addAllowed(Set<String> a, String s) {
    String t = s.trim().replace(".", "");
    if (!t.isEmpty()) {
      a.add(t);
    }
  }

  @Override
  public Measurement measure(EvaluationContext unit) {
    List<String[]> texts = new ArrayList<>();
    addField(texts, Fields.TRANSLATION_TITLE, unit.translation().title());
    addField(texts, Fields.TRANSLATION_TEXT, unit.translation().text());
    addField(texts, Fields.SUMMARY, unit.summary());
    // definitions first: a short form defined in any field is looked for in every field
    List<List<AcronymUses.Def>> defs = new ArrayList<>();
    Set<String> definedKeys = new TreeSet<>();
    for (String[] t : texts) {
      List<AcronymUses.Def> list = new ArrayList<>();
      for (AcronymDefinition d : AcronymExtractor.extract(t[1])) {
        AcronymUses.Def def =
            new AcronymUses.Def(
                t[0], d, AcronymExtractor.shortFormKey(d.shortForm()), longFormKey(d.longForm()));
        list.add(def);
        if (def.checked()) {
          definedKeys.add(def.key());
        }
      }
      defs.add(list);
    }
    List<AcronymUses.FieldText> fields = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i)[1];
      fields.add(
          new AcronymUses.FieldText(
              texts.get(i)[0], text, defs.get(i), mentions(text, definedKeys)));
    }
    return AcronymUses.check(fields, allow, undefinedSeverity);
  }

  private static void addField(List<String[]> out, String field, String text) {
    if (text != null && !text.isBlank()) {
      out.add(new String[] {field, text});
    }
  }

  /**
   * The acronym-like words of {@code text} ({@link AcronymMentions}) together with the uses of
   * defined short forms that are not such words ({@code IgG}, {@code siRNA}, {@code apoB-100},
   * {@code COVID-19}): each whole-token occurrence of such a key, a plural {@code s} allowed, is
   * one mention and replaces the acronym-like words inside it. In text order.
   */
  static List<Mention> mentions(String text, Set<String> definedKeys) {
    List<Mention> extra = new ArrayList<>();
    for (String key : definedKeys) {
      String base = AcronymMentions.acronymBase(key);
      if (base != null
          && base.replace(".", "").equals(key)
          && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '&')) {
        continue; // AcronymMentions finds it already
      }
      for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
        int end = i + key.length();
        if (end < text.length() && text.charAt(end) == 's') {
          end++;
        }
        if (isTokenChar(text, i - 1) || isTokenChar(text, end)) {
          continue;
        }
        extra.add(new Mention(text.substring(i, end), key, new Span(i, end)));
      }
    }
    List<Mention> all = new ArrayList<>(extra);
    for (Mention m : AcronymMentions.find(text)) {
      if (extra.stream()
          .noneMatch(x -> x.span().start() < m.span().end() && m.span().start() < x.span().end())) {
        all.add(m);
      }
    }
    all.sort(
        (x, y) ->
            x.span().start() != y.span().start()
                ? Integer.compare(x.span().start(), y.span().start())
                : Integer.compare(y.span().end(), x.span().end()));
    // of overlapping extra mentions ("IL-6" inside "IL-6R" cannot happen: token bounds) keep the
    // first
    List<Mention> out = new ArrayList<>();
    int lastEnd = -1;
    for (Mention m : all) {
      if (m.span().start() >= lastEnd) {
        out.add(m);
        lastEnd = m.span().end();
      }
    }
    return out;
  }

  /** True when {@code text[i]} exists and continues a token (letter, digit or hyphen). */
  private static boolean isTokenChar(String text, int i) {
    if (i < 0 || i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return Character.isLetterOrDigit(c) || c == '-';
  }

  /** An ordered map of the given key-value pairs (evidence and details keep their key order). */
  static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /**
   * True when {@code used} (not defined itself) looks like a corrupted form of the acronym {@code
   * defined} with long form {@code longForm}: same first letter, both at least three characters,
   * neither the start or end of the other (that abbreviates a part, often another entity), and
   * either one edit apart (for acronyms of four or more characters) or its letters a non-contiguous
   * subsequence of the long form's initials covering at least half of them.
   */
  static boolean isNearVariant(String used, String defined, String longForm) {
    if (used.equals(defined) || used.length() < 3 || defined.length() < 3) {
      return false;
    }
    if (used.charAt(0) != defined.charAt(0)) {
      return false;
    }
    if (defined.startsWith(used)
        || defined.endsWith(used)
        || used.startsWith(defined)
        || used.endsWith(defined)) {
      return false;
    }
    if (Math.max(used.length(), defined.length()) >= 4 && editDistance(used, defined) == 1) {
      return true;
    }
    String initials = initials(longForm);
    return used.length() * 2 >= initials.length()
        && !initials.contains(used)
        && isSubsequence(used, initials);
  }

  /** Upper-case initials of the content words of a long form ("Ministry of Commerce" → MC). */
  static String initials(String longForm) {
    StringBuilder sb = new StringBuilder();
    for (String w : LONG_FORM_SEPARATORS.split(longForm)) {
      if (w.isEmpty() || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      int cp = w.codePointAt(0);
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(Character.toUpperCase(cp));
      }
    }
    return sb.toString();
  }

  private static boolean isSubsequence(String s, String t) {
    int j = 0;
    for (int i = 0; i < t.length() && j < s.length(); i++) {
      if (t.charAt(i) == s.charAt(j)) {
        j++;
      }
    }
    return j == s.length();
  }

  /** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps). */
  static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * The comparison key of a long form: lower case, letters and digits only, "-isation" spelt
   * "-ization", a plural s dropped from each word.
   */
  public static String longFormKey(String longForm) {
    StringBuilder sb = new StringBuilder();
    for (String w : WordSplit.alphanumeric(longForm.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) {
        continue;
      }
      w = w.replace("isation", "ization");
      if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w);
    }
    return sb.toString();
  }

  @Override
  public double score(double[] s) {
    return s[1] == 0 ? 1.0 : s[0] / s[1];
  }

  /**
   * Across the documents of one system: a long form defined with one short form in one document and
   * another in a later one ({@code ACRONYM_CORPUS_VARIANT}, reported at the later definition,
   * suggesting the first short form).
   */
  @Override
  public List<CorpusFinding> corpusFindings(String system, List<UnitMeasurement> units) {
    record First(String documentId, String shortForm, String shortKey, String longForm) {}
    Map<String, First> firstByLong = new LinkedHashMap<>();
    List<CorpusFinding> out = new ArrayList<>();
    for (UnitMeasurement u : units) {
      Object defs = u.measurement().details().get("definitions");
      if (!(defs instanceof List<?> list)) {
        continue;
      }
      Set<String> seenHere = new TreeSet<>();
      for (Object o : list) {
        if (!(o instanceof Map<?, ?> m)) {
          continue;
        }
        String shortForm = String.valueOf(m.get("short"));
        // compared by key (ERPs and ERP are one short form); older details have no key
        String shortKey = String.valueOf(m.containsKey("key") ? m.get("key") : m.get("short"));
        String longForm = String.valueOf(m.get("long"));
        String key = longFormKey(longForm);
        if (shortKey.codePointCount(0, shortKey.length()) < 2) {
          continue; // one-letter short forms are not checked
        }
        First f =
            firstByLong.putIfAbsent(key, new First(u.documentId(), shortForm, shortKey, longForm));
        if (f == null
            || f.shortKey().equals(shortKey)
            || f.documentId().equals(u.documentId())
            || !seenHere.add(key)) {
          continue;
        }
        out.add(
            new CorpusFinding(
                u.documentId(),
                new Finding(
                    CORPUS_VARIANT,
                    IssueType.INCONSISTENCY,
                    Severity.MINOR,
                    String.valueOf(m.get("field")),
                    new Span(
                        ((Number) m.get("start")).intValue(), ((Number) m.get("end")).intValue()),
                    "\""
                        + longForm
                        + "\" is abbreviated \""
                        + shortForm
                        + "\" here but \""
                        + f.shortForm()
                        + "\" in document "
                        + f.documentId()
                        + " of system "
                        + system,
                    List.of(f.shortForm()),
                    ordered("otherDocument", f.documentId(), "otherShortForm", f.shortForm()))));
      }
    }
    return out;
  }

  /** Finds {@link AcronymConsistencyMetric} by id. */
  public static final class Provider extends SimpleMetricProvider {
    private static final List<dev.verso.metric.CheckSpec> CHECKS =
        List.of(
            new dev.verso.metric.CheckSpec(
                "ACRONYM_DRIFT",
                dev.verso.model.IssueType.INCONSISTENCY,
                dev.verso.model.Severity.MAJOR,
                "an acronym written differently from the one its definition introduced (CFNSO, later CNSO)"),
            new dev.verso.metric.CheckSpec(
                "ACRONYM_REDEFINED",
                dev.verso.model.IssueType.INCONSISTENCY,
                dev.verso.model.Severity.MAJOR,
                "one acronym defined twice with different long forms"),
            new dev.verso.metric.CheckSpec(
                "UNDEFINED_ACRONYM",
                dev.verso.model.IssueType.TERMINOLOGY,
                dev.verso.model.Severity.MINOR,
                "an acronym used without a definition in the document (severity: option undefinedSeverity)"),
            new dev.verso.metric.CheckSpec(
                "ACRONYM_BEFORE_DEFINITION",
                dev.verso.model.IssueType.INCONSISTENCY,
                dev.verso.model.Severity.MINOR,
                "an acronym used before the sentence that defines it"),
            new dev.verso.metric.CheckSpec(
                "ACRONYM_CORPUS_VARIANT",
                dev.verso.model.IssueType.INCONSISTENCY,
                dev.verso.model.Severity.MINOR,
                "one long form abbreviated differently in two documents of the corpus"));

    private static final List<OptionSpec> OPTIONS =
        List.of(
            new OptionSpec(
                "allow",
                "",
                "comma-separated acronyms that need no definition, added to the allow-list"),
            new OptionSpec(
                "allowFile",
                "",
                "UTF-8 file of acronyms that need no definition, one a line, # starts a comment"),
            new OptionSpec(
                "defaultAllowList",
                "true",
                "start from the built-in list of well-known acronyms (CPC, UN, WHO, US, EU, PRC, COVID, GDP, …)"),
            new OptionSpec("undefinedSeverity", "info", "severity of UNDEFINED_ACRONYM findings"));

    public Provider() {
      super(
          ID,
          "Acronyms agree with their definitions across title, text and summary: drifted forms, redefinitions, uses before the definition, undefined acronyms.",
          OPTIONS,
          CHECKS,
          AcronymConsistencyMetric::new);
    }
  }
}
