package dev.verso.bench.harness;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How long a report.html takes to open in headless Chromium: the page's own navigation timing
 * (DOMContentLoaded, which waits for the report's script, and the load event), per run and as the
 * median. Usage: {@code PageLoadHarness REPORT.html [RUNS]}; Debian's chromium and chromium-driver
 * (or {@code -Dchromium=…} and {@code -Dchromedriver=…}).
 */
public final class PageLoadHarness {
  private PageLoadHarness() {}

  public static void main(String[] args) throws Exception {
    Path page = Path.of(args[0]).toAbsolutePath();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ChromeOptions o = new ChromeOptions();
    o.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    o.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createTempDirectory("verso-pageload"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .build();
    ChromeDriver driver = new ChromeDriver(service, o);
    List<Double> loads = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        driver.get("about:blank");
        driver.get(page.toUri().toString());
        List<?> t =
            (List<?>)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "var n = performance.getEntriesByType('navigation')[0];"
                            + " return [n.domContentLoadedEventEnd, n.loadEventEnd];");
        double dcl = ((Number) t.get(0)).doubleValue();
        double load = ((Number) t.get(1)).doubleValue();
        loads.add(load);
        System.out.printf(
            Locale.ROOT, "run %d: DOMContentLoaded %.0f ms, load %.0f ms%n", i + 1, dcl, load);
      }
    } finally {
      driver.quit();
    }
    Collections.sort(loads);
    System.out.printf(
        Locale.ROOT,
        "%s (%.1f MB): median load %.0f ms over %d runs%n",
        page.getFileName(),
        Files.size(page) / 1e6,
        loads.get(loads.size() / 2),
        runs);
  }
}
