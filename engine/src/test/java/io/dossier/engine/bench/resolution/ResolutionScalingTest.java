// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.bench.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityType;
import io.dossier.model.LocalEntity;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scaling run on a generated name pool (no shared data needed). */
class ResolutionScalingTest {

  private final NamePool pool = NamePool.generated(1);

  @Test
  void articlesHaveDistinctEntitiesWithMentionsThatFitTheText() {
    ResolutionScaling scaling = new ResolutionScaling(pool, 20, 7);
    DocumentAnalysis a = scaling.article(0, new Random(7));

    assertThat(a.entities()).hasSize(20);
    for (LocalEntity e : a.entities()) {
      e.mentions().forEach(m -> assertThat(m.span().of(a.article().text())).isEqualTo(m.text()));
    }
  }

  @Test
  void recurringEntitiesAreLinkedSoTheKnowledgeBaseGrowsSlowerThanTheInput() {
    ResolutionScaling scaling = new ResolutionScaling(pool, 20, 7);

    ResolutionScaling.Point p = scaling.run(ResolverSetup.exactName(), 500);

    assertThat(p.localEntities()).isEqualTo(10_000);
    assertThat(p.mentions()).isGreaterThanOrEqualTo(10_000);
    assertThat(p.entities()).isPositive().isLessThan(p.localEntities());
    assertThat(scaling.run(ResolverSetup.exactName(), 500))
        .usingRecursiveComparison()
        .ignoringFields("seconds", "lastTenthSeconds", "gcSeconds")
        .isEqualTo(p);
  }

  @Test
  void variantsChangeTheSpellingButNotAlways() {
    Random random = new Random(3);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      seen.add(ResolutionScaling.variant("Khalifa Haftar", EntityType.PERSON, random));
    }
    assertThat(seen).hasSizeGreaterThan(20).contains("Khalifa al-Haftar");
  }
}
