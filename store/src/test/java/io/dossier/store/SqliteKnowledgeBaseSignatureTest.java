// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import static io.dossier.store.Fixtures.article;
import static io.dossier.store.Fixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicate signatures and bands: stored with the document, found by band. */
class SqliteKnowledgeBaseSignatureTest {
  @TempDir Path dir;

  /** Opens the store under test, again after a close: the PostgreSQL subclass overrides it. */
  JdbcKnowledgeBase reopen() {
    return SqliteKnowledgeBase.open(dir);
  }

  /** Whether the store under test is the embedded one (some tests look inside its folder). */
  boolean embedded() {
    return true;
  }

  private static int[] signature(int offset) {
    return IntStream.range(0, 128).map(i -> i * 7 + offset).toArray();
  }

  @Test
  void signatureAndBandsRoundTripAndSurviveReopening() {
    Article first = article("d-first", "Haddar met Sarraji in Velgrad.");
    Article second = article("d-second", "Sarraji met Haddar in Oldbridge.");
    Article third = article("d-third", "Nothing to see.");
    try (JdbcKnowledgeBase kb = reopen()) {
      assertThat(kb.commit(plain(first), signature(1), List.of("00:a", "01:b"))).isTrue();
      assertThat(kb.commit(plain(second), signature(-5), List.of("01:b", "02:c"))).isTrue();
      assertThat(kb.commit(plain(third))).isTrue();
      // re-committing the same document stores nothing more
      assertThat(kb.commit(plain(first), signature(1), List.of("00:a", "01:b"))).isFalse();
    }
    try (JdbcKnowledgeBase kb = reopen()) {
      assertThat(kb.signature("d-first"))
          .hasValueSatisfying(s -> assertThat(s).isEqualTo(signature(1)));
      assertThat(kb.signature("d-second"))
          .hasValueSatisfying(s -> assertThat(s).isEqualTo(signature(-5)));
      assertThat(kb.signature("d-third")).isEmpty();
      assertThat(kb.signature("d-unknown")).isEmpty();
      assertThat(kb.documentsSharingBand(List.of("01:b"))).containsExactly("d-first", "d-second");
      assertThat(kb.documentsSharingBand(List.of("02:c", "00:a", "02:c")))
          .containsExactly("d-first", "d-second");
      assertThat(kb.documentsSharingBand(List.of("02:c"))).containsExactly("d-second");
      assertThat(kb.documentsSharingBand(List.of("99:z"))).isEmpty();
      assertThat(kb.documentsSharingBand(List.of())).isEmpty();
    }
  }

  @Test
  void bandLookupIsBounded() {
    try (JdbcKnowledgeBase kb = reopen()) {
      for (int i = 0; i < KnowledgeBase.MAX_BAND_CANDIDATES + 5; i++) {
        kb.commit(plain(article("d-" + i, "Text number " + i + ".")), signature(i), List.of("x"));
      }
      List<String> found = kb.documentsSharingBand(List.of("x"));
      assertThat(found).hasSize(KnowledgeBase.MAX_BAND_CANDIDATES).startsWith("d-0", "d-1");
    }
  }
}
