package dev.verso.report;

import static dev.verso.TestFiles.verso;
import static dev.verso.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.verso.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens the seeds' report.html in Debian's headless Chromium. Skipped, with a message saying how to
 * enable it, when chromium or chromedriver is not installed. Saves screenshots under
 * target/screenshots/ as build artifacts.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  @TempDir static Path dir;
  static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser test skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver fonts-wqy-microhei) to run it");
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (var s = Files.list(TestFiles.projectDir().resolve("seeds"))) {
      for (Path p : s.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    write(
        in.resolve("hostile.jsonl"),
        "{\"id\":\"zz-hostile\",\"translations\":{\"default\":{\"title\":\"</script><script>window.pwned=1</script>\","
            + "\"text\":\"Look: <img src=x onerror=\\\"window.pwned=2\\\"> and </script><script>window.pwned=3</script> the the end.\"}}}\n");
    TestFiles.Run run =
        verso(
            "evaluate",
            in.toString(),
            "-o",
            dir.resolve("out").toString(),
            "--format",
            "html,json");
    assertThat(run.exitCode()).as(run.err()).isZero();

    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toString());
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
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.get(dir.resolve("out/report.html").toUri().toString());
    awaitReady(driver);
  }

  /**
   * Waits until the page has inflated its data, drawn itself and done the work it leaves for after
   * the first frame (it marks the root element {@code data-verso="complete"}); the page's data is
   * read asynchronously, after the load event.
   */
  static void awaitReady(ChromeDriver driver) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
        .until(
            d ->
                "complete"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "return document.documentElement.getAttribute('data-verso');")));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @org.junit.jupiter.api.BeforeEach
  void resetFilters() {
    for (WebElement sel : driver.findElements(By.cssSelector("#filters select"))) {
      new Select(sel).selectByValue("");
    }
    driver.findElement(By.id("search")).clear();
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById('search').dispatchEvent(new Event('input'));");
  }

  private static void screenshot(String name) throws Exception {
    Path shots = Files.createDirectories(TestFiles.projectDir().resolve("target/screenshots"));
    Files.write(shots.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void pageLoadsWithoutConsoleErrors() throws Exception {
    assertThat(driver.getTitle()).isEqualTo("Verso report");
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
            .toList();
    assertThat(severe).isEmpty();
    assertThat(driver.findElement(By.id("scores-table")).getText()).contains("DUPLICATION");
    assertThat(driver.findElements(By.cssSelector("#document-views .doc"))).hasSize(6);
    screenshot("report-overview.png");
  }

  @Test
  void filtersNarrowTheFindingsTable() {
    int all = driver.findElements(By.cssSelector("#findings-table tbody tr")).size();
    assertThat(all).isGreaterThanOrEqualTo(4);
    new Select(driver.findElement(By.id("filter-document"))).selectByValue("003_5350cc78e79839d4");
    List<WebElement> rows = driver.findElements(By.cssSelector("#findings-table tbody tr"));
    assertThat(rows).hasSizeBetween(1, all - 1);
    assertThat(rows.get(0).getAttribute("textContent")).contains("003_5350cc78e79839d4");
    new Select(driver.findElement(By.id("filter-document"))).selectByValue("");
    driver.findElement(By.id("search")).sendKeys("striving");
    assertThat(driver.findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(1);
    assertThat(driver.findElement(By.id("findings-count")).getText())
        .isEqualTo("1 of " + all + " findings shown");
  }

  @Test
  void clickingAFindingHighlightsItsSpanInTheDocumentView() throws Exception {
    driver.findElement(By.id("search")).sendKeys("striving");
    driver.findElement(By.cssSelector("#findings-table tbody tr")).click();
    WebElement focused = driver.findElement(By.cssSelector("mark.focus"));
    assertThat(focused.getText()).isEqualTo("striving to be an example");
    assertThat(focused.getAttribute("title"))
        .isEqualTo("REPEATED_PHRASE: \"striving to be an example\" is repeated");
    screenshot("report-document-view.png");
  }

  @Test
  void acronymDriftIsVisibleInTheDocumentView() throws Exception {
    new Select(driver.findElement(By.id("filter-check"))).selectByValue("ACRONYM_DRIFT");
    List<WebElement> rows = driver.findElements(By.cssSelector("#findings-table tbody tr"));
    assertThat(rows).hasSize(2);
    rows.get(0).click();
    WebElement focused = driver.findElement(By.cssSelector("mark.focus"));
    assertThat(focused.getText()).isEqualTo("CNSO");
    assertThat(focused.isDisplayed()).isTrue();
    assertThat(focused.getAttribute("title"))
        .startsWith("ACRONYM_DRIFT: \"CNSO\" looks like a variant of the acronym \"CFNSO\"");
    screenshot("report-acronym-drift.png");
  }

  @Test
  void alignedDocumentsShowSourceAndTranslationBeadByBead() throws Exception {
    WebElement doc = driver.findElement(By.id("doc-0"));
    List<WebElement> beads = doc.findElements(By.cssSelector("table.beads tbody tr.bead"));
    assertThat(beads).hasSize(3);
    List<WebElement> first = beads.get(0).findElements(By.tagName("td"));
    assertThat(first.get(0).getAttribute("textContent"))
        .isEqualTo("4月6日下午，商务部电子商务司与中国网络社会组织联合会、中国国际电子商务中心开展党建联学共建。");
    assertThat(first.get(1).getAttribute("textContent"))
        .startsWith("On the afternoon of April 6,")
        .endsWith("(CICEC).");
    assertThat(beads.get(2).getAttribute("data-bead")).isEqualTo("2-2");
    // the drifting acronym is still highlighted inside its bead
    assertThat(beads.get(1).findElements(By.cssSelector("mark")).stream().map(WebElement::getText))
        .contains("CNSO");
    // a document without a source keeps the two-column view
    assertThat(driver.findElements(By.cssSelector("#doc-5 table.beads"))).isEmpty();
    screenshot("report-aligned.png");
  }

  @Test
  void hostileInputRendersAsText() {
    Object pwned =
        ((JavascriptExecutor) driver)
            .executeScript("return window.pwned === undefined ? null : window.pwned;");
    assertThat(pwned).isNull();
    String page = driver.findElement(By.id("document-views")).getText();
    assertThat(page).contains("</script><script>window.pwned=1</script>");
    assertThat(page).contains("<img src=x onerror=\"window.pwned=2\">");
    assertThat(driver.findElements(By.cssSelector("#document-views img"))).isEmpty();
  }
}
