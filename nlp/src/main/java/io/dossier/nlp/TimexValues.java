// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.nlp;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps only concrete TIMEX3 values. SUTime also emits underspecified or relative values ({@code
 * XXXX-WXX-7}, {@code 199X}, {@code PRESENT_REF}, {@code THIS P1M OFFSET P-1M}, {@code
 * 2017-07-25-WXX-2TMO INTERSECT ...}); those say nothing a consumer can place on a calendar, so
 * they become {@code null}. The check is a whitelist: anything not matching one of the concrete
 * forms below is dropped.
 */
final class TimexValues {

  private static final String YEAR = "\\d{4}";
  private static final String DAY = YEAR + "-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])";

  /** Year, month, day, ISO week (optionally a weekday or weekend), quarter, half or season. */
  private static final String DATE =
      YEAR
          + "(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?"
          + "|-W(?:0[1-9]|[1-4]\\d|5[0-3])(?:-(?:[1-7]|WE))?"
          + "|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?";

  /** A day plus a clock time or a TIMEX3 part of day, optionally with a zone. */
  private static final String TIME =
      DAY
          + "T(?:(?:[01]\\d|2[0-4])(?::[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?)?|MO|MI|AF|EV|NI|DT)"
          + "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?";

  private static final String NUMBER = "\\d+(?:\\.\\d+)?";

  /** An ISO 8601 / TIMEX3 duration with explicit numbers, e.g. P3Y, P1DE, PT2H30M. */
  private static final String DURATION =
      "P(?:(?:"
          + NUMBER
          + "(?:DE|CE|ML|Y|M|W|D|Q|L))+(?:T(?:"
          + NUMBER
          + "[HMS])+)?|T(?:"
          + NUMBER
          + "[HMS])+)";

  private static final Pattern CONCRETE =
      Pattern.compile("(?:" + DATE + "|" + TIME + "|" + DURATION + ")");

  private TimexValues() {}

  /**
   * The value itself if it is a concrete TIMEX3 value (a calendar date, week, quarter, season, a
   * dated clock time or a duration with numbers), otherwise {@code null}.
   */
  static @Nullable String concreteOrNull(@Nullable String value) {
    if (value == null) {
      return null;
    }
    return CONCRETE.matcher(value).matches() ? value : null;
  }
}
