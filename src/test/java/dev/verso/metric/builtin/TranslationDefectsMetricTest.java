package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.EvaluationContext;
import dev.verso.metric.Measurement;
import dev.verso.metric.Metric;
import dev.verso.metric.MetricRegistry;
import dev.verso.model.Document;
import dev.verso.model.Fields;
import dev.verso.model.Finding;
import dev.verso.model.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example table of TRANSLATION_DEFECTS: a translation (and sometimes its source), and every
 * finding expected, written {@code CHECK severity field start-end "covered text" | message}
 * followed by {@code => "suggestion"} when there is one. One generic test runs them all; an empty
 * list means the text must not be flagged.
 */
class TranslationDefectsMetricTest {

  static final String P1 =
      "The meeting studied the plan for the coming year and agreed on the main tasks of the association.";
  static final String P2 =
      "Members said they would work harder to serve enterprises and to improve the quality of their services.";

  static Stream<Arguments> examples() {
    return Stream.of(
        // ---- BOILERPLATE: trailing, leading and inline page furniture ----
        Arguments.of(
            "trailing comment form and navigation",
            null,
            P1 + "\n\nLeave a Reply\nYou must be logged in to post a comment.\n\nBack to top\n",
            List.of(
                "BOILERPLATE major translation.text 99-166 \"Leave a Reply\\nYou must be logged in to post a comment.\\n\\nBack to top\" | Web-page boilerplate at the end of the text (comment form, navigation; 3 lines): it is not part of the article; remove it")),
        Arguments.of(
            "related links heading takes the link list below it",
            null,
            P1 + "\nRelated Articles\nExports rise again in May\nNew rail line opens in Yunnan",
            List.of(
                "BOILERPLATE major translation.text 98-170 \"Related Articles\\nExports rise again in May\\nNew rail line opens in Yunnan\" | Web-page boilerplate at the end of the text (link list, related links; 3 lines): it is not part of the article; remove it")),
        Arguments.of(
            "leading byline and update stamp before the headline",
            null,
            "By Li Hua and Zhang Wei\nUpdated: 2024-05-06 09:15\n\nAssociation Plans Next Year\n\n"
                + P1,
            List.of(
                "BOILERPLATE minor translation.text 0-49 \"By Li Hua and Zhang Wei\\nUpdated: 2024-05-06 09:15\" | Web-page boilerplate at the start of the text (credit line; 2 lines): it is not part of the article; remove it")),
        Arguments.of(
            "leading name-and-position author block",
            null,
            "Dr. Jane Doe\nDeputy Director of the Institute of Economics\n\nAssociation Plans Next Year\n\n"
                + P1,
            List.of(
                "BOILERPLATE minor translation.text 0-58 \"Dr. Jane Doe\\nDeputy Director of the Institute of Economics\" | Web-page boilerplate at the start of the text (author block; 2 lines): it is not part of the article; remove it")),
        Arguments.of(
            "share link between paragraphs",
            null,
            P1 + "\nShare this article\n" + P2,
            List.of(
                "BOILERPLATE minor translation.text 98-116 \"Share this article\" | Web-page boilerplate inside the text (navigation; 1 line): it is not part of the article; remove it")),
        Arguments.of(
            "copyright footer",
            null,
            P1 + "\n\nCopyright © 2024 Example News. All rights reserved.",
            List.of(
                "BOILERPLATE minor translation.text 99-150 \"Copyright © 2024 Example News. All rights reserved.\" | Web-page boilerplate at the end of the text (legal notice; 1 line): it is not part of the article; remove it")),
        Arguments.of(
            "date stamp after the headline",
            null,
            "Association Plans Next Year\n2024-05-06 09:15\n" + P1,
            List.of(
                "BOILERPLATE minor translation.text 28-44 \"2024-05-06 09:15\" | Web-page boilerplate at the start of the text (date line; 1 line): it is not part of the article; remove it")),
        Arguments.of(
            "chat widget with close button",
            null,
            P1 + "\n× Hi there! How can we help?",
            List.of(
                "BOILERPLATE minor translation.text 98-126 \"× Hi there! How can we help?\" | Web-page boilerplate at the end of the text (chat widget; 1 line): it is not part of the article; remove it")),
        Arguments.of(
            "credit line at the very end",
            null,
            P1 + "\nSource: Xinhua",
            List.of(
                "BOILERPLATE minor translation.text 98-112 \"Source: Xinhua\" | Web-page boilerplate at the end of the text (credit line; 1 line): it is not part of the article; remove it")),
        Arguments.of(
            "government site header and footer",
            null,
            "Current location: Home > News > Work Updates\n【Print】【Close】\n\nAssociation Plans Next Year\n\n"
                + P1
                + "\n\nSponsor: Ministry of Commerce  Address: No. 2 Dong Chang'an Avenue, Beijing\n"
                + "Beijing ICP Registration No. 05004232-1\nPrevious: Exports rise again in May",
            List.of(
                "BOILERPLATE minor translation.text 0-59 \"Current location: Home > News > Work Updates\\n【Print】【Close】\" | Web-page boilerplate at the start of the text (navigation; 2 lines): it is not part of the article; remove it",
                "BOILERPLATE major translation.text 189-340 \"Sponsor: Ministry of Commerce  Address: No. 2 Dong Chang'an Avenue, Beijing\\nBeijing ICP Registration No. 05004232-1\\nPrevious: Exports rise again in May\" | Web-page boilerplate at the end of the text (legal notice, navigation, site information; 3 lines): it is not part of the article; remove it")),
        Arguments.of(
            "a short credit line between paragraphs is not boilerplate",
            null,
            P1 + "\nSource: Xinhua\n" + P2,
            List.of()),
        Arguments.of(
            "a credit inside the last paragraph is part of the article",
            null,
            P1 + " (Reporter Chen Ming) (Editor: Xie Qian, Huang Wei).",
            List.of()),
        Arguments.of(
            "a sentence about comments is not a comment form",
            null,
            "Readers can leave a comment on the ministry's website until May 5, the notice said.\n"
                + P1,
            List.of()),
        Arguments.of(
            "a headline without a period is not flagged",
            null,
            "Association Plans Next Year\n\n" + P1 + "\n\n" + P2,
            List.of()),
        Arguments.of(
            "a lone honorific name line without a position is left alone",
            null,
            "Mr. Xi Jinping Meets Guests\n\n" + P1,
            List.of()),
        // ---- TRUNCATED ----
        Arguments.of(
            "ends with a dangling conjunction",
            null,
            P1 + "\nThe association will strengthen training and",
            List.of(
                "TRUNCATED major translation.text 98-142 \"The association will strengthen training and\" | The text stops mid-sentence: \"…will strengthen training and\" cannot end a sentence")),
        Arguments.of(
            "ends with a comma",
            null,
            P1 + " In the next year, the association will hold,",
            List.of(
                "TRUNCATED major translation.text 98-142 \"In the next year, the association will hold,\" | The text stops mid-sentence: \"…next year, the association will hold,\" cannot end a sentence")),
        Arguments.of(
            "a long last sentence without an end",
            null,
            P1 + " Members said they would work harder to serve enterprises in the province",
            List.of(
                "TRUNCATED minor translation.text 98-170 \"Members said they would work harder to serve enterprises in the province\" | The text may be cut off: its last sentence \"…to serve enterprises in the province\" has no closing punctuation")),
        Arguments.of(
            "source ends with a full stop, translation does not",
            "协会研究了明年的计划。会议在北京举行。",
            P1 + " The meeting was held in Beijing",
            List.of(
                "TRUNCATED major translation.text 98-129 \"The meeting was held in Beijing\" | The text may be cut off: its last sentence \"The meeting was held in Beijing\" has no closing punctuation while the source ends with a full sentence")),
        Arguments.of(
            "ellipsis where the source ends properly",
            "会议在北京举行。",
            P1 + " The meeting was held in Beijing…",
            List.of(
                "TRUNCATED major translation.text 98-130 \"The meeting was held in Beijing…\" | The text ends with an ellipsis: \"The meeting was held in Beijing…\"; it may be cut off while the source ends with a full sentence")),
        Arguments.of(
            "an ellipsis without a source is not flagged", null, P1 + " More to come…", List.of()),
        Arguments.of(
            "ends with a quotation", null, P1 + " He said: \"We will never give up.\"", List.of()),
        Arguments.of(
            "ends with a quoted slogan without a period",
            null,
            P1 + " The members shouted the slogan \"serve the people with all our hearts\"",
            List.of()),
        Arguments.of(
            "a short headline-like last line without a source",
            null,
            P1 + "\n\nHighlights of the Spring Trade Fair",
            List.of()),
        Arguments.of(
            "a list item as last line",
            null,
            P1
                + "\n- strengthen the supervision of online platforms and protect the rights of consumers",
            List.of()),
        Arguments.of(
            "trailing boilerplate does not make the text look cut off",
            null,
            P1 + "\n\nRelated News",
            List.of(
                "BOILERPLATE minor translation.text 99-111 \"Related News\" | Web-page boilerplate at the end of the text (related links; 1 line): it is not part of the article; remove it")),
        // ---- MOJIBAKE ----
        Arguments.of(
            "curly apostrophe read as Windows-1252",
            null,
            "The minister said itâ€™s time to act.",
            List.of(
                "MOJIBAKE major translation.text 20-23 \"â€™\" | Garbled characters \"â€™\" (UTF-8 read as Windows-1252); they stand for \"’\" => \"’\"")),
        Arguments.of(
            "accented letter and Chinese read as Windows-1252",
            null,
            "CafÃ© owners read the æ–°é—» daily.",
            List.of(
                "MOJIBAKE major translation.text 3-5 \"Ã©\" | Garbled characters \"Ã©\" (UTF-8 read as Windows-1252); they stand for \"é\" => \"é\"",
                "MOJIBAKE major translation.text 22-28 \"æ–°é—»\" | Garbled characters \"æ–°é—»\" (UTF-8 read as Windows-1252); they stand for \"新闻\" => \"新闻\"")),
        Arguments.of(
            "double-encoded apostrophe",
            null,
            "Chinaâ€™s plan and Ã¢â‚¬â„¢ twice.",
            List.of(
                "MOJIBAKE major translation.text 5-8 \"â€™\" | Garbled characters \"â€™\" (UTF-8 read as Windows-1252); they stand for \"’\" => \"’\"",
                "MOJIBAKE major translation.text 19-27 \"Ã¢â‚¬â„¢\" | Garbled characters \"Ã¢â‚¬â„¢\" (UTF-8 read as Windows-1252); they stand for \"’\" => \"’\"")),
        Arguments.of(
            "replacement characters and a stray control",
            null,
            "Beijing\uFFFD\uFFFDs plan\u0085 was adopted.",
            List.of(
                "MOJIBAKE major translation.text 7-9 \"\uFFFD\uFFFD\" | 2 replacement characters (U+FFFD): characters were lost when the text was decoded",
                "MOJIBAKE minor translation.text 15-16 \"\u0085\" | Stray control character U+0085")),
        Arguments.of(
            "a lost last byte",
            null,
            "He said â€ yes.",
            List.of(
                "MOJIBAKE major translation.text 8-10 \"â€\" | Garbled characters \"â€\": the start of a UTF-8 character read as Windows-1252, its last bytes lost")),
        Arguments.of(
            "legitimate accents, symbols and an upper-case É before a quote",
            null,
            "He said “CAFÉ” loudly in Zürich; naïve résumé, 25 °C, 3 × 4, São Paulo, © notice.",
            List.of()),
        // ---- REPEATED_PARAGRAPH ----
        Arguments.of(
            "a paragraph repeated",
            null,
            P1 + " " + P2 + "\n\nThe fair opened on Monday.\n\n" + P1 + " " + P2,
            List.of(
                "REPEATED_PARAGRAPH major translation.text 230-430 \"The meeting studied the plan for the coming year and agreed on the main tasks of the association. Members said they would work harder to serve enterprises and to improve the quality of their services.\" | Paragraph repeated (35 words): it already appears at offset 0")),
        Arguments.of(
            "one sentence repeated in another paragraph",
            null,
            P1 + "\n" + P2 + " " + P1,
            List.of(
                "REPEATED_PARAGRAPH minor translation.text 201-298 \"The meeting studied the plan for the coming year and agreed on the main tasks of the association.\" | Sentence repeated (18 words): it already appears at offset 0")),
        Arguments.of(
            "a repeat is minor when the source repeats too",
            "会议研究了明年的计划。会员们表示。会议研究了明年的计划。",
            P1 + " " + P2 + "\n" + P1 + " " + P2,
            List.of(
                "REPEATED_PARAGRAPH minor translation.text 201-401 \"The meeting studied the plan for the coming year and agreed on the main tasks of the association. Members said they would work harder to serve enterprises and to improve the quality of their services.\" | Paragraph repeated (35 words): it already appears at offset 0; the source repeats a sentence too, so this may be faithful")),
        Arguments.of(
            "dated credit keys need a date, so a headline starting with Time: is not one",
            null,
            "Time: the Great Healer\nPosted on: May 5, 2024\n\n" + P1,
            List.of(
                "BOILERPLATE minor translation.text 23-45 \"Posted on: May 5, 2024\" | Web-page boilerplate at the start of the text (credit line; 1 line): it is not part of the article; remove it")),
        Arguments.of(
            "short sentences may repeat",
            null,
            "The meeting was held. Members spoke. The meeting was held.",
            List.of()),
        Arguments.of(
            "a phrase doubled inside a sentence is DUPLICATION's",
            null,
            "They vowed to shoulder the mission of striving to be an example, striving to be an example, and walking in the forefront.",
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void findsExactlyTheExpectedDefects(
      String name, String source, String text, List<String> expected) {
    Document d = doc(source, text);
    Measurement m = metric(Map.of()).measure(EvaluationContext.of(d, "sys"));
    List<String> actual = new ArrayList<>();
    for (Finding f : m.findings()) {
      actual.add(describe(f, d));
    }
    assertThat(actual).as(name).containsExactlyElementsOf(expected);
    for (Finding f : m.findings()) {
      assertThat(f.span().fitsIn(Fields.text(d, "sys", f.field()).length())).isTrue();
    }
  }

  static Document doc(String source, String text) {
    return Document.of(
        "d",
        source == null ? null : new Passage(null, source, "zh"),
        Map.of("sys", new Passage(null, text, "en")),
        Map.of());
  }

  static Metric metric(Map<String, String> options) {
    return MetricRegistry.load()
        .create(List.of(TranslationDefectsMetric.ID), Map.of(TranslationDefectsMetric.ID, options))
        .get(0);
  }

  static String describe(Finding f, Document d) {
    String text = Fields.text(d, "sys", f.field());
    String s =
        f.check()
            + " "
            + f.severity().id()
            + " "
            + f.field()
            + " "
            + f.span().start()
            + "-"
            + f.span().end()
            + " \""
            + f.span().of(text).replace("\n", "\\n")
            + "\" | "
            + f.message();
    for (String sug : f.suggestions()) {
      s += " => \"" + sug + "\"";
    }
    return s;
  }
}
