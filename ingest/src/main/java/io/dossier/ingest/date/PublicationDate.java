// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.date;

import io.dossier.model.PublishedBasis;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article's publication date and how it was obtained.
 *
 * @param date the date, or null when unknown
 * @param basis how the date was obtained; {@link PublishedBasis#UNKNOWN} exactly when {@code date}
 *     is null
 */
public record PublicationDate(@Nullable LocalDate date, PublishedBasis basis) {
  /** No date. */
  public static final PublicationDate UNKNOWN = new PublicationDate(null, PublishedBasis.UNKNOWN);

  public PublicationDate {
    Objects.requireNonNull(basis, "basis");
    if ((date == null) != (basis == PublishedBasis.UNKNOWN)) {
      throw new IllegalArgumentException("date " + date + " does not agree with basis " + basis);
    }
  }
}
