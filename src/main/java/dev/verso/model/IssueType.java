package dev.verso.model;

/** Localization-quality issue types, named as in W3C ITS 2.0 ({@code its:locQualityIssueType}). */
public enum IssueType {
  TERMINOLOGY("terminology"),
  MISTRANSLATION("mistranslation"),
  OMISSION("omission"),
  UNTRANSLATED("untranslated"),
  ADDITION("addition"),
  DUPLICATION("duplication"),
  INCONSISTENCY("inconsistency"),
  GRAMMAR("grammar"),
  LEGAL("legal"),
  REGISTER("register"),
  LOCALE_SPECIFIC_CONTENT("locale-specific-content"),
  LOCALE_VIOLATION("locale-violation"),
  STYLE("style"),
  CHARACTERS("characters"),
  MISSPELLING("misspelling"),
  TYPOGRAPHICAL("typographical"),
  FORMATTING("formatting"),
  INCONSISTENT_ENTITIES("inconsistent-entities"),
  NUMBERS("numbers"),
  MARKUP("markup"),
  PATTERN_PROBLEM("pattern-problem"),
  WHITESPACE("whitespace"),
  INTERNATIONALIZATION("internationalization"),
  LENGTH("length"),
  NON_CONFORMANCE("non-conformance"),
  UNCATEGORIZED("uncategorized"),
  OTHER("other");

  private final String itsName;

  IssueType(String itsName) {
    this.itsName = itsName;
  }

  /** The ITS 2.0 name, as written in reports. */
  public String id() {
    return itsName;
  }

  /** The type whose {@link #id} is {@code id}, or null when none is. */
  public static IssueType fromId(String id) {
    for (IssueType t : values()) {
      if (t.itsName.equals(id)) {
        return t;
      }
    }
    return null;
  }
}
