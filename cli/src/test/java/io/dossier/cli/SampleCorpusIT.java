// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real command line: ingest the sample corpus, export it, and check the
 * export against the contract, the golden files, and itself (every span verifies; re-ingesting is a
 * no-op). Loads the CoreNLP models once for the class.
 */
class SampleCorpusIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path HOME =
      Path.of(System.getProperty("dossier.home", "..")).toAbsolutePath();

  /**
   * Given relative to the working directory, as a user would, so sources do not name the checkout.
   */
  private static final Path CORPUS =
      Path.of("").toAbsolutePath().relativize(HOME.resolve("samples/corpus"));

  private static final Path GOLDEN = HOME.resolve("cli/src/test/resources/golden/sample-corpus");

  @TempDir static Path work;
  private static Path store;
  private static Path out;
  private static CliRun ingest;

  @BeforeAll
  static void ingestAndExport() {
    store = work.resolve("kb");
    out = work.resolve("out");
    ingest = CliRun.of("ingest", CORPUS.toString(), "--store", store.toString(), "--threads", "2");
    CliRun export =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "jsonl", "--out", out.toString());
    assertThat(export.exit()).as(export.err()).isZero();
  }

  @Test
  void ingestReportsEveryArticleAndSucceeds() {
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).containsPattern("ingested \\d+, duplicates skipped 0, failed 0");
  }

  @Test
  void allContractFilesExist() {
    for (String f :
        List.of(
            "documents.jsonl",
            "entities.jsonl",
            "mentions.jsonl",
            "events.jsonl",
            "claims.jsonl",
            "relations.jsonl")) {
      assertThat(out.resolve(f)).exists();
    }
  }

  @Test
  void everyExportedSpanVerifiesAgainstItsDocumentText() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode d : lines("documents.jsonl")) {
      texts.put(d.get("id").asText(), d.get("text").asText());
    }
    List<JsonNode> mentions = lines("mentions.jsonl");
    assertThat(mentions).isNotEmpty();
    for (JsonNode m : mentions) {
      String text = texts.get(m.get("document").asText());
      assertThat(text).as("document of %s", m).isNotNull();
      assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
    for (JsonNode t : lines("times.jsonl")) {
      String text = texts.get(t.get("document").asText());
      assertThat(text.substring(t.get("start").asInt(), t.get("end").asInt()))
          .isEqualTo(t.get("text").asText());
    }
  }

  @Test
  void documentsCarryTheContractFields() throws IOException {
    for (JsonNode d : lines("documents.jsonl")) {
      assertThat(d.get("id").asText()).startsWith("d-");
      assertThat(d.has("source") && d.has("outlet") && d.has("title") && d.has("published"))
          .isTrue();
      assertThat(d.get("published_basis").asText()).isIn("metadata", "inferred", "unknown");
      assertThat(d.get("published").isNull())
          .isEqualTo("unknown".equals(d.get("published_basis").asText()));
      assertThat(d.get("removed").isArray()).isTrue();
      for (JsonNode removed : d.get("removed")) {
        assertThat(d.get("text").asText()).doesNotContain(removed.asText().strip());
      }
    }
  }

  @Test
  void entitiesListAliasesWithRulesAndCountsThatAddUp() throws IOException {
    Map<String, Integer> perEntity = new HashMap<>();
    for (JsonNode m : lines("mentions.jsonl")) {
      perEntity.merge(m.get("entity").asText(), 1, Integer::sum);
    }
    for (JsonNode e : lines("entities.jsonl")) {
      assertThat(e.get("id").asText()).startsWith("e-");
      int aliasTotal = 0;
      for (JsonNode a : e.get("aliases")) {
        assertThat(a.get("rule").asText()).isNotBlank();
        aliasTotal += a.get("mentions").asInt();
      }
      assertThat(aliasTotal).isEqualTo(e.get("mentions").asInt());
      assertThat(perEntity.get(e.get("id").asText())).isEqualTo(e.get("mentions").asInt());
    }
  }

  @Test
  void reingestingTheSameInputsChangesNothing() throws IOException {
    CliRun again = CliRun.of("ingest", CORPUS.toString(), "--store", store.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).containsPattern("ingested 0, duplicates skipped [1-9]\\d*, failed 0");
    Path out2 = work.resolve("out2");
    CliRun export =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "jsonl", "--out", out2.toString());
    assertThat(export.exit()).isZero();
    for (String f : List.of("documents.jsonl", "entities.jsonl", "mentions.jsonl", "times.jsonl")) {
      assertThat(Files.readString(out2.resolve(f))).isEqualTo(Files.readString(out.resolve(f)));
    }
  }

  @Test
  void idsAreStableAcrossFreshStores() throws IOException {
    Path other = work.resolve("kb-fresh");
    Path otherOut = work.resolve("out-fresh");
    assertThat(
            CliRun.of("ingest", CORPUS.toString(), "--store", other.toString(), "--threads", "1")
                .exit())
        .isZero();
    assertThat(
            CliRun.of(
                    "export",
                    "--store",
                    other.toString(),
                    "--format",
                    "jsonl",
                    "--out",
                    otherOut.toString())
                .exit())
        .isZero();
    for (String f : List.of("documents.jsonl", "entities.jsonl", "mentions.jsonl")) {
      assertThat(Files.readString(otherOut.resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(out.resolve(f)));
    }
  }

  @Test
  void exportMatchesGoldenFiles() throws IOException {
    boolean update = Boolean.getBoolean("golden.update");
    for (String f : List.of("documents.jsonl", "entities.jsonl", "mentions.jsonl", "times.jsonl")) {
      String actual = Files.readString(out.resolve(f), StandardCharsets.UTF_8);
      Path golden = GOLDEN.resolve(f);
      if (update) {
        Files.createDirectories(GOLDEN);
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        continue;
      }
      assertThat(golden)
          .as("golden file missing: run mvn -pl cli verify -Dgolden.update=true and review")
          .exists();
      assertThat(actual)
          .as(f + " differs from its golden file")
          .isEqualTo(Files.readString(golden));
    }
  }

  private static List<JsonNode> lines(String file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
