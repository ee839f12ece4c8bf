// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.warc.WarcArticleReader;
import io.dossier.ingest.warc.WarcStats;
import io.dossier.model.Article;
import io.dossier.model.Ids;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import io.dossier.model.PublishedBasis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcArticleReaderTest extends ArticleReaderContract {
  private static final AtomicInteger PAGES = new AtomicInteger();
  private static final Instant FETCHED = Instant.parse("2017-07-26T10:00:00Z");

  @Override
  ArticleReader reader() {
    return new WarcArticleReader();
  }

  @Override
  String extension() {
    return "warc";
  }

  /** A plain WARC (headers ASCII, page UTF-8), so it round-trips through a UTF-8 string. */
  @Override
  String render(String title, List<String> paragraphs) {
    String uri = "https://news.example.org/story/" + PAGES.incrementAndGet();
    byte[] warc =
        warc(
            WarcCompression.NONE,
            response(uri, 200, "text/html; charset=utf-8", html(title, paragraphs)));
    return new String(warc, StandardCharsets.UTF_8);
  }

  static byte[] html(String title, List<String> paragraphs) {
    return HtmlArticleReaderTest.page(
            "", "<h1>" + title + "</h1>" + HtmlArticleReaderTest.paragraphs(paragraphs), title)
        .getBytes(StandardCharsets.UTF_8);
  }

  static WarcRecord response(String uri, int status, String type, byte[] body) {
    byte[] head =
        ("HTTP/1.1 "
                + status
                + " X\r\nContent-Type: "
                + type
                + "\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] http = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return new WarcResponse.Builder(URI.create(uri))
        .date(FETCHED)
        .body(MediaType.HTTP_RESPONSE, http)
        .build();
  }

  static WarcRecord request(String uri) {
    byte[] http =
        ("GET " + URI.create(uri).getPath() + " HTTP/1.1\r\nHost: news.example.org\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    return new WarcRequest.Builder(URI.create(uri))
        .date(FETCHED)
        .body(MediaType.HTTP_REQUEST, http)
        .build();
  }

  static byte[] warc(WarcCompression compression, WarcRecord... records) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (WarcWriter writer =
          new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
        for (WarcRecord r : records) {
          writer.write(r);
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  private static byte[] mixed(WarcCompression compression) {
    String a = "https://news.example.org/a";
    String b = "https://news.example.org/b";
    return warc(
        compression,
        new WarcMetadata.Builder()
            .body(MediaType.parse("text/plain"), "crawl notes".getBytes(StandardCharsets.UTF_8))
            .build(),
        request(a),
        response(a, 200, "text/html; charset=utf-8", html(TITLE, PARAGRAPHS)),
        request("https://news.example.org/logo.png"),
        response(
            "https://news.example.org/logo.png",
            200,
            "image/png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        response(
            "https://news.example.org/gone",
            404,
            "text/html",
            html("Not found", List.of("Sorry, that page does not exist anymore."))),
        response(
            b,
            200,
            "text/html",
            html(
                "Aid convoy reaches northern villages",
                List.of(PARAGRAPHS.get(2), PARAGRAPHS.get(6)))));
  }

  @Test
  void plainAndGzipArchivesGiveTheHtml200ResponsesAndCountTheRest() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
      CollectingSink sink = new CollectingSink();

      WarcStats stats =
          new WarcArticleReader()
              .readWithStats(file(name, mixed(compression)), IngestDefaults.NONE, sink);

      assertThat(sink.issues).isEmpty();
      assertThat(sink.articles)
          .extracting(Article::source)
          .containsExactly("https://news.example.org/a", "https://news.example.org/b");
      Article first = sink.articles.get(0);
      assertThat(first.title()).isEqualTo(TITLE);
      assertThat(first.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
      assertThat(first.url()).isEqualTo("https://news.example.org/a");
      assertThat(stats).isEqualTo(new WarcStats(7, 2, 5, 0));
    }
  }

  @Test
  void readersPicksTheWarcReaderForWarcGz() throws IOException {
    Path file = file("crawl.WARC.GZ", mixed(WarcCompression.GZIP));
    CollectingSink sink = new CollectingSink();

    new ArticleReaders().read(file, IngestDefaults.NONE, sink);

    assertThat(sink.articles).hasSize(2);
  }

  @Test
  void fetchDateIsNotThePublicationDate() throws IOException {
    Article article = read(write("undated", render(TITLE, PARAGRAPHS))).single();

    assertThat(article.published()).isNull();
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.UNKNOWN);
  }

  @Test
  void pageMetadataGivesPublicationDateAndCanonicalUrl() throws IOException {
    String head =
        "<meta property=\"article:published_time\" content=\"2017-07-24T08:00:00Z\">"
            + "<link rel=\"canonical\" href=\"https://news.example.org/canonical\">";
    byte[] page =
        HtmlArticleReaderTest.page(
                head,
                "<h1>" + TITLE + "</h1>" + HtmlArticleReaderTest.paragraphs(PARAGRAPHS),
                TITLE)
            .getBytes(StandardCharsets.UTF_8);
    Path file =
        file(
            "meta.warc",
            warc(
                WarcCompression.NONE,
                response("https://news.example.org/x?utm=1", 200, "text/html", page)));

    Article article = read(file).single();

    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
    assertThat(article.url()).isEqualTo("https://news.example.org/canonical");
    assertThat(article.source()).isEqualTo("https://news.example.org/x?utm=1");
  }

  @Test
  void charsetComesFromTheHttpContentType() throws IOException {
    String text =
        "Le médiateur a rencontré les délégations près du marché, a déclaré un porte-parole.";
    byte[] page =
        HtmlArticleReaderTest.page("", "<h1>" + TITLE + "</h1><p>" + text + "</p>", TITLE)
            .getBytes(Charset.forName("windows-1252"));
    Path file =
        file(
            "latin.warc",
            warc(
                WarcCompression.NONE,
                response(
                    "https://news.example.org/fr", 200, "text/html; charset=windows-1252", page)));

    assertThat(read(file).single().text()).isEqualTo(text);
  }

  /**
   * Inserting bytes into a WARC also breaks its framing, so the contract's version of this test
   * does not apply; a well-framed page that is not valid UTF-8 gives one issue naming the record.
   */
  @Override
  @Test
  void invalidUtf8GivesMalformedIssue() throws IOException {
    byte[] good = html(TITLE, PARAGRAPHS);
    byte[] bad = Arrays.copyOf(good, good.length);
    int at = new String(good, StandardCharsets.UTF_8).indexOf("mediator");
    bad[at] = (byte) 0xC3;
    bad[at + 1] = (byte) 0x28;
    Path file =
        file(
            "bad.warc",
            warc(
                WarcCompression.NONE,
                response("https://news.example.org/bad", 200, "text/html; charset=utf-8", bad)));

    IngestIssue issue = read(file).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(issue.message()).contains("UTF-8").contains("https://news.example.org/bad");
    assertThat(issue.location()).startsWith("offset ");
  }

  @Test
  void truncatedGzipKeepsTheArticlesBeforeTheBreak() throws IOException {
    byte[] whole = mixed(WarcCompression.GZIP);
    byte[] cut = Arrays.copyOf(whole, whole.length - 60);
    CollectingSink sink = read(file("cut.warc.gz", cut));

    assertThat(sink.articles)
        .extracting(Article::source)
        .containsExactly("https://news.example.org/a");
    assertThat(sink.issues).hasSize(1);
    IngestIssue issue = sink.issues.get(0);
    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(issue.source()).endsWith("cut.warc.gz");
    assertThat(issue.location()).contains("offset");
    assertThat(issue.message()).doesNotContain("\n").contains("1 article");
  }

  @Test
  void truncatedPlainWarcKeepsTheArticlesBeforeTheBreak() throws IOException {
    byte[] whole = mixed(WarcCompression.NONE);
    byte[] cut = Arrays.copyOf(whole, whole.length - 200);
    CollectingSink sink = read(file("cut.warc", cut));

    assertThat(sink.articles)
        .extracting(Article::source)
        .containsExactly("https://news.example.org/a");
    assertThat(sink.issues)
        .singleElement()
        .satisfies(i -> assertThat(i.kind()).isEqualTo(Kind.MALFORMED));
  }

  /** The source of a WARC article is its target URI, so the same page in two archives keeps it. */
  @Override
  @Test
  void sameContentTwiceGivesSameId() throws IOException {
    String content = render(TITLE, PARAGRAPHS);
    Article first = read(write("a/talks", content)).single();
    Article second = read(write("b/copy", content)).single();

    assertThat(second.id())
        .isEqualTo(first.id())
        .isEqualTo(Ids.documentFromContent(first.contentHash()));
    assertThat(second.source())
        .isEqualTo(first.source())
        .startsWith("https://news.example.org/story/");
  }
}
