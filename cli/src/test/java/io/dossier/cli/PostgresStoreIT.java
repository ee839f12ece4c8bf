// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.testkit.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample corpus through the real command line and models, once into a folder and once into a
 * PostgreSQL database: the two exports are the same, also after a curator's merge.
 */
class PostgresStoreIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path HOME =
      Path.of(System.getProperty("dossier.home", "..")).toAbsolutePath();

  @TempDir Path tmp;

  @Test
  void theSampleCorpusExportsTheSameFromPostgresAsFromAFolder()
      throws IOException, InterruptedException {
    String corpus = HOME.resolve("samples/corpus").toString();
    String database = PostgresServer.newDatabase().url();
    String folder = tmp.resolve("kb").toString();

    // each ingest in its own JVM, as the launcher runs it
    for (String store : List.of(folder, database)) {
      Process ingest =
          dossier("ingest", corpus, "--store", store, "--threads", "2")
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("ingest.log").toFile())
              .start();
      assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(ingest.exitValue()).as(Files.readString(tmp.resolve("ingest.log"))).isZero();
    }
    assertSameExports(folder, database, "before");

    // the two most mentioned people, merged by a curator on both stores
    List<String> people = new ArrayList<>();
    for (String line : Files.readAllLines(tmp.resolve("before-embedded/entities.jsonl"))) {
      JsonNode entity = JSON.readTree(line);
      if (entity.get("type").asText().equals("PERSON")) {
        people.add(entity.get("id").asText());
      }
    }
    assertThat(people).hasSizeGreaterThanOrEqualTo(2);
    for (String store : List.of(folder, database)) {
      CliRun merge = CliRun.of("entity", "merge", people.get(0), people.get(1), "--store", store);
      assertThat(merge.exit()).as(merge.err()).isZero();
    }
    assertSameExports(folder, database, "after");
  }

  /** The command line in a child JVM on this test's class path. */
  private static ProcessBuilder dossier(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.dossier.cli.Main");
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private void assertSameExports(String folder, String database, String name) throws IOException {
    Path embedded = tmp.resolve(name + "-embedded");
    Path shared = tmp.resolve(name + "-postgres");
    assertThat(
            CliRun.of(
                    "export", "--store", folder, "--format", "jsonl", "--out", embedded.toString())
                .exit())
        .isZero();
    assertThat(
            CliRun.of(
                    "export", "--store", database, "--format", "jsonl", "--out", shared.toString())
                .exit())
        .isZero();
    List<String> files;
    try (Stream<Path> list = Files.list(embedded)) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).contains("documents.jsonl", "entities.jsonl", "events.jsonl", "claims.jsonl");
    assertThat(Files.readAllLines(embedded.resolve("entities.jsonl"))).isNotEmpty();
    for (String file : files) {
      assertThat(Files.readString(shared.resolve(file)))
          .as(name + " " + file)
          .isEqualTo(Files.readString(embedded.resolve(file)));
    }
  }
}
