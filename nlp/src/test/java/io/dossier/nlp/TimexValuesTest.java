// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2017-07-17",
        "2017-07",
        "2017",
        "2017-W29",
        "2017-W29-7",
        "2017-W29-WE",
        "2017-Q3",
        "2017-H2",
        "2017-SU",
        "2017-07-17T10:00",
        "2017-07-17T10:00:30",
        "2017-07-17T10:00:30.250",
        "2017-07-17T10:00Z",
        "2017-07-17T10:00+02:00",
        "2017-07-17TMO",
        "2017-07-23TNI",
        "P3Y",
        "P1M",
        "P2W",
        "P10D",
        "P1DE",
        "P1.5Y",
        "PT2H",
        "PT2H30M",
        "P1DT12H",
        "PT45S"
      })
  void concreteValuesAreKept(String value) {
    assertThat(TimexValues.concreteOrNull(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "XXXX-WXX-7",
        "XXXX-07-17",
        "XXXX-XX-XX",
        "2017-WXX-1",
        "199X",
        "19XX",
        "PXY",
        "PXD",
        "P",
        "PT",
        "PRESENT_REF",
        "PAST_REF",
        "FUTURE_REF",
        "THIS P1M OFFSET P-1M",
        "THIS P1W OFFSET P1W",
        "THIS SU",
        "T10:00",
        "T10:00 OFFSET P-1D",
        "2017-07-25-WXX-2TMO INTERSECT (UNKNOWN,REF,P2W) INTERSECT XXXX-WXX-3T17:00",
        "2017-13",
        "2017-07-32",
        "2017-07T10:00",
        "17-07-2017",
        " 2017-07-17",
        "2017-07-17 "
      })
  void placeholdersReferencesAndOffsetsBecomeNull(String value) {
    assertThat(TimexValues.concreteOrNull(value)).isNull();
  }
}
