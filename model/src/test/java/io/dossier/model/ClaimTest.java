// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final ClaimMention MENTION =
      new ClaimMention(
          new Provenance("d-1", new Span(0, 10), "quote-cue-after", "1"),
          ClaimKind.DIRECT,
          List.of(new Span(0, 10)),
          null,
          null,
          null,
          List.of(),
          Modality.ASSERTED,
          List.of(),
          List.of());

  private static Claim claim(int supportsTotal, int contradictsTotal) {
    return new Claim(
        "c-1",
        MENTION,
        "We deny it",
        null,
        null,
        List.of(),
        "k-1",
        List.of("c-2", "c-3"),
        List.of(new Contradiction("c-4", "denial")),
        2,
        "VOA",
        supportsTotal,
        contradictsTotal);
  }

  @Test
  void totalsCountClaimsBeyondTheListedOnes() {
    Claim c = claim(120, 7);
    assertThat(c.supports()).hasSize(2);
    assertThat(c.supportsTotal()).isEqualTo(120);
    assertThat(c.contradictsTotal()).isEqualTo(7);
  }

  @Test
  void totalsAreNeverBelowWhatIsListedAsInClaimsStoredBeforeTheTotals() {
    Claim c = claim(0, 0);
    assertThat(c.supportsTotal()).isEqualTo(2);
    assertThat(c.contradictsTotal()).isEqualTo(1);
  }

  @Test
  void completeListsCountThemselves() {
    Claim c =
        new Claim(
            "c-1",
            MENTION,
            "We deny it",
            null,
            null,
            List.of(),
            "k-1",
            List.of("c-2"),
            List.of(),
            1,
            null);
    assertThat(c.supportsTotal()).isOne();
    assertThat(c.contradictsTotal()).isZero();
  }
}
