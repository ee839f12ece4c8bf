// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.ingest.IngestDefaults;
import io.dossier.model.Article;
import io.dossier.model.IngestIssue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs named by a Hadoop URI are listed and read as local paths are, keeping the URI. */
class InputsTest {
  @TempDir Path tmp;

  @Test
  void aHadoopFolderIsListedInNameOrderAndReadWithItsUriAsSource() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("news/sub"));
    Files.writeString(
        tmp.resolve("news/b.jsonl"),
        "{\"id\":\"b1\",\"text\":\"First article of the file about the port.\"}\n"
            + "{\"id\":\"b2\",\"text\":\"Second article of the file about the road.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("a.txt"), "Title\n\nBody of a text article.\n", StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("news/.hidden.txt"), "Hidden\n\nSkipped.\n");
    String root = tmp.resolve("news").toUri().toString(); // file:/…/news/
    Configuration hadoop = new Configuration();
    List<IngestIssue> issues = new ArrayList<>();

    List<String> files = Inputs.expand(List.of(root), hadoop, issues::add);

    assertThat(issues).isEmpty();
    assertThat(files).containsExactly(root + "b.jsonl", root + "sub/a.txt");
    List<Article> articles = new ArrayList<>();
    for (String file : files) {
      Inputs.read(file, IngestDefaults.NONE, hadoop, articles::add, issues::add);
    }
    assertThat(issues).isEmpty();
    assertThat(articles)
        .extracting(Article::id)
        .containsExactly("d-b1", "d-b2", articles.get(2).id());
    assertThat(articles.get(0).source()).startsWith(root + "b.jsonl");
    assertThat(articles.get(2).source()).isEqualTo(root + "sub/a.txt");
    assertThat(articles.get(2).title()).isEqualTo("Title");
  }

  @Test
  void aMissingHadoopPathIsOneIssue() {
    List<IngestIssue> issues = new ArrayList<>();
    List<String> files =
        Inputs.expand(
            List.of(tmp.resolve("nothing-here").toUri().toString()),
            new Configuration(),
            issues::add);
    assertThat(files).isEmpty();
    assertThat(issues)
        .singleElement()
        .extracting(IngestIssue::kind)
        .isEqualTo(IngestIssue.Kind.UNREADABLE);
  }
}
