package io.github.unscsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.unscsim.Fixtures;
import io.github.unscsim.io.ScenarioFiles;
import io.github.unscsim.model.Ballot;
import io.github.unscsim.model.Vote;
import io.github.unscsim.rules.AdoptionRules;
import io.github.unscsim.rules.Outcome;
import io.github.unscsim.scenario.RuleSpec;
import io.github.unscsim.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The board in a real browser: Debian's Chromium and its driver ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; {@code .ci/run} installs them), driven through Selenium. These tests are never
 * skipped: without the browser they fail. The expected outcomes are the library's own, and S/2016/846's votes are
 * those of press release SC/12545 (8 October 2016).
 */
class BoardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium warns that it has no DevTools protocol matching the browser's version; the tests use none. */
    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    private static BoardServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() {
        assertThat(CHROMIUM).as("Chromium (apt-get install -y chromium chromium-driver)").isExecutable();
        assertThat(DRIVER).as("chromedriver (apt-get install -y chromium-driver)").isExecutable();
        DEVTOOLS_LOG.setLevel(java.util.logging.Level.SEVERE);
        server = BoardServer.start(0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // the page draws a fresh board on every answer: a seat found just before is then stale, and found again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void wide() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    private static void open(String fragment) {
        // a new document each time: a fragment alone would not reload the page
        browser.get("about:blank");
        browser.get(server.address() + fragment);
    }

    private static void waitForOutcome(String word) {
        // the word's text, not its rendering (which the style puts in capitals)
        wait.until(ExpectedConditions.attributeToBe(By.id("outcome-word"), "textContent", word));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static WebElement seat(String code) {
        return browser.findElement(By.cssSelector("#board g.seat[data-code='" + code + "']"));
    }

    /** Clicks a seat where a person would: on its disc. */
    private static void click(String code) {
        seat(code).findElement(By.tagName("circle")).click();
    }

    private static void waitForSeatVote(String code, Vote vote) {
        wait.until(d -> vote.label().equals(seat(code).getAttribute("data-vote")));
    }

    private static Outcome inForce(Ballot ballot) {
        return AdoptionRules.inForce(ballot).evaluate(ballot);
    }

    @Test
    void opensOnS2016846_vetoedByRussia() {
        open("");
        waitForOutcome("vetoed");
        assertThat(text("sentence")).isEqualTo(inForce(Fixtures.s2016846()).explanation());
        assertThat(text("tally")).contains("11 yes, 2 no, 2 abstaining", "vetoed by RUS");
        // SC/12545: the draft submitted by France and Spain
        assertThat(text("record-title")).startsWith("S/2016/846, 2016-10-08")
                .endsWith("Submitted by France and Spain.");
        assertThat(browser.findElements(By.cssSelector("#board g.seat"))).hasSize(15);
        assertThat(seat("RUS").getAttribute("aria-label")).startsWith("Russian Federation (RUS), permanent member: no");
    }

    @Test
    void clickingRussiaToAbstain_adoptsTheDraft_withThePresidentsSentence() {
        open("");
        waitForOutcome("vetoed");
        click("RUS");
        waitForOutcome("adopted");
        Ballot abstaining = Fixtures.s2016846().with("RUS", Vote.ABSTAIN);
        assertThat(text("sentence")).isEqualTo(inForce(abstaining).explanation())
                .startsWith("Adopted");
        assertThat(seat("RUS").getAttribute("data-vote")).isEqualTo("abstain");
        // the permanent members are now pivotal: any one's no would block it
        assertThat(text("pivotal")).contains("CHN", "FRA", "RUS", "GBR", "USA");
        assertThat(seat("USA").getAttribute("class")).contains("pivotal");
    }

    @Test
    void theModelUnSimpleMajority_givesTheLibrarysOutcome() {
        open("");
        waitForOutcome("vetoed");
        new Select(browser.findElement(By.id("rule"))).selectByValue("simple-majority");
        Ballot ballot = Fixtures.s2016846();
        Outcome expected = RuleSpec.preset("simple-majority").apply(AdoptionRules.inForce(ballot)).evaluate(ballot);
        waitForOutcome(expected.type().name().toLowerCase(java.util.Locale.ROOT));
        assertThat(text("sentence")).isEqualTo(expected.explanation());
        assertThat(text("rule-description")).contains("more affirmative than negative votes");
    }

    @Test
    void theKeyboardAlone_changesRussiasVote() {
        open("");
        waitForOutcome("vetoed");
        WebElement body = browser.findElement(By.tagName("body"));
        body.click();
        Actions keys = new Actions(browser);
        String focused = "";
        for (int i = 0; i < 40 && !focused.equals("RUS"); i++) {
            keys.sendKeys(Keys.TAB).perform();
            focused = String.valueOf(((JavascriptExecutor) browser).executeScript(
                    "return document.activeElement.dataset ? document.activeElement.dataset.code || '' : ''"));
        }
        assertThat(focused).as("Tab reaches Russia's seat").isEqualTo("RUS");
        keys.sendKeys("a").perform();
        waitForOutcome("adopted");
        // the seat keeps the focus after the board is drawn again; Space cycles on to absent
        keys.sendKeys(Keys.SPACE).perform();
        waitForSeatVote("RUS", Vote.ABSENT);
        waitForOutcome(inForce(Fixtures.s2016846().with("RUS", Vote.ABSENT)).type().name()
                .toLowerCase(java.util.Locale.ROOT));
        keys.sendKeys("n").perform();
        waitForOutcome("vetoed");
    }

    @Test
    void thePermalink_restoresTheBoard() {
        open("");
        waitForOutcome("vetoed");
        click("VEN");
        waitForSeatVote("VEN", Vote.ABSTAIN);
        click("RUS");
        waitForOutcome("adopted");
        String link = browser.findElement(By.id("permalink")).getAttribute("href");
        browser.get("about:blank");
        browser.get(link);
        waitForOutcome("adopted");
        waitForSeatVote("RUS", Vote.ABSTAIN);
        waitForSeatVote("VEN", Vote.ABSTAIN);
        assertThat(text("tally")).contains("11 yes, 0 no, 4 abstaining");
    }

    @Test
    void aBadPermalink_showsAClearMessage() {
        open("#not-a-board");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(text("error")).startsWith("This link does not hold a board");
        open("#" + java.net.URLEncoder.encode("{\"board\": {\"council\": \"2016-10-08\", \"positions\": "
                + "{\"XYZ\": \"no\", \"default\": \"yes\"}}}", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(text("error")).startsWith("request:1:").contains("'XYZ' is not a member");
    }

    @Test
    void aSlider_givesTheExactOdds_andTheScenarioFileReadsBack() throws Exception {
        open("");
        waitForOutcome("vetoed");
        WebElement slider = browser.findElement(By.id("chance-RUS"));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = '40'; arguments[0].dispatchEvent(new Event('change'));", slider);
        // Russia: yes 0.4, else no; the draft is adopted exactly when Russia votes yes
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("odds"), "Adopted 40 %"));
        assertThat(text("odds")).isEqualTo("Adopted 40 % · vetoed 60 % · failed otherwise 0 %");
        Object scenario = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download-scenario').href).then(r => r.text()).then(done, e => done('' + e));");
        Path file = Files.createTempFile("board", ".json");
        try {
            Files.writeString(file, String.valueOf(scenario));
            Scenario read = ScenarioFiles.read(file);
            assertThat(read.evaluate().base().odds().adopted()).isEqualTo(0.4);
        } finally {
            Files.delete(file);
        }
        Object svg = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('download-svg').href).then(r => r.text()).then(done, e => done('' + e));");
        assertThat(String.valueOf(svg)).startsWith("<svg").contains(">S/2016/846</text>")
                .contains(">Submitted by France and Spain</text>");
    }

    @Test
    void anotherCouncil_seatsItsMembers() {
        open("");
        waitForOutcome("vetoed");
        new Select(browser.findElement(By.id("council-kind"))).selectByValue("reform");
        new Select(browser.findElement(By.id("council-reform"))).selectByValue("g4-veto");
        wait.until(d -> d.findElements(By.cssSelector("#board g.seat")).size() != 15);
        assertThat(text("record-title")).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#board g.seat")).size()).isGreaterThan(15);
    }

    @Test
    void atPhoneWidth_nothingOverflowsTheScreen() {
        browser.manage().window().setSize(new Dimension(360, 800));
        open("");
        waitForOutcome("vetoed");
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0);
        // the seats alone fill the width: a seat's code is drawn at least 11 px high
        double codeHeight = ((Number) ((JavascriptExecutor) browser).executeScript(
                "const t = document.querySelector(\"#board g.seat[data-code='RUS'] text:last-of-type\");"
                        + "return t.getBoundingClientRect().height;")).doubleValue();
        assertThat(codeHeight).isGreaterThanOrEqualTo(11);
    }
}
