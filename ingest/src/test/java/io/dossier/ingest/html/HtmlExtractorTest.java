// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.boilerplate.BoilerplateDetector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private final HtmlExtractor extractor = new HtmlExtractor(BoilerplateDetector.standard());

  private static final String P1 =
      "Negotiators from both sides returned to the table on Tuesday, officials said, after a week"
          + " of shelling around the harbour.";
  private static final String P2 =
      "The mediator, a former diplomat, told reporters that both delegations had agreed to discuss"
          + " a prisoner exchange and the reopening of the coastal road.";
  private static final String P3 =
      "Residents said the shelling had stopped overnight, but many families remained in shelters"
          + " near the old market.";

  private static final String MENU =
      "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">"
          + "Sport</a> <a href=\"/business\">Business, markets and the economy</a></div>";

  @Test
  void densityScoringFindsTheTextWithoutAnyMarkup() {
    String html =
        "<html><body>"
            + MENU
            + "<div id=\"c\"><div class=\"x1\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div></div>"
            + "<div class=\"x2\"><ul><li><a href=\"/a\">Storm closes main road, officials warn</a></li>"
            + "<li><a href=\"/b\">Prices rise again, traders say</a></li></ul></div>"
            + "</body></html>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void articleBodyMarkupIsPreferred() {
    String html =
        "<html><body><div class=\"teasers\"><p>"
            + P3
            + "</p><p>"
            + P3
            + ", again, and again, and again.</p></div>"
            + "<div itemprop=\"articleBody\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></body></html>";

    assertThat(extractor.extract(html).paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void paragraphsComeFromBlocksListsQuotesAndDoubleBreaks() {
    String html =
        "<html><body><article><h1>Title</h1><p>"
            + P1
            + "</p><h2>What was agreed</h2><ul><li>A prisoner exchange within a month</li>"
            + "<li>The coastal road reopens to aid convoys</li></ul>"
            + "<blockquote><p>We will not give up the port, the commander said on the radio.</p></blockquote>"
            + "<div>"
            + P2
            + "<br><br>"
            + P3
            + "</div><p>One line<br>and its continuation after a break.</p></article></body></html>";

    assertThat(extractor.extract(html).paragraphs())
        .containsExactly(
            P1,
            "What was agreed",
            "A prisoner exchange within a month",
            "The coastal road reopens to aid convoys",
            "We will not give up the port, the commander said on the radio.",
            P2,
            P3,
            "One line and its continuation after a break.");
  }

  @Test
  void chromeInsideTheArticleIsRemovedAndReported() {
    String html =
        "<html><body><article><p>"
            + P1
            + "</p><div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
            + "<figure><img src=\"x.jpg\"><figcaption>Fighters near the port.</figcaption></figure><p>"
            + P2
            + "</p><aside class=\"related\"><h3>Related</h3><a href=\"/c\">Aid convoy arrives</a></aside>"
            + "<p>Advertisement</p><p>"
            + P3
            + "</p></article></body></html>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(page.removed())
        .containsExactly(
            "Facebook Twitter",
            "Fighters near the port.",
            "Related Aid convoy arrives",
            "Advertisement");
  }

  @Test
  void hiddenAndScriptedContentIsNeverText() {
    String html =
        "<html><body><article><p>"
            + P1
            + "</p><p style=\"display: none\">Hidden trap text.</p><div hidden>Also hidden.</div>"
            + "<script>var s = 'script text';</script><template><p>Template text.</p></template>"
            + "<p>"
            + P2
            + "</p></article></body></html>";

    assertThat(extractor.extract(html).paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void metadataComesFromJsonLdGraph() {
    String html =
        "<html><head><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Example News\"},"
            + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Talks resume\","
            + "\"datePublished\":\"2017-07-24T08:00:00+03:00\",\"publisher\":{\"@id\":\"#org\"}}]}"
            + "</script></head><body><article><p>"
            + P1
            + "</p></article></body></html>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.title()).isEqualTo("Talks resume");
    assertThat(page.outlet()).isEqualTo("Example News");
    assertThat(page.published()).isEqualTo(LocalDate.of(2017, 7, 24));
  }

  @Test
  void brokenJsonLdIsIgnored() {
    String html =
        "<html><head><title>Talks resume - Example</title>"
            + "<script type=\"application/ld+json\">{\"datePublished\": </script></head>"
            + "<body><article><p>"
            + P1
            + "</p></article></body></html>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.published()).isNull();
    assertThat(page.title()).isEqualTo("Talks resume");
  }

  @Test
  void timeElementInsideTheArticleGivesTheDate() {
    String html =
        "<html><body><div class=\"ticker\"><time datetime=\"2019-01-01\">Old</time></div>"
            + "<article><header><time datetime=\"2017-07-24T09:00:00Z\">24 July</time></header><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></article></body></html>";

    assertThat(extractor.extract(html).published()).isEqualTo(LocalDate.of(2017, 7, 24));
  }

  @Test
  void canonicalLinkMustBeAbsolute() {
    String html =
        "<html><head><link rel=\"canonical\" href=\"/world/talks\">"
            + "<meta property=\"og:url\" content=\"https://example.org/world/talks\"></head>"
            + "<body><article><p>"
            + P1
            + "</p></article></body></html>";

    ExtractedPage page = extractor.extract(html);

    assertThat(page.url()).isEqualTo("https://example.org/world/talks");
    assertThat(page.outlet()).isEqualTo("example.org");
  }

  @Test
  void pageWithoutTextHasNoParagraphs() {
    assertThat(
            extractor
                .extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>")
                .paragraphs())
        .isEmpty();
    assertThat(extractor.extract("").paragraphs()).isEmpty();
  }
}
