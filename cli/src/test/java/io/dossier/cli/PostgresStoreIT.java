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

  @Test
  void twoIngestProcessesAtOnceLoseNothingAndDuplicateNothing()
      throws IOException, InterruptedException {
    // two overlapping halves of the sample corpus: files 09-15 are in both
    Path corpus = HOME.resolve("samples/corpus");
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus)) {
      files = list.sorted().toList();
    }
    Path first = Files.createDirectories(tmp.resolve("first"));
    Path second = Files.createDirectories(tmp.resolve("second"));
    for (Path f : files) {
      int n = Integer.parseInt(f.getFileName().toString().substring(0, 2));
      if (n <= 15) {
        Files.copy(f, first.resolve(f.getFileName()));
      }
      if (n >= 9) {
        Files.copy(f, second.resolve(f.getFileName()));
      }
    }
    String database = PostgresServer.newDatabase().url();
    List<Process> processes = new ArrayList<>();
    for (Path half : List.of(first, second)) {
      processes.add(
          dossier("ingest", half.toString(), "--store", database, "--threads", "1")
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve(half.getFileName() + ".log").toFile())
              .start());
    }
    for (int i = 0; i < processes.size(); i++) {
      Process p = processes.get(i);
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue())
          .as(Files.readString(tmp.resolve(List.of("first", "second").get(i) + ".log")))
          .isZero();
    }
    // the same articles ingested by one process into a folder
    String folder = tmp.resolve("kb").toString();
    Process one =
        dossier("ingest", corpus.toString(), "--store", folder, "--threads", "2")
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("one.log").toFile())
            .start();
    assertThat(one.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(one.exitValue()).as(Files.readString(tmp.resolve("one.log"))).isZero();

    Path together = tmp.resolve("together");
    Path alone = tmp.resolve("alone");
    assertThat(
            CliRun.of(
                    "export",
                    "--store",
                    database,
                    "--format",
                    "jsonl",
                    "--out",
                    together.toString())
                .exit())
        .isZero();
    assertThat(
            CliRun.of("export", "--store", folder, "--format", "jsonl", "--out", alone.toString())
                .exit())
        .isZero();
    // nothing lost: every document, each once, with all of its mentions
    assertThat(ids(together.resolve("documents.jsonl")))
        .hasSizeGreaterThan(20)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ids(alone.resolve("documents.jsonl")));
    assertThat(Files.readAllLines(together.resolve("mentions.jsonl")))
        .hasSameSizeAs(Files.readAllLines(alone.resolve("mentions.jsonl")));
    // nothing duplicated: no name became two entities of one type
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(together.resolve("entities.jsonl"))) {
      JsonNode entity = JSON.readTree(line);
      names.add(entity.get("type").asText() + " " + entity.get("name").asText());
    }
    assertThat(names)
        .doesNotHaveDuplicates()
        .hasSameSizeAs(Files.readAllLines(alone.resolve("entities.jsonl")));
  }

  private static List<String> ids(Path jsonl) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      ids.add(JSON.readTree(line).get("id").asText());
    }
    return ids;
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
