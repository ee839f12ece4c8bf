// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.dossier.ingest.web.FetchOptions;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import io.dossier.model.PublishedBasis;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching pages and feeds from a local HTTP server started by the test. */
class UrlArticleReaderIT {
  private static final String PAGE =
      "<html lang='en'><head><title>Port reopens | Herald</title></head><body>"
          + "<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"
          + "<article><h1>Port reopens</h1>"
          + "<p>The harbour of Port Amsel reopened on Monday after three weeks of closure.</p>"
          + "<p>Fishing boats returned to the quays before dawn, the harbour master said.</p>"
          + "</article></body></html>";
  private static final String FEED =
      "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Herald</title>"
          + "<item><title>Port reopens</title><link>https://herald.example/a1</link>"
          + "<pubDate>Mon, 24 Jul 2017 10:00:00 GMT</pubDate>"
          + "<description>The harbour reopened on Monday after three weeks.</description></item>"
          + "<item><title>Ferry runs</title><link>https://herald.example/a2</link>"
          + "<description>The ferry to the islands runs again from Wednesday.</description>"
          + "</item></channel></rss>";
  private static final FetchOptions FAST =
      FetchOptions.DEFAULT.with(Duration.ofMillis(1500), 64 * 1024);

  private static HttpServer server;
  private static ExecutorService executor;
  private static final List<String> USER_AGENTS = new CopyOnWriteArrayList<>();
  private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/world/2017/07/24/port-reopens", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE));
    server.createContext("/feed", ex -> send(ex, 200, "application/rss+xml", FEED));
    server.createContext("/untyped-feed", ex -> send(ex, 200, null, FEED));
    server.createContext("/old", ex -> redirect(ex, "/world/2017/07/24/port-reopens"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/ftp", ex -> redirect(ex, "ftp://files.example/a.html"));
    server.createContext("/image", ex -> send(ex, 200, "image/png", "\u0089PNG...."));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>Not here</p>"));
    server.createContext(
        "/empty-page", ex -> send(ex, 200, "text/html", "<html><body></body></html>"));
    server.createContext(
        "/latin1",
        ex ->
            sendBytes(
                ex,
                200,
                "text/html; charset=ISO-8859-1",
                PAGE.replace("Port Amsel", "Port Amsél").getBytes(StandardCharsets.ISO_8859_1)));
    server.createContext(
        "/slow",
        ex -> {
          try {
            RELEASE_SLOW.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(ex, 200, "text/html", PAGE);
        });
    server.createContext(
        "/huge-declared", ex -> send(ex, 200, "text/html", PAGE + " ".repeat(200 * 1024)));
    server.createContext(
        "/huge-streamed",
        ex -> {
          // chunked, no Content-Length: the limit must hold while the body streams in
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          byte[] chunk =
              "<p>filler filler filler filler</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 10_000; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client hung up once the limit was reached: expected
          }
        });
    executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.start();
  }

  @AfterAll
  static void stop() {
    RELEASE_SLOW.countDown();
    server.stop(0);
    executor.shutdownNow();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    sendBytes(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    USER_AGENTS.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
    if (type != null) {
      ex.getResponseHeaders().set("Content-Type", type);
    }
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    } catch (IOException e) {
      // the client may hang up early (size limit)
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(301, -1);
    ex.close();
  }

  private static CollectingSink read(String url) {
    CollectingSink sink = new CollectingSink();
    new UrlArticleReader(FAST).read(url, IngestDefaults.NONE, sink);
    return sink;
  }

  @Test
  void aPageBecomesAnArticleWhoseSourceIsTheUrl() {
    String url = url("/world/2017/07/24/port-reopens");
    Article article = read(url).single();

    assertThat(article.source()).isEqualTo(url);
    assertThat(article.url()).isEqualTo(url);
    assertThat(article.title()).isEqualTo("Port reopens");
    assertThat(article.text()).contains("reopened on Monday").doesNotContain("Sport");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
    assertThat(USER_AGENTS)
        .allMatch(ua -> ua.matches("Dossier/\\S+ \\(\\+https://github.com/dossier\\)"));
  }

  @Test
  void aFeedGivesOneArticlePerItem() {
    for (String path : List.of("/feed", "/untyped-feed")) {
      CollectingSink sink = read(url(path));

      assertThat(sink.issues).isEmpty();
      assertThat(sink.articles)
          .extracting(Article::source)
          .containsExactly("https://herald.example/a1", "https://herald.example/a2");
      assertThat(sink.articles.get(0).outlet()).isEqualTo("Herald");
      assertThat(sink.articles.get(0).published()).isEqualTo(LocalDate.of(2017, 7, 24));
    }
  }

  @Test
  void redirectsAreFollowedAndTheSourceStaysTheUrlGiven() {
    Article article = read(url("/old")).single();

    assertThat(article.source()).isEqualTo(url("/old"));
    assertThat(article.url()).isEqualTo(url("/world/2017/07/24/port-reopens"));
  }

  @Test
  void theServersCharsetIsHonoured() {
    assertThat(read(url("/latin1")).single().text()).contains("Port Amsél");
  }

  @Test
  void aRedirectLoopStopsAtTheLimit() {
    IngestIssue issue = read(url("/loop")).singleIssue();

    assertThat(issue.source()).isEqualTo(url("/loop"));
    assertThat(issue.message()).contains("more than 5 redirects");
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    assertThat(read("ftp://files.example/a.html").singleIssue().message())
        .contains("only http and https");
    assertThat(read("file:///etc/passwd").singleIssue().kind())
        .isEqualTo(IngestIssue.Kind.UNSUPPORTED);
    assertThat(read(url("/ftp")).singleIssue().message())
        .contains("redirected to ftp://files.example/a.html")
        .contains("only http and https");
  }

  @Test
  void anErrorStatusIsOneIssueNamingTheUrl() {
    IngestIssue issue = read(url("/missing")).singleIssue();

    assertThat(issue.describe()).isEqualTo(url("/missing") + ": HTTP 404 (not found)");
  }

  @Test
  void aSlowServerHitsTheTimeout() {
    long t0 = System.nanoTime();
    IngestIssue issue = read(url("/slow")).singleIssue();
    long millis = (System.nanoTime() - t0) / 1_000_000;

    assertThat(issue.message()).contains("timed out after 1500 ms");
    assertThat(millis).isLessThan(5_000);
  }

  @Test
  void anOversizedBodyIsRefused() {
    IngestIssue declared = read(url("/huge-declared")).singleIssue();
    IngestIssue streamed = read(url("/huge-streamed")).singleIssue();

    assertThat(declared.kind()).isEqualTo(IngestIssue.Kind.TOO_LARGE);
    assertThat(declared.message()).contains("limit is 65536 bytes").contains("--max-bytes");
    assertThat(streamed.kind()).isEqualTo(IngestIssue.Kind.TOO_LARGE);
  }

  @Test
  void aWrongContentTypeIsRefused() {
    IngestIssue issue = read(url("/image")).singleIssue();

    assertThat(issue.kind()).isEqualTo(IngestIssue.Kind.UNSUPPORTED);
    assertThat(issue.message()).contains("content type image/png");
  }

  @Test
  void aPageWithoutTextIsAnIssue() {
    assertThat(read(url("/empty-page")).singleIssue().kind()).isEqualTo(IngestIssue.Kind.EMPTY);
  }

  @Test
  void unknownHostsAndClosedPortsAreIssues() throws IOException {
    int closed;
    try (java.net.ServerSocket socket =
        new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    IngestIssue refused = read("http://127.0.0.1:" + closed + "/a").singleIssue();
    IngestIssue unknown = read("http://no-such-host.invalid/a").singleIssue();

    assertThat(refused.message()).contains("cannot connect to 127.0.0.1:" + closed);
    assertThat(unknown.source()).isEqualTo("http://no-such-host.invalid/a");
    assertThat(unknown.message()).containsAnyOf("unknown host no-such-host.invalid", "timed out");
  }

  @Test
  void urlsAreToldFromPaths() {
    assertThat(UrlArticleReader.isUrl("https://example.com/a")).isTrue();
    assertThat(UrlArticleReader.isUrl("HTTP://example.com")).isTrue();
    assertThat(UrlArticleReader.isUrl("ftp://example.com")).isTrue();
    assertThat(UrlArticleReader.isUrl("articles/https-story.html")).isFalse();
    assertThat(UrlArticleReader.isUrl("C:\\news\\a.html")).isFalse();
    assertThat(UrlArticleReader.isUrl("/tmp/a.html")).isFalse();
  }
}
