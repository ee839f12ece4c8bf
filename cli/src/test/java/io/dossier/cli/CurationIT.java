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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real command line and models: ingest a small invented corpus, merge two
 * names of one man, split an alias off, rename, ingest more, and check that the export shows every
 * decision, that later articles respect them, and that every span still verifies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static Path store;
  private static String mansour;
  private static String touati;
  private static String split;

  @BeforeAll
  static void ingestFirstBatch() throws IOException {
    store = work.resolve("kb");
    Path in = Files.createDirectories(work.resolve("in-1"));
    write(
        in.resolve("1.txt"),
        "Army chief meets officers",
        "TRIPOLI, July 17, 2017 — Karim Mansour met army officers in Benghazi on Monday. Mansour"
            + " said his forces would advance on Derna within days.");
    write(
        in.resolve("2.txt"),
        "Visit to Cairo",
        "CAIRO, July 18, 2017 — Salim Touati visited Cairo on Tuesday. Touati met Egyptian"
            + " officials to discuss security on the border.");
    ingest(in);
    Map<String, JsonNode> entities = byName(export("out-1"));
    mansour = entities.get("Karim Mansour").get("id").asText();
    touati = entities.get("Salim Touati").get("id").asText();
    assertThat(entities.get("Karim Mansour").get("type").asText()).isEqualTo("PERSON");
    assertThat(entities.get("Salim Touati").get("type").asText()).isEqualTo("PERSON");
  }

  @Test
  @Order(1)
  void mergeKeepsTheOlderIdByDefault() {
    // the newer one first: the older one still keeps its id
    CliRun merge = CliRun.of("entity", "merge", touati, mansour, "--store", store.toString());

    assertThat(merge.exit()).as(merge.err()).isZero();
    assertThat(merge.out().strip())
        .isEqualTo(
            "merged "
                + touati
                + " \"Salim Touati\" into "
                + mansour
                + " \"Karim Mansour\" (2 mentions moved)");
  }

  @Test
  @Order(2)
  void splitMovesAnAliasToANewEntity() {
    CliRun run =
        CliRun.of("entity", "split", mansour, "--alias", "Touati", "--store", store.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip())
        .matches(
            "split \"Touati\" off "
                + mansour
                + " \"Karim Mansour\" into new entity e-[0-9a-f]{16} \\(1 mention moved\\)");
    split = run.out().strip().replaceAll(".* into new entity (e-[0-9a-f]+) .*", "$1");
  }

  @Test
  @Order(3)
  void renameGivesANewName() {
    CliRun run =
        CliRun.of("entity", "rename", mansour, "Karim Ali Mansour", "--store", store.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip())
        .isEqualTo("renamed " + mansour + " \"Karim Mansour\" to \"Karim Ali Mansour\"");
  }

  @Test
  @Order(4)
  void refusedRequestsExitWithTwoAndOneLinePlusAHint() {
    List<CliRun> refused =
        List.of(
            CliRun.of(
                "entity", "merge", mansour, "e-0000000000000000", "--store", store.toString()),
            CliRun.of("entity", "merge", mansour, mansour, "--store", store.toString()),
            CliRun.of("entity", "merge", touati, mansour, "--store", store.toString()),
            CliRun.of("entity", "split", mansour, "--alias", "Mansur", "--store", store.toString()),
            CliRun.of(
                "entity",
                "split",
                mansour,
                "--alias",
                "Karim Ali Mansour",
                "--store",
                store.toString()),
            CliRun.of("entity", "rename", mansour, " ", "--store", store.toString()),
            CliRun.of(
                "entity", "rename", mansour, "X", "--store", work.resolve("nothing").toString()));
    for (CliRun run : refused) {
      assertThat(run.exit()).as(run.err()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      List<String> lines = run.err().lines().toList();
      assertThat(lines).as(run.err()).hasSize(2);
      assertThat(lines.get(0)).startsWith("dossier: ");
      assertThat(lines.get(1)).startsWith("hint: ");
    }
    assertThat(refused.get(0).err()).contains("e-0000000000000000");
    assertThat(refused.get(2).err()).contains("already one");
    assertThat(refused.get(3).err()).contains("has no alias \"Mansur\"");
    assertThat(CliRun.of("entity").exit()).isEqualTo(2);
    assertThat(CliRun.of("entity", "merge", mansour, "--store", store.toString()).exit())
        .isEqualTo(2);
  }

  @Test
  @Order(5)
  void laterArticlesRespectEveryDecisionAndTheExportShowsThem() throws IOException {
    Path in = Files.createDirectories(work.resolve("in-2"));
    write(
        in.resolve("3.txt"),
        "Return to Benghazi",
        "BENGHAZI, July 20, 2017 — Salim Touati returned to Benghazi on Thursday. Touati thanked"
            + " his supporters.");
    write(
        in.resolve("4.txt"),
        "Speech in Benghazi",
        "BENGHAZI, July 21, 2017 — Karim Ali Mansour gave a speech to officers on Friday.");
    ingest(in);
    Path out = export("out-2");

    Map<String, JsonNode> entities = new HashMap<>();
    for (JsonNode e : lines(out, "entities.jsonl")) {
      entities.put(e.get("id").asText(), e);
    }
    assertThat(entities).doesNotContainKey(touati);
    JsonNode kept = entities.get(mansour);
    assertThat(kept.get("name").asText()).isEqualTo("Karim Ali Mansour");
    Map<String, JsonNode> keptAliases = aliases(kept);
    assertThat(keptAliases.keySet())
        .containsExactlyInAnyOrder("Karim Mansour", "Mansour", "Salim Touati", "Karim Ali Mansour");
    // the merged-away spelling in a later article landed on the kept entity
    assertThat(keptAliases.get("Salim Touati").get("mentions").asInt()).isEqualTo(2);
    assertThat(kept.get("documents")).hasSize(4);
    JsonNode created = entities.get(split);
    assertThat(created.get("name").asText()).isEqualTo("Touati");
    assertThat(created.get("type").asText()).isEqualTo("PERSON");
    // the split-off name, written after the full name in a later article, went to the new entity
    JsonNode touatiAlias = aliases(created).get("Touati");
    assertThat(touatiAlias.get("mentions").asInt()).isEqualTo(2);
    assertThat(touatiAlias.get("rule").asText()).isEqualTo("curated-split");

    Map<String, String> texts = new HashMap<>();
    for (JsonNode d : lines(out, "documents.jsonl")) {
      texts.put(d.get("id").asText(), d.get("text").asText());
    }
    Map<String, Integer> perEntity = new HashMap<>();
    for (JsonNode m : lines(out, "mentions.jsonl")) {
      String entity = m.get("entity").asText();
      assertThat(entities).as("entity of %s", m).containsKey(entity);
      perEntity.merge(entity, 1, Integer::sum);
      assertThat(
              texts
                  .get(m.get("document").asText())
                  .substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
      if (m.get("text").asText().equals("Touati")) {
        assertThat(entity).isEqualTo(split);
      }
    }
    for (JsonNode e : entities.values()) {
      int total = 0;
      for (JsonNode a : e.get("aliases")) {
        total += a.get("mentions").asInt();
      }
      assertThat(total).as(e.toString()).isEqualTo(e.get("mentions").asInt());
      assertThat(perEntity.get(e.get("id").asText())).isEqualTo(e.get("mentions").asInt());
    }
  }

  // ---- helpers ----

  private static void write(Path file, String title, String body) throws IOException {
    Files.writeString(file, title + "\n\n" + body + "\n", StandardCharsets.UTF_8);
  }

  private static void ingest(Path in) {
    CliRun run = CliRun.of("ingest", in.toString(), "--store", store.toString(), "--threads", "1");
    assertThat(run.exit()).as(run.err()).isZero();
  }

  private static Path export(String name) {
    Path out = work.resolve(name);
    CliRun run =
        CliRun.of(
            "export", "--store", store.toString(), "--format", "jsonl", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return out;
  }

  private static Map<String, JsonNode> byName(Path out) throws IOException {
    Map<String, JsonNode> entities = new HashMap<>();
    for (JsonNode e : lines(out, "entities.jsonl")) {
      entities.put(e.get("name").asText(), e);
    }
    return entities;
  }

  private static Map<String, JsonNode> aliases(JsonNode entity) {
    Map<String, JsonNode> aliases = new HashMap<>();
    entity.get("aliases").forEach(a -> aliases.put(a.get("name").asText(), a));
    return aliases;
  }

  private static List<JsonNode> lines(Path dir, String file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
