// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.Objects;

/**
 * A sentence that reports a fact: the click from a fact back to the text.
 *
 * @param document document id
 * @param span the sentence in the document text
 * @param text the sentence as stored
 * @param trigger the words that express the fact within the sentence
 * @param modality how that sentence frames it
 * @param rule the rule that found the fact in the sentence, with its version ({@code
 *     verb-lexicon/1})
 */
public record Evidence(
    String document, Span span, String text, String trigger, Modality modality, String rule) {
  public Evidence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(modality, "modality");
    Objects.requireNonNull(rule, "rule");
  }
}
