package dev.verso.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The report of 5,000 documents opens in headless Chromium with its overview, the complete findings
 * table, and the side-by-side view of a worst document; documents beyond the embedded ones say that
 * their texts are in report.json. Skipped like {@link BrowserTest} without chromium.
 */
class LargeReportBrowserTest {
  @TempDir static Path dir;
  static ChromeDriver driver;
  static long findings;
  static long htmlBytes;
  static String lastId;
  static int lastFindings;
  static String searchedId;
  static int documentsWithFindings;
  static int searchedFindings;
  static long drawnAtStart;
  static long pendingAtStart;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
        "browser test skipped: install Debian's chromium and chromium-driver to run it");
    // 5,000 documents: the seeds' translations, each 1,000 times under its own id
    List<Path> seeds;
    try (Stream<Path> s = Files.list(TestFiles.projectDir().resolve("seeds"))) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      for (Path seed : seeds) {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        // seed 000 is a record (its translation under translated_content), the others plain
        // translations
        int at = text.indexOf("translated_content:");
        String t =
            at < 0
                ? text.trim()
                : text.substring(at + "translated_content:".length())
                    .replaceFirst("(?s)\n[a-z_]+:.*", "")
                    .trim();
        var doc = json.createObjectNode();
        doc.put("id", String.format("d%05d-%s", i, seed.getFileName().toString().substring(0, 3)));
        doc.putObject("translations").put("s", t + (i % 7 == 0 ? " The the end." : ""));
        sb.append(json.writeValueAsString(doc)).append('\n');
      }
    }
    Path in = TestFiles.write(dir.resolve("5k.jsonl"), sb.toString());
    TestFiles.Run run =
        TestFiles.verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "html,json",
            "--metrics",
            "DUPLICATION,UNTRANSLATED,TRANSLATION_DEFECTS,ACRONYM_CONSISTENCY");
    assertThat(run.exitCode()).as(run.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode report =
        TestFiles.readJson(dir.resolve("out/report.json"));
    assertThat(report.get("documents").size())
        .isEqualTo(sb.toString().split("\n").length)
        .isEqualTo(5000);
    for (var d : report.get("documents")) {
      lastId = d.get("id").asText();
      lastFindings = 0;
      for (var s : d.get("systems")) {
        findings += s.get("findings").size();
        lastFindings += s.get("findings").size();
      }
      if (lastFindings > 0) {
        documentsWithFindings++;
        searchedId = lastId;
        searchedFindings = lastFindings;
      }
    }
    htmlBytes = Files.size(dir.resolve("out/report.html"));

    ChromeOptions o = new ChromeOptions();
    o.setBinary(BrowserTest.CHROMIUM.toString());
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("verso-chrome"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserTest.DRIVER.toFile())
            .build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.get(dir.resolve("out/report.html").toUri().toString());
    BrowserTest.awaitReady(driver);
    drawnAtStart = driver.findElements(By.cssSelector("#document-views .doc")).size();
    pendingAtStart =
        driver.findElements(By.cssSelector("#document-views .doc-group.pending")).size();
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void theOverviewTheWholeFindingsTableAndAWorstDocumentViewAreThere() {
    assertThat(findings).isGreaterThan(500);
    assertThat(htmlBytes).isLessThan(15_000_000L);
    assertThat(driver.findElement(By.id("scores-table")).getText()).contains("DUPLICATION");
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains(
            "texts and side-by-side views for the 200 documents with the most serious findings");
    assertThat(driver.findElement(By.id("documents-note")).getText())
        .startsWith("200 of 5000 documents with their texts side by side");
    // the counts by check add up to every finding
    List<WebElement> total =
        driver.findElements(By.cssSelector("#counts-table tbody tr:last-child th"));
    assertThat(total.get(0).getText()).isEqualTo("all checks");
    assertThat(total.get(total.size() - 1).getText()).isEqualTo(String.valueOf(findings));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Object rows =
        js.executeScript(
            "return window.verso.data.documents.reduce(function (n, d) { return n + d.systems.reduce(function (m, s) {"
                + " return m + s.findings.length; }, 0); }, 0);");
    assertThat(((Number) rows).longValue()).isEqualTo(findings);
    Object full =
        js.executeScript(
            "return window.verso.data.documents.filter(function (d) { return d.fields; }).length;");
    assertThat(((Number) full).intValue()).isEqualTo(200);
    // no document is drawn before it is scrolled to: one placeholder per group of 25
    assertThat(drawnAtStart).isZero();
    assertThat(pendingAtStart).isEqualTo(200);

    // the worst document opens side by side with its text
    WebElement firstWorst = driver.findElement(By.cssSelector("#worst-table tbody tr"));
    String worstId = firstWorst.findElement(By.tagName("td")).getText();
    js.executeScript("arguments[0].scrollIntoView({block: 'center'});", firstWorst);
    firstWorst.click();
    WebElement view =
        driver.findElement(
            By.xpath("//div[@id='document-views']/div[@class='doc'][h3='" + worstId + "']"));
    assertThat(view.findElements(By.cssSelector(".cols .col .field"))).isNotEmpty();
    assertThat(view.findElement(By.cssSelector(".cols .col .field")).getText()).isNotBlank();
    assertThat(view.findElements(By.cssSelector("mark"))).isNotEmpty();
    assertThat(view.getText()).doesNotContain("Texts not embedded");
    Object top = js.executeScript("return arguments[0].getBoundingClientRect().top;", view);
    assertThat(((Number) top).doubleValue()).isBetween(-1.0, 1000.0);
    js.executeScript("window.scrollTo(0, 0);");
  }

  @Test
  void theFindingsTableShowsAPageAtATimeAndTextlessDocumentsRenderWhenShown() {
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(100);
    assertThat(driver.findElement(By.id("findings-count")).getText())
        .isEqualTo("100 of " + findings + " matching findings shown (" + findings + " in all)");
    List<WebElement> buttons = driver.findElements(By.cssSelector("#findings-more button"));
    assertThat(buttons.stream().map(WebElement::getText))
        .containsExactly("Show 100 more", "Show all " + findings);
    buttons.get(0).click();
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(200);

    JavascriptExecutor js = (JavascriptExecutor) driver;
    // a document without texts is drawn when shown: its group of 25 replaces the placeholder
    List<WebElement> pending =
        driver.findElements(By.cssSelector("#document-views .doc-group.pending"));
    WebElement lastGroup = pending.get(pending.size() - 1);
    assertThat(lastGroup.getText()).endsWith("to " + lastId + " (drawn when scrolled to)");
    assertThat(driver.findElements(By.id("doc-4999"))).isEmpty();
    int drawn = driver.findElements(By.cssSelector("#document-views .doc")).size();
    js.executeScript("window.verso.showDoc(4999);");
    WebElement shown = driver.findElement(By.id("doc-4999"));
    assertThat(shown.findElement(By.tagName("h3")).getText()).isEqualTo(lastId);
    assertThat(shown.getAttribute("class")).isEqualTo("doc");
    assertThat(shown.findElements(By.cssSelector(".scores span"))).isNotEmpty();
    assertThat(shown.findElements(By.cssSelector(".findings-list li"))).hasSize(lastFindings);
    assertThat(shown.getText()).contains("Texts not embedded in this page");
    assertThat(driver.findElements(By.cssSelector("#document-views .doc")).size())
        .isGreaterThanOrEqualTo(drawn + 25);
    assertThat(driver.findElements(By.cssSelector("#document-views .doc-group.pending")))
        .hasSizeLessThan(pending.size());

    // search covers every finding, not only the rows drawn: the last document's are found
    WebElement search = driver.findElement(By.id("search"));
    search.sendKeys(searchedId);
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr")))
        .hasSize(searchedFindings)
        .allSatisfy(
            r -> assertThat(r.findElement(By.tagName("td")).getText()).isEqualTo(searchedId));
    // a row jumps to its document
    driver.findElement(By.cssSelector("#findings-table tbody tr")).click();
    WebElement jumped =
        driver.findElement(
            By.xpath("//div[@id='document-views']/div[@class='doc'][h3='" + searchedId + "']"));
    assertThat(jumped.findElements(By.cssSelector(".findings-list li"))).hasSize(searchedFindings);
    Object jumpedTop = js.executeScript("return arguments[0].getBoundingClientRect().top;", jumped);
    assertThat(((Number) jumpedTop).doubleValue()).isBetween(-1.0, 1000.0);
    search.clear();
    js.executeScript("document.getElementById('search').dispatchEvent(new Event('input'));");
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(100);

    // so does the document filter, whose thousands of options arrive after the first frame
    Select byDocument = new Select(driver.findElement(By.id("filter-document")));
    assertThat(byDocument.getOptions()).hasSize(documentsWithFindings + 1);
    byDocument.selectByValue(searchedId);
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr")))
        .hasSize(searchedFindings);
    byDocument.selectByValue("");
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(100);

    // scrolling to a group of documents draws it: its placeholder is replaced by 25 views
    List<WebElement> waiting =
        driver.findElements(By.cssSelector("#document-views .doc-group.pending"));
    WebElement middle = waiting.get(waiting.size() / 2);
    int group = Integer.parseInt(middle.getAttribute("data-group"));
    assertThat(driver.findElements(By.id("doc-" + group * 25))).isEmpty();
    js.executeScript("arguments[0].scrollIntoView();", middle);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("doc-" + (group * 25 + 24))).isEmpty());
    assertThat(driver.findElements(By.cssSelector(".doc-group[data-group='" + group + "']")))
        .isEmpty();
    assertThat(driver.findElement(By.cssSelector("#doc-" + group * 25 + " .scores")).getText())
        .isNotBlank();

    js.executeScript("window.scrollTo(0, 0);");
  }
}
