// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.boilerplate.BoilerplateDetector;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue.Kind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest extends ArticleReaderContract {

  @Override
  ArticleReader reader() {
    return new TextArticleReader();
  }

  @Override
  String extension() {
    return "txt";
  }

  @Override
  String render(String title, List<String> paragraphs) {
    return title + "\n\n" + String.join("\n\n", paragraphs) + "\n";
  }

  @Test
  void firstNonEmptyLineIsTheTitle() throws IOException {
    Article article =
        read(write("lead", "\n  \n" + TITLE + "\n" + PARAGRAPHS.get(0) + "\n")).single();

    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.text()).isEqualTo(PARAGRAPHS.get(0));
  }

  @Test
  void sourceIsThePathAsGiven() throws IOException {
    Path file = write("talks", render(TITLE, PARAGRAPHS));

    assertThat(read(file).single().source()).isEqualTo(file.toString());
  }

  @Test
  void scrapedLinesWithoutBlankLinesAreParagraphsEach() throws IOException {
    String scraped =
        TITLE
            + "\n"
            + String.join("\n", PARAGRAPHS)
            + "\nYou have entered an incorrect email address!\nPlease enter your name here\n";

    Article article = read(write("scraped", scraped)).single();

    assertThat(article.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
    assertThat(article.removed())
        .last()
        .isEqualTo(
            "Leave a Reply\nYou have entered an incorrect email address!\nPlease enter your name here");
  }

  @Test
  void hardWrappedLinesAreJoinedIntoOneParagraph() throws IOException {
    String wrapped =
        TITLE
            + "\n\n"
            + "The mediator, a former diplomat, told reporters that both\n"
            + "delegations had agreed to discuss a prisoner exchange and\n"
            + "the reopening of the coastal road.\n\n"
            + "Residents said the shelling had stopped.\n";

    Article article = read(write("wrapped", wrapped)).single();

    assertThat(article.text())
        .isEqualTo(
            "The mediator, a former diplomat, told reporters that both delegations had agreed to"
                + " discuss a prisoner exchange and the reopening of the coastal road.\n\n"
                + "Residents said the shelling had stopped.");
  }

  @Test
  void windowsLineEndingsAndByteOrderMarkAreHandled() throws IOException {
    String crlf = "\uFEFF" + render(TITLE, PARAGRAPHS).replace("\n", "\r\n");

    Article article = read(write("windows", crlf)).single();

    assertThat(article.title()).isEqualTo(TITLE);
    assertThat(article.text()).isEqualTo(String.join("\n\n", ARTICLE_TEXT));
  }

  @Test
  void utf16WithByteOrderMarkIsRead() throws IOException {
    byte[] utf16 = ("\uFEFF" + render(TITLE, PARAGRAPHS)).getBytes(StandardCharsets.UTF_16BE);

    assertThat(read(write("utf16", utf16)).single().text())
        .isEqualTo(String.join("\n\n", ARTICLE_TEXT));
  }

  @Test
  void titleLineAloneGivesEmptyIssue() throws IOException {
    var issue = read(write("title-only", TITLE + "\n\n")).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.EMPTY);
    assertThat(issue.message()).contains("title");
  }

  @Test
  void fileOverTheLimitIsTooLargeWithoutBeingRead() throws IOException {
    Path file = dir.resolve("huge.txt");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(64L * 1024 * 1024 + 1);
    }

    var issue = read(file).singleIssue();

    assertThat(issue.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(issue.message()).contains("64.0 MiB");
  }

  @Test
  void smallerLimitIsHonoured() throws IOException {
    Path file = write("talks", render(TITLE, PARAGRAPHS));
    CollectingSink sink = new CollectingSink();

    new TextArticleReader(BoilerplateDetector.standard(), 100)
        .read(file, IngestDefaults.NONE, sink);

    assertThat(sink.singleIssue().kind()).isEqualTo(Kind.TOO_LARGE);
  }
}
