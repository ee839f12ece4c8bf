// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Claim;
import io.dossier.model.ClaimMention;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.Event;
import io.dossier.model.EventMention;
import io.dossier.model.Geocode;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.StorageException;
import io.dossier.model.TimeExpression;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The knowledge base: the repository port through which the engine stores resolved articles and
 * through which exports and the server read them.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li><b>Writes</b> come from one thread at a time: {@link #commit} stores one article with
 *       everything found in it atomically, or nothing of it. A store shared through a database
 *       server ({@link PostgresKnowledgeBase}) also takes writes from other processes; each write
 *       transaction holds a store-wide lock, and {@link #exclusively} holds it across a
 *       resolve-then-commit.
 *   <li><b>Reads</b> are safe from any number of threads, also while a commit is running; they see
 *       every article whose commit has returned.
 *   <li><b>Order</b>: "ingest order" is the order in which documents were committed; every list of
 *       documents, and every list of mentions spanning documents, follows it.
 *   <li><b>Errors</b>: database or index failures surface as {@link StorageException} with a
 *       message naming the store; invalid arguments as {@link IllegalArgumentException}.
 * </ul>
 *
 * <p>Paged reads ({@code documents(offset, limit)}, {@code entities(offset, limit)}) suit the web
 * pages; the {@code forEach…} methods stream everything for exports without holding it in memory.
 * The action runs while the store reads; it may call other read methods of this store.
 *
 * <p><b>Curation.</b> A curator's decisions ({@link #merge}, {@link #split}, {@link #rename}) are
 * writes like commits: each is one transaction, logged with the time its caller gives, and then
 * reflected in the full-text index. An entity merged into another leaves a redirect: every read
 * that takes an entity id accepts the merged-away id and answers for the entity it now lives on,
 * and no read ever returns the merged-away id as an entity. Refused requests throw {@link
 * CurationException} (an {@link IllegalArgumentException}) and change nothing.
 */
public interface KnowledgeBase extends AutoCloseable {

  /** Link rule of the mentions and alias that a curator split off into a new entity. */
  String RULE_CURATED_SPLIT = "curated-split";

  // --- duplicate detection and resolution support (engine, writer thread) ---

  /** The id of the oldest stored document whose text has this content hash, if any. */
  Optional<String> documentIdByContentHash(String contentHash);

  /** Whether a document with this id is stored. */
  boolean containsDocument(String id);

  /** The most documents {@link #documentsSharingBand} returns. */
  int MAX_BAND_CANDIDATES = 100;

  /**
   * The stored documents that share at least one of these near-duplicate lookup bands, oldest
   * (ingest order) first, at most {@value #MAX_BAND_CANDIDATES}; empty for no bands.
   */
  List<String> documentsSharingBand(Collection<String> bands);

  /** The near-duplicate signature stored with a document; empty if it has none or is unknown. */
  Optional<int[]> signature(String documentId);

  /**
   * Entities of {@code type} registered under the blocking key {@code key}, oldest first; empty
   * when none. This is the candidate lookup of cross-document resolution. A merge moves the keys of
   * the merged-away entity to the kept one, so the kept entity is found under them.
   */
  List<EntityHead> entitiesByKey(EntityType type, String key);

  /**
   * The first {@code limit} entities of {@link #entitiesByKey(EntityType, String)}: the store stops
   * reading there, so a very common key costs no more than a rare one.
   *
   * @param limit at least 1
   */
  List<EntityHead> entitiesByKey(EntityType type, String key, int limit);

  /**
   * The surface names of an entity (its aliases), most used first and, among equals, in order of
   * first appearance; empty for an unknown id. An indexed lookup, kept current by every commit.
   */
  List<Alias> names(String entityId);

  /**
   * The surface names a curator split off this entity, each with the id of the entity that took it;
   * empty when none. Later ingests must not link these names to this entity.
   */
  Map<String, String> splitOff(String entityId);

  /** The surface names a curator split off this entity: the keys of {@link #splitOff}. */
  default Set<String> forbiddenNames(String entityId) {
    return splitOff(entityId).keySet();
  }

  /** The id of the entity that {@code entityId} was merged into, if it was merged away. */
  Optional<String> redirect(String entityId);

  /**
   * The creation number of an entity: entities are numbered 1, 2, … as they are created (by a
   * commit or a split), which is the order of {@link #entities}; lower is older. Follows redirects;
   * empty for an unknown id.
   */
  OptionalLong entityNumber(String entityId);

  /**
   * Stores one resolved article atomically: the document (with a new ingest sequence number), its
   * time expressions, the entities it creates, its mentions and its keys (keys already registered
   * are kept once). Then updates the full-text index.
   *
   * @return {@code true} if the document was stored; {@code false}, storing nothing, if a document
   *     with the same id is already stored (re-ingesting the same input is a no-op)
   * @throws IllegalArgumentException if the document is inconsistent: a mention or time expression
   *     of another document, or a span that does not cover its text in the article
   * @throws StorageException if the database refuses it (for example a mention of an entity that is
   *     neither stored nor created by this document); nothing of the document is then stored
   */
  boolean commit(ResolvedDocument document);

  /**
   * As {@link #commit(ResolvedDocument)}, also storing, in the same transaction, the document's
   * near-duplicate {@code signature} and its lookup {@code bands} (nothing of them if {@code
   * signature} is empty).
   */
  boolean commit(ResolvedDocument document, int[] signature, List<String> bands);

  /**
   * Runs {@code work} as the only writer of the store and returns its result: while it runs, no
   * other thread, and for a store shared through a database server no other process, commits,
   * curates or replaces derived tables. Reads by others go on. Ingest resolves each article and
   * commits it inside one such section, so that the entities resolution found are still the current
   * ones when the commit lands: two ingests into one shared store never create the same new entity
   * twice. Sections may nest; {@code work} may call every method of this store. Keep them short:
   * one article, not a whole run.
   *
   * @throws io.dossier.model.StorageException if the store cannot be locked
   */
  <T> T exclusively(Supplier<T> work);

  // --- curation ---

  /**
   * Merges entity {@code otherId} into entity {@code keepId}: the other entity's mentions, blocking
   * keys, aliases and split-off names move to the kept one, which keeps its id, type and name; the
   * other id becomes a redirect to it. Aliases keep the rule that first linked them. Either id may
   * be one merged away earlier (it stands for the entity it lives on).
   *
   * @param force merge even when the two types differ (the kept entity's type stays)
   * @param at when the decision was taken (logged, never part of an id)
   * @return the number of mentions that moved
   * @throws CurationException for an unknown id, the same entity twice, or different types without
   *     {@code force}
   */
  int merge(String keepId, String otherId, boolean force, Instant at);

  /**
   * Splits the alias {@code aliasName} off entity {@code entityId} into the new entity {@code
   * newEntity}: every mention whose text equals {@code aliasName} moves to it with the link rule
   * {@value #RULE_CURATED_SPLIT}, {@code newKeys} are registered for it, and the name becomes
   * forbidden for the old entity ({@link #splitOff}). A new id that was merged away earlier is
   * revived (its redirect ends).
   *
   * @param newKeys the blocking keys of the new entity; each must name {@code newEntity}
   * @param at when the decision was taken (logged, never part of an id)
   * @return the number of mentions that moved
   * @throws CurationException for an unknown entity or alias, the entity's only alias or its
   *     canonical name, or a new id that is taken
   */
  int split(
      String entityId, String aliasName, EntityHead newEntity, List<EntityKey> newKeys, Instant at);

  /**
   * Gives entity {@code entityId} the canonical name {@code name} and registers {@code newKeys} for
   * it (so that later articles find it under its new name; its other keys stay).
   *
   * @param newKeys blocking keys of the new name; each must name the entity (after redirects)
   * @param at when the decision was taken (logged)
   * @throws CurationException for an unknown entity, a blank or multi-line name, or the name it
   *     already has
   */
  void rename(String entityId, String name, List<EntityKey> newKeys, Instant at);

  // --- documents ---

  /** The stored document with this id. */
  Optional<Article> document(String id);

  /** Up to {@code limit} documents in ingest order, skipping the first {@code offset}. */
  List<Article> documents(int offset, int limit);

  /** Calls {@code action} for every document in ingest order. */
  void forEachDocument(Consumer<? super Article> action);

  /** Number of stored documents. */
  long documentCount();

  /** The time expressions of a document in stored order; empty for an unknown document. */
  List<TimeExpression> times(String documentId);

  // --- entities ---

  /**
   * The entity with this id, with its aliases: one alias per distinct surface form of its mentions,
   * with its mention count and the linking rule of its first mention, most frequent first; {@code
   * documents} lists the documents mentioning it in ingest order. The id of an entity merged into
   * another gives that other entity (with its own id).
   */
  Optional<Entity> entity(String id);

  /** Up to {@code limit} entities in creation order, skipping the first {@code offset}. */
  List<Entity> entities(int offset, int limit);

  /** Calls {@code action} for every entity in creation order. */
  void forEachEntity(Consumer<? super Entity> action);

  /** Number of stored entities. */
  long entityCount();

  // --- mentions ---

  /** The mentions in one document, by position in its text. */
  List<ResolvedMention> mentionsOfDocument(String documentId);

  /**
   * The mentions of one entity, in ingest order of their documents, then by position (following a
   * redirect: the id of an entity merged into another gives that other entity's mentions).
   */
  List<ResolvedMention> mentionsOfEntity(String entityId);

  /**
   * One page of {@link #mentionsOfEntity(String)}, in the same order: a hub entity of a large store
   * has hundreds of thousands of mentions.
   */
  List<ResolvedMention> mentionsOfEntity(String entityId, int offset, int limit);

  /**
   * The publication date of each of {@code documentIds} that has one (at most 1,000), without
   * reading texts.
   */
  Map<String, java.time.LocalDate> publishedDates(Collection<String> documentIds);

  /**
   * Id, type and name of each of {@code ids} that names a live entity (at most 1,000), without
   * reading aliases or documents: what a page needs to link to an entity.
   */
  Map<String, EntityHead> heads(Collection<String> ids);

  /**
   * The mentions in any of {@code documentIds} (at most 1,000), by document then position: one
   * query for what would take one {@link #mentionsOfDocument} call per document.
   */
  List<ResolvedMention> mentionsOfDocuments(List<String> documentIds);

  /** Calls {@code action} for every mention: in ingest order of documents, then by position. */
  void forEachMention(Consumer<? super ResolvedMention> action);

  /** Number of stored mentions. */
  long mentionCount();

  // --- search ---

  /**
   * Full-text search over document titles, texts and outlets and over entity names and aliases,
   * best first. The query is plain text: characters that mean something to a query language are
   * treated as ordinary text, so any user input is safe; accents and case do not matter, and entity
   * names also match spellings one or two letters apart.
   *
   * @param query words to look for; a blank query finds nothing
   * @param limit the maximum number of hits, at least 1
   */
  List<SearchHit> search(String query, int limit);

  // --- reads for the web application ---

  /**
   * A number that grows with every change stored (a commit that stores a document, a curation
   * decision) and stays put otherwise: two reads that see the same revision see the same contents.
   * Cheap (two primary-key lookups); the server derives its HTTP cache validators from it.
   */
  long revision();

  /**
   * The titles and roles written with the mentions of an entity ("Field Marshal", "spokesman"),
   * each with the number of mentions carrying it, most used first; empty for an unknown entity or
   * one never given a title. Follows redirects.
   */
  Map<String, Integer> titles(String entityId);

  /**
   * The entities mentioned in the same documents as {@code entityId}, by the number of shared
   * documents, most first (ties: oldest entity first). Only the latest {@code documents} documents
   * of the entity (ingest order) are looked at, so that the cost stays bounded for an entity named
   * everywhere. Follows redirects; empty for an unknown entity.
   *
   * @param documents how many of the entity's latest documents to look at, at least 1
   * @param limit the most entities to return, at least 1
   */
  List<Cooccurrence> cooccurring(String entityId, int documents, int limit);

  /** Makes the full-text index durable and releases the store. Calling it again does nothing. */
  @Override
  void close();

  // --- events and claims ---

  /** The event mentions a document reports, in the order extracted. */
  List<EventMention> eventMentions(String documentId);

  /** The gazetteer coordinates of a document's event places, by event mention index. */
  Map<Integer, Geocode> geocodes(String documentId);

  /** The claim mentions of a document, in the order extracted. */
  List<ClaimMention> claimMentions(String documentId);

  /** Which documents and curation decisions the merged events and linked claims reflect. */
  DerivedState derivedState();

  /**
   * Replaces all merged events, linked claims and relations in one transaction, recording the
   * document and curation numbers they were built from. Each is iterated once, events first, then
   * claims, then relations, and written as it comes, so they may be produced while the transaction
   * runs (a large rebuild streams its claims this way instead of holding them all). Nothing is
   * iterated when another process already stored tables built from a later state.
   */
  void replaceDerived(
      Iterable<Event> events,
      Iterable<Claim> claims,
      Iterable<Relation> relations,
      long documentSeq,
      long curationSeq);

  /** One merged event. */
  Optional<Event> event(String id);

  /** A page of merged events, in order of their oldest report. */
  List<Event> events(EventQuery query);

  /** Every merged event, in order of its oldest report. */
  void forEachEvent(Consumer<? super Event> action);

  /** The number of merged events. */
  long eventCount();

  /** The number of merged events {@code query} selects, whatever its offset and limit. */
  long eventCount(EventQuery query);

  /** One claim. */
  Optional<Claim> claim(String id);

  /** A page of claims, in document order. */
  List<Claim> claims(ClaimQuery query);

  /** Every claim, in document order. */
  void forEachClaim(Consumer<? super Claim> action);

  /** The number of claims. */
  long claimCount();

  /** The number of claims {@code query} selects, whatever its offset and limit. */
  long claimCount(ClaimQuery query);

  /** One relation. */
  Optional<Relation> relation(String id);

  /** The relations an entity takes part in (as subject or object), best attested first. */
  List<Relation> relationsOf(String entityId, int limit);

  /** Every relation, in the order they were found. */
  void forEachRelation(Consumer<? super Relation> action);

  /** The number of relations. */
  long relationCount();
}
