// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dossier.store.SqliteKnowledgeBase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The pages in headless Chromium: search under another spelling, open an entity and a document,
 * merge two entities through the forms, open an event and a claim from search, see the map draw its
 * points without tiles and the graph render, and prove that hostile article text runs nothing.
 * Screenshots go to {@code target/screenshots}. Skipped where Chromium or its driver is missing.
 */
class BrowserIT {
  static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  private static SqliteKnowledgeBase kb;
  private static DossierServer server;
  private static ChromeDriverService service;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
    kb = SqliteKnowledgeBase.open(dir.resolve("kb"));
    TestCorpus.fillWithFacts(kb);
    server = DossierServer.create(kb, cfg -> cfg.port = 0);
    driver = startChromium(dir);
    Files.createDirectories(SHOTS);
  }

  /** Headless Chromium with an explicit binary and driver: Selenium Manager never runs. */
  static WebDriver startChromium(Path dir) throws IOException {
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--password-store=basic",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chrome-profile"));
    WebDriver d = new ChromeDriver(service, options);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return d;
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (server != null) {
      server.close();
    }
    if (kb != null) {
      kb.close();
    }
  }

  @Test
  void searchOpenEntityOpenDocumentAndMergeTwoEntities() throws IOException {
    driver.get(server.url() + "/");
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("Hifter");
    box.submit();
    List<String> hits =
        driver.findElements(By.cssSelector("li.entity-hit a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(hits).contains("Khalifa Haftar", "Khalifa Hifter");
    assertThat(driver.findElements(By.cssSelector("ul.facet[data-facet=type] a"))).isNotEmpty();
    shot("1-search");

    driver.findElement(By.linkText("Khalifa Haftar")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Khalifa Haftar");
    assertThat(driver.findElement(By.cssSelector("table.aliases")).getText())
        .contains("surname-of-full-name");
    assertThat(driver.findElement(By.cssSelector("ul.titles")).getText()).contains("Field Marshal");
    shot("2-entity");

    driver.findElement(By.cssSelector("ul.docs a[href='/documents/d-benghazi']")).click();
    List<WebElement> mentions = driver.findElements(By.cssSelector("a.mention"));
    assertThat(mentions).extracting(WebElement::getText).contains("Khalifa Haftar", "Benghazi");
    assertThat(mentions.get(0).getAttribute("href")).endsWith("/entities/e-haftar");
    shot("3-document");

    // merge Khalifa Hifter into Khalifa Haftar, picking it by search on the entity page
    driver.get(server.url() + "/entities/e-haftar");
    WebElement find = driver.findElement(By.name("merge_q"));
    find.sendKeys("Hifter");
    find.submit();
    shot("4-merge-candidates");
    WebElement candidate =
        driver.findElement(
            By.xpath("//form[contains(@class,'merge')][input[@name='other'][@value='e-hifter']]"));
    candidate.findElement(By.tagName("button")).click();
    // the POST answers with a redirect: wait for the browser to arrive (a loaded CI machine is
    // slow)
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> d.getCurrentUrl().endsWith("/entities/e-haftar"));
    assertThat(driver.getCurrentUrl()).endsWith("/entities/e-haftar");
    assertThat(driver.findElement(By.cssSelector("table.aliases")).getText())
        .contains("Khalifa Hifter");
    shot("5-merged");
    assertThat(kb.redirect("e-hifter")).hasValue("e-haftar");
  }

  @Test
  void hostileArticleTextRunsNothingAnywhere() throws IOException {
    for (String path :
        List.of(
            "/documents/d-hostile",
            "/entities/e-haddar",
            "/",
            "/?q=Haddar",
            "/?q=%3Cscript%3Ewindow.pwned%3D9%3C%2Fscript%3E")) {
      driver.get(server.url() + path);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertThat(js.executeScript("return typeof window.pwned")).as(path).isEqualTo("undefined");
      assertThat(driver.getTitle()).as(path).isNotEqualTo("pwned").isNotEmpty();
      assertThat(
              js.executeScript(
                  "return document.querySelectorAll('script, img, iframe, svg, object, embed,"
                      + " [onerror], [onload], [onmouseover], a[href^=\"javascript:\"]').length"))
          .as(path)
          .isEqualTo(0L);
    }
    driver.get(server.url() + "/documents/d-hostile");
    String text = driver.findElement(By.id("text")).getText();
    assertThat(text).contains("<script>document.title='pwned';window.pwned=3</script>");
    shot("6-hostile-document");
  }

  @Test
  void eventAndClaimFromSearchMapWithoutTilesAndGraph() throws IOException {
    driver.get(server.url() + "/?q=Libyan%20National%20Army");
    WebElement event = driver.findElement(By.cssSelector("li.event-hit a.event-link"));
    assertThat(event.getText()).startsWith("ASSAULT (killing) in Derna");
    event.click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("ASSAULT (killing)");
    assertThat(driver.findElement(By.cssSelector("p.casualties")).getText()).contains("12–15");
    assertThat(driver.findElements(By.cssSelector("table.reports tbody tr"))).hasSize(2);
    waitFor("#map[data-markers='1']");
    assertThat(driver.findElements(By.cssSelector("#map path.event-marker"))).hasSize(1);
    shot("7-event");

    driver.findElement(By.cssSelector("a.evidence-link")).click();
    WebElement highlighted = driver.findElement(By.id("hl"));
    assertThat(highlighted.getText()).startsWith("LNA");
    assertThat(driver.findElements(By.cssSelector("a.event"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("span.claim"))).isNotEmpty();
    shot("8-document-facts");

    driver.get(server.url() + "/?q=Haftar");
    driver.findElement(By.cssSelector("li.claim-hit a.claim-link")).click();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Claim by Khalifa Haftar");
    assertThat(driver.findElement(By.cssSelector("dd.speaker a")).getAttribute("href"))
        .endsWith("/entities/e-haftar");
    shot("9-claim");

    driver.get(server.url() + "/claims?status=contradicted");
    assertThat(driver.findElements(By.cssSelector("ol.ledger li"))).isNotEmpty();
    shot("10-ledger");

    driver.get(server.url() + "/map");
    waitFor("#map[data-markers='2']");
    assertThat(driver.findElements(By.cssSelector("#map path.event-marker"))).hasSize(2);
    assertThat(driver.findElements(By.cssSelector("#map img.leaflet-tile"))).isEmpty();
    driver.findElements(By.cssSelector("#map path.event-marker")).get(0).click();
    assertThat(driver.findElement(By.cssSelector(".leaflet-popup-content")).getText()).isNotBlank();
    shot("11-map-without-tiles");

    driver.get(server.url() + "/graph?min_cooccurrence=1");
    waitFor("#graph[data-nodes]");
    assertThat(Integer.parseInt(driver.findElement(By.id("graph")).getAttribute("data-nodes")))
        .isGreaterThan(1);
    assertThat(driver.findElements(By.cssSelector("#graph canvas"))).isNotEmpty();
    shot("12-graph");

    driver.get(server.url() + "/timeline?month=2017-07");
    assertThat(driver.findElements(By.cssSelector("svg.timeline rect.bar"))).isNotEmpty();
    shot("13-timeline");
    driver.get(server.url() + "/sources");
    assertThat(driver.findElement(By.cssSelector("table.sources")).getText()).contains("Observer");
    shot("14-sources");
  }

  @Test
  void hostileEventAndClaimTextRunsNothingOnTheNewPages() {
    String event =
        kb.events(new io.dossier.store.EventQuery(null, "d-hostile-facts", null, null, 0, 1))
            .get(0)
            .id();
    String claim =
        kb.claims(new io.dossier.store.ClaimQuery(null, null, "d-hostile-facts", 0, 1)).get(0).id();
    for (String path :
        List.of(
            "/events/" + event,
            "/claims/" + claim,
            "/claims",
            "/documents/d-hostile-facts",
            "/timeline?month=2017-07",
            "/map",
            "/graph",
            "/sources",
            "/?q=Sirte")) {
      driver.get(server.url() + path);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      assertThat(js.executeScript("return typeof window.pwned")).as(path).isEqualTo("undefined");
      assertThat(
              js.executeScript(
                  "return document.querySelectorAll('main script, iframe, object, embed,"
                      + " img:not(.leaflet-tile), svg:not(.timeline):not(.leaflet-zoom-animated),"
                      + " [onerror], [onload], [onmouseover], a[href^=\"javascript:\"]').length"))
          .as(path)
          .isEqualTo(0L);
    }
  }

  private static void waitFor(String css) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
  }

  private static void shot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
