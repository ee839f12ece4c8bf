// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Every source's figure for one quantity of a merged event, with the range and the figure chosen
 * for display. Nothing is averaged away.
 *
 * @param min the lowest figure reported
 * @param max the highest figure reported
 * @param conservative the figure shown where one number is needed (ACLED's practice: the lowest)
 * @param rule how {@code conservative} was chosen
 * @param reports each source's figure
 */
public record Casualties(
    int min, int max, int conservative, String rule, List<CasualtyReport> reports) {
  public Casualties {
    Objects.requireNonNull(rule, "rule");
    reports = List.copyOf(reports);
  }

  /** Whether sources disagree. */
  public boolean disputed() {
    return min != max;
  }
}
