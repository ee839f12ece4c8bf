// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static io.dossier.store.SqliteKnowledgeBaseCurationTest.AT;
import static io.dossier.store.SqliteKnowledgeBaseCurationTest.HIFTER;
import static io.dossier.store.SqliteKnowledgeBaseCurationTest.third;
import static io.dossier.store.SqliteKnowledgeBaseTest.BENGHAZI;
import static io.dossier.store.SqliteKnowledgeBaseTest.HAFTAR;
import static io.dossier.store.SqliteKnowledgeBaseTest.LNA;
import static io.dossier.store.SqliteKnowledgeBaseTest.first;
import static io.dossier.store.SqliteKnowledgeBaseTest.second;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reads behind the web pages: revision, titles, co-occurring entities. */
class SqliteKnowledgeBaseWebReadsTest {

  @TempDir Path dir;

  /** Opens the store under test, again after a close: the PostgreSQL subclass overrides it. */
  JdbcKnowledgeBase reopen() {
    return SqliteKnowledgeBase.open(dir);
  }

  /** Whether the store under test is the embedded one (some tests look inside its folder). */
  boolean embedded() {
    return true;
  }

  JdbcKnowledgeBase store;

  @BeforeEach
  void open() {
    store = reopen();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void revisionGrowsWithEveryCommitAndCurationAndOnlyThen() {
    long empty = store.revision();
    store.commit(first());
    long one = store.revision();
    assertThat(one).isGreaterThan(empty);
    store.commit(first()); // already stored: no change
    assertThat(store.revision()).isEqualTo(one);
    store.commit(second());
    store.commit(third());
    long three = store.revision();
    assertThat(three).isGreaterThan(one);
    store.rename(HAFTAR.id(), "Khalifa Belqasim Haftar", List.of(), AT);
    long renamed = store.revision();
    assertThat(renamed).isGreaterThan(three);
    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);
    assertThat(store.revision()).isGreaterThan(renamed);
    store.entity(HAFTAR.id());
    assertThat(store.revision()).isEqualTo(store.revision());
  }

  @Test
  void headsAndMentionsOfSeveralDocumentsAreReadInOneQuery() {
    store.commit(first());
    store.commit(second());
    store.commit(third());
    assertThat(store.heads(List.of(HAFTAR.id(), LNA.id(), "e-nobody")))
        .containsOnlyKeys(HAFTAR.id(), LNA.id())
        .containsEntry(HAFTAR.id(), HAFTAR);
    assertThat(store.heads(List.of())).isEmpty();
    List<String> documents =
        List.of(first().analysis().article().id(), third().analysis().article().id());
    List<io.dossier.model.ResolvedMention> expected = new java.util.ArrayList<>();
    documents.forEach(d -> expected.addAll(store.mentionsOfDocument(d)));
    assertThat(store.mentionsOfDocuments(documents)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(store.mentionsOfDocuments(List.of())).isEmpty();
  }

  @Test
  void publicationDatesOfSeveralDocumentsAreReadWithoutTheirTexts() {
    store.commit(first());
    store.commit(second());
    assertThat(store.publishedDates(List.of("d-first", "d-second", "d-nothing")))
        .containsOnlyKeys("d-first", "d-second")
        .containsEntry("d-first", java.time.LocalDate.of(2017, 7, 24));
    assertThat(store.publishedDates(List.of())).isEmpty();
  }

  @Test
  void titlesAreCountedMostUsedFirstAndFollowRedirects() {
    store.commit(first());
    store.commit(second());
    store.commit(third());
    assertThat(store.titles(HAFTAR.id())).containsExactly(java.util.Map.entry("Field Marshal", 1));
    assertThat(store.titles(BENGHAZI.id())).isEmpty();
    assertThat(store.titles("e-nobody")).isEmpty();
    store.merge(HAFTAR.id(), HIFTER.id(), false, AT);
    assertThat(store.titles(HIFTER.id())).containsOnlyKeys("Field Marshal");
  }

  @Test
  void cooccurringEntitiesAreCountedBySharedDocuments() {
    store.commit(first());
    store.commit(second());
    store.commit(third());
    assertThat(store.cooccurring(HAFTAR.id(), 100, 10))
        .extracting(c -> c.entity().id(), Cooccurrence::documents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BENGHAZI.id(), 1),
            org.assertj.core.groups.Tuple.tuple(LNA.id(), 1));
    assertThat(store.cooccurring(HAFTAR.id(), 100, 1)).hasSize(1);
    // only the latest document of Haftar (d-second) is looked at: nobody else is in it
    assertThat(store.cooccurring(HAFTAR.id(), 1, 10)).isEmpty();
    assertThat(store.cooccurring(LNA.id(), 10, 10))
        .extracting(c -> c.entity().name())
        .containsExactly(HAFTAR.name(), BENGHAZI.name());
    assertThat(store.cooccurring("e-nobody", 10, 10)).isEmpty();
  }
}
