// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/** The identity of a resolved entity without its aliases and counts: id, type, canonical name. */
public record EntityHead(String id, EntityType type, String name) {

  public EntityHead {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
