// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Locale;

/** How precisely an event's date is known. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  UNKNOWN;

  /** The lower-case name used in exports. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
