package dev.verso.metric.builtin.terms;

import dev.verso.metric.builtin.terms.TermTracer.Kind;
import dev.verso.model.GlossaryEntry;
import dev.verso.model.Span;
import dev.verso.text.AnalyzedText;
import dev.verso.text.Anchor;
import dev.verso.text.AnchorType;
import dev.verso.text.Token;
import dev.verso.text.lexicon.BilingualLexicon;
import dev.verso.text.lexicon.BilingualLexicon.GlossaryHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The source side of term tracing: the glossary terms, person names and organisation names of a
 * Chinese text, no two overlapping, with organisation chains cut after each organisational suffix.
 */
final class SourceTerms {
  /**
   * One source occurrence of a term.
   *
   * @param key the term's identity ({@code g:}, {@code p:} or {@code o:} prefixed)
   * @param label the source surface shown to people
   * @param kind what sort of term
   * @param span where in the source
   * @param text the source surface at {@code span}
   * @param entry the glossary entry of a glossary term, else null
   * @param anchor the person anchor of a person name, else null
   */
  record Candidate(
      String key,
      String label,
      Kind kind,
      Span span,
      String text,
      GlossaryEntry entry,
      Anchor anchor) {}

  private static final Set<String> SUFFIXES =
      Set.of(
          "委员会", "联合会", "协会", "中心", "办公室", "办公厅", "部", "司", "局", "厅", "署", "院", "所", "委", "集团",
          "公司", "银行", "大学", "学院", "基金会", "联盟", "支部", "党委", "组织部", "政府", "法院", "检察院", "研究院", "研究所",
          "办");

  private final BilingualLexicon lexicon;

  SourceTerms(BilingualLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The terms of {@code src} in source order: glossary hits first, then person names and
   * organisation parts on what the glossary left free.
   */
  List<Candidate> find(AnalyzedText src) {
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
  boolean runsOn(String raw, Span s) {
    int e = s.end();
    return e < raw.length() && e >= 1 && lexicon.cedict().contains(raw.substring(e - 1, e + 1));
  }

  /** True when {@code s} overlaps none of {@code taken}. */
  static boolean free(List<Span> taken, Span s) {
    for (Span t : taken) {
      if (s.start() < t.end() && t.start() < s.end()) {
        return false;
      }
    }
    return true;
  }

  /** Cuts an organisation chain after every token that ends in an organisational suffix. */
  static List<Span> splitOrganisation(AnalyzedText src, Span org) {
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
}
