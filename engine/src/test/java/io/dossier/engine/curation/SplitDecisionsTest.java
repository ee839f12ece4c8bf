// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.curation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitDecisionsTest {

  @Test
  void curatedRuleKeepsHowTheMentionWasFound() {
    assertThat(SplitDecisions.curatedRule("ner:conll4;surname-of-full-name"))
        .isEqualTo("ner:conll4;curated-split");
    assertThat(SplitDecisions.curatedRule("surname-of-full-name")).isEqualTo("curated-split");
  }

  @Test
  void splitIdsDependOnlyOnTheEntityAndTheAlias() {
    assertThat(Curator.splitId("e-1", "Hifter"))
        .isEqualTo(Curator.splitId("e-1", "Hifter"))
        .startsWith("e-")
        .isNotEqualTo(Curator.splitId("e-1", "Haftar"))
        .isNotEqualTo(Curator.splitId("e-2", "Hifter"));
  }
}
