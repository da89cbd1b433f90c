package io.github.unscsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report in a real browser (Debian's Chromium and its driver, as the classroom board's browser tests use;
 * never skipped) at a phone's, a slide's and a desktop's width: nothing wider than the screen, and the odds table's
 * outcome text given most of a phone's width (each case a card) while a wide screen keeps the table.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns that it has no DevTools protocol matching the browser's version; the tests use none. */
    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    @TempDir
    static Path dir;

    private static WebDriver browser;
    private static Path page;

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM).as("Chromium (apt-get install -y chromium chromium-driver)").isExecutable();
        assertThat(DRIVER).as("chromedriver (apt-get install -y chromium-driver)").isExecutable();
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        Scenario scenario = ScenarioFiles.read(Path.of("examples/scenarios/s2016-846.yaml"));
        page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.scenario("examples/scenarios/s2016-846.yaml", scenario,
                scenario.evaluate(), List.of()), StandardCharsets.UTF_8);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The page at a width: its overflow, the viewport, and the first case's cells' boxes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(page.toUri().toString());
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const row = document.querySelector('table.odds tbody tr');
                const box = e => e.getBoundingClientRect();
                const text = row.querySelector('td.text'), name = row.querySelector('td.case');
                const adopted = row.querySelector('td.num');
                return {
                  overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
                  viewport: document.documentElement.clientWidth,
                  textWidth: box(text).width, textTop: box(text).top, nameTop: box(name).top,
                  textFont: parseFloat(getComputedStyle(text).fontSize),
                  header: getComputedStyle(document.querySelector('table.odds thead')).position,
                  label: getComputedStyle(adopted, '::before').content
                };""");
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @ParameterizedTest
    @ValueSource(ints = {360, 400, 800})
    void narrow_eachCaseIsACardWithTheTextAcrossIt(int width) {
        Map<String, Object> m = measure(width);
        assertThat(number(m, "overflow")).as("horizontal overflow at %d px", width).isLessThanOrEqualTo(0);
        // the outcome text runs across the card: at least four fifths of the screen, under the case's name
        assertThat(number(m, "textWidth")).isGreaterThanOrEqualTo(0.8 * number(m, "viewport"));
        assertThat(number(m, "textTop")).isGreaterThan(number(m, "nameTop"));
        assertThat(number(m, "textFont")).isGreaterThanOrEqualTo(14);
        // the header is hidden from sight (kept for screen readers); each number names its column
        assertThat(m.get("header")).isEqualTo("absolute");
        assertThat((String) m.get("label")).contains("adopted");
    }

    @ParameterizedTest
    @ValueSource(ints = {1280})
    void wide_keepsTheTable(int width) {
        Map<String, Object> m = measure(width);
        assertThat(number(m, "overflow")).isLessThanOrEqualTo(0);
        assertThat(number(m, "textTop")).isEqualTo(number(m, "nameTop"));
        assertThat(m.get("header")).isEqualTo("static");
        assertThat(number(m, "textWidth")).isGreaterThanOrEqualTo(16 * number(m, "textFont"));
    }
}
