// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {

  @Test
  void initialsOfCapitalizedWordsMakeTheAcronym() {
    assertThat(Acronyms.expands("CDA", "Coastal Defence Army")).isTrue();
    assertThat(Acronyms.expands("UNSMIL", "United Nations Support Mission in Libya")).isTrue();
    assertThat(Acronyms.expands("NSF", "National Salvation Front")).isTrue();
  }

  @Test
  void functionWordsMayBeSkippedOrCounted() {
    assertThat(Acronyms.expands("JMPS", "Joint Mission for Peace in the Sahel")).isTrue();
    assertThat(Acronyms.expands("HoE", "House of Elders")).isTrue();
    assertThat(Acronyms.expands("HE", "House of Elders")).isTrue();
  }

  @Test
  void hyphenatedWordsMayGiveOneOrMoreInitials() {
    assertThat(Acronyms.expands("ATU", "Anti-Terror Unit")).isTrue();
    assertThat(Acronyms.expands("AU", "Anti-Terror Unit")).isTrue();
  }

  @Test
  void wrongOrMissingInitialsDoNotMatch() {
    assertThat(Acronyms.expands("CDA", "Coastal Brigade")).isFalse();
    assertThat(Acronyms.expands("DCA", "Coastal Defence Army")).isFalse();
    assertThat(Acronyms.expands("CA", "Coastal Defence Army")).isFalse();
    assertThat(Acronyms.expands("CDAX", "Coastal Defence Army")).isFalse();
  }

  @Test
  void acronymShapeNeedsTwoCapitalsAndFewLowerCaseLetters() {
    assertThat(Acronyms.shaped("CDA")).isTrue();
    assertThat(Acronyms.shaped("U.N.")).isTrue();
    assertThat(Acronyms.shaped("HoE")).isTrue();
    assertThat(Acronyms.shaped("Libya")).isFalse();
    assertThat(Acronyms.shaped("C")).isFalse();
    assertThat(Acronyms.shaped("UN-backed")).isFalse();
  }
}
