// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import io.dossier.model.IngestIssue.Kind;
import io.dossier.model.PublishedBasis;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest extends ArticleReaderContract {

  @Override
  ArticleReader reader() {
    return new HtmlArticleReader();
  }

  @Override
  String extension() {
    return "html";
  }

  @Override
  String render(String title, List<String> paragraphs) {
    return page("", "<h1>" + Entities.escape(title) + "</h1>" + paragraphs(paragraphs), title);
  }

  static String paragraphs(List<String> paragraphs) {
    StringBuilder html = new StringBuilder();
    for (String p : paragraphs) {
      html.append("<p>").append(Entities.escape(p)).append("</p>\n");
    }
    return html.toString();
  }

  static String page(String head, String article, String title) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>"
        + Entities.escape(title)
        + " | Example News</title>"
        + head
        + "</head><body>"
        + "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
        + "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
        + "<main><article>"
        + article
        + "</article>"
        + "<aside><h3>Most read</h3><ul><li><a href=\"/a\">Storm closes the main road</a></li>"
        + "<li><a href=\"/b\">Prices rise again at the market</a></li></ul></aside></main>"
        + "<footer><p>© 2017 Example News. All rights reserved.</p></footer>"
        + "</body></html>";
  }

  @Test
  void metadataComesFromOpenGraphAndCanonicalLink() throws IOException {
    String head =
        "<meta property=\"og:title\" content=\"Talks resume | Example News\">"
            + "<meta property=\"og:site_name\" content=\"Example News\">"
            + "<meta property=\"article:published_time\" content=\"2017-07-24T23:30:00-04:00\">"
            + "<link rel=\"canonical\" href=\"https://www.example.org/world/talks-resume\">";

    Article article = read(write("og", page(head, paragraphs(ARTICLE_TEXT), TITLE))).single();

    assertThat(article.title()).isEqualTo("Talks resume");
    assertThat(article.outlet()).isEqualTo("Example News");
    assertThat(article.url()).isEqualTo("https://www.example.org/world/talks-resume");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
    assertThat(article.source()).endsWith("og.html");
  }

  @Test
  void titleElementLosesItsSiteSuffixWhenThereIsNoHeadline() throws IOException {
    Article article = read(write("plain", page("", paragraphs(ARTICLE_TEXT), TITLE))).single();

    assertThat(article.title()).isEqualTo(TITLE);
  }

  @Test
  void outletFallsBackToTheCanonicalHost() throws IOException {
    String head = "<link rel=\"canonical\" href=\"https://www.example.org/world/talks\">";

    Article article = read(write("host", page(head, paragraphs(ARTICLE_TEXT), TITLE))).single();

    assertThat(article.outlet()).isEqualTo("example.org");
  }

  @Test
  void pageMetadataBeatsTheDefaults() throws IOException {
    String head =
        "<meta property=\"og:site_name\" content=\"Example News\">"
            + "<meta name=\"DC.date\" content=\"2017-07-20\">";
    IngestDefaults defaults = new IngestDefaults("Other Outlet", LocalDate.of(2001, 1, 1));

    Article article =
        read(write("dc", page(head, paragraphs(ARTICLE_TEXT), TITLE)), defaults).single();

    assertThat(article.outlet()).isEqualTo("Example News");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 20));
  }

  @Test
  void languageComesFromTheHtmlElement() throws IOException {
    String html = render(TITLE, PARAGRAPHS).replace("lang=\"en\"", "lang=\"fr-FR\"");

    assertThat(read(write("fr", html)).single().language()).isEqualTo("fr");
  }

  @Test
  void navigationAsideAndFooterAreNotText() throws IOException {
    Article article = read(write("chrome", render(TITLE, PARAGRAPHS))).single();

    assertThat(article.text()).doesNotContain("Home", "Most read", "Storm closes", "All rights");
  }

  @Test
  void scriptsAndHandlersNeverReachTheText() throws IOException {
    String article =
        "<h1>"
            + TITLE
            + "</h1><script>document.write('injected')</script>"
            + "<style>p{color:red}</style>"
            + "<p onclick=\"alert('x')\">"
            + PARAGRAPHS.get(0)
            + "</p><noscript>Enable scripts</noscript>"
            + "<p><a href=\"javascript:alert(1)\">link</a> "
            + PARAGRAPHS.get(2)
            + "</p>";

    Article result = read(write("hostile", page("", article, TITLE))).single();

    assertThat(result.text()).doesNotContain("injected", "color", "alert", "Enable scripts");
    assertThat(result.text()).contains(PARAGRAPHS.get(0), PARAGRAPHS.get(2));
  }

  @Test
  void declaredLegacyCharsetIsHonouredWhenBytesAreNotUtf8() throws IOException {
    String html =
        page(
            "<meta charset=\"windows-1252\">",
            paragraphs(
                List.of(
                    "The caf\u00e9 owner said the harbour had been quiet since the talks began.")),
            TITLE);

    Article article =
        read(write("legacy", html.getBytes(Charset.forName("windows-1252")))).single();

    assertThat(article.text()).contains("café owner");
  }

  @Test
  void pageWithoutArticleTextGivesEmptyIssue() throws IOException {
    String html =
        "<html><head><title>Nothing</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>";

    var issue = read(write("nothing", html)).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.EMPTY);
  }
}
