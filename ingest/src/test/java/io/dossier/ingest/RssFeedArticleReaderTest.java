// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.feed.FeedArticleReader;
import io.dossier.model.Article;
import io.dossier.model.Ids;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import io.dossier.model.PublishedBasis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

class RssFeedArticleReaderTest extends ArticleReaderContract {
  private static final AtomicInteger ITEMS = new AtomicInteger();

  @Override
  ArticleReader reader() {
    return new FeedArticleReader();
  }

  @Override
  String extension() {
    return "rss";
  }

  @Override
  String render(String title, List<String> paragraphs) {
    return rss(
        item(
            title,
            "https://news.example.org/item/" + ITEMS.incrementAndGet(),
            null,
            html(paragraphs)));
  }

  static String html(List<String> paragraphs) {
    StringBuilder html = new StringBuilder();
    for (String p : paragraphs) {
      html.append("<p>").append(Entities.escape(p)).append("</p>");
    }
    return html.toString();
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>Example Wire</title><link>https://news.example.org/</link><description>News</description>"
        + String.join("", items)
        + "</channel></rss>";
  }

  static String item(String title, String link, String pubDate, String html) {
    return "<item><title>"
        + Entities.escape(title)
        + "</title><link>"
        + link
        + "</link>"
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>")
        + "<description>Short teaser.</description>"
        + (html == null ? "" : "<content:encoded><![CDATA[" + html + "]]></content:encoded>")
        + "</item>";
  }

  @Test
  void itemsBecomeArticlesWithLinkDateAndOutlet() throws IOException {
    String feed =
        rss(
            item(
                TITLE,
                "https://news.example.org/a",
                "Mon, 24 Jul 2017 08:00:00 GMT",
                html(PARAGRAPHS)),
            item(
                "Aid convoy reaches northern villages",
                "https://news.example.org/b",
                null,
                html(List.of(PARAGRAPHS.get(2)))));

    CollectingSink sink = read(write("feed", feed));

    assertThat(sink.issues).isEmpty();
    assertThat(sink.articles).hasSize(2);
    Article first = sink.articles.get(0);
    assertThat(first.source()).isEqualTo("https://news.example.org/a");
    assertThat(first.url()).isEqualTo("https://news.example.org/a");
    assertThat(first.outlet()).isEqualTo("Example Wire");
    assertThat(first.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(first.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
    assertThat(first.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
    assertThat(sink.articles.get(1).published()).isNull();
  }

  @Test
  void descriptionIsUsedWithoutContentAndItemWithoutTextGivesOneIssue() throws IOException {
    String feed =
        rss(
            "<item><title>Teaser only</title><link>https://news.example.org/t</link><description>"
                + Entities.escape("<p>" + PARAGRAPHS.get(0) + "</p>")
                + "</description></item>",
            "<item><title>Nothing</title><link>https://news.example.org/empty</link></item>");

    CollectingSink sink = read(write("teasers", feed));

    assertThat(sink.articles).extracting(Article::text).containsExactly(PARAGRAPHS.get(0));
    assertThat(sink.issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.EMPTY);
              assertThat(i.message()).contains("https://news.example.org/empty");
            });
  }

  @Test
  void scriptsInFeedHtmlAreNotText() throws IOException {
    String html =
        "<script>document.write('pwned')</script><img src=x onerror=alert(1)>" + html(PARAGRAPHS);

    Article article =
        read(write("hostile", rss(item(TITLE, "https://news.example.org/h", null, html)))).single();

    assertThat(article.text()).doesNotContain("pwned", "alert");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String feed =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + rss(item(TITLE, "https://news.example.org/x", null, null))
                .replaceFirst("<\\?xml[^>]*>\\n", "")
                .replace("Short teaser.", "&xxe; " + PARAGRAPHS.get(0));

    CollectingSink sink = read(write("xxe", feed));

    assertThat(sink.articles).allSatisfy(a -> assertThat(a.text()).doesNotContain("TOP-SECRET"));
    assertThat(sink.issues).allSatisfy(i -> assertThat(i.message()).doesNotContain("TOP-SECRET"));
    assertThat(sink.issues).extracting(IngestIssue::kind).containsExactly(Kind.MALFORMED);
  }

  @Test
  void xmlFileThatIsNotAFeedIsUnsupported() throws IOException {
    Path file = dir.resolve("config.xml");
    Files.writeString(file, "<?xml version=\"1.0\"?><config><a>1</a></config>");
    Path feed = dir.resolve("news.xml");
    Files.writeString(feed, render(TITLE, PARAGRAPHS));
    ArticleReaders readers = new ArticleReaders();

    CollectingSink sink = new CollectingSink();
    readers.read(file, IngestDefaults.NONE, sink);
    assertThat(sink.singleIssue().kind()).isEqualTo(Kind.UNSUPPORTED);
    assertThat(sink.singleIssue().message()).contains("config.xml");

    CollectingSink feedSink = new CollectingSink();
    readers.read(feed, IngestDefaults.NONE, feedSink);
    assertThat(feedSink.single().title()).isEqualTo(TITLE);
  }

  /** The source of a feed article is its link, so the same item in two files keeps it. */
  @Override
  @Test
  void sameContentTwiceGivesSameId() throws IOException {
    String content = render(TITLE, PARAGRAPHS);
    Article first = read(write("a/talks", content)).single();
    Article second = read(write("b/copy", content)).single();

    assertThat(second.id())
        .isEqualTo(first.id())
        .isEqualTo(Ids.documentFromContent(first.contentHash()));
    assertThat(second.source()).isEqualTo(first.source()).startsWith("https://news.example.org/");
  }
}
