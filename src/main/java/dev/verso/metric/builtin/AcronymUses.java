package dev.verso.metric.builtin;

import static dev.verso.metric.builtin.AcronymConsistencyMetric.ordered;

import dev.verso.metric.Measurement;
import dev.verso.model.Finding;
import dev.verso.model.IssueType;
import dev.verso.model.Severity;
import dev.verso.model.Span;
import dev.verso.text.en.AcronymDefinition;
import dev.verso.text.en.AcronymExtractor;
import dev.verso.text.en.AcronymMentions.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The per-document check of {@link AcronymConsistencyMetric}: definitions first (redefinitions and
 * two short forms of one long form), then every use in every field (before its definition, drifted
 * from a defined acronym, never defined). One instance checks one document.
 */
final class AcronymUses {
  /**
   * A definition found in one field; {@code key} is {@link AcronymExtractor#shortFormKey} of the
   * short form ({@code ERPs} → {@code ERP}), {@code longKey} the long form's comparison key.
   */
  record Def(String field, AcronymDefinition d, String key, String longKey) {
    /** One-letter short forms ("length (L)") are listed but not checked: symbols get reused. */
    boolean checked() {
      return key.codePointCount(0, key.length()) >= 2;
    }
  }

  /** One field's text with what was found in it. */
  record FieldText(String field, String text, List<Def> defs, List<Mention> mentions) {}

  private final Set<String> allow;
  private final Severity undefinedSeverity;
  private final List<Finding> findings = new ArrayList<>();

  /** The first definition of each short form in reading order: the first one rules. */
  private final Map<String, Def> firstByShort = new LinkedHashMap<>();

  /** Short-form spans of definitions that disagree with an earlier one. */
  private final Set<Span> inconsistentDefs = new TreeSet<>();

  private final List<Map<String, Object>> defDetails = new ArrayList<>();
  private final Set<String> reportedUndefined = new TreeSet<>();
  private long occurrences;
  private long inconsistent;

  private AcronymUses(Set<String> allow, Severity undefinedSeverity) {
    this.allow = allow;
    this.undefinedSeverity = undefinedSeverity;
  }

  /**
   * Statistics [consistent uses, uses], the findings and the definitions of {@code fields} (in
   * reading order: title, text, summary).
   */
  static Measurement check(List<FieldText> fields, Set<String> allow, Severity undefinedSeverity) {
    AcronymUses u = new AcronymUses(allow, undefinedSeverity);
    u.definitions(fields);
    for (FieldText f : fields) {
      u.uses(f, fields);
    }
    return new Measurement(
        new double[] {u.occurrences - u.inconsistent, u.occurrences},
        u.findings,
        ordered("definitions", u.defDetails),
        null);
  }

  /**
   * Lists every definition and checks each one against the earlier ones: the same short form with
   * another long form, or the same long form with another short form.
   */
  private void definitions(List<FieldText> fields) {
    Map<String, Def> firstByLong = new LinkedHashMap<>();
    for (FieldText f : fields) {
      for (Def d : f.defs()) {
        defDetails.add(
            ordered(
                "short", d.d().shortForm(),
                "key", d.key(),
                "long", d.d().longForm(),
                "field", d.field(),
                "start", d.d().shortSpan().start(),
                "end", d.d().shortSpan().end(),
                "longStart", d.d().longSpan().start(),
                "longEnd", d.d().longSpan().end()));
        if (!d.checked()) {
          continue;
        }
        Def earlier = firstByShort.putIfAbsent(d.key(), d);
        if (earlier != null && !earlier.longKey().equals(d.longKey())) {
          inconsistentDefs.add(d.d().shortSpan());
          findings.add(redefined(d, earlier));
        }
        Def sameLong = firstByLong.putIfAbsent(d.longKey(), d);
        if (sameLong != null && !sameLong.key().equals(d.key())) {
          inconsistentDefs.add(d.d().shortSpan());
          findings.add(
              drift(
                  d.field(),
                  d.d().shortSpan(),
                  d.d().shortForm(),
                  sameLong,
                  "is defined for the same long form as"));
        }
      }
    }
  }

  private static Finding redefined(Def d, Def earlier) {
    return new Finding(
        AcronymConsistencyMetric.REDEFINED,
        IssueType.INCONSISTENCY,
        Severity.MAJOR,
        d.field(),
        d.d().shortSpan(),
        "\""
            + d.d().shortForm()
            + "\" is defined again as \""
            + d.d().longForm()
            + "\"; it was defined as \""
            + earlier.d().longForm()
            + "\" in "
            + earlier.field(),
        List.of(),
        ordered(
            "longForms",
            List.of(earlier.d().longForm(), d.d().longForm()),
            "firstField",
            earlier.field(),
            "firstStart",
            earlier.d().shortSpan().start()));
  }

  /** Counts and checks the uses of field {@code f} (not those inside a definition's long form). */
  private void uses(FieldText f, List<FieldText> fields) {
    Map<String, Integer> firstDefInField = new TreeMap<>();
    Set<Span> defSpans = new TreeSet<>();
    for (Def d : f.defs()) {
      if (d.checked()) {
        firstDefInField.merge(d.key(), d.d().shortSpan().start(), Math::min);
        defSpans.add(d.d().shortSpan());
      }
    }
    for (Mention m : f.mentions()) {
      if (insideLongForm(m.span(), f.defs())) {
        continue; // "human telomerase RNA (hTR)": RNA belongs to the definition
      }
      occurrences++;
      if (defSpans.contains(m.span())) {
        if (inconsistentDefs.contains(m.span())) {
          inconsistent++;
        }
        continue;
      }
      use(f, m, firstDefInField.get(m.base()), fields);
    }
  }

  /**
   * One use outside a definition: before its definition in the field ({@code defAt}, null when not
   * defined in it), allow-listed, drifted from a defined acronym, or undefined (reported once).
   */
  private void use(FieldText f, Mention m, Integer defAt, List<FieldText> fields) {
    String base = m.base();
    if (firstByShort.containsKey(base)) {
      if (defAt != null && m.span().start() < defAt) {
        inconsistent++;
        findings.add(
            new Finding(
                AcronymConsistencyMetric.BEFORE_DEFINITION,
                IssueType.INCONSISTENCY,
                Severity.MINOR,
                f.field(),
                m.span(),
                "\""
                    + m.form()
                    + "\" is used before it is defined (at offset "
                    + defAt
                    + " of "
                    + f.field()
                    + ")",
                List.of(),
                ordered("definitionStart", defAt)));
      }
      return;
    }
    if (allow.contains(base)) {
      return;
    }
    Def target = driftTarget(base, firstByShort);
    if (target != null) {
      inconsistent++;
      findings.add(drift(f.field(), m.span(), m.form(), target, "looks like a variant of"));
    } else if (reportedUndefined.add(base)) {
      findings.add(
          new Finding(
              AcronymConsistencyMetric.UNDEFINED,
              IssueType.TERMINOLOGY,
              undefinedSeverity,
              f.field(),
              m.span(),
              "\""
                  + m.form()
                  + "\" is used but never defined in this document (title, text or summary)",
              List.of(),
              ordered("occurrences", countBase(fields, base))));
    }
  }

  private static boolean insideLongForm(Span s, List<Def> defs) {
    for (Def d : defs) {
      Span lf = d.d().longSpan();
      if (lf.start() <= s.start() && s.end() <= lf.end()) {
        return true;
      }
    }
    return false;
  }

  private static long countBase(List<FieldText> fields, String base) {
    return fields.stream()
        .mapToLong(
            f ->
                f.mentions().stream()
                    .filter(m -> m.base().equals(base) && !insideLongForm(m.span(), f.defs()))
                    .count())
        .sum();
  }

  private static Finding drift(String field, Span span, String form, Def target, String relation) {
    return new Finding(
        AcronymConsistencyMetric.DRIFT,
        IssueType.INCONSISTENCY,
        Severity.MAJOR,
        field,
        span,
        "\""
            + form
            + "\" "
            + relation
            + " the acronym \""
            + target.d().shortForm()
            + "\" ("
            + target.d().longForm()
            + ") defined in "
            + target.field()
            + "; use one form",
        List.of(target.d().shortForm()),
        ordered(
            "defined",
            target.d().shortForm(),
            "longForm",
            target.d().longForm(),
            "definedIn",
            target.field(),
            "definedAt",
            target.d().shortSpan().start()));
  }

  /** The defined acronym {@code used} drifted from, or null. */
  private static Def driftTarget(String used, Map<String, Def> defined) {
    for (Def d : defined.values()) {
      if (AcronymConsistencyMetric.isNearVariant(used, d.key(), d.d().longForm())) {
        return d;
      }
    }
    return null;
  }
}
