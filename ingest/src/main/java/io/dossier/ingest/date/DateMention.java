// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.date;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An explicit full date (day, month and year) written in a text.
 *
 * @param date the date
 * @param start offset of its first character in the text
 * @param end offset after its last character
 */
public record DateMention(LocalDate date, int start, int end) {
  public DateMention {
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
