// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dossier.model.Claim;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.Contradiction;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.Span;
import io.dossier.store.SqliteKnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier sources} prints the source profiles as a table or JSON. */
class SourcesCommandTest {

  @TempDir Path dir;

  private static Claim claim(String id, String outlet, int independent, boolean contradicted) {
    ClaimMention m =
        new ClaimMention(
            new Provenance("d-" + id, new Span(0, 4), "quote", "1"),
            ClaimKind.DIRECT,
            List.of(new Span(0, 4)),
            null,
            null,
            null,
            List.of(),
            Modality.REPORTED,
            List.of(),
            List.of());
    return new Claim(
        id,
        m,
        "text",
        null,
        null,
        List.of(),
        "k-" + id,
        List.of(),
        contradicted ? List.of(new Contradiction("c-x", "denial")) : List.of(),
        independent,
        outlet);
  }

  @BeforeEach
  void store() {
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(dir)) {
      kb.replaceDerived(
          List.of(),
          List.of(claim("c-1", "VOA", 2, false), claim("c-2", "VOA", 1, true)),
          List.of(),
          kb.derivedState().documents(),
          kb.derivedState().curations());
    }
  }

  @Test
  void tableListsEachOutletWithCountsAndShares() {
    CliRun run = CliRun.of("sources", "--store", dir.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("corroborated").contains("single-source");
    assertThat(run.out().lines().filter(l -> l.startsWith("VOA")).findFirst().orElseThrow())
        .contains("1 (50%)")
        .containsPattern("VOA\\s+2\\s");
  }

  @Test
  void jsonIsAnArrayOfRecordsWithShares() throws Exception {
    CliRun run = CliRun.of("sources", "--store", dir.toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode records = new ObjectMapper().readTree(run.out());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("outlet").asText()).isEqualTo("VOA");
    assertThat(records.get(0).get("corroborated_share").asDouble()).isEqualTo(0.5);
    assertThat(records.get(0).get("contradicted").asInt()).isEqualTo(1);
  }

  @Test
  void aBadTileTemplateIsAUsageError() {
    CliRun run =
        CliRun.of("serve", "--store", dir.toString(), "--port", "0", "--tiles", "ftp://x/{z}");
    assertThat(run.exit()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run.err()).contains("--tiles must be an http(s) URL template");
  }
}
