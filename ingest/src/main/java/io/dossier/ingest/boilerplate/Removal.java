// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.Objects;

/**
 * One block of boilerplate taken out of an article.
 *
 * @param rule name of the rule that recognized it
 * @param text the block's paragraphs, joined with a newline
 */
public record Removal(String rule, String text) {
  public Removal {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(text, "text");
  }
}
