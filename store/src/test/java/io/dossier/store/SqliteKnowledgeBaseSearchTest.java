// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static io.dossier.store.Fixtures.article;
import static io.dossier.store.Fixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dossier.model.Article;
import io.dossier.model.PublishedBasis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteKnowledgeBaseSearchTest {

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
    store.commit(SqliteKnowledgeBaseTest.first());
    store.commit(SqliteKnowledgeBaseTest.second());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void searchFindsEntitiesByNameAndDocumentsByText() {
    List<SearchHit> hits = store.search("Khalifa Haftar", 10);

    assertThat(hits)
        .extracting(SearchHit::kind, SearchHit::id, SearchHit::label)
        .startsWith(tuple(SearchHit.ENTITY, "e-haftar", "Khalifa Haftar"))
        .contains(
            tuple(SearchHit.DOCUMENT, "d-first", "Title of d-first"),
            tuple(SearchHit.DOCUMENT, "d-second", "Title of d-second"));
    assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
  }

  @Test
  void searchFindsEntitiesByAlias() {
    assertThat(store.search("LNA", 10))
        .extracting(SearchHit::id)
        .containsExactlyInAnyOrder("e-lna", "d-first");
  }

  @Test
  void searchIgnoresAccentsAndCase() {
    // d-second writes "Bengházi"; the entity and d-first write "Benghazi"
    assertThat(store.search("BENGHAZI", 10))
        .extracting(SearchHit::id)
        .containsExactlyInAnyOrder("e-benghazi", "d-first", "d-second");
    assertThat(store.search("bengházi", 10)).hasSize(3);
  }

  @Test
  void searchMatchesNearSpellingsOfEntityNames() {
    assertThat(store.search("Hafter", 10)).extracting(SearchHit::id).containsExactly("e-haftar");
  }

  @Test
  void searchHonoursTheLimit() {
    assertThat(store.search("Haftar", 1)).hasSize(1);
    assertThatThrownBy(() -> store.search("Haftar", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void searchSeesACommitBeforeTheIndexIsMadeDurable() {
    store.commit(plain(article("d-fresh", "Tobruk parliament convenes.")));

    assertThat(store.search("Tobruk", 10)).extracting(SearchHit::id).containsExactly("d-fresh");
  }

  @Test
  void documentsWithoutTitleAreLabelledByTheirText() {
    Article untitled =
        new Article(
            "d-untitled",
            "x.txt",
            null,
            null,
            null,
            PublishedBasis.UNKNOWN,
            "en",
            "  Misrata   brigades " + "withdraw ".repeat(20),
            List.of(),
            null,
            "h",
            null);
    store.commit(plain(untitled));

    SearchHit hit = store.search("Misrata", 10).get(0);

    assertThat(hit.label()).startsWith("Misrata brigades withdraw").endsWith("…").hasSize(81);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "title:(( AND \" ~",
        "AND",
        "OR NOT",
        "*",
        "?",
        "\\",
        "((((",
        "\"unclosed",
        "Haftar~2^3",
        "[a TO",
        "/regex/",
        "field:",
        "+-&&||!(){}[]^\"~*?:\\/",
        "",
        "   "
      })
  void searchWithQuerySyntaxOrNoWordsDoesNotThrow(String query) {
    assertThatCode(() -> store.search(query, 10)).doesNotThrowAnyException();
  }

  @Test
  void searchWithAVeryLongQueryDoesNotThrow() {
    // thousands of distinct words, far beyond Lucene's limit of 1024 clauses
    StringBuilder query = new StringBuilder("Haftar");
    for (int i = 0; i < 5000; i++) {
      query.append(" word").append(i);
    }

    assertThat(store.search(query.toString(), 10)).extracting(SearchHit::id).contains("e-haftar");
  }

  @Test
  void blankQueryFindsNothing() {
    assertThat(store.search("  ", 10)).isEmpty();
    assertThat(store.search("?!", 10)).isEmpty();
  }
}
