// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.Alias;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * The port through which resolution finds existing entities: every entity registered under a
 * blocking key for a type, the names an entity is known by, and the curators' decisions that
 * resolution must respect. Implemented by the store (through the engine); tests use memory.
 */
@FunctionalInterface
public interface CandidateLookup {

  /**
   * Entities of {@code type} registered under {@code key}, oldest first; empty when none. An entity
   * that a curator merged into another is returned as the entity it was merged into.
   */
  List<EntityHead> find(EntityType type, String key);

  /**
   * The first {@code limit} entities of {@link #find(EntityType, String)}, oldest first. Resolution
   * asks for one more than it can use and treats a full list as "too common to decide", so an
   * implementation should stop reading early (a SQL {@code LIMIT}) to keep the cost of a common key
   * bounded. The default reads everything and cuts.
   */
  default List<EntityHead> find(EntityType type, String key, int limit) {
    List<EntityHead> all = find(type, key);
    return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
  }

  /** The surface names of an entity with their mention counts (its aliases), most used first. */
  default List<Alias> names(String entityId) {
    return List.of();
  }

  /**
   * Surface names that a curator split off {@code entityId}: a name whose resolution key equals the
   * key of one of these must never be linked to that entity again.
   */
  default Set<String> forbiddenNames(String entityId) {
    return Set.of();
  }
}
