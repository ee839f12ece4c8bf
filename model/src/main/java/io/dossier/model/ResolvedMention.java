// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A mention linked to its resolved entity: the path from an entity back to the text.
 *
 * @param entity entity id
 * @param document document id
 * @param span character offsets in the stored document text
 * @param text the covered text
 * @param title title or role written before the name, if any
 * @param rule the rule that found the mention and linked it, e.g. {@code ner:conll4;canonical}
 */
public record ResolvedMention(
    String entity, String document, Span span, String text, @Nullable String title, String rule) {

  public ResolvedMention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }
}
