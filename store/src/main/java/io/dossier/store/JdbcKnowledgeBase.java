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
import io.dossier.model.PublishedBasis;
import io.dossier.model.Relation;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.StorageException;
import io.dossier.model.TimeExpression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.lucene.store.AlreadyClosedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base over a relational database reached through JDBC: everything both stores share.
 * The database is the source of truth, migrated by Flyway from the scripts of its vendor; a Lucene
 * full-text index ({@link SearchIndex}) is derived from it. The subclasses say how to reach the
 * database, how a write transaction begins and ends, and where the index lives: {@link
 * SqliteKnowledgeBase} (one folder, one process) and {@link PostgresKnowledgeBase} (a shared
 * server, any number of processes).
 *
 * <p>The SQL here is written so that SQLite and PostgreSQL both run it: upserts are {@code ON
 * CONFLICT}, new numbers come back with {@code RETURNING}, and mentions are ordered by a {@code
 * rowid} column (SQLite's implicit one; an explicit column in PostgreSQL).
 *
 * <p><b>Atomicity.</b> {@link #commit} writes a document and everything found in it in one
 * transaction and gives it the next ingest sequence number. The index is updated afterwards and
 * made durable in batches (every {@value #DEFAULT_INDEX_COMMIT_INTERVAL} documents and on {@link
 * #close}); each Lucene commit records the sequence number it covers. When the index is opened,
 * every document with a higher number, and every entity such a document touched, is indexed again.
 * So a run killed at any point loses no committed document, duplicates nothing, and search catches
 * up.
 *
 * <p><b>Curation.</b> {@link #merge}, {@link #split} and {@link #rename} are one transaction each,
 * numbered in the {@code curation} log; the entities they touch are indexed right after, and the
 * index is made durable at once, recording the last decision it reflects. When the index is opened,
 * the entities named by any later decision are indexed again (or removed, when merged away).
 * Aliases live in {@code entity_aliases}, counted by each commit, so {@link #names} is one indexed
 * lookup.
 *
 * <p><b>Threads.</b> One thread at a time writes (commits are serialized); any number of threads
 * may read concurrently through a small pool of read connections.
 */
abstract sealed class JdbcKnowledgeBase implements KnowledgeBase
    permits SqliteKnowledgeBase, PostgresKnowledgeBase {

  private static final Logger log = LoggerFactory.getLogger(JdbcKnowledgeBase.class);

  /** Documents between two durable index commits. */
  static final int DEFAULT_INDEX_COMMIT_INTERVAL = 200;

  // ---- SQL ----

  private static final String DOCUMENT_COLUMNS =
      "d.seq, d.id, d.source, d.outlet, d.title, d.published, d.published_basis, d.language,"
          + " d.text, d.url, d.content_hash, d.duplicate_of, r.text";
  private static final String ALL_DOCUMENTS = "documents";
  private static final String ONE_DOCUMENT = "(SELECT * FROM documents WHERE id = ?)";
  private static final String PAGE_OF_DOCUMENTS =
      "(SELECT * FROM documents ORDER BY seq LIMIT ? OFFSET ?)";
  private static final String DOCUMENTS_AFTER = "(SELECT * FROM documents WHERE seq > ?)";

  /** The id an entity id stands for now: its redirect target, or itself. Binds the id twice. */
  private static final String LIVE_ID =
      "COALESCE((SELECT to_id FROM entity_redirects WHERE from_id = ?), ?)";

  private static final String ALL_ENTITIES = "entities";
  private static final String ONE_ENTITY = "(SELECT * FROM entities WHERE id = " + LIVE_ID + ")";
  private static final String PAGE_OF_ENTITIES =
      "(SELECT * FROM entities ORDER BY seq LIMIT ? OFFSET ?)";

  private static final String MENTION_COLUMNS =
      "m.entity_id, m.document_id, m.span_start, m.span_end, m.text, m.title, m.rule";
  private static final String MENTION_ORDER = " ORDER BY d.seq, m.span_start, m.span_end, m.rowid";

  private static final String INSERT_DOCUMENT =
      "INSERT INTO documents (id, source, outlet, title, published, published_basis, language,"
          + " text, url, content_hash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " RETURNING seq";
  private static final String INSERT_REMOVED =
      "INSERT INTO document_removed (document_id, ord, text) VALUES (?, ?, ?)";
  private static final String INSERT_TIME =
      "INSERT INTO times (document_id, ord, span_start, span_end, text, type, value)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ENTITY =
      "INSERT INTO entities (id, type, name, created_in) VALUES (?, ?, ?, ?)";
  private static final String INSERT_MENTION =
      "INSERT INTO mentions (document_id, entity_id, span_start, span_end, text, title, rule)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String UPSERT_ALIAS =
      "INSERT INTO entity_aliases (entity_id, name, mentions, rule) VALUES (?, ?, 1, ?)"
          + " ON CONFLICT (entity_id, name) DO UPDATE SET mentions = entity_aliases.mentions + 1";
  private static final String INSERT_KEY =
      "INSERT INTO entity_keys (type, key, entity_id) VALUES (?, ?, ?)"
          + " ON CONFLICT (type, key, entity_id) DO NOTHING";

  /** Entities to index after documents numbered above {@code ?}: those they mention or create. */
  private static final String ENTITIES_TOUCHED_AFTER =
      "SELECT e.id, e.type, e.name, a.name FROM entities e"
          + " LEFT JOIN entity_aliases a ON a.entity_id = e.id"
          + " WHERE e.id IN (SELECT m2.entity_id FROM mentions m2"
          + " JOIN documents d2 ON d2.id = m2.document_id WHERE d2.seq > ?"
          + " UNION SELECT e3.id FROM entities e3"
          + " JOIN documents d3 ON d3.id = e3.created_in WHERE d3.seq > ?)"
          + " ORDER BY e.seq, a.id";

  /** The store as messages name it: a folder, or a URL without its password. */
  private final String location;

  private final ReadConnections reads;
  private final int indexCommitInterval;

  /**
   * Whether other processes may write to the same database: the index is then opened on first
   * search, brought up to date with the database before each search, and after this process's own
   * writes indexes everything new since it last looked, not only what it wrote.
   */
  private final boolean shared;

  /** Guards the writer and the index state. */
  final Object writeLock = new Object();

  // the fields below are guarded by writeLock
  private Connection writer;

  /** Null until opened (a shared store opens it on first search). */
  private @Nullable SearchIndex index;

  /** Every document up to this number is in the index (committed or not yet). */
  private long indexedSeq;

  /** Every curation decision up to this number is in the index (committed or not yet). */
  private long indexedCurationSeq;

  /** An index update failed or was skipped: indexedSeq stays put until the next open. */
  private boolean indexStale;

  private int uncommittedIndexUpdates;
  private int exclusiveDepth;
  private boolean closed;

  JdbcKnowledgeBase(
      String location,
      Connection writer,
      ReadConnections reads,
      @Nullable SearchIndex index,
      int indexCommitInterval,
      boolean shared) {
    if (indexCommitInterval < 1) {
      throw new IllegalArgumentException(
          "indexCommitInterval must be at least 1, not " + indexCommitInterval);
    }
    this.location = location;
    this.writer = writer;
    this.reads = reads;
    this.index = index;
    this.indexCommitInterval = indexCommitInterval;
    this.shared = shared;
    if (index != null) {
      indexedSeq = index.committedSeq();
      indexedCurationSeq = index.committedCurationSeq();
    }
  }

  // ---- what the databases do differently ----

  /** Begins a write transaction on {@code writer}, holding the store's write lock until it ends. */
  abstract void beginWrite(Connection writer) throws SQLException;

  /** Commits the transaction {@link #beginWrite} began. */
  abstract void commitWrite(Connection writer) throws SQLException;

  /** Rolls back the transaction {@link #beginWrite} began. */
  abstract void rollbackWrite(Connection writer) throws SQLException;

  /**
   * Takes the store-wide lock that {@link #exclusively} holds across transactions; a no-op where
   * one process owns the store.
   */
  abstract void lockExclusive(Connection writer) throws SQLException;

  /** Releases what {@link #lockExclusive} took. */
  abstract void unlockExclusive(Connection writer) throws SQLException;

  /**
   * A working writer connection: {@code writer} itself, or a new one when the server dropped it.
   */
  Connection usableWriter(Connection writer) throws SQLException {
    return writer;
  }

  /** Opens the search index of a shared store (called on first need, with the write lock held). */
  SearchIndex openIndex() {
    throw new IllegalStateException("the index of " + location + " is opened with the store");
  }

  /** Releases what the subclass holds besides connections and the index (after they closed). */
  void closeResources() {}

  // ---- opening ----

  /**
   * Brings the database at {@code source} to the current schema with the migrations in {@code
   * location} (a Flyway location, one folder per database vendor).
   *
   * @throws StorageException naming {@code what} when the database holds something else or a newer
   *     schema
   */
  static void migrate(DataSource source, String location, String what) {
    try {
      Flyway.configure(JdbcKnowledgeBase.class.getClassLoader())
          .dataSource(source)
          .loggers("slf4j")
          .locations(location)
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      String detail = firstLine(e.getMessage());
      String reason =
          detail.contains("no schema history table")
              ? "it holds tables of another application, not a Dossier store; pass another "
                  + (what.contains("://") ? "database" : "folder")
              : detail + " (is it a store written by a newer version of Dossier?)";
      throw new StorageException(
          "Cannot bring the database " + what + " to the current schema: " + reason, e);
    }
  }

  static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no details";
    }
    String trimmed = message.strip();
    int end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.substring(0, end).strip();
  }

  /** The store as messages name it. */
  String location() {
    return location;
  }

  /** Opens the index now if this store opens it lazily, and brings it up to date. */
  void openIndexNow() {
    synchronized (writeLock) {
      checkOpen();
      boolean opening = index == null;
      if (opening) {
        SearchIndex opened = openIndex();
        index = opened;
        indexedSeq = opened.committedSeq();
        indexedCurationSeq = opened.committedCurationSeq();
        indexStale = false;
      }
      catchUpIndex(opening || !shared);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("Store " + location + " is closed");
    }
  }

  private SearchIndex index() {
    SearchIndex open = index;
    if (open == null) {
      throw new IllegalStateException("the search index of " + location + " is not open");
    }
    return open;
  }

  /**
   * The writer, replaced first if the server dropped it; never inside an exclusive section, whose
   * lock lives and dies with the connection. Caller holds the write lock.
   */
  private Connection liveWriter() throws SQLException {
    return exclusiveDepth == 0 ? usableWriter(writer) : writer;
  }

  // ---- exclusive sections ----

  @Override
  public <T> T exclusively(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    synchronized (writeLock) {
      checkOpen();
      if (exclusiveDepth == 0) {
        try {
          writer = usableWriter(writer);
          lockExclusive(writer);
        } catch (SQLException e) {
          throw new StorageException(
              "Could not lock store " + location + " for writing: " + e.getMessage(), e);
        }
      }
      exclusiveDepth++;
      try {
        return work.get();
      } finally {
        if (--exclusiveDepth == 0) {
          try {
            unlockExclusive(writer);
          } catch (SQLException e) {
            // the lock ends with the session anyway; a broken connection is replaced on next use
            log.warn("Store {}: could not release the write lock: {}", location, e.toString());
          }
        }
      }
    }
  }

  // ---- index recovery ----

  /**
   * Indexes what the index misses (documents after {@link #indexedSeq}, the entities they touched,
   * and the entities curation decisions after {@link #indexedCurationSeq} changed); everything if
   * the index is new, unreadable or ahead of the database. Caller holds the write lock.
   *
   * @param durable make the index durable at once (when opening); otherwise it is committed every
   *     {@link #indexCommitInterval} updates and on close
   */
  private void catchUpIndex(boolean durable) {
    SearchIndex index = index();
    long committed = indexedSeq;
    long committedCuration = indexedCurationSeq;
    try {
      long last = read("the last document number", JdbcKnowledgeBase::maxSeq);
      long lastCuration = read("the last curation number", JdbcKnowledgeBase::maxCurationSeq);
      long from = committed;
      long curationFrom = committedCuration;
      if (committed < 0
          || committed > last
          || committedCuration < 0
          || committedCuration > lastCuration) {
        if (committed > last || committedCuration > lastCuration) {
          log.warn(
              "Search index of {} is ahead of its database ({} > {} or {} > {}); rebuilding it",
              location,
              committed,
              last,
              committedCuration,
              lastCuration);
        }
        index.clear();
        from = 0;
        // a full rebuild reads the entities as they are now: every decision is in it
        curationFrom = lastCuration;
      } else if (committed == last && committedCuration == lastCuration) {
        return;
      }
      if (last - from > 1) {
        log.info("Indexing documents {} to {} of store {} for search", from + 1, last, location);
      }
      long after = from;
      long curationAfter = curationFrom;
      reads.withConnection(
          connection -> {
            indexDocumentsAfter(connection, after);
            indexEntitiesTouchedAfter(connection, after);
            indexCurationsAfter(connection, curationAfter);
            return null;
          });
      indexedSeq = last;
      indexedCurationSeq = lastCuration;
      indexStale = false;
      if (durable || ++uncommittedIndexUpdates >= indexCommitInterval) {
        index.commit(last, lastCuration);
        uncommittedIndexUpdates = 0;
      }
    } catch (IOException | SQLException | UncheckedIOException | AlreadyClosedException e) {
      throw new StorageException(
          "Cannot bring the search index "
              + index.path()
              + " up to date: "
              + e
              + "; delete that folder to rebuild it from the database",
          e);
    }
  }

  private static long maxCurationSeq(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM curation")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Re-indexes the entities named by decisions numbered above {@code seq}. */
  private void indexCurationsAfter(Connection connection, long seq) throws SQLException {
    Set<String> ids = new LinkedHashSet<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT entity_id, other_id FROM curation WHERE seq > ? ORDER BY seq")) {
      query.setLong(1, seq);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
          if (rows.getString(2) != null) {
            ids.add(rows.getString(2));
          }
        }
      }
    }
    reindexEntities(connection, ids);
  }

  /**
   * Puts the current state of these entities into the index, and deletes those that are gone.
   *
   * @throws UncheckedIOException if the index fails
   */
  private void reindexEntities(Connection connection, Set<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    Map<EntityHead, Set<String>> entries = indexEntries(connection, ids);
    Set<String> present = new LinkedHashSet<>();
    try {
      for (Map.Entry<EntityHead, Set<String>> entry : entries.entrySet()) {
        index().putEntity(entry.getKey(), entry.getValue());
        present.add(entry.getKey().id());
      }
      for (String id : ids) {
        if (!present.contains(id)) {
          index().deleteEntity(id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long maxSeq(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM documents")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void indexDocumentsAfter(Connection connection, long seq) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(documentsFrom(DOCUMENTS_AFTER))) {
      query.setLong(1, seq);
      readDocuments(
          query,
          article -> {
            try {
              index().putDocument(article);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private void indexEntitiesTouchedAfter(Connection connection, long seq) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(ENTITIES_TOUCHED_AFTER)) {
      query.setLong(1, seq);
      query.setLong(2, seq);
      try (ResultSet rows = query.executeQuery()) {
        EntityHead current = null;
        Set<String> aliases = new LinkedHashSet<>();
        while (rows.next()) {
          String id = rows.getString(1);
          if (current == null || !current.id().equals(id)) {
            putEntity(current, aliases);
            current = new EntityHead(id, entityType(rows.getString(2)), rows.getString(3));
            aliases = new LinkedHashSet<>();
          }
          String alias = rows.getString(4);
          if (alias != null) {
            aliases.add(alias);
          }
        }
        putEntity(current, aliases);
      }
    }
  }

  private void putEntity(@Nullable EntityHead entity, Set<String> aliases) {
    if (entity == null) {
      return;
    }
    try {
      index().putEntity(entity, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- writes ----

  @Override
  public boolean commit(ResolvedDocument document) {
    return commit(document, new int[0], List.of(), true);
  }

  @Override
  public boolean commit(ResolvedDocument document, int[] signature, List<String> bands) {
    return commit(document, signature, bands, true);
  }

  /** As {@link #commit(ResolvedDocument, int[], List, boolean)} without a signature. */
  boolean commit(ResolvedDocument document, boolean updateIndex) {
    return commit(document, new int[0], List.of(), updateIndex);
  }

  /**
   * As {@link #commit(ResolvedDocument)}; with {@code updateIndex} false the index is left as if
   * the process had died right after the SQLite commit (for recovery tests).
   */
  boolean commit(
      ResolvedDocument document, int[] signature, List<String> bands, boolean updateIndex) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(bands, "bands");
    checkConsistent(document);
    String id = document.article().id();
    synchronized (writeLock) {
      checkOpen();
      Optional<Inserted> inserted;
      try {
        inserted = insert(document, signature, bands);
      } catch (SQLException e) {
        throw new StorageException(
            "Could not store "
                + id
                + " in "
                + location
                + ": "
                + e.getMessage()
                + "; nothing of the document was stored",
            e);
      }
      if (inserted.isEmpty()) {
        log.debug("Skipped {}: already in store {}", id, location);
        return false;
      }
      long seq = inserted.get().seq();
      log.debug(
          "Stored {} as number {}: {} mentions, {} new entities",
          id,
          seq,
          document.mentions().size(),
          document.newEntities().size());
      if (!updateIndex) {
        indexStale = true;
      } else if (shared) {
        refreshIndexAfterWrite(id);
      } else {
        updateIndex(inserted.get().document(), seq);
      }
      return true;
    }
  }

  /** Rejects mentions and time expressions that do not point at their text in this article. */
  private static void checkConsistent(ResolvedDocument document) {
    Article article = document.article();
    for (ResolvedMention mention : document.mentions()) {
      if (!mention.document().equals(article.id())) {
        throw new IllegalArgumentException(
            "Document "
                + article.id()
                + ": mention '"
                + mention.text()
                + "' belongs to document "
                + mention.document());
      }
      checkSpan(article, "mention", mention.span(), mention.text());
    }
    for (TimeExpression time : document.analysis().times()) {
      checkSpan(article, "time expression", time.span(), time.text());
    }
    int textLength = article.text().length();
    for (EventMention event : document.analysis().events()) {
      checkSpan(article, "event trigger", event.span(), event.trigger());
      checkWithin(article, "event sentence", event.sentence(), textLength);
    }
    for (ClaimMention claim : document.analysis().claims()) {
      checkWithin(article, "claim", claim.span(), textLength);
    }
  }

  private static void checkWithin(Article article, String what, Span span, int textLength) {
    if (span.end() > textLength) {
      throw new IllegalArgumentException(
          "Document "
              + article.id()
              + ": "
              + what
              + " ["
              + span.start()
              + ", "
              + span.end()
              + ") exceeds its text of length "
              + textLength);
    }
  }

  private static void checkSpan(Article article, String what, Span span, String covered) {
    String text = article.text();
    if (span.end() > text.length()
        || covered.length() != span.length()
        || !text.regionMatches(span.start(), covered, 0, covered.length())) {
      throw new IllegalArgumentException(
          "Document "
              + article.id()
              + ": "
              + what
              + " '"
              + covered
              + "' does not match the text at ["
              + span.start()
              + ", "
              + span.end()
              + ")");
    }
  }

  /** A stored document: its ingest number and what was stored (after redirects). */
  private record Inserted(long seq, ResolvedDocument document) {}

  /** One transaction; empty if the document is already stored. Caller holds the write lock. */
  private Optional<Inserted> insert(ResolvedDocument resolved, int[] signature, List<String> bands)
      throws SQLException {
    Article article = resolved.article();
    writer = liveWriter();
    beginWrite(writer);
    try {
      if (containsDocument(writer, article.id())) {
        rollbackWrite(writer);
        return Optional.empty();
      }
      ResolvedDocument document = followRedirects(resolved);
      long seq = insertDocument(article);
      insertRemoved(article);
      insertTimes(article.id(), document.analysis().times());
      insertEntities(article.id(), document.newEntities());
      insertMentions(document.mentions());
      insertAliases(document.mentions());
      insertKeys(writer, document.keys());
      insertSignature(article.id(), signature, bands);
      FactTables.insertMentions(
          writer,
          article.id(),
          document.analysis().events(),
          document.geocodes(),
          document.analysis().claims());
      commitWrite(writer);
      return Optional.of(new Inserted(seq, document));
    } catch (SQLException | RuntimeException e) {
      try {
        rollbackWrite(writer);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private long insertDocument(Article article) throws SQLException {
    try (PreparedStatement insert = writer.prepareStatement(INSERT_DOCUMENT)) {
      insert.setString(1, article.id());
      insert.setString(2, article.source());
      setNullable(insert, 3, article.outlet());
      setNullable(insert, 4, article.title());
      setNullable(insert, 5, article.published() == null ? null : article.published().toString());
      insert.setString(6, article.publishedBasis().label());
      insert.setString(7, article.language());
      insert.setString(8, article.text());
      setNullable(insert, 9, article.url());
      insert.setString(10, article.contentHash());
      setNullable(insert, 11, article.duplicateOf());
      return returnedSeq(insert);
    }
  }

  /** Runs an {@code INSERT … RETURNING seq} and gives the number the database assigned. */
  private static long returnedSeq(PreparedStatement insert) throws SQLException {
    try (ResultSet rows = insert.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("the database returned no number for the new row");
      }
      return rows.getLong(1);
    }
  }

  private void insertSignature(String documentId, int[] signature, List<String> bands)
      throws SQLException {
    if (signature.length == 0) {
      return;
    }
    ByteBuffer bytes = ByteBuffer.allocate(signature.length * Integer.BYTES);
    bytes.asIntBuffer().put(signature);
    try (PreparedStatement insert =
        writer.prepareStatement(
            "INSERT INTO document_signatures (document_id, signature) VALUES (?, ?)")) {
      insert.setString(1, documentId);
      insert.setBytes(2, bytes.array());
      insert.executeUpdate();
    }
    if (bands.isEmpty()) {
      return;
    }
    try (PreparedStatement insert =
        writer.prepareStatement(
            "INSERT INTO document_bands (band, document_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (String band : bands) {
        insert.setString(1, band);
        insert.setString(2, documentId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertRemoved(Article article) throws SQLException {
    if (article.removed().isEmpty()) {
      return;
    }
    try (PreparedStatement insert = writer.prepareStatement(INSERT_REMOVED)) {
      int ord = 0;
      for (String block : article.removed()) {
        insert.setString(1, article.id());
        insert.setInt(2, ord++);
        insert.setString(3, block);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertTimes(String documentId, List<TimeExpression> times) throws SQLException {
    if (times.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = writer.prepareStatement(INSERT_TIME)) {
      int ord = 0;
      for (TimeExpression time : times) {
        insert.setString(1, documentId);
        insert.setInt(2, ord++);
        insert.setInt(3, time.span().start());
        insert.setInt(4, time.span().end());
        insert.setString(5, time.text());
        insert.setString(6, time.type());
        setNullable(insert, 7, time.value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertEntities(String documentId, List<EntityHead> entities) throws SQLException {
    if (entities.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = writer.prepareStatement(INSERT_ENTITY)) {
      for (EntityHead entity : entities) {
        insert.setString(1, entity.id());
        insert.setString(2, entity.type().name());
        insert.setString(3, entity.name());
        insert.setString(4, documentId);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void insertMentions(List<ResolvedMention> mentions) throws SQLException {
    if (mentions.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = writer.prepareStatement(INSERT_MENTION)) {
      for (ResolvedMention mention : mentions) {
        insert.setString(1, mention.document());
        insert.setString(2, mention.entity());
        insert.setInt(3, mention.span().start());
        insert.setInt(4, mention.span().end());
        insert.setString(5, mention.text());
        setNullable(insert, 6, mention.title());
        insert.setString(7, mention.rule());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * The document with mentions and keys of entities that a curator merged away pointed at the
   * entities they now live on (a resolver may have looked them up before the merge).
   */
  private ResolvedDocument followRedirects(ResolvedDocument document) throws SQLException {
    Set<String> created = new HashSet<>();
    document.newEntities().forEach(entity -> created.add(entity.id()));
    Set<String> referenced = new LinkedHashSet<>();
    document.mentions().forEach(mention -> referenced.add(mention.entity()));
    document.keys().forEach(key -> referenced.add(key.entity()));
    referenced.removeAll(created);
    Map<String, String> targets = new HashMap<>();
    for (String id : referenced) {
      redirect(writer, id).ifPresent(target -> targets.put(id, target));
    }
    if (targets.isEmpty()) {
      return document;
    }
    List<ResolvedMention> mentions = new ArrayList<>(document.mentions().size());
    for (ResolvedMention m : document.mentions()) {
      String target = targets.get(m.entity());
      mentions.add(
          target == null
              ? m
              : new ResolvedMention(target, m.document(), m.span(), m.text(), m.title(), m.rule()));
    }
    Set<EntityKey> keys = new LinkedHashSet<>();
    for (EntityKey key : document.keys()) {
      String target = targets.get(key.entity());
      keys.add(target == null ? key : new EntityKey(key.key(), key.type(), target));
    }
    return new ResolvedDocument(
        document.analysis(),
        document.newEntities(),
        mentions,
        List.copyOf(keys),
        document.geocodes());
  }

  /** Counts each mention under its entity's alias, in text order (the order of first use). */
  private void insertAliases(List<ResolvedMention> mentions) throws SQLException {
    if (mentions.isEmpty()) {
      return;
    }
    List<ResolvedMention> inTextOrder = new ArrayList<>(mentions);
    inTextOrder.sort(Comparator.comparing(ResolvedMention::span));
    try (PreparedStatement upsert = writer.prepareStatement(UPSERT_ALIAS)) {
      for (ResolvedMention mention : inTextOrder) {
        upsert.setString(1, mention.entity());
        upsert.setString(2, mention.text());
        upsert.setString(3, linkRule(mention.rule()));
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void insertKeys(Connection connection, List<EntityKey> keys) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_KEY)) {
      for (EntityKey key : keys) {
        insert.setString(1, key.type().name());
        insert.setString(2, key.key());
        insert.setString(3, key.entity());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void setNullable(PreparedStatement statement, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  /** Indexes a committed document and the entities it touched. Caller holds the write lock. */
  private void updateIndex(ResolvedDocument document, long seq) {
    String id = document.article().id();
    Set<String> touched = new LinkedHashSet<>();
    document.newEntities().forEach(entity -> touched.add(entity.id()));
    document.mentions().forEach(mention -> touched.add(mention.entity()));
    document.keys().forEach(key -> touched.add(key.entity()));
    try {
      SearchIndex index = index();
      index.putDocument(document.article());
      Map<EntityHead, Set<String>> entities =
          reads.withConnection(connection -> indexEntries(connection, touched));
      for (Map.Entry<EntityHead, Set<String>> entity : entities.entrySet()) {
        index.putEntity(entity.getKey(), entity.getValue());
      }
      if (!indexStale) {
        indexedSeq = seq;
      }
      if (++uncommittedIndexUpdates >= indexCommitInterval) {
        commitIndex();
      }
    } catch (IOException | SQLException | AlreadyClosedException e) {
      indexStale = true;
      log.warn(
          "Search index not updated for {}; store {} reindexes it when next opened: {}",
          id,
          location,
          e.toString());
    }
  }

  private static Map<EntityHead, Set<String>> indexEntries(Connection connection, Set<String> ids)
      throws SQLException {
    Map<EntityHead, Set<String>> entries = new LinkedHashMap<>();
    try (PreparedStatement head =
            connection.prepareStatement("SELECT id, type, name FROM entities WHERE id = ?");
        PreparedStatement aliases =
            connection.prepareStatement(
                "SELECT name FROM entity_aliases WHERE entity_id = ? ORDER BY name")) {
      for (String id : ids) {
        head.setString(1, id);
        EntityHead entity = null;
        try (ResultSet rows = head.executeQuery()) {
          if (rows.next()) {
            entity = new EntityHead(id, entityType(rows.getString(2)), rows.getString(3));
          }
        }
        if (entity == null) {
          continue;
        }
        Set<String> names = new LinkedHashSet<>();
        aliases.setString(1, id);
        try (ResultSet rows = aliases.executeQuery()) {
          while (rows.next()) {
            names.add(rows.getString(1));
          }
        }
        entries.put(entity, names);
      }
    }
    return entries;
  }

  /**
   * In a shared store, indexes everything written since the index last looked (this process's write
   * and any other's), if the index is open; a failure leaves it for the next search. Caller holds
   * the write lock.
   */
  private void refreshIndexAfterWrite(String what) {
    if (index == null) {
      return;
    }
    try {
      catchUpIndex(false);
    } catch (StorageException e) {
      log.warn(
          "Search index not updated after {}; store {} retries on the next search: {}",
          what,
          location,
          e.getMessage());
    }
  }

  /** Makes index updates durable, if the index is open. Caller holds the write lock. */
  private void commitIndex() {
    SearchIndex index = this.index;
    if (index == null) {
      return;
    }
    try {
      index.commit(indexedSeq, indexedCurationSeq);
      uncommittedIndexUpdates = 0;
    } catch (IOException | AlreadyClosedException e) {
      indexStale = true;
      log.warn(
          "Search index of store {} not committed; it is brought up to date when next opened: {}",
          location,
          e.toString());
    }
  }

  // ---- curation ----

  /** A live entity as the writer sees it inside a curation transaction. */
  private record Live(EntityHead head, long seq) {
    String id() {
      return head.id();
    }

    String describe() {
      return head.id() + " \"" + head.name() + "\"";
    }
  }

  @Override
  public int merge(String keepId, String otherId, boolean force, Instant at) {
    Objects.requireNonNull(keepId, "keepId");
    Objects.requireNonNull(otherId, "otherId");
    Objects.requireNonNull(at, "at");
    return curate(
        "merge " + otherId + " into " + keepId,
        () -> {
          Live keep = requireLive(keepId);
          Live other = requireLive(otherId);
          if (keep.id().equals(other.id())) {
            throw new CurationException(
                CurationException.Reason.SAME_ENTITY,
                keepId.equals(otherId)
                    ? "Cannot merge entity " + keepId + " with itself"
                    : "Entities "
                        + keepId
                        + " and "
                        + otherId
                        + " are already one: "
                        + keep.describe());
          }
          if (keep.head().type() != other.head().type() && !force) {
            throw new CurationException(
                CurationException.Reason.TYPE_MISMATCH,
                "Cannot merge "
                    + other.describe()
                    + " ("
                    + other.head().type()
                    + ") into "
                    + keep.describe()
                    + " ("
                    + keep.head().type()
                    + "): their types differ");
          }
          long curation =
              logCuration("merge", keep.id(), other.id(), other.head().name(), null, at);
          int moved =
              update(
                  "UPDATE mentions SET entity_id = ? WHERE entity_id = ?", keep.id(), other.id());
          update(
              "INSERT INTO entity_keys (type, key, entity_id)"
                  + " SELECT type, key, ? FROM entity_keys WHERE entity_id = ?"
                  + " ON CONFLICT (type, key, entity_id) DO NOTHING",
              keep.id(),
              other.id());
          update("DELETE FROM entity_keys WHERE entity_id = ?", other.id());
          mergeAliases(keep.id(), other.id());
          update(
              "INSERT INTO forbidden_names (entity_id, name, split_into, curation_seq)"
                  + " SELECT ?, name, split_into, curation_seq FROM forbidden_names"
                  + " WHERE entity_id = ? ON CONFLICT (entity_id, name) DO NOTHING",
              keep.id(),
              other.id());
          update("DELETE FROM forbidden_names WHERE entity_id = ?", other.id());
          update(
              "UPDATE forbidden_names SET split_into = ? WHERE split_into = ?",
              keep.id(),
              other.id());
          // merging a split-off entity back into its origin lifts the prohibition
          update("DELETE FROM forbidden_names WHERE entity_id = split_into");
          update("UPDATE entity_redirects SET to_id = ? WHERE to_id = ?", keep.id(), other.id());
          update(
              "INSERT INTO entity_redirects (from_id, to_id, curation_seq) VALUES (?, ?, ?)",
              other.id(),
              keep.id(),
              curation);
          update("DELETE FROM entities WHERE id = ?", other.id());
          return new Curated<>(moved, curation, Set.of(keep.id(), other.id()));
        });
  }

  /** Moves the alias rows of {@code other} to {@code keep}, adding up names both have. */
  private void mergeAliases(String keep, String other) throws SQLException {
    Map<String, AliasRow> kept = aliasRows(keep);
    for (AliasRow alias : aliasRows(other).values()) {
      AliasRow same = kept.get(alias.name());
      if (same == null) {
        update("UPDATE entity_aliases SET entity_id = ? WHERE id = ?", keep, alias.id());
        continue;
      }
      // the older row (first used earlier) gives the position and the rule
      AliasRow first = alias.id() < same.id() ? alias : same;
      update("DELETE FROM entity_aliases WHERE id IN (?, ?)", alias.id(), same.id());
      update(
          "INSERT INTO entity_aliases (id, entity_id, name, mentions, rule)"
              + " VALUES (?, ?, ?, ?, ?)",
          first.id(),
          keep,
          alias.name(),
          alias.mentions() + same.mentions(),
          first.rule());
    }
  }

  /** One row of {@code entity_aliases}. */
  private record AliasRow(long id, String name, int mentions, String rule) {}

  private Map<String, AliasRow> aliasRows(String entityId) throws SQLException {
    Map<String, AliasRow> rows = new LinkedHashMap<>();
    try (PreparedStatement query =
        writer.prepareStatement(
            "SELECT id, name, mentions, rule FROM entity_aliases WHERE entity_id = ?"
                + " ORDER BY mentions DESC, id")) {
      query.setString(1, entityId);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          AliasRow row =
              new AliasRow(
                  result.getLong(1), result.getString(2), result.getInt(3), result.getString(4));
          rows.put(row.name(), row);
        }
      }
    }
    return rows;
  }

  @Override
  public int split(
      String entityId,
      String aliasName,
      EntityHead newEntity,
      List<EntityKey> newKeys,
      Instant at) {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(aliasName, "aliasName");
    Objects.requireNonNull(newEntity, "newEntity");
    Objects.requireNonNull(at, "at");
    List<EntityKey> keys = List.copyOf(newKeys);
    for (EntityKey key : keys) {
      if (!key.entity().equals(newEntity.id())) {
        throw new IllegalArgumentException(
            "newKeys: key '" + key.key() + "' names " + key.entity() + ", not " + newEntity.id());
      }
    }
    return curate(
        "split \"" + aliasName + "\" off " + entityId,
        () -> {
          Live old = requireLive(entityId);
          Map<String, AliasRow> aliases = aliasRows(old.id());
          AliasRow alias = aliases.get(aliasName);
          if (alias == null) {
            throw new CurationException(
                CurationException.Reason.UNKNOWN_ALIAS,
                "Entity "
                    + old.describe()
                    + " has no alias \""
                    + aliasName
                    + "\"; its aliases are "
                    + quoted(aliases.keySet()));
          }
          if (aliases.size() == 1) {
            throw new CurationException(
                CurationException.Reason.ALIAS_NOT_SPLITTABLE,
                "Cannot split \""
                    + aliasName
                    + "\" off "
                    + old.describe()
                    + ": it is its only alias, nothing would remain");
          }
          if (aliasName.equals(old.head().name())) {
            throw new CurationException(
                CurationException.Reason.ALIAS_NOT_SPLITTABLE,
                "Cannot split \""
                    + aliasName
                    + "\" off "
                    + old.id()
                    + ": it is the entity's canonical name");
          }
          if (exists("SELECT 1 FROM entities WHERE id = ?", newEntity.id())) {
            throw new CurationException(
                CurationException.Reason.ID_TAKEN,
                "Cannot split \""
                    + aliasName
                    + "\" off "
                    + old.id()
                    + ": the new entity id "
                    + newEntity.id()
                    + " is taken");
          }
          // an id merged away earlier comes back to life
          update("DELETE FROM entity_redirects WHERE from_id = ?", newEntity.id());
          String createdIn =
              queryString(
                  "SELECT m.document_id FROM mentions m JOIN documents d ON d.id = m.document_id"
                      + " WHERE m.entity_id = ? AND m.text = ?"
                      + " ORDER BY d.seq, m.span_start, m.span_end, m.rowid LIMIT 1",
                  old.id(),
                  aliasName);
          if (createdIn == null) {
            throw new SQLException(
                "alias \"" + aliasName + "\" of " + old.id() + " has no mentions");
          }
          long curation = logCuration("split", old.id(), newEntity.id(), aliasName, null, at);
          update(
              INSERT_ENTITY, newEntity.id(), newEntity.type().name(), newEntity.name(), createdIn);
          int moved = moveSplitMentions(old.id(), aliasName, newEntity.id());
          update(
              "UPDATE entity_aliases SET entity_id = ?, rule = ? WHERE id = ?",
              newEntity.id(),
              RULE_CURATED_SPLIT,
              alias.id());
          update(
              "INSERT INTO forbidden_names (entity_id, name, split_into, curation_seq)"
                  + " VALUES (?, ?, ?, ?) ON CONFLICT (entity_id, name) DO UPDATE"
                  + " SET split_into = excluded.split_into, curation_seq = excluded.curation_seq",
              old.id(),
              aliasName,
              newEntity.id(),
              curation);
          insertKeys(writer, keys);
          return new Curated<>(moved, curation, Set.of(old.id(), newEntity.id()));
        });
  }

  /**
   * Moves the mentions of {@code entityId} written {@code aliasName} to {@code newEntityId}, their
   * link rule (what follows the first {@code ;}) becoming {@value #RULE_CURATED_SPLIT}. The new
   * rules are computed here rather than in SQL, whose string functions differ between databases.
   */
  private int moveSplitMentions(String entityId, String aliasName, String newEntityId)
      throws SQLException {
    Map<Long, String> rules = new LinkedHashMap<>();
    try (PreparedStatement query =
        writer.prepareStatement(
            "SELECT rowid, rule FROM mentions WHERE entity_id = ? AND text = ? ORDER BY rowid")) {
      query.setString(1, entityId);
      query.setString(2, aliasName);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          rules.put(rows.getLong(1), rows.getString(2));
        }
      }
    }
    if (rules.isEmpty()) {
      return 0;
    }
    try (PreparedStatement move =
        writer.prepareStatement("UPDATE mentions SET entity_id = ?, rule = ? WHERE rowid = ?")) {
      for (Map.Entry<Long, String> mention : rules.entrySet()) {
        String rule = mention.getValue();
        int separator = rule.indexOf(';');
        move.setString(1, newEntityId);
        move.setString(
            2,
            separator < 0
                ? RULE_CURATED_SPLIT
                : rule.substring(0, separator + 1) + RULE_CURATED_SPLIT);
        move.setLong(3, mention.getKey());
        move.addBatch();
      }
      move.executeBatch();
    }
    return rules.size();
  }

  @Override
  public void rename(String entityId, String name, List<EntityKey> newKeys, Instant at) {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(at, "at");
    List<EntityKey> keys = List.copyOf(newKeys);
    String newName = name.strip();
    curate(
        "rename " + entityId,
        () -> {
          Live entity = requireLive(entityId);
          if (newName.isEmpty() || newName.chars().anyMatch(Character::isISOControl)) {
            throw new CurationException(
                CurationException.Reason.INVALID_NAME,
                "Cannot rename "
                    + entity.id()
                    + " to \""
                    + name.replaceAll("\\p{Cntrl}", " ")
                    + "\": a name is one line of text, not blank");
          }
          if (newName.equals(entity.head().name())) {
            throw new CurationException(
                CurationException.Reason.INVALID_NAME,
                "Entity " + entity.describe() + " already has that name");
          }
          for (EntityKey key : keys) {
            if (!key.entity().equals(entity.id())) {
              throw new IllegalArgumentException(
                  "newKeys: key '"
                      + key.key()
                      + "' names "
                      + key.entity()
                      + ", not "
                      + entity.id());
            }
          }
          long curation =
              logCuration("rename", entity.id(), null, newName, entity.head().name(), at);
          update("UPDATE entities SET name = ? WHERE id = ?", newName, entity.id());
          insertKeys(writer, keys);
          return new Curated<>(0, curation, Set.of(entity.id()));
        });
  }

  /** The result of a curation transaction and the entities to re-index. */
  private record Curated<T>(T value, long curationSeq, Set<String> touched) {}

  /** A curation transaction, run with the writer connection. */
  @FunctionalInterface
  private interface CurationWork<T> {
    Curated<T> run() throws SQLException;
  }

  /**
   * Runs {@code work} in one write transaction, then updates the index for the entities it touched
   * and makes the index durable (decisions are rare; losing one from the index would be confusing).
   */
  private <T> T curate(String what, CurationWork<T> work) {
    synchronized (writeLock) {
      checkOpen();
      Curated<T> done;
      try {
        writer = liveWriter();
        beginWrite(writer);
        try {
          done = work.run();
          commitWrite(writer);
        } catch (SQLException | RuntimeException e) {
          try {
            rollbackWrite(writer);
          } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
          }
          throw e;
        }
      } catch (SQLException e) {
        throw new StorageException(
            "Could not "
                + what
                + " in "
                + location
                + ": "
                + e.getMessage()
                + "; nothing was changed",
            e);
      }
      log.debug("Curation {} done as decision {}", what, done.curationSeq());
      if (shared) {
        refreshIndexAfterWrite(what);
        commitIndex();
        return done.value();
      }
      try {
        reads.withConnection(
            connection -> {
              reindexEntities(connection, done.touched());
              return null;
            });
        if (!indexStale) {
          indexedCurationSeq = done.curationSeq();
        }
      } catch (SQLException | UncheckedIOException | AlreadyClosedException e) {
        indexStale = true;
        log.warn(
            "Search index not updated after {}; store {} reindexes it when next opened: {}",
            what,
            location,
            e.toString());
      }
      commitIndex();
      return done.value();
    }
  }

  /** The live entity {@code id} stands for (following a redirect), or a refusal naming it. */
  private Live requireLive(String id) throws SQLException {
    try (PreparedStatement query =
        writer.prepareStatement(
            "SELECT e.id, e.type, e.name, e.seq FROM entities e WHERE e.id = COALESCE("
                + "(SELECT to_id FROM entity_redirects WHERE from_id = ?), ?)")) {
      query.setString(1, id);
      query.setString(2, id);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          return new Live(
              new EntityHead(rows.getString(1), entityType(rows.getString(2)), rows.getString(3)),
              rows.getLong(4));
        }
      }
    }
    throw new CurationException(
        CurationException.Reason.UNKNOWN_ENTITY, "No entity " + id + " in store " + location);
  }

  private long logCuration(
      String op,
      String entityId,
      @Nullable String otherId,
      @Nullable String name,
      @Nullable String oldName,
      Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        writer.prepareStatement(
            "INSERT INTO curation (op, entity_id, other_id, name, old_name, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) RETURNING seq")) {
      insert.setString(1, op);
      insert.setString(2, entityId);
      setNullable(insert, 3, otherId);
      setNullable(insert, 4, name);
      setNullable(insert, 5, oldName);
      insert.setString(6, at.toString());
      return returnedSeq(insert);
    }
  }

  private int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = writer.prepareStatement(sql)) {
      bind(statement, parameters);
      return statement.executeUpdate();
    }
  }

  private boolean exists(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = writer.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    }
  }

  private @Nullable String queryString(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = writer.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private static String quoted(Collection<String> names) {
    StringJoiner joined = new StringJoiner(", ");
    int shown = 0;
    for (String name : names) {
      if (shown++ == 8) {
        joined.add("… (" + names.size() + " in all)");
        break;
      }
      joined.add("\"" + name + "\"");
    }
    return joined.toString();
  }

  // ---- reads: names, decisions, redirects ----

  @Override
  public List<Alias> names(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    return read(
        "the names of " + entityId,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT name, mentions, rule FROM entity_aliases WHERE entity_id = "
                      + LIVE_ID
                      + " ORDER BY mentions DESC, id")) {
            query.setString(1, entityId);
            query.setString(2, entityId);
            List<Alias> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                names.add(new Alias(rows.getString(1), rows.getInt(2), rows.getString(3)));
              }
            }
            return names;
          }
        });
  }

  @Override
  public Map<String, String> splitOff(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    return read(
        "the names split off " + entityId,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT name, split_into FROM forbidden_names WHERE entity_id = "
                      + LIVE_ID
                      + " ORDER BY name")) {
            query.setString(1, entityId);
            query.setString(2, entityId);
            Map<String, String> names = new LinkedHashMap<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
              }
            }
            return Collections.unmodifiableMap(names);
          }
        });
  }

  @Override
  public Optional<String> redirect(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    return read("the redirect of " + entityId, connection -> redirect(connection, entityId));
  }

  private static Optional<String> redirect(Connection connection, String entityId)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT to_id FROM entity_redirects WHERE from_id = ?")) {
      query.setString(1, entityId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  @Override
  public OptionalLong entityNumber(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    return read(
        "the number of entity " + entityId,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement("SELECT seq FROM entities WHERE id = " + LIVE_ID)) {
            query.setString(1, entityId);
            query.setString(2, entityId);
            try (ResultSet rows = query.executeQuery()) {
              return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
          }
        });
  }

  // ---- reads: duplicates and resolution ----

  @Override
  public Optional<String> documentIdByContentHash(String contentHash) {
    Objects.requireNonNull(contentHash, "contentHash");
    return read(
        "the document with content hash " + contentHash,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT id FROM documents WHERE content_hash = ? ORDER BY seq LIMIT 1")) {
            query.setString(1, contentHash);
            try (ResultSet rows = query.executeQuery()) {
              return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<String> documentsSharingBand(Collection<String> bands) {
    Objects.requireNonNull(bands, "bands");
    List<String> distinct = List.copyOf(new LinkedHashSet<>(bands));
    if (distinct.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", Collections.nCopies(distinct.size(), "?"));
    return read(
        "documents sharing a band",
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT d.id FROM documents d WHERE d.id IN (SELECT document_id FROM"
                      + " document_bands WHERE band IN ("
                      + marks
                      + ")) ORDER BY d.seq LIMIT ?")) {
            int i = 1;
            for (String band : distinct) {
              query.setString(i++, band);
            }
            query.setInt(i, MAX_BAND_CANDIDATES);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                ids.add(rows.getString(1));
              }
            }
            return List.copyOf(ids);
          }
        });
  }

  @Override
  public Optional<int[]> signature(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return read(
        "the signature of " + documentId,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT signature FROM document_signatures WHERE document_id = ?")) {
            query.setString(1, documentId);
            try (ResultSet rows = query.executeQuery()) {
              if (!rows.next()) {
                return Optional.empty();
              }
              IntBuffer ints = ByteBuffer.wrap(rows.getBytes(1)).asIntBuffer();
              int[] signature = new int[ints.remaining()];
              ints.get(signature);
              return Optional.of(signature);
            }
          }
        });
  }

  @Override
  public boolean containsDocument(String id) {
    Objects.requireNonNull(id, "id");
    return read("document " + id, connection -> containsDocument(connection, id));
  }

  private static boolean containsDocument(Connection connection, String id) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  @Override
  public List<EntityHead> entitiesByKey(EntityType type, String key) {
    return entitiesByKey(type, key, Integer.MAX_VALUE);
  }

  @Override
  public List<EntityHead> entitiesByKey(EntityType type, String key, int limit) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    return read(
        "entities under key " + key,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT e.id, e.type, e.name FROM entity_keys k"
                      + " JOIN entities e ON e.id = k.entity_id"
                      + " WHERE k.type = ? AND k.key = ? ORDER BY e.seq LIMIT ?")) {
            query.setString(1, type.name());
            query.setString(2, key);
            query.setInt(3, limit);
            List<EntityHead> heads = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                heads.add(
                    new EntityHead(
                        rows.getString(1), entityType(rows.getString(2)), rows.getString(3)));
              }
            }
            return heads;
          }
        });
  }

  // ---- reads: documents ----

  @Override
  public Optional<Article> document(String id) {
    Objects.requireNonNull(id, "id");
    List<Article> found = new ArrayList<>(1);
    readDocuments("document " + id, ONE_DOCUMENT, found::add, id);
    return found.stream().findFirst();
  }

  @Override
  public List<Article> documents(int offset, int limit) {
    checkPage(offset, limit);
    List<Article> page = new ArrayList<>(Math.min(limit, 1000));
    if (limit > 0) {
      readDocuments("documents", PAGE_OF_DOCUMENTS, page::add, limit, offset);
    }
    return page;
  }

  @Override
  public void forEachDocument(Consumer<? super Article> action) {
    Objects.requireNonNull(action, "action");
    readDocuments("documents", ALL_DOCUMENTS, action);
  }

  @Override
  public long documentCount() {
    return count("documents");
  }

  @Override
  public List<TimeExpression> times(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return read(
        "time expressions of " + documentId,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT span_start, span_end, text, type, value FROM times"
                      + " WHERE document_id = ? ORDER BY ord")) {
            query.setString(1, documentId);
            List<TimeExpression> times = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                times.add(
                    new TimeExpression(
                        new Span(rows.getInt(1), rows.getInt(2)),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5)));
              }
            }
            return times;
          }
        });
  }

  private static String documentsFrom(String source) {
    return "SELECT "
        + DOCUMENT_COLUMNS
        + " FROM "
        + source
        + " d LEFT JOIN document_removed r ON r.document_id = d.id ORDER BY d.seq, r.ord";
  }

  private void readDocuments(
      String what, String source, Consumer<? super Article> action, Object... parameters) {
    read(
        what,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(documentsFrom(source))) {
            bind(query, parameters);
            readDocuments(query, action);
          }
          return null;
        });
  }

  /** Streams the rows of a {@link #documentsFrom} query, one article per document. */
  private static void readDocuments(PreparedStatement query, Consumer<? super Article> action)
      throws SQLException {
    try (ResultSet rows = query.executeQuery()) {
      DocumentRow current = null;
      while (rows.next()) {
        long seq = rows.getLong(1);
        if (current == null || current.seq != seq) {
          if (current != null) {
            action.accept(current.toArticle());
          }
          current = new DocumentRow(rows);
        }
        String removed = rows.getString(13);
        if (removed != null) {
          current.removed.add(removed);
        }
      }
      if (current != null) {
        action.accept(current.toArticle());
      }
    }
  }

  /** The columns of one document row while its removed blocks are being collected. */
  private static final class DocumentRow {
    final long seq;
    final String id;
    final String source;
    final @Nullable String outlet;
    final @Nullable String title;
    final @Nullable String published;
    final String publishedBasis;
    final String language;
    final String text;
    final @Nullable String url;
    final String contentHash;
    final @Nullable String duplicateOf;
    final List<String> removed = new ArrayList<>();

    DocumentRow(ResultSet rows) throws SQLException {
      seq = rows.getLong(1);
      id = rows.getString(2);
      source = rows.getString(3);
      outlet = rows.getString(4);
      title = rows.getString(5);
      published = rows.getString(6);
      publishedBasis = rows.getString(7);
      language = rows.getString(8);
      text = rows.getString(9);
      url = rows.getString(10);
      contentHash = rows.getString(11);
      duplicateOf = rows.getString(12);
    }

    Article toArticle() {
      return new Article(
          id,
          source,
          outlet,
          title,
          published == null ? null : LocalDate.parse(published),
          PublishedBasis.fromLabel(publishedBasis),
          language,
          text,
          removed,
          url,
          contentHash,
          duplicateOf);
    }
  }

  // ---- reads: entities ----

  @Override
  public Optional<Entity> entity(String id) {
    Objects.requireNonNull(id, "id");
    List<Entity> found = new ArrayList<>(1);
    readEntities("entity " + id, ONE_ENTITY, found::add, id, id);
    return found.stream().findFirst();
  }

  @Override
  public List<Entity> entities(int offset, int limit) {
    checkPage(offset, limit);
    List<Entity> page = new ArrayList<>(Math.min(limit, 1000));
    if (limit > 0) {
      readEntities("entities", PAGE_OF_ENTITIES, page::add, limit, offset);
    }
    return page;
  }

  @Override
  public void forEachEntity(Consumer<? super Entity> action) {
    Objects.requireNonNull(action, "action");
    readEntities("entities", ALL_ENTITIES, action);
  }

  @Override
  public long entityCount() {
    return count("entities");
  }

  /**
   * Streams entities from {@code source} (a table or subquery aliased {@code e}) in creation order:
   * heads and aliases from one cursor, the documents mentioning them from a second one, both
   * ordered by entity number and merged as they go.
   */
  private void readEntities(
      String what, String source, Consumer<? super Entity> action, Object... parameters) {
    String aliases =
        "SELECT e.seq, e.id, e.type, e.name, a.name, a.mentions, a.rule FROM "
            + source
            + " e LEFT JOIN entity_aliases a ON a.entity_id = e.id"
            + " ORDER BY e.seq, a.mentions DESC, a.id";
    String documents =
        "SELECT e.seq, d.id FROM "
            + source
            + " e JOIN mentions m ON m.entity_id = e.id JOIN documents d ON d.id = m.document_id"
            + " GROUP BY e.seq, d.seq ORDER BY e.seq, d.seq";
    read(
        what,
        connection -> {
          try (PreparedStatement aliasQuery = connection.prepareStatement(aliases);
              PreparedStatement documentQuery = connection.prepareStatement(documents)) {
            bind(aliasQuery, parameters);
            bind(documentQuery, parameters);
            try (ResultSet rows = aliasQuery.executeQuery();
                ResultSet docs = documentQuery.executeQuery()) {
              DocumentCursor documentCursor = new DocumentCursor(docs);
              EntityRow current = null;
              while (rows.next()) {
                long seq = rows.getLong(1);
                if (current == null || current.seq != seq) {
                  if (current != null) {
                    action.accept(current.toEntity(documentCursor.documentsOf(current.seq)));
                  }
                  current = new EntityRow(seq, rows);
                }
                String name = rows.getString(5);
                if (name != null) {
                  current.add(new Alias(name, rows.getInt(6), rows.getString(7)));
                }
              }
              if (current != null) {
                action.accept(current.toEntity(documentCursor.documentsOf(current.seq)));
              }
            }
          }
          return null;
        });
  }

  /** An entity whose aliases arrive one row at a time, most used first. */
  private static final class EntityRow {
    final long seq;
    final EntityHead head;
    final List<Alias> aliases = new ArrayList<>();
    int mentions;

    EntityRow(long seq, ResultSet rows) throws SQLException {
      this.seq = seq;
      this.head =
          new EntityHead(rows.getString(2), entityType(rows.getString(3)), rows.getString(4));
    }

    void add(Alias alias) {
      aliases.add(alias);
      mentions += alias.mentions();
    }

    Entity toEntity(List<String> documents) {
      return new Entity(head.id(), head.type(), head.name(), aliases, mentions, documents);
    }
  }

  /** Walks (entity number, document id) rows ordered by entity number, then ingest order. */
  private static final class DocumentCursor {
    private final ResultSet rows;
    private boolean pending;
    private boolean done;

    DocumentCursor(ResultSet rows) {
      this.rows = rows;
    }

    /** The documents of entity {@code seq}; entities must be asked for in increasing order. */
    List<String> documentsOf(long seq) throws SQLException {
      List<String> documents = new ArrayList<>();
      while (!done) {
        if (!pending) {
          if (!rows.next()) {
            done = true;
            break;
          }
          pending = true;
        }
        long at = rows.getLong(1);
        if (at > seq) {
          break;
        }
        if (at == seq) {
          documents.add(rows.getString(2));
        }
        pending = false;
      }
      return documents;
    }
  }

  /**
   * The linking part of a mention rule: what follows the first {@code ;} of {@code
   * ner:conll4;canonical}, or the whole rule when it has no {@code ;}.
   */
  static String linkRule(String rule) {
    int separator = rule.indexOf(';');
    return separator < 0 ? rule : rule.substring(separator + 1);
  }

  // ---- reads: mentions ----

  @Override
  public List<ResolvedMention> mentionsOfDocument(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    List<ResolvedMention> mentions = new ArrayList<>();
    readMentions(
        "mentions in " + documentId, " WHERE m.document_id = ?", mentions::add, documentId);
    return mentions;
  }

  @Override
  public List<ResolvedMention> mentionsOfEntity(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    List<ResolvedMention> mentions = new ArrayList<>();
    readMentions(
        "mentions of " + entityId,
        " WHERE m.entity_id = " + LIVE_ID,
        mentions::add,
        entityId,
        entityId);
    return mentions;
  }

  @Override
  public List<ResolvedMention> mentionsOfEntity(String entityId, int offset, int limit) {
    Objects.requireNonNull(entityId, "entityId");
    checkPage(offset, limit);
    List<ResolvedMention> mentions = new ArrayList<>(Math.min(limit, 1000));
    if (limit > 0) {
      readMentions(
          "mentions of " + entityId,
          " WHERE m.entity_id = " + LIVE_ID,
          " LIMIT ? OFFSET ?",
          mentions::add,
          entityId,
          entityId,
          limit,
          offset);
    }
    return mentions;
  }

  @Override
  public void forEachMention(Consumer<? super ResolvedMention> action) {
    Objects.requireNonNull(action, "action");
    readMentions("mentions", "", action);
  }

  @Override
  public long mentionCount() {
    return count("mentions");
  }

  private void readMentions(
      String what, String where, Consumer<? super ResolvedMention> action, Object... parameters) {
    readMentions(what, where, "", action, parameters);
  }

  private void readMentions(
      String what,
      String where,
      String tail,
      Consumer<? super ResolvedMention> action,
      Object... parameters) {
    String sql =
        "SELECT "
            + MENTION_COLUMNS
            + " FROM mentions m JOIN documents d ON d.id = m.document_id"
            + where
            + MENTION_ORDER
            + tail;
    read(
        what,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                action.accept(
                    // interned: ids, names, titles and rules repeat across many mentions
                    new ResolvedMention(
                        interned(rows.getString(1)),
                        interned(rows.getString(2)),
                        new Span(rows.getInt(3), rows.getInt(4)),
                        interned(rows.getString(5)),
                        interned(rows.getString(6)),
                        interned(rows.getString(7))));
              }
            }
          }
          return null;
        });
  }

  // ---- events and claims ----

  @Override
  public List<EventMention> eventMentions(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return read("event mentions of " + documentId, c -> FactTables.eventMentions(c, documentId));
  }

  @Override
  public Map<Integer, Geocode> geocodes(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return read("places of " + documentId, c -> FactTables.geocodes(c, documentId));
  }

  @Override
  public List<ClaimMention> claimMentions(String documentId) {
    Objects.requireNonNull(documentId, "documentId");
    return read("claim mentions of " + documentId, c -> FactTables.claimMentions(c, documentId));
  }

  @Override
  public DerivedState derivedState() {
    return read("the state of merged events and claims", FactTables::derivedState);
  }

  @Override
  public void replaceDerived(
      Iterable<Event> events,
      Iterable<Claim> claims,
      Iterable<Relation> relations,
      long documentSeq,
      long curationSeq) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(relations, "relations");
    synchronized (writeLock) {
      checkOpen();
      try {
        writer = liveWriter();
        beginWrite(writer);
        try {
          DerivedState now = FactTables.derivedState(writer);
          if (now.derivedDocuments() >= documentSeq
              && now.derivedCurations() >= curationSeq
              && (now.derivedDocuments() > documentSeq || now.derivedCurations() > curationSeq)) {
            // another process stored tables built from a later state meanwhile: keep those
            rollbackWrite(writer);
            return;
          }
          FactTables.replaceDerived(writer, events, claims, relations, documentSeq, curationSeq);
          commitWrite(writer);
        } catch (SQLException | RuntimeException e) {
          try {
            rollbackWrite(writer);
          } catch (SQLException suppressed) {
            e.addSuppressed(suppressed);
          }
          throw e;
        }
      } catch (SQLException e) {
        throw new StorageException(
            "Could not store merged events and claims in "
                + location
                + ": "
                + e.getMessage()
                + "; the previous ones are kept",
            e);
      }
    }
  }

  @Override
  public Optional<Event> event(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(
        read("event " + id, c -> FactTables.one(c, "events", id, Event.class)));
  }

  @Override
  public List<Event> events(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("events", c -> FactTables.events(c, query));
  }

  @Override
  public void forEachEvent(Consumer<? super Event> action) {
    Objects.requireNonNull(action, "action");
    read(
        "events",
        c -> {
          FactTables.forEach(c, "events", Event.class, action);
          return null;
        });
  }

  @Override
  public long eventCount() {
    return count("events");
  }

  @Override
  public Optional<Claim> claim(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(
        read("claim " + id, c -> FactTables.one(c, "claims", id, Claim.class)));
  }

  @Override
  public List<Claim> claims(ClaimQuery query) {
    Objects.requireNonNull(query, "query");
    return read("claims", c -> FactTables.claims(c, query));
  }

  @Override
  public void forEachClaim(Consumer<? super Claim> action) {
    Objects.requireNonNull(action, "action");
    read(
        "claims",
        c -> {
          FactTables.forEach(c, "claims", Claim.class, action);
          return null;
        });
  }

  @Override
  public long claimCount() {
    return count("claims");
  }

  @Override
  public Map<String, java.time.LocalDate> publishedDates(Collection<String> documentIds) {
    Objects.requireNonNull(documentIds, "documentIds");
    if (documentIds.size() > 1_000) {
      throw new IllegalArgumentException(
          "at most 1000 documents at a time, not " + documentIds.size());
    }
    Map<String, java.time.LocalDate> found = new LinkedHashMap<>();
    if (documentIds.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT id, published FROM documents WHERE published IS NOT NULL AND id IN ("
            + String.join(", ", Collections.nCopies(documentIds.size(), "?"))
            + ")";
    return read(
        "publication dates",
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, documentIds.toArray());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.put(rows.getString(1), java.time.LocalDate.parse(rows.getString(2)));
              }
            }
          }
          return found;
        });
  }

  @Override
  public Map<String, EntityHead> heads(Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.size() > 1_000) {
      throw new IllegalArgumentException("at most 1000 ids at a time, not " + ids.size());
    }
    Map<String, EntityHead> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        "SELECT id, type, name FROM entities WHERE id IN ("
            + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
            + ")";
    return read(
        "entities",
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, ids.toArray());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.put(
                    rows.getString(1),
                    new EntityHead(
                        rows.getString(1), entityType(rows.getString(2)), rows.getString(3)));
              }
            }
          }
          return found;
        });
  }

  @Override
  public List<ResolvedMention> mentionsOfDocuments(List<String> documentIds) {
    Objects.requireNonNull(documentIds, "documentIds");
    if (documentIds.size() > 1_000) {
      throw new IllegalArgumentException(
          "at most 1000 documents at a time, not " + documentIds.size());
    }
    List<ResolvedMention> mentions = new ArrayList<>();
    if (!documentIds.isEmpty()) {
      readMentions(
          "mentions in " + documentIds.size() + " documents",
          " WHERE m.document_id IN ("
              + String.join(", ", java.util.Collections.nCopies(documentIds.size(), "?"))
              + ")",
          mentions::add,
          documentIds.toArray());
    }
    return mentions;
  }

  @Override
  public long eventCount(EventQuery query) {
    Objects.requireNonNull(query, "query");
    return read("the number of events", c -> FactTables.eventCount(c, query));
  }

  @Override
  public long claimCount(ClaimQuery query) {
    Objects.requireNonNull(query, "query");
    return read("the number of claims", c -> FactTables.claimCount(c, query));
  }

  @Override
  public Optional<Relation> relation(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(
        read("relation " + id, c -> FactTables.one(c, "relations", id, Relation.class)));
  }

  @Override
  public List<Relation> relationsOf(String entityId, int limit) {
    Objects.requireNonNull(entityId, "entityId");
    return read("relations of " + entityId, c -> FactTables.relationsOf(c, entityId, limit));
  }

  @Override
  public void forEachRelation(Consumer<? super Relation> action) {
    Objects.requireNonNull(action, "action");
    read(
        "relations",
        c -> {
          FactTables.forEach(c, "relations", Relation.class, action);
          return null;
        });
  }

  @Override
  public long relationCount() {
    return count("relations");
  }

  // ---- search ----

  @Override
  public List<SearchHit> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    SearchIndex index;
    synchronized (writeLock) {
      checkOpen();
      if (shared) {
        // other processes may have written since: index what is new first
        openIndexNow();
      }
      index = index();
    }
    try {
      return index.search(query, limit);
    } catch (AlreadyClosedException e) {
      throw new IllegalStateException("Store " + location + " is closed", e);
    } catch (IOException e) {
      throw new StorageException(
          "Search failed in " + index.path() + ": " + e + "; reopening the store rebuilds it", e);
    }
  }

  // ---- reads for the web application ----

  @Override
  public long revision() {
    return read(
        "the store revision",
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT (SELECT COALESCE(MAX(seq), 0) FROM documents)"
                          + " + (SELECT COALESCE(MAX(seq), 0) FROM curation)")) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  @Override
  public Map<String, Integer> titles(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    String sql =
        "SELECT m.title, COUNT(*) FROM mentions m WHERE m.entity_id = "
            + LIVE_ID
            + " AND m.title IS NOT NULL GROUP BY m.title ORDER BY COUNT(*) DESC, MIN(m.rowid)";
    return read(
        "titles of " + entityId,
        connection -> {
          Map<String, Integer> titles = new LinkedHashMap<>();
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, entityId, entityId);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                titles.put(rows.getString(1), rows.getInt(2));
              }
            }
          }
          return titles;
        });
  }

  @Override
  public List<Cooccurrence> cooccurring(String entityId, int documents, int limit) {
    Objects.requireNonNull(entityId, "entityId");
    if (documents < 1 || limit < 1) {
      throw new IllegalArgumentException(
          "documents and limit must be at least 1, not " + documents + " and " + limit);
    }
    String sql =
        "WITH self(id) AS (SELECT "
            + LIVE_ID
            + "), docs(id) AS (SELECT d.id FROM documents d WHERE d.id IN"
            + " (SELECT m.document_id FROM mentions m WHERE m.entity_id = (SELECT id FROM self))"
            + " ORDER BY d.seq DESC LIMIT ?)"
            + " SELECT e.id, e.type, e.name, COUNT(DISTINCT m.document_id) AS n FROM mentions m"
            + " JOIN entities e ON e.id = m.entity_id"
            + " WHERE m.document_id IN (SELECT id FROM docs) AND m.entity_id <> (SELECT id FROM self)"
            + " GROUP BY e.seq ORDER BY n DESC, e.seq LIMIT ?";
    return read(
        "entities co-occurring with " + entityId,
        connection -> {
          List<Cooccurrence> found = new ArrayList<>();
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, entityId, entityId, documents, limit);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(
                    new Cooccurrence(
                        new EntityHead(
                            rows.getString(1), entityType(rows.getString(2)), rows.getString(3)),
                        rows.getInt(4)));
              }
            }
          }
          return found;
        });
  }

  // ---- helpers ----

  private <T> T read(String what, SqlFunction<T> work) {
    try {
      return reads.withConnection(work);
    } catch (SQLException e) {
      throw new StorageException(
          "Could not read " + what + " from " + location + ": " + e.getMessage(), e);
    }
  }

  private long count(String table) {
    return read(
        "the number of " + table,
        connection -> {
          try (Statement statement = connection.createStatement();
              ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }

  private static @Nullable String interned(@Nullable String value) {
    return value == null ? null : value.intern();
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, not " + offset);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, not " + limit);
    }
  }

  private static EntityType entityType(String stored) throws SQLException {
    try {
      return EntityType.valueOf(stored);
    } catch (IllegalArgumentException e) {
      throw new SQLException(
          "unknown entity type '" + stored + "'; the store was written by a newer Dossier", e);
    }
  }

  // ---- close ----

  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      commitIndex();
      try {
        if (index != null) {
          index.close();
        }
      } catch (IOException | RuntimeException e) {
        // the index is derived data: the next open repairs it from the database
        log.warn("Search index of store {} did not close cleanly: {}", location, e.toString());
      }
      SQLException failure = null;
      try {
        reads.close();
      } catch (SQLException e) {
        failure = e;
      }
      try {
        writer.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
      closeResources();
      if (failure != null) {
        throw new StorageException(
            "Could not close the database " + location + ": " + failure.getMessage(), failure);
      }
    }
  }
}
