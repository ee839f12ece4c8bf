// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entity as seen inside a single article: a within-document chain of mentions (a full name, its
 * later surname-only mentions, an acronym defined in the text and its uses).
 *
 * @param index position of the entity in its article (0-based, by first mention)
 * @param type entity type
 * @param name the fullest form of the name in the article (the cross-document matching key comes
 *     from it)
 * @param acronym the acronym defined for it in the text ("Libyan National Army (LNA)"), if any
 * @param mentions its mentions in text order; never empty
 */
public record LocalEntity(
    int index,
    EntityType type,
    String name,
    @Nullable String acronym,
    List<EntityMention> mentions) {

  public LocalEntity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity '" + name + "' has no mentions");
    }
  }
}
