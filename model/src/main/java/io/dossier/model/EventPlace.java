// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an event happened, as written.
 *
 * @param name the place name as written ({@code Benghazi})
 * @param span where it is written
 * @param entity index of the article's {@link LocalEntity} for the place, if it is one
 * @param relation how the text relates the event to the place: {@code in}, {@code near}, {@code
 *     west of}, …
 */
public record EventPlace(String name, Span span, @Nullable Integer entity, String relation) {
  public EventPlace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(relation, "relation");
  }
}
