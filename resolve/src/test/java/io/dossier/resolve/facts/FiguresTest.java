// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.model.CasualtyCount;
import io.dossier.model.Span;
import org.junit.jupiter.api.Test;

class FiguresTest {

  private static CasualtyCount count(int low, int high, String qualifier) {
    return new CasualtyCount(low, high, qualifier, new Span(0, 2), "18");
  }

  @Test
  void differentExactFiguresContradict() {
    assertThat(ClaimLinker.compatible(count(18, 18, "exact"), count(20, 20, "exact"))).isFalse();
  }

  @Test
  void anOpenEndedFigureFitsAnyLargerOne() {
    assertThat(ClaimLinker.compatible(count(15, 15, "at-least"), count(60, 60, "at-least")))
        .isTrue();
    assertThat(ClaimLinker.compatible(count(15, 15, "at-least"), count(18, 18, "exact"))).isTrue();
    assertThat(ClaimLinker.compatible(count(20, 20, "at-least"), count(18, 18, "exact"))).isFalse();
  }

  @Test
  void aCappedFigureFitsAnySmallerOne() {
    assertThat(ClaimLinker.compatible(count(30, 30, "at-most"), count(18, 18, "exact"))).isTrue();
    assertThat(ClaimLinker.compatible(count(30, 30, "at-most"), count(40, 40, "exact"))).isFalse();
  }

  @Test
  void rangesThatOverlapFit() {
    assertThat(ClaimLinker.compatible(count(18, 20, "range"), count(20, 20, "exact"))).isTrue();
  }
}
