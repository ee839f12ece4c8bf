// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {

  private static EventDate date(String value, DatePrecision precision) {
    return new EventDate(value, precision, "test", null);
  }

  @Test
  void dayIsItsOwnWindow() {
    EventDate day = date("2017-07-23", DatePrecision.DAY);

    assertThat(day.firstDay()).isEqualTo(LocalDate.of(2017, 7, 23));
    assertThat(day.lastDay()).isEqualTo(LocalDate.of(2017, 7, 23));
  }

  @Test
  void dayWithATimeOfDayKeepsTheDay() {
    EventDate day = date("2017-07-23T14:00", DatePrecision.DAY);

    assertThat(day.firstDay()).isEqualTo(LocalDate.of(2017, 7, 23));
    assertThat(day.lastDay()).isEqualTo(LocalDate.of(2017, 7, 23));
  }

  @Test
  void isoWeekRunsMondayToSunday() {
    EventDate week = date("2017-W29", DatePrecision.WEEK);

    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2017, 7, 17));
    assertThat(week.lastDay()).isEqualTo(LocalDate.of(2017, 7, 23));
  }

  @Test
  void isoWeekOneMayStartInThePreviousYear() {
    EventDate week = date("2015-W01", DatePrecision.WEEK);

    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2014, 12, 29));
    assertThat(week.lastDay()).isEqualTo(LocalDate.of(2015, 1, 4));
  }

  @Test
  void isoWeek53MayEndInTheNextYear() {
    EventDate week = date("2020-W53", DatePrecision.WEEK);

    assertThat(week.firstDay()).isEqualTo(LocalDate.of(2020, 12, 28));
    assertThat(week.lastDay()).isEqualTo(LocalDate.of(2021, 1, 3));
  }

  @Test
  void monthRunsFromItsFirstToItsLastDay() {
    assertThat(date("2017-07", DatePrecision.MONTH).firstDay()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(date("2017-07", DatePrecision.MONTH).lastDay()).isEqualTo(LocalDate.of(2017, 7, 31));
    assertThat(date("2016-02", DatePrecision.MONTH).lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
  }

  @Test
  void yearRunsFromJanuaryFirstToDecemberThirtyFirst() {
    EventDate year = date("2017", DatePrecision.YEAR);

    assertThat(year.firstDay()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(year.lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
  }

  @Test
  void unknownDateHasNoWindow() {
    EventDate unknown = EventDate.unknown("no time expression governs the event");

    assertThat(unknown.firstDay()).isNull();
    assertThat(unknown.lastDay()).isNull();
    assertThat(unknown.basis()).isEqualTo("no time expression governs the event");
  }

  @Test
  void unparseableValueHasNoWindow() {
    assertThat(date("last Sunday", DatePrecision.DAY).firstDay()).isNull();
    assertThat(date("2017-02-30", DatePrecision.DAY).lastDay()).isNull();
    assertThat(date("2017-W", DatePrecision.WEEK).firstDay()).isNull();
    assertThat(date("2017-Wxx", DatePrecision.WEEK).lastDay()).isNull();
    assertThat(date("2017-13", DatePrecision.MONTH).firstDay()).isNull();
    assertThat(date("XXXX", DatePrecision.YEAR).lastDay()).isNull();
    assertThat(date("", DatePrecision.YEAR).firstDay()).isNull();
  }

  @Test
  void precisionMustFitTheValue() {
    assertThatThrownBy(() -> new EventDate(null, DatePrecision.DAY, "test", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("precision DAY does not fit value null");
    assertThatThrownBy(() -> new EventDate("2017", DatePrecision.UNKNOWN, "test", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
