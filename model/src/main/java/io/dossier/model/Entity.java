// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A real-world actor, organisation, place or other named thing after cross-document resolution.
 *
 * @param id stable id ({@code e-…}): the id of its oldest mention cluster
 * @param type entity type
 * @param name canonical name
 * @param aliases every surface form with its count and the rule that linked it
 * @param mentions total mention count
 * @param documents ids of the documents that mention it, in ingest order
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    List<Alias> aliases,
    int mentions,
    List<String> documents) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    documents = List.copyOf(documents);
  }
}
