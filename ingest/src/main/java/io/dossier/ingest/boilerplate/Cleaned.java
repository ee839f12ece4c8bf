// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.ingest.boilerplate;

import java.util.List;

/**
 * Paragraphs split into article text and boilerplate.
 *
 * @param kept the paragraphs that are article text, in order
 * @param removed the boilerplate blocks, in order
 */
public record Cleaned(List<String> kept, List<Removal> removed) {
  public Cleaned {
    kept = List.copyOf(kept);
    removed = List.copyOf(removed);
  }

  /** The text of each removed block, in order. */
  public List<String> removedTexts() {
    return removed.stream().map(Removal::text).toList();
  }
}
