// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.dossier.model.IngestIssue;
import io.dossier.model.IngestIssue.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;
  private final List<IngestIssue> issues = new ArrayList<>();

  private Path touch(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
    return file;
  }

  @Test
  void folderIsWalkedRecursivelyInNameOrder() throws IOException {
    touch("b.txt");
    touch("a/z.html");
    touch("a/b/c.jsonl");
    touch("c.txt");

    List<Path> files = InputFiles.expand(List.of(dir), issues::add);

    assertThat(files)
        .containsExactly(
            dir.resolve("a/b/c.jsonl"),
            dir.resolve("a/z.html"),
            dir.resolve("b.txt"),
            dir.resolve("c.txt"));
    assertThat(issues).isEmpty();
  }

  @Test
  void hiddenFilesAndFoldersInsideAFolderAreSkipped() throws IOException {
    touch(".git/config.txt");
    touch(".draft.txt");
    touch("story.txt");

    assertThat(InputFiles.expand(List.of(dir), issues::add))
        .containsExactly(dir.resolve("story.txt"));
  }

  @Test
  void hiddenFileNamedExplicitlyIsKept() throws IOException {
    Path hidden = touch(".draft.txt");

    assertThat(InputFiles.expand(List.of(hidden), issues::add)).containsExactly(hidden);
  }

  @Test
  void givenOrderIsKeptAndDuplicatesAreListedOnce() throws IOException {
    Path b = touch("b.txt");
    Path a = touch("a.txt");

    assertThat(InputFiles.expand(List.of(b, a, dir, b), issues::add)).containsExactly(b, a);
  }

  @Test
  void missingPathBecomesAnUnreadableIssueNamingIt() throws IOException {
    Path story = touch("story.txt");
    Path missing = dir.resolve("missing.txt");

    List<Path> files = InputFiles.expand(List.of(missing, story), issues::add);

    assertThat(files).containsExactly(story);
    assertThat(issues)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.kind()).isEqualTo(Kind.UNREADABLE);
              assertThat(i.source()).isEqualTo(missing.toString());
              assertThat(i.describe()).contains("missing.txt");
            });
  }

  @Test
  void linkedFoldersAreNotFollowed() throws IOException {
    touch("real/story.txt");
    Path link = dir.resolve("loop");
    try {
      Files.createSymbolicLink(link, dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeThat(false).as("symbolic links are not supported here").isTrue();
    }

    assertThat(InputFiles.expand(List.of(dir), issues::add))
        .containsExactly(dir.resolve("real/story.txt"));
  }
}
