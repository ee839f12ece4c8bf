// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.feed.FeedArticleReader;
import io.dossier.model.Article;
import io.dossier.model.Ids;
import io.dossier.model.PublishedBasis;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

class AtomFeedArticleReaderTest extends ArticleReaderContract {
  private static final AtomicInteger ENTRIES = new AtomicInteger();

  @Override
  ArticleReader reader() {
    return new FeedArticleReader();
  }

  @Override
  String extension() {
    return "atom";
  }

  @Override
  String render(String title, List<String> paragraphs) {
    return atom(
        title,
        "https://news.example.org/entry/" + ENTRIES.incrementAndGet(),
        null,
        RssFeedArticleReaderTest.html(paragraphs));
  }

  static String atom(String title, String link, String updated, String html) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Example Wire</title><id>urn:example:feed</id><updated>2017-07-26T00:00:00Z</updated>"
        + "<entry><title>"
        + Entities.escape(title)
        + "</title><link href=\""
        + link
        + "\"/><id>"
        + link
        + "</id>"
        + (updated == null ? "" : "<updated>" + updated + "</updated>")
        + "<summary>Short teaser.</summary><content type=\"html\">"
        + Entities.escape(html)
        + "</content></entry></feed>";
  }

  @Test
  void entryGivesLinkDateOutletAndContent() throws IOException {
    Article article =
        read(write(
                "feed",
                atom(
                    TITLE,
                    "https://news.example.org/e",
                    "2017-07-24T08:00:00Z",
                    RssFeedArticleReaderTest.html(PARAGRAPHS))))
            .single();

    assertThat(article.source()).isEqualTo("https://news.example.org/e");
    assertThat(article.outlet()).isEqualTo("Example Wire");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
    assertThat(article.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
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
