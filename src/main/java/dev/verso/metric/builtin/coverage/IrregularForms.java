package dev.verso.metric.builtin.coverage;

import java.util.HashMap;
import java.util.Map;

/**
 * Base forms of common irregular English verbs and nouns ("bought" → buy, "children" → child),
 * which a Porter stemmer leaves apart from the dictionary glosses they render.
 */
final class IrregularForms {
  private static final Map<String, String> BASE = new HashMap<>();

  static {
    String[] rows = {
      "arise arose arisen",
      "awake awoke awoken",
      "bear bore borne born",
      "beat beaten",
      "become became",
      "begin began begun",
      "bend bent",
      "bind bound",
      "bite bit bitten",
      "bleed bled",
      "blow blew blown",
      "break broke broken",
      "breed bred",
      "bring brought",
      "build built",
      "burn burnt",
      "buy bought",
      "catch caught",
      "choose chose chosen",
      "come came",
      "cost",
      "creep crept",
      "cut",
      "deal dealt",
      "dig dug",
      "draw drew drawn",
      "dream dreamt",
      "drink drank drunk",
      "drive drove driven",
      "eat ate eaten",
      "fall fell fallen",
      "feed fed",
      "feel felt",
      "fight fought",
      "find found",
      "flee fled",
      "fly flew flown",
      "forbid forbade forbidden",
      "forget forgot forgotten",
      "forgive forgave forgiven",
      "freeze froze frozen",
      "get got gotten",
      "give gave given",
      "go went gone",
      "grow grew grown",
      "hang hung",
      "hear heard",
      "hide hid hidden",
      "hold held",
      "hurt",
      "keep kept",
      "know knew known",
      "lay laid",
      "lead led",
      "leave left",
      "lend lent",
      "lie lay lain",
      "light lit",
      "lose lost",
      "make made",
      "mean meant",
      "meet met",
      "pay paid",
      "prove proven",
      "ride rode ridden",
      "ring rang rung",
      "rise rose risen",
      "run ran",
      "say said",
      "see saw seen",
      "seek sought",
      "sell sold",
      "send sent",
      "shake shook shaken",
      "shine shone",
      "shoot shot",
      "show shown",
      "shrink shrank shrunk",
      "sing sang sung",
      "sink sank sunk",
      "sit sat",
      "sleep slept",
      "slide slid",
      "speak spoke spoken",
      "spend spent",
      "spin spun",
      "stand stood",
      "steal stole stolen",
      "stick stuck",
      "strike struck",
      "strive strove striven",
      "swear swore sworn",
      "sweep swept",
      "swim swam swum",
      "swing swung",
      "take took taken",
      "teach taught",
      "tear tore torn",
      "tell told",
      "think thought",
      "throw threw thrown",
      "understand understood",
      "wake woke woken",
      "wear wore worn",
      "weep wept",
      "win won",
      "wind wound",
      "write wrote written",
      "child children",
      "man men",
      "woman women",
      "person people",
      "foot feet",
      "tooth teeth",
      "mouse mice",
      "goose geese",
      "life lives",
      "wife wives",
      "knife knives",
      "leaf leaves",
      "good better best",
      "bad worse worst",
      "far further farther furthest farthest"
    };
    for (String row : rows) {
      String[] w = row.split(" ");
      for (int i = 1; i < w.length; i++) {
        BASE.putIfAbsent(w[i], w[0]);
      }
    }
  }

  private IrregularForms() {}

  /** The base form of a lower-case word, or null when it is not a known irregular form. */
  static String base(String lower) {
    return BASE.get(lower);
  }
}
