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
 * merge two entities through the forms, and prove that hostile article text runs nothing.
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
    TestCorpus.fill(kb);
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

  private static void shot(String name) throws IOException {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(name + ".png"), png);
  }
}
