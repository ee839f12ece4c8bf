// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.extract.entity;

import io.dossier.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned mention before linking.
 *
 * @param start start offset of the name in the document text
 * @param end end offset (exclusive)
 * @param text {@code text.substring(start, end)}
 * @param norm {@link Names#normalize} of the text
 * @param type the type the NER model (or the acronym definition) gave it
 * @param title title or role written before the name, if any
 * @param rule the rule that found the mention (provenance)
 * @param firstToken index of its first token, or -1 when the text has no tokens there
 * @param endToken index after its last token, or -1
 */
record Candidate(
    int start,
    int end,
    String text,
    String norm,
    EntityType type,
    @Nullable String title,
    String rule,
    int firstToken,
    int endToken) {

  /** Whether the mention was found by scanning tokens for a defined acronym. */
  boolean scanned() {
    return rule.equals(EntityExtractor.RULE_ACRONYM_SCAN);
  }

  /** Number of space-separated words of the normalized name. */
  int words() {
    return norm.isEmpty() ? 0 : norm.split(" ").length;
  }
}
