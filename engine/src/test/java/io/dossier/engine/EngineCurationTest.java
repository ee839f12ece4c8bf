// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.engine.curation.Curator;
import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.Alias;
import io.dossier.model.Entity;
import io.dossier.model.ResolvedMention;
import io.dossier.store.CurationException;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.SqliteKnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Curation through the engine without models: decisions show in the exports, and later ingests
 * respect them.
 */
class EngineCurationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PEOPLE =
      Set.of("Karim Mansour", "Salim Touati", "Karim Ali Mansour", "Mansour", "Touati", "Sarraji");

  @TempDir Path tmp;
  private Engine engine;
  private KnowledgeBase kb;
  private Curator curator;
  private int batch;

  @BeforeEach
  void open() throws IOException {
    engine =
        Engine.of(
            new EngineConfig(tmp.resolve("kb"), 2),
            SqliteKnowledgeBase.open(tmp.resolve("kb")),
            () ->
                new ArticleProcessor(
                    new FakeAnnotation(PEOPLE, false), ArticleProcessor.standardStages()));
    kb = engine.knowledgeBase();
    curator =
        new Curator(
            kb,
            engine.resolver(),
            Clock.fixed(Instant.parse("2017-08-01T00:00:00Z"), ZoneOffset.UTC));
    ingest(
        "Karim Mansour met Sarraji in Benghazi. Mansour spoke first.",
        "Salim Touati visited Tobruk. Touati smiled at the cameras.");
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void mergeKeepsTheOlderIdAndLaterArticlesOfTheMergedAwayEntityLandOnIt() throws IOException {
    String mansour = entityNamed("Karim Mansour");
    String touati = entityNamed("Salim Touati");

    Curator.Merged merged = curator.mergeKeepingOlder(touati, mansour, false);

    assertThat(merged.kept().id()).isEqualTo(mansour);
    assertThat(merged.mergedAway().id()).isEqualTo(touati);
    assertThat(merged.mentionsMoved()).isEqualTo(2);
    ingest("Salim Touati returned to Benghazi on Monday.");

    Entity kept = kb.entity(mansour).orElseThrow();
    assertThat(kept.aliases())
        .extracting(Alias::name)
        .containsExactlyInAnyOrder("Karim Mansour", "Mansour", "Salim Touati", "Touati");
    assertThat(kept.aliases()).contains(new Alias("Salim Touati", 2, "canonical"));
    assertThat(kept.documents()).hasSize(3);
    assertThat(kb.entityCount()).isEqualTo(2);

    Path out = export();
    List<JsonNode> entities = lines(out, "entities.jsonl");
    assertThat(entities).extracting(e -> e.get("id").asText()).doesNotContain(touati);
    assertThat(lines(out, "mentions.jsonl"))
        .extracting(m -> m.get("entity").asText())
        .doesNotContain(touati)
        .filteredOn(mansour::equals)
        .hasSize(5);
  }

  @Test
  void aSplitOffNameNeverLinksToTheOldEntityAgain() throws IOException {
    String mansour = entityNamed("Karim Mansour");
    curator.mergeKeepingOlder(mansour, entityNamed("Salim Touati"), false);

    Curator.Split split = curator.split(mansour, "Salim Touati");

    assertThat(split.created().id()).isEqualTo(Curator.splitId(mansour, "Salim Touati"));
    assertThat(split.created().name()).isEqualTo("Salim Touati");
    assertThat(split.mentionsMoved()).isEqualTo(1);
    // the old entity is still registered under the keys of "Salim Touati" (the merge moved them
    // to it), but the name is forbidden for it now
    ingest("Salim Touati returned to Benghazi. Touati waved.");

    String created = split.created().id();
    assertThat(kb.entity(created).orElseThrow().aliases())
        .extracting(Alias::name, Alias::mentions)
        .containsExactly(tuple("Salim Touati", 2), tuple("Touati", 1));
    assertThat(kb.entity(created).orElseThrow().aliases().get(0).rule())
        .isEqualTo(KnowledgeBase.RULE_CURATED_SPLIT);
    assertThat(kb.entity(mansour).orElseThrow().aliases())
        .extracting(Alias::name)
        .doesNotContain("Salim Touati");
  }

  @Test
  void aSplitOffSurnameChainedInsideALaterArticleGoesToTheEntityThatTookIt() throws IOException {
    String mansour = entityNamed("Karim Mansour");
    Curator.Split split = curator.split(mansour, "Mansour");

    ingest("Karim Mansour arrived in Tobruk. Mansour spoke to reporters.");

    String created = split.created().id();
    String lastDocument = kb.documents(2, 1).get(0).id();
    assertThat(kb.mentionsOfDocument(lastDocument))
        .extracting(ResolvedMention::text, ResolvedMention::entity)
        .containsExactly(tuple("Karim Mansour", mansour), tuple("Mansour", created));
    assertThat(kb.mentionsOfDocument(lastDocument).get(1).rule())
        .isEqualTo(KnowledgeBase.RULE_CURATED_SPLIT);
    assertThat(kb.entity(mansour).orElseThrow().aliases())
        .extracting(Alias::name, Alias::mentions)
        .containsExactly(tuple("Karim Mansour", 2));
    assertThat(kb.entity(created).orElseThrow().mentions()).isEqualTo(2);
  }

  @Test
  void aRenamedEntityIsFoundUnderItsNewNameAndExportedWithIt() throws IOException {
    String mansour = entityNamed("Karim Mansour");

    Curator.Renamed renamed = curator.rename(mansour, "Karim Ali Mansour");

    assertThat(renamed.previousName()).isEqualTo("Karim Mansour");
    ingest("Karim Ali Mansour gave a speech.");
    assertThat(kb.entity(mansour).orElseThrow().documents()).hasSize(2);
    JsonNode exported =
        lines(export(), "entities.jsonl").stream()
            .filter(e -> e.get("id").asText().equals(mansour))
            .findFirst()
            .orElseThrow();
    assertThat(exported.get("name").asText()).isEqualTo("Karim Ali Mansour");
  }

  @Test
  void everyDecisionShowsInTheExportAndEverySpanStillVerifies() throws IOException {
    String mansour = entityNamed("Karim Mansour");
    String touati = entityNamed("Salim Touati");
    curator.merge(mansour, touati, false);
    Curator.Split split = curator.split(mansour, "Touati");
    curator.rename(mansour, "Karim Ali Mansour");

    Path out = export();

    Map<String, JsonNode> entities = new HashMap<>();
    lines(out, "entities.jsonl").forEach(e -> entities.put(e.get("id").asText(), e));
    assertThat(entities).doesNotContainKey(touati);
    JsonNode kept = entities.get(mansour);
    assertThat(kept.get("name").asText()).isEqualTo("Karim Ali Mansour");
    assertThat(names(kept)).containsExactlyInAnyOrder("Karim Mansour", "Mansour", "Salim Touati");
    JsonNode created = entities.get(split.created().id());
    assertThat(names(created)).containsExactly("Touati");
    assertThat(created.get("aliases").get(0).get("rule").asText()).isEqualTo("curated-split");
    Map<String, String> texts = new HashMap<>();
    lines(out, "documents.jsonl")
        .forEach(d -> texts.put(d.get("id").asText(), d.get("text").asText()));
    for (JsonNode m : lines(out, "mentions.jsonl")) {
      assertThat(entities).containsKey(m.get("entity").asText());
      assertThat(
              texts
                  .get(m.get("document").asText())
                  .substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
  }

  @Test
  void refusedRequestsNameTheIdAndChangeNothing() {
    String mansour = entityNamed("Karim Mansour");

    assertThatThrownBy(() -> curator.merge(mansour, "e-nobody", false))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-nobody");
    assertThatThrownBy(() -> curator.mergeKeepingOlder("e-nobody", mansour, false))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-nobody");
    assertThatThrownBy(() -> curator.split(mansour, "Karim Mansour"))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining(mansour);
    assertThatThrownBy(() -> curator.rename("e-nobody", "Someone"))
        .isInstanceOf(CurationException.class)
        .hasMessageContaining("e-nobody");
    assertThat(kb.entityCount()).isEqualTo(3);
  }

  // ---- helpers ----

  private void ingest(String... texts) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in-" + batch++));
    for (int i = 0; i < texts.length; i++) {
      Files.writeString(
          dir.resolve(i + ".txt"),
          "Title " + batch + "." + i + "\n\n" + texts[i],
          StandardCharsets.UTF_8);
    }
    engine.ingest(List.of(dir), IngestDefaults.NONE, IngestListener.NONE);
  }

  private String entityNamed(String name) {
    List<String> ids = new ArrayList<>();
    kb.forEachEntity(
        e -> {
          if (e.name().equals(name)) {
            ids.add(e.id());
          }
        });
    assertThat(ids).as("entities named %s", name).hasSize(1);
    return ids.get(0);
  }

  private Path export() throws IOException {
    Path out = tmp.resolve("out-" + batch++);
    engine.exportJsonl(out);
    return out;
  }

  private static List<String> names(JsonNode entity) {
    List<String> names = new ArrayList<>();
    entity.get("aliases").forEach(a -> names.add(a.get("name").asText()));
    return names;
  }

  private static List<JsonNode> lines(Path dir, String file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }
}
