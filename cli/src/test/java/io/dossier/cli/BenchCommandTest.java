// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier bench}'s options are checked before any model is loaded. */
class BenchCommandTest {

  @TempDir Path tmp;

  private Path articles(int n) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < n; i++) {
      jsonl.append(
          String.format(
              "{\"id\":\"a-%d\",\"title\":\"Report %d\",\"text\":\"Report %d on Benghazi.\"}%n",
              i, i, i));
    }
    Path file = tmp.resolve("a.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aWarmUpNeedsArticlesBeyondTheComparedOnes() throws IOException {
    CliRun run =
        CliRun.of(
            "bench", "--input", articles(4).toString(), "--baseline-limit", "3", "--warmup", "5");

    assertThat(run.exit()).isNotZero();
    assertThat(run.err())
        .contains("--warmup 5 needs 5 articles after the 3 compared; the input has 1");
  }

  @Test
  void aNegativeWarmUpIsRefused() throws IOException {
    CliRun run = CliRun.of("bench", "--input", articles(2).toString(), "--warmup", "-1");

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("--warmup must be 0 or more (was -1)");
  }
}
