// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateLookupTest {

  @Test
  void boundedFindKeepsTheOldestEntitiesUpToTheLimit() {
    List<EntityHead> all =
        List.of(
            new EntityHead("e-1", EntityType.PERSON, "A"),
            new EntityHead("e-2", EntityType.PERSON, "B"),
            new EntityHead("e-3", EntityType.PERSON, "C"));
    CandidateLookup lookup = (type, key) -> all;

    assertThat(lookup.find(EntityType.PERSON, "k", 2))
        .extracting(EntityHead::id)
        .containsExactly("e-1", "e-2");
    assertThat(lookup.find(EntityType.PERSON, "k", 5)).isEqualTo(all);
    assertThat(lookup.names("e-1")).isEmpty();
    assertThat(lookup.forbiddenNames("e-1")).isEmpty();
  }
}
