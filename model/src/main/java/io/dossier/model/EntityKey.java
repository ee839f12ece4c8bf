// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * A blocking key under which an entity can be found by later articles (for example the normalized
 * name {@code khalifa haftar}).
 *
 * @param key the key
 * @param type the entity type the key belongs to
 * @param entity the entity id
 */
public record EntityKey(String key, EntityType type, String entity) {

  public EntityKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
  }
}
