// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void safeGivenIdsStayReadable() {
    assertThat(Ids.documentFromGiven("nyt_2016-02-20_pope")).isEqualTo("d-nyt_2016-02-20_pope");
  }

  @Test
  void unsafeGivenIdsAreHashedStably() {
    String id = Ids.documentFromGiven("http://example.org/a b");
    assertThat(id).matches("d-[0-9a-f]{16}");
    assertThat(Ids.documentFromGiven("http://example.org/a b")).isEqualTo(id);
  }

  @Test
  void hashedIdsHavePrefixAndSixteenHexDigits() {
    assertThat(Ids.hashed("e", "PERSON|khalifa haftar")).matches("e-[0-9a-f]{16}");
  }

  @Test
  void hashedBitsGiveTheSameIdAsTheHashedString() {
    for (String value : new String[] {"d-1#0", "d-synth-0000123#17", "", "Ḥafṭar"}) {
      assertThat(Ids.hashed("c", Ids.hashedBits(value))).isEqualTo(Ids.hashed("c", value));
    }
  }
}
