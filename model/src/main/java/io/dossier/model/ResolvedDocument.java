// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * One article ready to be committed atomically: its analysis, the entities it creates, every
 * mention linked to an entity, and the keys that make its entities findable by later articles.
 */
public record ResolvedDocument(
    DocumentAnalysis analysis,
    List<EntityHead> newEntities,
    List<ResolvedMention> mentions,
    List<EntityKey> keys) {

  public ResolvedDocument {
    Objects.requireNonNull(analysis, "analysis");
    newEntities = List.copyOf(newEntities);
    mentions = List.copyOf(mentions);
    keys = List.copyOf(keys);
  }

  /** The article. */
  public Article article() {
    return analysis.article();
  }
}
