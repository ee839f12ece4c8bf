// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.engine.ingest.IngestListener;
import io.dossier.engine.ingest.IngestSummary;
import io.dossier.engine.pipeline.ArticleProcessor;
import io.dossier.ingest.IngestDefaults;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.store.KnowledgeBase;
import io.dossier.store.PostgresKnowledgeBase;
import io.dossier.store.SqliteKnowledgeBase;
import io.dossier.store.StoreLocation;
import io.dossier.testkit.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PostgreSQL store shared by several engines (as by several processes: each has its own
 * connections, so only the database's locks keep them apart), and the same export from a PostgreSQL
 * store as from the embedded one. Model-free: the fake annotator tags the names below.
 */
class SharedStoreTest {

  /** Surnames that become PERSON entities; most are new to the store when first met. */
  private static final List<String> NAMES =
      List.of(
          "Haddar",
          "Sarraji",
          "Gaddoumi",
          "Mesmari",
          "Warfelli",
          "Zintani",
          "Obeidi",
          "Tarhouni",
          "Misrati",
          "Senussi",
          "Jadhran",
          "Bashagha");

  @TempDir Path tmp;

  private static Engine engine(EngineConfig config, KnowledgeBase kb) {
    return Engine.of(
        config,
        kb,
        () ->
            new ArticleProcessor(
                new FakeAnnotation(Set.copyOf(NAMES), true), ArticleProcessor.standardStages()));
  }

  private Engine postgres(StoreLocation.Postgres database, String cache) {
    return engine(
        new EngineConfig(database, 2), PostgresKnowledgeBase.open(database, tmp.resolve(cache)));
  }

  private static StoreLocation.Postgres newDatabase() {
    return (StoreLocation.Postgres) StoreLocation.parse(PostgresServer.newDatabase().url());
  }

  /** Article {@code i}: its own text, naming two people. */
  private static String record(int i) {
    String a = NAMES.get(i % NAMES.size());
    String b = NAMES.get((i * 7 + 3) % NAMES.size());
    return String.format(
        Locale.ROOT,
        "{\"id\":\"s%03d\",\"title\":\"Report %d\",\"published\":\"2017-07-%02d\","
            + "\"language\":\"en\",\"text\":\"Report %d: %s met %s in the capital. Later %s"
            + " spoke.\"}%n",
        i,
        i,
        1 + i % 28,
        i,
        a,
        b,
        a);
  }

  private Path corpus(String name, int from, int to) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = from; i < to; i++) {
      jsonl.append(record(i));
    }
    Path file = tmp.resolve(name + ".jsonl");
    Files.writeString(file, jsonl, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void twoIngestsIntoOneStoreAtOnceLoseNothingAndDuplicateNothing() throws Exception {
    StoreLocation.Postgres database = newDatabase();
    // 0..44 and 15..59: 30 articles in both inputs, 60 in all
    Path first = corpus("first", 0, 45);
    Path second = corpus("second", 15, 60);
    List<IngestSummary> summaries = new ArrayList<>();
    ExecutorService runs = Executors.newFixedThreadPool(2);
    try (Engine a = postgres(database, "cache-a");
        Engine b = postgres(database, "cache-b")) {
      Future<IngestSummary> one =
          runs.submit(() -> a.ingest(List.of(first), IngestDefaults.NONE, IngestListener.NONE));
      Future<IngestSummary> two =
          runs.submit(() -> b.ingest(List.of(second), IngestDefaults.NONE, IngestListener.NONE));
      summaries.add(one.get());
      summaries.add(two.get());
    } finally {
      runs.shutdownNow();
    }

    assertThat(summaries.stream().flatMap(s -> s.issues().stream()).map(i -> i.describe()))
        .isEmpty();
    assertThat(summaries.stream().mapToInt(IngestSummary::ingested).sum()).isEqualTo(60);
    assertThat(summaries.stream().mapToInt(IngestSummary::duplicates).sum()).isEqualTo(30);

    Path union = corpus("union", 0, 60);
    try (Engine shared = postgres(database, "cache-check");
        Engine alone =
            engine(
                new EngineConfig(tmp.resolve("kb"), 1),
                SqliteKnowledgeBase.open(tmp.resolve("kb")))) {
      alone.ingest(List.of(union), IngestDefaults.NONE, IngestListener.NONE);
      KnowledgeBase kb = shared.knowledgeBase();
      List<Article> documents = new ArrayList<>();
      kb.forEachDocument(documents::add);
      assertThat(documents).hasSize(60);
      assertThat(documents.stream().map(Article::id).distinct()).hasSize(60);
      // one entity per name, whichever ingest met it first, with every mention of it
      assertThat(entitiesByName(kb)).isEqualTo(entitiesByName(alone.knowledgeBase()));
      assertThat(entitiesByName(kb))
          .hasSize(NAMES.size())
          .allSatisfy((n, m) -> assertThat(m).isPositive());
      assertThat(kb.mentionCount()).isEqualTo(alone.knowledgeBase().mentionCount());
      // and search sees what both wrote
      assertThat(kb.search("Bashagha", 5)).isNotEmpty();
      assertThat(kb.search("s059", 5)).isEmpty();
    }
  }

  /** Name → its mentions, failing on a name that became two entities. */
  private static Map<String, Integer> entitiesByName(KnowledgeBase kb) {
    List<Entity> entities = new ArrayList<>();
    kb.forEachEntity(entities::add);
    Map<String, List<Entity>> byName =
        entities.stream()
            .collect(Collectors.groupingBy(Entity::name, TreeMap::new, Collectors.toList()));
    assertThat(byName.values()).allSatisfy(same -> assertThat(same).hasSize(1));
    Map<String, Integer> mentions = new TreeMap<>();
    byName.forEach((name, same) -> mentions.put(name, same.get(0).mentions()));
    return mentions;
  }

  @Test
  void aPostgresStoreExportsExactlyWhatTheEmbeddedStoreExports() throws IOException {
    Path input = corpus("all", 0, 40);
    Path embeddedOut = tmp.resolve("out-embedded");
    Path sharedOut = tmp.resolve("out-postgres");
    try (Engine e =
        engine(
            new EngineConfig(tmp.resolve("kb"), 2), SqliteKnowledgeBase.open(tmp.resolve("kb")))) {
      curateAndExport(e, input, embeddedOut);
    }
    StoreLocation.Postgres database = newDatabase();
    try (Engine e = postgres(database, "cache")) {
      curateAndExport(e, input, sharedOut);
    }

    List<String> files;
    try (Stream<Path> list = Files.list(embeddedOut)) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(files).contains("documents.jsonl", "entities.jsonl", "mentions.jsonl");
    for (String file : files) {
      assertThat(Files.readString(sharedOut.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(embeddedOut.resolve(file)));
    }
  }

  /** Ingests, takes one decision of each kind, ingests again, exports. */
  private static void curateAndExport(Engine e, Path input, Path out) throws IOException {
    e.ingest(List.of(input), IngestDefaults.NONE, IngestListener.NONE);
    KnowledgeBase kb = e.knowledgeBase();
    Map<String, String> ids = new TreeMap<>();
    kb.forEachEntity(entity -> ids.put(entity.name(), entity.id()));
    e.curator().merge(ids.get("Haddar"), ids.get("Sarraji"), false);
    e.curator().rename(ids.get("Obeidi"), "Abdel Obeidi");
    e.ingest(List.of(input), IngestDefaults.NONE, IngestListener.NONE);
    e.exportJsonl(out);
  }
}
