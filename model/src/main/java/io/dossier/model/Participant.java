// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor of a merged event.
 *
 * @param entity the resolved entity, or null for a descriptive actor ("prisoners")
 * @param name canonical entity name, or the phrase as written
 * @param role source, target or other (the role most reports give it)
 */
public record Participant(@Nullable String entity, String name, ActorRole role) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
