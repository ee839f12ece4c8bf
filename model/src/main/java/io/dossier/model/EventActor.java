// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor of an event mention as written in the article.
 *
 * @param role source, target or other
 * @param name the actor as written (the named entity, or a descriptive phrase such as {@code
 *     prisoners} when no entity is named)
 * @param span where it is written
 * @param entity index of the article's {@link LocalEntity} it names, or null for a descriptive
 *     phrase
 */
public record EventActor(ActorRole role, String name, Span span, @Nullable Integer entity) {
  public EventActor {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
