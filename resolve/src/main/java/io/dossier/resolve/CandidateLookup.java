// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import java.util.List;

/**
 * The port through which resolution finds existing entities: every entity registered under a
 * blocking key for a type. Implemented by the store; tests use a map.
 */
@FunctionalInterface
public interface CandidateLookup {

  /** Entities of {@code type} registered under {@code key}, oldest first; empty when none. */
  List<EntityHead> find(EntityType type, String key);
}
