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
 * How long a report.html takes to open in headless Chromium, from the page's own timing
 * (milliseconds from the start of the navigation). The figure whose median it prints is
 * <b>visible</b>: the first frame painted after the page has drawn its overview (scores, comparison,
 * charts, counts, worst documents) and the first page of the findings table, its {@code
 * verso-painted} performance mark. For pages without that mark (reports written before it, which
 * drew everything before DOMContentLoaded) it is the end of the load event. Each run also prints
 * DOMContentLoaded, load, first contentful paint and the page's other marks ({@code verso-data}:
 * data inflated and parsed; {@code verso-ready}: drawn, before the frame; {@code verso-complete}:
 * the work the page leaves for when the browser is idle after that frame is done, i.e. from then
 * on nothing is queued and the page answers input at once); {@code -Dmarks=true} lists every mark.
 * Usage: {@code PageLoadHarness REPORT.html [RUNS]};
 * Debian's chromium and chromium-driver (or {@code -Dchromium=…} and {@code -Dchromedriver=…}).
 */
public final class PageLoadHarness {
  private PageLoadHarness() {}

  private static final String TIMES =
      "var n = performance.getEntriesByType('navigation')[0];"
          + " function mark(name) { var m = performance.getEntriesByName(name); return m.length ? m[0].startTime : -1; }"
          + " var fcp = performance.getEntriesByName('first-contentful-paint');"
          + " return [n.domContentLoadedEventEnd, n.loadEventEnd, fcp.length ? fcp[0].startTime : -1,"
          + " mark('verso-data'), mark('verso-ready'), mark('verso-painted'),"
          + " document.documentElement.hasAttribute('data-verso'),"
          + " performance.getEntriesByType('mark').map(function (m) { return m.name + ' ' + Math.round(m.startTime); }).join(', '),"
          + " mark('verso-complete')];";

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
    List<Double> visible = new ArrayList<>();
    try {
      for (int i = 0; i < runs; i++) {
        driver.get("about:blank");
        driver.get(page.toUri().toString());
        List<?> t = times(driver);
        // a page that marks when it is drawn: wait for its last mark (up to a minute)
        for (int wait = 0;
            Boolean.TRUE.equals(t.get(6)) && number(t, 8) < 0 && wait < 600;
            wait++) {
          Thread.sleep(100);
          t = times(driver);
        }
        boolean marked = number(t, 5) >= 0;
        double shown = marked ? number(t, 5) : number(t, 1);
        visible.add(shown);
        System.out.printf(
            Locale.ROOT,
            "run %d: visible %.0f ms (%s); DOMContentLoaded %.0f, load %.0f, first contentful paint"
                + " %.0f, data %.0f, drawn %.0f, complete %.0f%n",
            i + 1,
            shown,
            marked ? "verso-painted" : "load event end",
            number(t, 0),
            number(t, 1),
            number(t, 2),
            number(t, 3),
            number(t, 4),
            number(t, 8));
        if (Boolean.getBoolean("marks")) {
          System.out.println("  marks: " + t.get(7));
        }
      }
    } finally {
      driver.quit();
    }
    Collections.sort(visible);
    System.out.printf(
        Locale.ROOT,
        "%s (%.1f MB): median visible %.0f ms over %d runs (%.0f–%.0f)%n",
        page.getFileName(),
        Files.size(page) / 1e6,
        visible.get(visible.size() / 2),
        runs,
        visible.get(0),
        visible.get(visible.size() - 1));
  }

  private static List<?> times(ChromeDriver driver) {
    return (List<?>) ((JavascriptExecutor) driver).executeScript(TIMES);
  }

  private static double number(List<?> t, int i) {
    return ((Number) t.get(i)).doubleValue();
  }
}
