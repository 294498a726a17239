package dev.verso.metric.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.metric.MetricRegistry;
import dev.verso.text.en.AcronymExtractor;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistencyMetricsRegistrationTest {

  @Test
  void bothMetricsAreFoundByServiceLoader() {
    MetricRegistry r = MetricRegistry.load();
    assertThat(r.provider("ACRONYM_CONSISTENCY"))
        .isInstanceOf(AcronymConsistencyMetric.Provider.class);
    assertThat(r.provider("TERM_CONSISTENCY")).isInstanceOf(TermConsistencyMetric.Provider.class);
    assertThat(r.provider("ACRONYM_CONSISTENCY").create(Map.of()).signature().text())
        .startsWith(
            "ACRONYM_CONSISTENCY|allow:|allowFile:|defaultAllowList:true|undefinedSeverity:info|version:");
  }

  @Test
  void resultsDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(
              AcronymExtractor.extract("the Information Technology Institute (ITI) and")
                  .get(0)
                  .longForm())
          .isEqualTo("Information Technology Institute");
      assertThat(AcronymConsistencyMetric.longFormKey("INSTITUTE of Information"))
          .isEqualTo("institute of information");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
