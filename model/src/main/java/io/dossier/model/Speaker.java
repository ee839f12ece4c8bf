// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who made a claim.
 *
 * @param name the name as written where it was found (for a pronoun resolved to a named speaker,
 *     the named speaker's name)
 * @param span the speaker phrase attached to the cue ({@code he}, {@code the commander}, {@code Liz
 *     Throssell})
 * @param entity index of the article's {@link LocalEntity} the speaker is, if known
 * @param basis how the speaker was found: {@code named}, {@code pronoun-to-nearest-named}, {@code
 *     nominal-to-nearest-named}, {@code descriptive} (no name: "officials")
 * @param onBehalfOf the organisation spoken for ("a spokesman for the LNA"), if any
 * @param onBehalfOfEntity index of that organisation's {@link LocalEntity}, if known
 */
public record Speaker(
    String name,
    Span span,
    @Nullable Integer entity,
    String basis,
    @Nullable String onBehalfOf,
    @Nullable Integer onBehalfOfEntity) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(basis, "basis");
  }
}
