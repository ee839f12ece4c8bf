// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The date of an event, separate from the article's publication date.
 *
 * @param value TIMEX3-style value ({@code 2017-07-17}, {@code 2017-W29}, {@code 2017-07}, {@code
 *     2017}) or null when unknown
 * @param precision how precise {@code value} is; {@link DatePrecision#UNKNOWN} exactly when value
 *     is null
 * @param basis how the date was obtained, e.g. {@code time expression "on Sunday" governing the
 *     event, resolved against the publication date 2017-07-24}, or why it is unknown
 * @param span the time expression it came from, if any
 */
public record EventDate(
    @Nullable String value, DatePrecision precision, String basis, @Nullable Span span) {
  public EventDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(basis, "basis");
    if ((value == null) != (precision == DatePrecision.UNKNOWN)) {
      throw new IllegalArgumentException("precision " + precision + " does not fit value " + value);
    }
  }

  /** The first day of the date's window (its day, ISO week, month or year), or null if unknown. */
  public @Nullable LocalDate firstDay() {
    LocalDate[] w = window();
    return w == null ? null : w[0];
  }

  /** The last day of the date's window, or null if unknown. */
  public @Nullable LocalDate lastDay() {
    LocalDate[] w = window();
    return w == null ? null : w[1];
  }

  private LocalDate @Nullable [] window() {
    if (value == null) {
      return null;
    }
    try {
      return switch (precision) {
        case DAY -> {
          LocalDate day = LocalDate.parse(value.substring(0, 10));
          yield new LocalDate[] {day, day};
        }
        case WEEK -> {
          int year = Integer.parseInt(value.substring(0, 4));
          int week = Integer.parseInt(value.substring(6, 8));
          if (week < 1
              || week
                  > LocalDate.of(year, 6, 1)
                      .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                      .getMaximum()) {
            yield null;
          }
          LocalDate monday =
              LocalDate.of(year, 6, 1)
                  .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          yield new LocalDate[] {monday, monday.plusDays(6)};
        }
        case MONTH -> {
          YearMonth month = YearMonth.parse(value.substring(0, 7));
          yield new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
        }
        case YEAR -> {
          int year = Integer.parseInt(value.substring(0, 4));
          yield new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        case UNKNOWN -> null;
      };
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** An unknown date, with the reason. */
  public static EventDate unknown(String basis) {
    return new EventDate(null, DatePrecision.UNKNOWN, basis, null);
  }
}
