// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityType;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.StorageException;
import io.dossier.model.TimeExpression;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The knowledge base: the repository port through which the engine stores resolved articles and
 * through which exports and the server read them.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li><b>Writes</b> come from one thread at a time: {@link #commit} stores one article with
 *       everything found in it atomically, or nothing of it.
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
 */
public interface KnowledgeBase extends AutoCloseable {

  // --- duplicate detection and resolution support (engine, writer thread) ---

  /** The id of the oldest stored document whose text has this content hash, if any. */
  Optional<String> documentIdByContentHash(String contentHash);

  /** Whether a document with this id is stored. */
  boolean containsDocument(String id);

  /**
   * Entities of {@code type} registered under the blocking key {@code key}, oldest first; empty
   * when none. This is the candidate lookup of cross-document resolution.
   */
  List<EntityHead> entitiesByKey(EntityType type, String key);

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
   * The entity with this id, with its aliases computed from its mentions: one alias per distinct
   * surface form, with its mention count and the linking rule of its first mention, most frequent
   * first; {@code documents} lists the documents mentioning it in ingest order.
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

  /** The mentions of one entity, in ingest order of their documents, then by position. */
  List<ResolvedMention> mentionsOfEntity(String entityId);

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

  /** Makes the full-text index durable and releases the store. Calling it again does nothing. */
  @Override
  void close();
}
