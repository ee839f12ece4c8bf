// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One article ready to be committed atomically: its analysis, the entities it creates, every
 * mention linked to an entity, the keys that make its entities findable by later articles, and the
 * coordinates of its event places (by index in {@code analysis.events()}) when a gazetteer is set.
 */
public record ResolvedDocument(
    DocumentAnalysis analysis,
    List<EntityHead> newEntities,
    List<ResolvedMention> mentions,
    List<EntityKey> keys,
    Map<Integer, Geocode> geocodes) {

  public ResolvedDocument {
    Objects.requireNonNull(analysis, "analysis");
    newEntities = List.copyOf(newEntities);
    mentions = List.copyOf(mentions);
    keys = List.copyOf(keys);
    geocodes = Map.copyOf(geocodes);
  }

  /** Without geocoded places. */
  public ResolvedDocument(
      DocumentAnalysis analysis,
      List<EntityHead> newEntities,
      List<ResolvedMention> mentions,
      List<EntityKey> keys) {
    this(analysis, newEntities, mentions, keys, Map.of());
  }

  /** The same document with the places of its event mentions geocoded (by event index). */
  public ResolvedDocument withGeocodes(Map<Integer, Geocode> found) {
    return new ResolvedDocument(analysis, newEntities, mentions, keys, found);
  }

  /** The article. */
  public Article article() {
    return analysis.article();
  }
}
