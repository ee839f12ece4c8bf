// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.Claim;
import io.dossier.model.ClaimKind;
import io.dossier.model.ClaimMention;
import io.dossier.model.Contradiction;
import io.dossier.model.Event;
import io.dossier.model.EventDate;
import io.dossier.model.EventType;
import io.dossier.model.Modality;
import io.dossier.model.Provenance;
import io.dossier.model.Span;
import io.dossier.store.SqliteKnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceProfilesTest {

  @TempDir Path dir;

  private static Claim claim(
      String id,
      String document,
      @Nullable String outlet,
      int independent,
      boolean contradicted,
      boolean hedged) {
    ClaimMention m =
        new ClaimMention(
            new Provenance(document, new Span(0, 5), "quote", "1"),
            ClaimKind.DIRECT,
            List.of(new Span(0, 5)),
            null,
            null,
            null,
            hedged ? List.of("reportedly") : List.of(),
            Modality.REPORTED,
            List.of(),
            List.of());
    return new Claim(
        id,
        m,
        "words",
        null,
        null,
        List.of(),
        "k-" + id,
        List.of(),
        contradicted ? List.of(new Contradiction("c-x", "denial")) : List.of(),
        independent,
        outlet);
  }

  private static Event event(String id, List<String> sources) {
    return new Event(
        id,
        EventType.ASSAULT,
        null,
        EventDate.unknown("none"),
        null,
        List.of(),
        null,
        null,
        Modality.ASSERTED,
        List.of(),
        sources,
        sources.size(),
        List.of(),
        List.of());
  }

  @Test
  void countsClaimsByStandingAndEventsPerOutlet() {
    try (SqliteKnowledgeBase kb = SqliteKnowledgeBase.open(dir)) {
      kb.replaceDerived(
          List.of(event("v-1", List.of("VOA", "Reuters")), event("v-2", List.of("VOA"))),
          List.of(
              claim("c-1", "d-1", "VOA", 2, false, false),
              claim("c-2", "d-1", "VOA", 1, true, true),
              claim("c-3", "d-1", "VOA", 1, false, false),
              claim("c-4", "d-2", "Reuters", 2, true, false),
              claim("c-5", "d-3", null, 1, false, false)),
          List.of(),
          0,
          0);

      List<SourceProfiles.Profile> profiles = SourceProfiles.of(kb);

      assertThat(profiles)
          .containsExactly(
              new SourceProfiles.Profile("VOA", 3, 1, 1, 1, 2, 2),
              new SourceProfiles.Profile("Reuters", 1, 1, 1, 0, 0, 1),
              new SourceProfiles.Profile("d-3", 1, 0, 0, 0, 1, 0));
      assertThat(profiles.get(0).corroboratedShare()).isEqualTo(0.333);
      assertThat(profiles.get(0).singleSourceShare()).isEqualTo(0.667);
      assertThat(new SourceProfiles.Profile("none", 0, 0, 0, 0, 0, 3).hedgedShare()).isZero();
    }
  }
}
