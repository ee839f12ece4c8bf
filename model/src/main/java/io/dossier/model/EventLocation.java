// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a merged event happened.
 *
 * @param name the place as reported
 * @param entity the resolved place entity, if any
 * @param relation how the reports relate the event to the place ({@code in}, {@code west of})
 * @param geocode coordinates from the user's gazetteer, or null without one or without a match
 */
public record EventLocation(
    String name, @Nullable String entity, String relation, @Nullable Geocode geocode) {
  public EventLocation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(relation, "relation");
  }
}
