// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * A claim that another claim contradicts, with the reason.
 *
 * @param claim the other claim's id
 * @param reason why they contradict ({@code fatalities of v-…: 18 vs 20}, {@code denial of an
 *     assertion})
 */
public record Contradiction(String claim, String reason) {
  public Contradiction {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(reason, "reason");
  }
}
