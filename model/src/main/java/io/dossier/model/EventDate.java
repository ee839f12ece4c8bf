// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

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

  /** An unknown date, with the reason. */
  public static EventDate unknown(String basis) {
    return new EventDate(null, DatePrecision.UNKNOWN, basis, null);
  }
}
