// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.EntityHead;
import java.util.Objects;

/**
 * An entity named in the same documents as another one.
 *
 * @param entity the other entity
 * @param documents how many of the documents looked at mention both
 */
public record Cooccurrence(EntityHead entity, int documents) {

  public Cooccurrence {
    Objects.requireNonNull(entity, "entity");
    if (documents < 1) {
      throw new IllegalArgumentException("documents must be at least 1, not " + documents);
    }
  }
}
