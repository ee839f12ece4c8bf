// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One mention of a named entity in one article, cleaned: titles, roles and possessive endings are
 * outside the span.
 *
 * @param provenance document, span of the name as written, the rule that found the mention
 * @param text the name as written ({@code provenance.span()} of the document text)
 * @param type entity type
 * @param title title or role written before the name ({@code Gen.}, {@code Field Marshal}, {@code
 *     spokesman}), if any; an attribute, not part of the name
 * @param link why this mention belongs to its within-document entity: {@code canonical} for the
 *     mention that names it, otherwise the linking rule ({@code same-name}, {@code
 *     surname-of-full-name}, {@code acronym-defined-in-text}, …)
 */
public record EntityMention(
    Provenance provenance, String text, EntityType type, @Nullable String title, String link) {

  public EntityMention {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(link, "link");
    if (text.length() != provenance.span().length()) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' does not fit span " + provenance.span());
    }
  }

  /** The character span in the document text. */
  public Span span() {
    return provenance.span();
  }
}
