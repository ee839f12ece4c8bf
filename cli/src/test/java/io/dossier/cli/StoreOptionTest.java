// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.testkit.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store} naming a PostgreSQL database, through the command line: the same export as from a
 * folder, and one clear line for a bad URL or an unreachable server. The articles are French, so
 * they are stored without analysis and no NLP model is loaded.
 */
class StoreOptionTest {

  @TempDir Path tmp;

  private Path corpus() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      jsonl.append(
          String.format(
              "{\"id\":\"fr-%d\",\"title\":\"Rapport %d\",\"published\":\"2017-07-1%d\","
                  + "\"language\":\"fr\",\"text\":\"Le rapport numéro %d décrit la situation à"
                  + " Benghazi.\"}%n",
              i, i, i, i));
    }
    Path file = tmp.resolve("fr.jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void ingestAndExportOnPostgresGiveWhatAFolderGives() throws IOException {
    Path input = corpus();
    String database = PostgresServer.newDatabase().url();
    Path folder = tmp.resolve("kb");

    CliRun shared = CliRun.of("ingest", input.toString(), "--store", database);
    CliRun embedded = CliRun.of("ingest", input.toString(), "--store", folder.toString());
    assertThat(shared.exit()).as(shared.err()).isZero();
    assertThat(withoutTime(shared.out())).isEqualTo(withoutTime(embedded.out()));
    CliRun again = CliRun.of("ingest", input.toString(), "--store", database);
    assertThat(again.out()).startsWith("ingested 0, duplicates skipped 6, failed 0");

    assertThat(
            CliRun.of(
                    "export",
                    "--store",
                    database,
                    "--format",
                    "jsonl",
                    "--out",
                    tmp.resolve("a").toString())
                .exit())
        .isZero();
    assertThat(
            CliRun.of(
                    "export",
                    "--store",
                    folder.toString(),
                    "--format",
                    "jsonl",
                    "--out",
                    tmp.resolve("b").toString())
                .exit())
        .isZero();
    List<String> files;
    try (Stream<Path> list = Files.list(tmp.resolve("b"))) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).contains("documents.jsonl");
    assertThat(Files.readAllLines(tmp.resolve("b/documents.jsonl"))).hasSize(6);
    for (String file : files) {
      assertThat(Files.readString(tmp.resolve("a").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(tmp.resolve("b").resolve(file)));
    }

    CliRun rename = CliRun.of("entity", "rename", "e-nobody", "Someone", "--store", database);
    assertThat(rename.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(rename.err()).contains("No entity e-nobody").doesNotContain(":dossier-test@");
  }

  private static String withoutTime(String summary) {
    return summary.replaceAll("\\([0-9.]+ s\\)", "");
  }

  @Test
  void aMalformedUrlIsAUsageErrorInOneLine() {
    CliRun run =
        CliRun.of(
            "export",
            "--store",
            "postgresql:///news",
            "--format",
            "jsonl",
            "--out",
            tmp.toString());

    assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains("--store")
        .contains("names no server");
  }

  @Test
  void anUnreachableServerIsOneLineWithAHint() {
    CliRun run =
        CliRun.of("ingest", tmp.toString(), "--store", "postgresql://ann:secret@127.0.0.1:1/news");

    assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err().lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("dossier: error: Cannot open the store postgresql://ann@127.0.0.1:1/news")
        .contains("no PostgreSQL server answers at 127.0.0.1:1");
    assertThat(run.err()).contains("hint: check the --store URL").doesNotContain("secret");
  }
}
