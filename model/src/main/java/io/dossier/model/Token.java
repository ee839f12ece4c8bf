// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One token of an annotated text.
 *
 * @param index position in the document's token list (0-based)
 * @param span character offsets in the document text
 * @param word the token text as written
 * @param lemma lemma, when the LEMMAS layer is present
 * @param pos part-of-speech tag (Penn Treebank), when the POS layer is present
 * @param ner named-entity tag ({@code O} when none), when the NER layer is present
 * @param sentence index of the sentence containing the token
 */
public record Token(
    int index,
    Span span,
    String word,
    @Nullable String lemma,
    @Nullable String pos,
    @Nullable String ner,
    int sentence) {

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(word, "word");
  }
}
