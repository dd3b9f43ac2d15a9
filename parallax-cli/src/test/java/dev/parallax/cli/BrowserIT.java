package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.core.store.Store;
import dev.parallax.web.StoreIngester;
import dev.parallax.web.WebServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI in a real browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (no driver or browser is downloaded). Loads the demo corpus, opens the most
 * contradicted story, opens a contradiction's evidence, searches a person by another spelling of
 * his name, opens him and one of the articles. Screenshots of every page are kept in {@code
 * target/browser-screenshots} for a person to look at. Skipped, saying so, where Chromium or
 * chromedriver is not installed ({@code .ci/run} installs both).
 */
class BrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "browser-screenshots");

  @TempDir static Path dir;

  private static Store store;
  private static WebServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium or chromedriver not installed (apt-get install chromium chromium-driver):"
            + " browser test skipped");
    Path db = dir.resolve("p.db");
    Cli.analyzeDemo(dir.resolve("out"), db.toString());
    store = Store.openSqlite(db);
    server =
        WebServer.start(
            WebServer.Options.defaults().withAddress("127.0.0.1", 0),
            store,
            new StoreIngester(store, null, null));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private static void open(String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
  }

  private static void shoot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aFactCheckerWorksAStoryFromListToEvidence() throws Exception {
    open("/");
    assertThat(browser.getTitle()).contains("Stories");
    shoot("1-stories");

    browser.findElement(By.linkText("contradicted")).click();
    WebElement first = browser.findElement(By.cssSelector("table tr:nth-child(2) td a"));
    String title = first.getText();
    first.click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    List<WebElement> contradicted = browser.findElements(By.cssSelector("tr .b-contradicted"));
    assertThat(contradicted).isNotEmpty();
    shoot("2-story");

    // the evidence of the first contradiction opens in place, the sentence with the words marked
    WebElement row = contradicted.get(0).findElement(By.xpath("ancestor::tr"));
    WebElement summary = row.findElement(By.cssSelector("details summary"));
    WebElement mark = row.findElement(By.cssSelector("details mark"));
    assertThat(mark.isDisplayed()).isFalse();
    summary.click();
    assertThat(mark.isDisplayed()).isTrue();
    assertThat(mark.getText()).isNotBlank();
    shoot("3-evidence");

    // the flagged article is on top, with a reason
    assertThat(browser.findElements(By.cssSelector(".flag li"))).isNotEmpty();
  }

  /**
   * The browser's address once it holds {@code part}, or as it is after ten seconds: a submitted
   * form navigates in the background, and the address read right after may still be the form's.
   */
  private static String addressOnceItHolds(String part) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!browser.getCurrentUrl().contains(part) && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    return browser.getCurrentUrl();
  }

  @Test
  void aPersonIsFoundByAnotherSpellingAndLeadsToTheArticles() throws Exception {
    open("/search");
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys("Hrytsenko");
    box.submit();
    assertThat(addressOnceItHolds("q=Hrytsenko")).contains("q=Hrytsenko");
    shoot("4-search");

    // articles spelling him "Gritsenko" are found too
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains("Gritsenko");
    browser.findElement(By.partialLinkText("(person)")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Gritsenko");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Hrytsenko")
        .contains("Interior Minister")
        .contains("Defence Minister");
    shoot("5-entity");

    browser.findElement(By.cssSelector("table td a")).click();
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Text");
    assertThat(browser.findElements(By.cssSelector(".text mark"))).isNotEmpty();
    shoot("6-article");
  }
}
