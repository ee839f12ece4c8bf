// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static io.dossier.store.Fixtures.article;
import static io.dossier.store.Fixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index of a PostgreSQL store is a cache of the database on the searching machine: it
 * sees what other processes write, survives reopening, and never mixes two databases.
 */
class PostgresSearchCacheTest {
  private static final Instant AT = Instant.parse("2017-08-01T10:15:30Z");

  @TempDir Path tmp;

  @Test
  void searchSeesWhatAnotherProcessWroteAndCurated() {
    StoreLocation.Postgres database = TestPostgres.newDatabase();
    try (PostgresKnowledgeBase writer = PostgresKnowledgeBase.open(database, tmp.resolve("a"));
        PostgresKnowledgeBase reader = PostgresKnowledgeBase.open(database, tmp.resolve("b"))) {
      assertThat(reader.search("Haftar", 10)).isEmpty();

      writer.commit(SqliteKnowledgeBaseTest.first());
      writer.commit(SqliteKnowledgeBaseCurationTest.third());

      assertThat(reader.search("Haftar", 10))
          .extracting(SearchHit::id)
          .contains("d-first", "e-haftar");
      assertThat(reader.search("Hifter", 10)).extracting(SearchHit::id).contains("e-hifter");

      writer.merge("e-haftar", "e-hifter", false, AT);

      assertThat(reader.search("Hifter", 10))
          .extracting(SearchHit::id)
          .contains("e-haftar")
          .doesNotContain("e-hifter");
    }
  }

  @Test
  void theCacheSurvivesReopeningAndCatchesUpWithLaterWrites() {
    StoreLocation.Postgres database = TestPostgres.newDatabase();
    Path cache = tmp.resolve("cache");
    try (PostgresKnowledgeBase kb = PostgresKnowledgeBase.open(database, cache)) {
      kb.commit(plain(article("d-one", "Tobruk parliament convenes.")));
      assertThat(kb.search("Tobruk", 5)).extracting(SearchHit::id).containsExactly("d-one");
    }
    try (PostgresKnowledgeBase other = PostgresKnowledgeBase.open(database, tmp.resolve("x"))) {
      other.commit(plain(article("d-two", "Tobruk airport reopens.")));
    }
    try (PostgresKnowledgeBase kb = PostgresKnowledgeBase.open(database, cache)) {
      assertThat(kb.search("Tobruk", 5))
          .extracting(SearchHit::id)
          .containsExactlyInAnyOrder("d-one", "d-two");
    }
  }

  @Test
  void aCacheOfAnotherDatabaseIsRebuilt() {
    Path cache = tmp.resolve("cache");
    try (PostgresKnowledgeBase kb = PostgresKnowledgeBase.open(TestPostgres.newDatabase(), cache)) {
      kb.commit(plain(article("d-one", "Tobruk parliament convenes.")));
      assertThat(kb.search("Tobruk", 5)).hasSize(1);
    }
    try (PostgresKnowledgeBase kb = PostgresKnowledgeBase.open(TestPostgres.newDatabase(), cache)) {
      assertThat(kb.search("Tobruk", 5)).isEmpty();
      kb.commit(plain(article("d-two", "Derna floods.")));
      assertThat(kb.search("Derna", 5)).extracting(SearchHit::id).containsExactly("d-two");
    }
  }

  @Test
  void aSecondServerOnTheSameMachineBuildsAPrivateIndex() throws Exception {
    StoreLocation.Postgres database = TestPostgres.newDatabase();
    Path cache = tmp.resolve("cache");
    Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countSearchFolders(temporary);
    try (PostgresKnowledgeBase first = PostgresKnowledgeBase.open(database, cache);
        PostgresKnowledgeBase second = PostgresKnowledgeBase.open(database, cache)) {
      first.commit(plain(article("d-one", "Tobruk parliament convenes.")));
      assertThat(first.search("Tobruk", 5)).hasSize(1);
      assertThat(second.search("Tobruk", 5)).hasSize(1);
      assertThat(countSearchFolders(temporary)).isEqualTo(before + 1);
    }
    assertThat(countSearchFolders(temporary)).isEqualTo(before);
  }

  private static long countSearchFolders(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("dossier-search-")).count();
    }
  }
}
