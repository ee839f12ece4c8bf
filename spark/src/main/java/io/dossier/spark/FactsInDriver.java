// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.spark;

import io.dossier.model.Claim;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import io.dossier.model.Event;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedDocument;
import io.dossier.resolve.facts.ClaimLinker;
import io.dossier.resolve.facts.DocumentFacts;
import io.dossier.resolve.facts.EventMerger;
import io.dossier.resolve.facts.RelationFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merged events and linked claims of a batch run, computed as {@code
 * io.dossier.engine.facts.FactResolution} computes them from a store: every document in input
 * order, each with its event and claim mentions and (when it has any) its resolved entity mentions,
 * then {@link EventMerger} and {@link ClaimLinker}. Runs in the driver: event merging joins each
 * mention to the oldest compatible event across all documents, so it is one sequential pass. Memory
 * grows with the documents that report events or claims.
 */
final class FactsInDriver {
  private final List<DocumentFacts> documents = new ArrayList<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, EntityType> types = new HashMap<>();
  private final RelationFinder relations = new RelationFinder(types::get);

  /** Merged events, linked claims and relations between entities. */
  record Merged(List<Event> events, List<Claim> claims, List<Relation> relations) {}

  /** Adds the next document in input order. */
  void add(ResolvedDocument doc) {
    for (EntityHead head : doc.newEntities()) {
      names.put(head.id(), head.name());
      types.put(head.id(), head.type());
    }
    DocumentFacts facts =
        new DocumentFacts(
            doc.article(),
            doc.analysis().events(),
            doc.analysis().events().isEmpty() ? Map.of() : doc.geocodes(),
            doc.analysis().claims(),
            doc.mentions());
    relations.readText(facts);
    // merging and linking read only the passages and mentions around events and claims
    documents.add(facts.compact());
  }

  /** Merges the events and links the claims of every document added. */
  Merged merge() {
    EventMerger.Result merged =
        new EventMerger().merge(documents, id -> names.getOrDefault(id, id));
    List<Claim> claims = new ClaimLinker().link(documents, merged);
    return new Merged(merged.events(), claims, relations.find(documents, merged, claims));
  }
}
