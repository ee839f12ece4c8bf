// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReadersTest {
  private final ArticleReaders readers = new ArticleReaders();
  @TempDir Path dir;

  @Test
  void standardReadersCoverTextHtmlJsonLinesAndWarc() {
    assertThat(readers.extensions())
        .containsExactly("atom", "htm", "html", "jsonl", "rss", "txt", "warc", "warc.gz", "xml");
  }

  @Test
  void readerIsChosenByExtensionIgnoringCase() {
    assertThat(readers.readerFor(Path.of("a/Story.HTML")))
        .get()
        .isInstanceOf(HtmlArticleReader.class);
    assertThat(readers.readerFor(Path.of("story.htm"))).get().isInstanceOf(HtmlArticleReader.class);
    assertThat(readers.readerFor(Path.of("story.txt"))).get().isInstanceOf(TextArticleReader.class);
    assertThat(readers.readerFor(Path.of("feed.jsonl")))
        .get()
        .isInstanceOf(JsonlArticleReader.class);
    assertThat(readers.readerFor(Path.of("txt"))).isEmpty();
  }

  @Test
  void longestExtensionWins() {
    ArticleReader gz = fixed(Set.of("gz"));
    ArticleReader warcGz = fixed(Set.of("warc.gz"));
    ArticleReaders both = new ArticleReaders(List.of(gz, warcGz));

    assertThat(both.readerFor(Path.of("crawl.warc.gz"))).containsSame(warcGz);
    assertThat(both.readerFor(Path.of("notes.gz"))).containsSame(gz);
  }

  @Test
  void fileIsHandedToItsReader() throws IOException {
    Path file = dir.resolve("story.txt");
    Files.writeString(file, "Title\n\nTalks resumed on Tuesday after a week of shelling.\n");
    CollectingSink sink = new CollectingSink();

    readers.read(file, IngestDefaults.NONE, sink);

    assertThat(sink.single().title()).isEqualTo("Title");
  }

  @Test
  void unsupportedFileGivesOneLineIssueNamingFileAndExtensions() throws IOException {
    Path file = dir.resolve("report.pdf");
    Files.writeString(file, "%PDF-1.4");
    CollectingSink sink = new CollectingSink();

    readers.read(file, IngestDefaults.NONE, sink);

    IngestIssue issue = sink.singleIssue();
    assertThat(issue.kind()).isEqualTo(Kind.UNSUPPORTED);
    assertThat(issue.source()).isEqualTo(file.toString());
    assertThat(issue.message())
        .contains("report.pdf", ".htm, .html, .jsonl, .rss, .txt, .warc")
        .doesNotContain("\n");
  }

  private static ArticleReader fixed(Set<String> extensions) {
    return new ArticleReader() {
      @Override
      public Set<String> extensions() {
        return extensions;
      }

      @Override
      public void read(Path file, IngestDefaults defaults, ArticleSink sink) {}
    };
  }
}
