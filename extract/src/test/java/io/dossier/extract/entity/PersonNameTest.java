// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void particlesAreNotPartOfTheSurname() {
    assertThat(PersonName.of("tarek al-zintani").surname()).isEqualTo("zintani");
    assertThat(PersonName.of("al zintani").bare()).isTrue();
    assertThat(PersonName.of("al-zintani").surname()).isEqualTo("zintani");
    assertThat(PersonName.of("omar bin salem").core()).containsExactly("omar", "salem");
  }

  @Test
  void generationalSuffixIsNotTheSurname() {
    assertThat(PersonName.of("adel warfa jr.").surname()).isEqualTo("warfa");
  }

  @Test
  void shorterFormWithSameFirstAndLastNameIsCompatible() {
    assertThat(
            PersonName.compatible(
                PersonName.of("karim tarhouni"), PersonName.of("karim belqasim tarhouni")))
        .isTrue();
    assertThat(
            PersonName.compatible(
                PersonName.of("tarek zintani"), PersonName.of("tarek al-zintani")))
        .isTrue();
  }

  @Test
  void differentFirstNamesAreNotCompatible() {
    assertThat(
            PersonName.compatible(
                PersonName.of("nabil tarhouni"), PersonName.of("karim belqasim tarhouni")))
        .isFalse();
  }
}
