// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One source's figure for a merged event.
 *
 * @param document the reporting document
 * @param outlet its outlet, if known
 * @param count the figure as that sentence gives it
 * @param duplicateOf the original this document copies, if it is a syndicated copy
 */
public record CasualtyReport(
    String document, @Nullable String outlet, CasualtyCount count, @Nullable String duplicateOf) {
  public CasualtyReport {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(count, "count");
  }
}
