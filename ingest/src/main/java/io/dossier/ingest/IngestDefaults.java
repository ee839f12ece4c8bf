// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Defaults for inputs that carry no outlet or publication date of their own (the command line's
 * {@code --outlet} and {@code --published}). A date given here counts as metadata.
 *
 * @param outlet outlet name for inputs without one, or null; blank counts as null
 * @param published publication date for inputs without one, or null
 */
public record IngestDefaults(@Nullable String outlet, @Nullable LocalDate published) {
  /** No defaults. */
  public static final IngestDefaults NONE = new IngestDefaults(null, null);

  public IngestDefaults {
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
  }
}
