// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * A named-entity mention as the NER model found it, before any cleaning.
 *
 * @param span character offsets in the document text
 * @param text the covered text
 * @param type the NER class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC})
 * @param firstToken index of its first token
 * @param endToken index after its last token
 */
public record NerMention(Span span, String text, String type, int firstToken, int endToken) {

  public NerMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
