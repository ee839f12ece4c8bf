// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.engine.facts;

import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Entity;
import io.dossier.model.EntityType;
import io.dossier.model.EventMention;
import io.dossier.model.Relation;
import io.dossier.resolve.facts.ClaimLinker;
import io.dossier.resolve.facts.DocumentFacts;
import io.dossier.resolve.facts.EventMerger;
import io.dossier.resolve.facts.RelationFinder;
import io.dossier.store.DerivedState;
import io.dossier.store.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a store's merged events, linked claims and relations from the event and claim mentions
 * of its documents and the current (curated) entities. It runs after every ingest and curation, and
 * whenever the store says the derived tables lag (a run killed before the rebuild), so the result
 * never depends on the order in which runs happened to finish.
 */
public final class FactResolution {
  private static final Logger LOG = LoggerFactory.getLogger(FactResolution.class);

  /** Documents read from the store at a time. */
  static final int PAGE = 500;

  private final KnowledgeBase kb;

  public FactResolution(KnowledgeBase kb) {
    this.kb = Objects.requireNonNull(kb, "kb");
  }

  /** What a rebuild produced. */
  public record Rebuilt(int events, int claims, int relations, boolean skipped) {}

  /** Rebuilds unless the derived tables already reflect every document and curation decision. */
  public Rebuilt refresh() {
    DerivedState state = kb.derivedState();
    if (state.current()) {
      return new Rebuilt(
          (int) kb.eventCount(), (int) kb.claimCount(), (int) kb.relationCount(), true);
    }
    return rebuild(state);
  }

  /** Rebuilds from scratch. */
  public Rebuilt rebuild() {
    return rebuild(kb.derivedState());
  }

  private Rebuilt rebuild(DerivedState state) {
    long started = System.nanoTime();
    Map<String, Optional<EntityType>> types = new HashMap<>();
    RelationFinder relationFinder =
        new RelationFinder(
            id -> types.computeIfAbsent(id, key -> kb.entity(key).map(Entity::type)).orElse(null));
    List<DocumentFacts> documents = new ArrayList<>();
    // A page of whole documents at a time: only the compact facts of each are kept, so the texts
    // of a large store are never all in memory at once.
    for (int offset = 0; ; offset += PAGE) {
      List<Article> page = kb.documents(offset, PAGE);
      for (Article article : page) {
        documents.add(facts(article, relationFinder));
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<String, String> names = new HashMap<>();
    EventMerger.Result merged =
        new EventMerger()
            .merge(
                documents,
                id ->
                    names.computeIfAbsent(id, key -> kb.entity(key).map(Entity::name).orElse(key)));
    List<Claim> claims = new ClaimLinker().link(documents, merged);
    List<Relation> relations = relationFinder.find(documents, merged, claims);
    kb.replaceDerived(merged.events(), claims, relations, state.documents(), state.curations());
    LOG.debug(
        "Merged events, claims and relations of {} documents in {} ms: {} events, {} claims,"
            + " {} relations",
        documents.size(),
        (System.nanoTime() - started) / 1_000_000,
        merged.events().size(),
        claims.size(),
        relations.size());
    return new Rebuilt(merged.events().size(), claims.size(), relations.size(), false);
  }

  /**
   * One document's event and claim mentions with what merging and linking read; relations read the
   * whole text first.
   */
  private DocumentFacts facts(Article article, RelationFinder relationFinder) {
    List<EventMention> events = kb.eventMentions(article.id());
    List<ClaimMention> claims = kb.claimMentions(article.id());
    DocumentFacts facts =
        new DocumentFacts(
            article,
            events,
            events.isEmpty() ? Map.of() : kb.geocodes(article.id()),
            claims,
            kb.mentionsOfDocument(article.id()));
    relationFinder.readText(facts);
    // merging and linking read only the passages and mentions around events and claims
    return facts.compact();
  }
}
