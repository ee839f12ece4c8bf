// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeCandidatesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016",
        "9:30",
        "'90s",
        "1990s",
        "Monday",
        "Monday's",
        "mondays",
        "Tues.",
        "Jan.",
        "Sept",
        "May",
        "MARCH",
        "yesterday",
        "Tonight",
        "years",
        "three-month",
        "month-long",
        "decades",
        "centuries",
        "weekend",
        "overnight",
        "spring",
        "autumn",
        "Christmas",
        "Thanksgiving",
        "now",
        "currently",
        "previously",
        "recently",
        "once",
        "twice",
        "future",
        "time",
        "biweekly",
        "semiannual",
        "annually",
        "nineteen",
        "twenty",
        "sixties",
        "Q3",
        "first",
        "hundredth",
        "ago"
      })
  void anchorsOfSuTimeRulesPass(String word) {
    assertThat(TimeCandidates.isAnchor(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Trump", "said", "the", "last", "next", "early", "election", "campaign", "—", "."})
  void wordsThatCannotAnchorATimeExpressionDoNot(String word) {
    assertThat(TimeCandidates.isAnchor(word)).isFalse();
  }

  @Test
  void aSentenceIsACandidateIfAnyWordIsAnAnchor() {
    assertThat(TimeCandidates.mayContainTime(List.of("He", "spoke", "on", "Tuesday", ".")))
        .isTrue();
    assertThat(TimeCandidates.mayContainTime(List.of("He", "spoke", "to", "reporters", ".")))
        .isFalse();
    assertThat(TimeCandidates.mayContainTime(List.of())).isFalse();
  }

  @Test
  void cardinalsAndRomanNumeralsMayBeNumbersButNotThePronounI() {
    assertThat(TimeCandidates.mayBeNumber("II", "NNP")).isTrue();
    assertThat(TimeCandidates.mayBeNumber("dozens", "CD")).isTrue();
    assertThat(TimeCandidates.mayBeNumber("I", "PRP")).isFalse();
    assertThat(TimeCandidates.mayBeNumber("War", "NNP")).isFalse();
  }
}
