// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.resolve;

import io.dossier.model.DocumentAnalysis;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.ResolvedDocument;
import java.util.Collection;
import java.util.List;

/**
 * Links an article's within-document entities to resolved entities.
 *
 * <p>Contract: every mention of every local entity appears exactly once in the result, linked to an
 * existing entity (found through {@code lookup}) or to a new one listed in {@link
 * ResolvedDocument#newEntities()}; a new entity's id is derived only from the document id and the
 * local entity's index, so that re-ingesting the same inputs in the same order gives the same ids;
 * and the result lists the keys under which later articles can find the entities.
 */
public interface EntityResolver {

  /** Resolves one analysed article against what is already known. */
  ResolvedDocument resolve(DocumentAnalysis analysis, CandidateLookup lookup);

  /**
   * The blocking keys under which {@code entity} is findable when it is known by {@code names}
   * (used when a curator splits or renames an entity, so that later articles find it).
   */
  List<EntityKey> keys(EntityHead entity, Collection<String> names);
}
