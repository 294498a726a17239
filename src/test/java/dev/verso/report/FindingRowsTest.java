package dev.verso.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The page's findings of documents without texts, as rows with a table of strings. */
class FindingRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** {@code rows.compact} of the entry written as {@code json}, written out again. */
  @SuppressWarnings("unchecked")
  private static String compact(HtmlReporter.FindingRows rows, String json) throws Exception {
    return JSON.writeValueAsString(rows.compact(JSON.readValue(json, LinkedHashMap.class)));
  }

  private static String finding(String id, String message) {
    return "{\"id\":\""
        + id
        + "\",\"metric\":\"DUPLICATION\",\"check\":\"REPEATED_WORD\","
        + "\"type\":\"duplication\",\"severity\":\"minor\",\"field\":\"translation.text\","
        + "\"start\":4,\"end\":11,\"line\":1,\"column\":5,\"text\":\"the the\",\"message\":\""
        + message
        + "\",\"suggestions\":[\"the\"],\"suppressed\":false}";
  }

  @Test
  void findingsWithoutTextsBecomeRowsWhoseStringsAreShared() throws Exception {
    HtmlReporter.FindingRows rows = new HtmlReporter.FindingRows();
    String a =
        "{\"id\":\"a\",\"meta\":{},\"systems\":[{\"system\":\"s\",\"scores\":{\"DUPLICATION\":0.5},"
            + "\"findings\":["
            + finding("000000000001", "\\\"the\\\" is repeated")
            + ","
            + finding("000000000002", "\\\"the\\\" is repeated")
            + "]}]}";
    JsonNode compact = JSON.readTree(compact(rows, a));
    JsonNode found = compact.get("systems").get(0).get("findings");
    assertThat(found.get(0).isArray()).isTrue();
    assertThat(found.get(0).get(0).asText()).isEqualTo("000000000001");
    // the same strings, the same indices; numbers, lists and booleans in place
    assertThat(found.get(1).get(11)).isEqualTo(found.get(0).get(11));
    assertThat(found.get(0).get(6).asInt()).isEqualTo(4);
    assertThat(found.get(0).get(12).get(0).asText()).isEqualTo("the");
    assertThat(compact.get("systems").get(0).get("scores").get("DUPLICATION").asDouble())
        .isEqualTo(0.5);
    Map<String, Object> table = rows.table();
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) table.get("strings");
    assertThat(strings.get(found.get(0).get(11).asInt())).isEqualTo("\"the\" is repeated");
    assertThat(strings.get(found.get(0).get(2).asInt())).isEqualTo("REPEATED_WORD");
    assertThat(table.get("keys")).isEqualTo(HtmlReporter.FindingRows.KEYS);
    assertThat(table.get("interned")).isEqualTo(List.of(1, 2, 3, 4, 5, 10, 11));

    // documents with texts, and findings with evidence, stay as they are
    String full = "{\"id\":\"b\",\"meta\":{},\"fields\":{},\"systems\":[]}";
    assertThat(compact(rows, full)).isEqualTo(full);
    String withEvidence =
        "{\"id\":\"c\",\"meta\":{},\"systems\":[{\"system\":\"s\",\"scores\":{},\"findings\":["
            + finding("000000000003", "x")
                .replace("\"suppressed\"", "\"evidence\":{},\"suppressed\"")
            + "]}]}";
    assertThat(JSON.readTree(compact(rows, withEvidence))).isEqualTo(JSON.readTree(withEvidence));
  }

  @Test
  void theTableOfStringsIsBounded() throws Exception {
    HtmlReporter.FindingRows rows = new HtmlReporter.FindingRows();
    StringBuilder sb =
        new StringBuilder("{\"id\":\"a\",\"meta\":{},\"systems\":[{\"system\":\"s\",");
    sb.append("\"scores\":{},\"findings\":[");
    int n = HtmlReporter.FindingRows.MAX_STRINGS;
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",").append(finding(String.format("%012d", i), "message " + i));
    }
    sb.append("]}]}");
    JsonNode found =
        JSON.readTree(compact(rows, sb.toString())).get("systems").get(0).get("findings");
    // the table is full before the last messages: they are written in place
    @SuppressWarnings("unchecked")
    List<String> strings = (List<String>) rows.table().get("strings");
    assertThat(strings).hasSize(n);
    JsonNode last = found.get(n - 1);
    assertThat(last.get(11).isTextual()).isTrue();
    assertThat(last.get(11).asText()).isEqualTo("message " + (n - 1));
    assertThat(found.get(0).get(11).isInt()).isTrue();
  }
}
