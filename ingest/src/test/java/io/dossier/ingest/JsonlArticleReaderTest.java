// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.model.Article;
import io.dossier.model.Ids;
import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import io.dossier.model.PublishedBasis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonlArticleReaderTest extends ArticleReaderContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  ArticleReader reader() {
    return new JsonlArticleReader();
  }

  @Override
  String extension() {
    return "jsonl";
  }

  @Override
  String render(String title, List<String> paragraphs) {
    return record(Map.of("title", title, "text", String.join("\n\n", paragraphs))) + "\n";
  }

  static String record(Map<String, ?> fields) {
    ObjectNode node = JSON.createObjectNode();
    fields.forEach((k, v) -> node.set(k, JSON.valueToTree(v)));
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body() {
    return String.join("\n\n", PARAGRAPHS);
  }

  @Test
  void eachLineIsOneArticleWithItsLineInTheSource() throws IOException {
    Path file =
        write(
            "two",
            render(TITLE, PARAGRAPHS)
                + record(Map.of("title", "Second", "text", PARAGRAPHS.get(2)))
                + "\n");

    CollectingSink sink = read(file);

    assertThat(sink.issues).isEmpty();
    assertThat(sink.articles).extracting(Article::source).containsExactly(file + "#1", file + "#2");
  }

  @Test
  void urlIsTheSourceAndTheCanonicalUrl() throws IOException {
    String line =
        record(Map.of("url", "https://example.org/talks", "title", TITLE, "text", body()));

    Article article = read(write("url", line)).single();

    assertThat(article.source()).isEqualTo("https://example.org/talks");
    assertThat(article.url()).isEqualTo("https://example.org/talks");
  }

  @Test
  void givenIdDecidesTheDocumentId() throws IOException {
    Article article =
        read(write("id", record(Map.of("id", "wire_2017-07-24_talks", "text", body())))).single();

    assertThat(article.id()).isEqualTo("d-wire_2017-07-24_talks");
    assertThat(article.id()).isEqualTo(Ids.documentFromGiven("wire_2017-07-24_talks"));
  }

  @Test
  void numericIdIsAccepted() throws IOException {
    Article article =
        read(write("num", "{\"id\": 42, \"text\": \"Talks resumed on Tuesday.\"}")).single();

    assertThat(article.id()).isEqualTo("d-42");
  }

  @Test
  void recordFieldsAreTaken() throws IOException {
    String line =
        record(
            Map.of(
                "outlet", "Example Wire",
                "title", TITLE,
                "published", "2017-07-24",
                "language", "FR",
                "text", body()));

    Article article = read(write("fields", line)).single();

    assertThat(article.outlet()).isEqualTo("Example Wire");
    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(article.publishedBasis()).isEqualTo(PublishedBasis.METADATA);
    assertThat(article.language()).isEqualTo("fr");
  }

  @ParameterizedTest
  @CsvSource({
    "2017-07-24, 2017-07-24",
    "2017-07-24T10:15:30Z, 2017-07-24",
    "2017-07-24T23:30:00-04:00, 2017-07-24",
    "2017-07-24T10:15:30.123+0200, 2017-07-24",
    "2017-07-24 10:15:30, 2017-07-24",
    "2017-07-24T10:15, 2017-07-24"
  })
  void publishedTakesIsoDatesAndDateTimes(String published, LocalDate expected) throws IOException {
    Article article =
        read(write("date", record(Map.of("published", published, "text", body())))).single();

    assertThat(article.published()).isEqualTo(expected);
  }

  @Test
  void publishedThatIsNotIsoIsMalformed() throws IOException {
    IngestIssue issue =
        read(write("bad-date", record(Map.of("published", "17/07/2017", "text", body()))))
            .singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(issue.location()).isEqualTo("line 1");
    assertThat(issue.message()).contains("published", "17/07/2017", "YYYY-MM-DD");
  }

  @Test
  void malformedLineIsReportedAndTheOtherLinesAreRead() throws IOException {
    String content =
        render(TITLE, PARAGRAPHS)
            + "{\"title\": \"broken\", \"text\": \n"
            + render("Third", PARAGRAPHS.subList(2, 3));

    CollectingSink sink = read(write("mixed", content));

    assertThat(sink.articles).hasSize(2);
    assertThat(sink.issues).hasSize(1);
    IngestIssue issue = sink.issues.get(0);
    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(issue.location()).isEqualTo("line 2");
    assertThat(issue.message()).startsWith("invalid JSON").doesNotContain("\n");
  }

  @Test
  void lineThatIsNotAnObjectIsMalformed() throws IOException {
    IngestIssue issue = read(write("array", "[1, 2, 3]\n")).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(issue.message()).contains("expected a JSON object", "array");
  }

  @Test
  void trailingContentAfterTheObjectIsMalformed() throws IOException {
    IngestIssue issue =
        read(write("trailing", "{\"text\": \"A\"} {\"text\": \"B\"}\n")).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
  }

  @Test
  void recordWithoutTextOrHtmlIsMalformed() throws IOException {
    IngestIssue issue = read(write("nobody", record(Map.of("title", TITLE)))).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.MALFORMED);
    assertThat(issue.location()).isEqualTo("line 1");
    assertThat(issue.message()).contains("neither \"text\" nor \"html\"");
  }

  @Test
  void fieldOfTheWrongTypeIsMalformed() throws IOException {
    IngestIssue issue =
        read(write("type", "{\"title\": [\"a\"], \"text\": \"Body.\"}")).singleIssue();

    assertThat(issue.message()).isEqualTo("field \"title\" must be a string");
  }

  @Test
  void htmlBodyIsExtractedAndRecordFieldsOverrideThePage() throws IOException {
    String html =
        HtmlArticleReaderTest.page(
            "<meta property=\"og:site_name\" content=\"Page Outlet\">"
                + "<meta property=\"article:published_time\" content=\"2017-07-20\">",
            "<h1>Page headline</h1>" + HtmlArticleReaderTest.paragraphs(PARAGRAPHS),
            "Page headline");
    String line = record(Map.of("html", html, "outlet", "Record Outlet", "title", TITLE));

    Article article = read(write("html", line)).single();

    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.outlet()).isEqualTo("Record Outlet");
    assertThat(article.published()).isEqualTo(LocalDate.of(2017, 7, 20));
    assertThat(article.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
    assertThat(article.removed()).contains("Advertisement");
  }

  @Test
  void blankLinesAreSkippedButCounted() throws IOException {
    Path file = write("gaps", "\n\n" + render(TITLE, PARAGRAPHS) + "\n");

    assertThat(read(file).single().source()).isEqualTo(file + "#3");
  }

  @Test
  void lineOverTheLimitIsTooLargeAndTheNextLineIsRead() throws IOException {
    String big = record(Map.of("text", "x".repeat(500)));
    Path file = write("big", big + "\n" + record(Map.of("text", "Short body.")) + "\n");
    CollectingSink sink = new CollectingSink();

    new JsonlArticleReader(BoilerplateDetector.standard(), 200)
        .read(file, IngestDefaults.NONE, sink);

    assertThat(sink.articles).extracting(Article::text).containsExactly("Short body.");
    assertThat(sink.issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.TOO_LARGE);
              assertThat(i.location()).isEqualTo("line 1");
            });
  }

  @Test
  void fileOfManyBadLinesIsGivenUpOn() throws IOException {
    Path file = write("notjson", "this is not json\n".repeat(500));

    CollectingSink sink = read(file);

    assertThat(sink.issues).hasSize(JsonlArticleReader.GIVE_UP_AFTER + 1);
    assertThat(sink.issues.get(sink.issues.size() - 1).message()).contains("gave up");
  }

  @Test
  void emptyBodyIsAnEmptyIssueForItsLine() throws IOException {
    IngestIssue issue =
        read(write("ads", record(Map.of("text", "Advertisement\n\nShare this:")))).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.EMPTY);
    assertThat(issue.location()).isEqualTo("line 1");
  }
}
