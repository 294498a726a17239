package dev.verso.text;

/** Kinds of facts that must survive translation. */
public enum AnchorType {
  /** A cardinal number; value is its decimal form ({@code 4000}, {@code 4.5}). */
  NUMBER,
  /** An ordinal; value is the decimal number ({@code 20} for 二十大 and "20th"). */
  ORDINAL,
  /** A percentage; value is the decimal number without the sign ({@code 4.5}). */
  PERCENT,
  /** An amount of money; value is {@code amount CUR} ({@code 1000000 CNY}). */
  MONEY,
  /**
   * A date; value is ISO-like with missing parts as {@code -}: {@code 2023}, {@code 2023-04},
   * {@code --04-06}, {@code 2023-04-06}.
   */
  DATE,
  /** A time of day; value is a part of day ({@code afternoon}) or {@code HH:MM}. */
  TIME,
  /** A person name; value is its pinyin key, lower case, without spaces ({@code wangbingnan}). */
  PERSON,
  /** An organisation name; value is the normalised surface (lower case for English). */
  ORGANIZATION,
  /** An acronym; value is its letters in upper case. */
  ACRONYM,
  /** A Latin-script word or phrase inside Chinese text; value is its lower-case form. */
  LATIN
}
