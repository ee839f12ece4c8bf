// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.Alias;
import io.dossier.model.Article;
import io.dossier.model.Entity;
import io.dossier.model.EntityHead;
import io.dossier.model.EntityKey;
import io.dossier.model.EntityType;
import io.dossier.model.PublishedBasis;
import io.dossier.model.ResolvedDocument;
import io.dossier.model.ResolvedMention;
import io.dossier.model.Span;
import io.dossier.model.StorageException;
import io.dossier.model.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.store.AlreadyClosedException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded knowledge base: one folder holding a SQLite database ({@value #DATABASE_FILE}),
 * which is the source of truth, and a Lucene full-text index ({@value #INDEX_FOLDER}/) derived from
 * it.
 *
 * <p><b>Atomicity.</b> {@link #commit} writes a document and everything found in it in one SQLite
 * transaction and gives it the next ingest sequence number. The index is updated afterwards and
 * made durable in batches (every {@value #DEFAULT_INDEX_COMMIT_INTERVAL} documents and on {@link
 * #close}); each Lucene commit records the sequence number it covers. On {@link #open}, every
 * document with a higher number, and every entity such a document touched, is indexed again. So a
 * run killed at any point loses no committed document, duplicates nothing, and search catches up on
 * the next open.
 *
 * <p><b>Threads.</b> One thread at a time writes (commits are serialized); any number of threads
 * may read concurrently through a small pool of read-only connections, which SQLite's WAL mode lets
 * run beside the writer. One process at a time opens a store: the index's write lock guards it.
 */
public final class SqliteKnowledgeBase implements KnowledgeBase {

  private static final Logger log = LoggerFactory.getLogger(SqliteKnowledgeBase.class);

  /** The database file inside a store folder. */
  public static final String DATABASE_FILE = "dossier.sqlite";

  /** The full-text index folder inside a store folder. */
  public static final String INDEX_FOLDER = "index";

  /** Documents between two durable index commits. */
  static final int DEFAULT_INDEX_COMMIT_INTERVAL = 200;

  private static final int BUSY_TIMEOUT_MILLIS = 30_000;
  private static final String MIGRATIONS = "classpath:io/dossier/store/migration";
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  // ---- SQL ----

  private static final String DOCUMENT_COLUMNS =
      "d.seq, d.id, d.source, d.outlet, d.title, d.published, d.published_basis, d.language,"
          + " d.text, d.url, d.content_hash, d.duplicate_of, r.text";
  private static final String ALL_DOCUMENTS = "documents";
  private static final String ONE_DOCUMENT = "(SELECT * FROM documents WHERE id = ?)";
  private static final String PAGE_OF_DOCUMENTS =
      "(SELECT * FROM documents ORDER BY seq LIMIT ? OFFSET ?)";
  private static final String DOCUMENTS_AFTER = "(SELECT * FROM documents WHERE seq > ?)";

  private static final String ALL_ENTITIES = "entities";
  private static final String ONE_ENTITY = "(SELECT * FROM entities WHERE id = ?)";
  private static final String PAGE_OF_ENTITIES =
      "(SELECT * FROM entities ORDER BY seq LIMIT ? OFFSET ?)";

  private static final String MENTION_COLUMNS =
      "m.entity_id, m.document_id, m.span_start, m.span_end, m.text, m.title, m.rule";
  private static final String MENTION_ORDER = " ORDER BY d.seq, m.span_start, m.span_end, m.rowid";

  private static final String INSERT_DOCUMENT =
      "INSERT INTO documents (id, source, outlet, title, published, published_basis, language,"
          + " text, url, content_hash, duplicate_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
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
  private static final String INSERT_KEY =
      "INSERT INTO entity_keys (type, key, entity_id) VALUES (?, ?, ?)"
          + " ON CONFLICT (type, key, entity_id) DO NOTHING";

  /** Entities to index after documents numbered above {@code ?}: those they mention or create. */
  private static final String ENTITIES_TOUCHED_AFTER =
      "SELECT e.id, e.type, e.name, m.text FROM entities e"
          + " LEFT JOIN mentions m ON m.entity_id = e.id"
          + " WHERE e.id IN (SELECT m2.entity_id FROM mentions m2"
          + " JOIN documents d2 ON d2.id = m2.document_id WHERE d2.seq > ?"
          + " UNION SELECT e3.id FROM entities e3"
          + " JOIN documents d3 ON d3.id = e3.created_in WHERE d3.seq > ?)"
          + " ORDER BY e.seq";

  private final Path folder;
  private final Path database;
  private final ReadConnections reads;
  private final SearchIndex index;
  private final int indexCommitInterval;

  private final Object writeLock = new Object();
  // the fields below are guarded by writeLock
  private final Connection writer;

  /** Every document up to this number is in the index (committed or not yet). */
  private long indexedSeq;

  /** An index update failed or was skipped: indexedSeq stays put until the next open. */
  private boolean indexStale;

  private int uncommittedIndexUpdates;
  private boolean closed;

  private SqliteKnowledgeBase(
      Path folder,
      Path database,
      Connection writer,
      ReadConnections reads,
      SearchIndex index,
      int indexCommitInterval) {
    this.folder = folder;
    this.database = database;
    this.writer = writer;
    this.reads = reads;
    this.index = index;
    this.indexCommitInterval = indexCommitInterval;
  }

  /**
   * Opens the store in {@code folder}, creating the folder and an empty store if missing, migrating
   * an existing store to the current schema, and bringing the search index up to date.
   *
   * @throws StorageException if {@code folder} is a file, holds something other than a store, holds
   *     a damaged database, or is in use by another process
   */
  public static SqliteKnowledgeBase open(Path folder) {
    return open(folder, DEFAULT_INDEX_COMMIT_INTERVAL);
  }

  /** As {@link #open(Path)}, with a durable index commit every {@code indexCommitInterval} docs. */
  static SqliteKnowledgeBase open(Path folder, int indexCommitInterval) {
    Objects.requireNonNull(folder, "folder");
    if (indexCommitInterval < 1) {
      throw new IllegalArgumentException(
          "indexCommitInterval must be at least 1, not " + indexCommitInterval);
    }
    Path dir = folder.toAbsolutePath().normalize();
    Path database = prepareFolder(dir);
    Path indexFolder = dir.resolve(INDEX_FOLDER);
    boolean newIndexFolder = !Files.exists(indexFolder);
    // the index's write lock is taken first: it keeps a second process out of the whole store
    SearchIndex index = SearchIndex.open(indexFolder);
    Connection writer = null;
    ReadConnections reads = null;
    try {
      writer = connectWriter(database);
      migrate(database);
      reads = new ReadConnections(dataSource(database, true), dir.toString());
      SqliteKnowledgeBase store =
          new SqliteKnowledgeBase(dir, database, writer, reads, index, indexCommitInterval);
      store.catchUpIndex();
      return store;
    } catch (RuntimeException e) {
      closeAfterFailedOpen(e, index, reads, writer);
      if (newIndexFolder) {
        // leave a folder that turned out not to be a store as it was
        deleteQuietly(indexFolder, e);
      }
      throw e;
    }
  }

  private static void deleteQuietly(Path folder, RuntimeException failure) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Checks that {@code dir} is, or can become, a store; returns the database path. */
  private static Path prepareFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StorageException(
          "Cannot open store "
              + dir
              + ": it is a file, not a folder; pass a folder (it is created if missing)");
    }
    Path database = dir.resolve(DATABASE_FILE);
    try {
      Files.createDirectories(dir);
      if (Files.isDirectory(database)) {
        throw new StorageException(
            "Cannot open store "
                + dir
                + ": "
                + DATABASE_FILE
                + " is a folder; pass another folder");
      }
      if (Files.exists(database)) {
        checkSqliteHeader(database);
      } else {
        List<String> foreign;
        try (Stream<Path> entries = Files.list(dir)) {
          foreign =
              entries
                  .map(entry -> entry.getFileName().toString())
                  .filter(name -> !name.equals(INDEX_FOLDER))
                  .sorted()
                  .limit(3)
                  .toList();
        }
        if (!foreign.isEmpty()) {
          throw new StorageException(
              "Cannot open store "
                  + dir
                  + ": the folder is not a Dossier store (it holds "
                  + String.join(", ", foreign)
                  + " but no "
                  + DATABASE_FILE
                  + "); pass an empty or new folder");
        }
      }
    } catch (IOException e) {
      throw new StorageException(
          "Cannot create store folder " + dir + ": " + e + "; check the path and permissions", e);
    }
    return database;
  }

  /** Fails early, before anything is created, when the database file is not SQLite at all. */
  private static void checkSqliteHeader(Path database) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(database)) {
      head = in.readNBytes(SQLITE_HEADER.length);
    }
    // an empty file is a valid empty database
    if (head.length > 0 && !Arrays.equals(head, SQLITE_HEADER)) {
      throw new StorageException(
          "Cannot open store "
              + database.getParent()
              + ": "
              + database
              + " is not a SQLite database; move it away or pass another folder");
    }
  }

  private static DataSource dataSource(Path database, boolean readOnly) {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    if (readOnly) {
      config.setReadOnly(true);
    } else {
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      // FULL: a committed article survives power loss, not only a killed process
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      // the writer takes the write lock when its transaction begins, never halfway through
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    }
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + database);
    return source;
  }

  private static Connection connectWriter(Path database) {
    try {
      Connection connection = dataSource(database, false).getConnection();
      // a first statement makes SQLite read the file, so a file that is no database fails here
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA schema_version");
      } catch (SQLException e) {
        try {
          connection.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
      return connection;
    } catch (SQLException e) {
      throw new StorageException(
          "Cannot open "
              + database
              + " as a SQLite database: "
              + e.getMessage()
              + "; if it is not a Dossier store, move it away or pass another folder",
          e);
    }
  }

  private static void migrate(Path database) {
    try {
      Flyway.configure(SqliteKnowledgeBase.class.getClassLoader())
          .dataSource(dataSource(database, false))
          .loggers("slf4j")
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      String detail = firstLine(e.getMessage());
      String reason =
          detail.contains("no schema history table")
              ? "it holds tables of another application, not a Dossier store; pass another folder"
              : detail + " (is it a store written by a newer version of Dossier?)";
      throw new StorageException(
          "Cannot bring the database " + database + " to the current schema: " + reason, e);
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "no details";
    }
    String trimmed = message.strip();
    int end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.substring(0, end).strip();
  }

  private static void closeAfterFailedOpen(
      RuntimeException failure,
      SearchIndex index,
      @Nullable ReadConnections reads,
      @Nullable Connection writer) {
    try {
      index.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
    try {
      if (reads != null) {
        reads.close();
      }
      if (writer != null) {
        writer.close();
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** The store folder. */
  public Path folder() {
    return folder;
  }

  // ---- index recovery ----

  /** Indexes what the last durable index commit missed; everything if the index is new. */
  private void catchUpIndex() {
    synchronized (writeLock) {
      long committed = index.committedSeq();
      try {
        long last = read("the last document number", SqliteKnowledgeBase::maxSeq);
        long from = committed;
        if (committed < 0 || committed > last) {
          if (committed > last) {
            log.warn(
                "Search index of {} is ahead of its database ({} > {}); rebuilding it",
                folder,
                committed,
                last);
          }
          index.clear();
          from = 0;
        } else if (committed == last) {
          indexedSeq = last;
          return;
        }
        if (last > from) {
          log.info("Indexing documents {} to {} of store {} for search", from + 1, last, folder);
        }
        long after = from;
        reads.withConnection(
            connection -> {
              indexDocumentsAfter(connection, after);
              indexEntitiesTouchedAfter(connection, after);
              return null;
            });
        index.commit(last);
        indexedSeq = last;
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
              index.putDocument(article);
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
      index.putEntity(entity, aliases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- writes ----

  @Override
  public boolean commit(ResolvedDocument document) {
    return commit(document, true);
  }

  /**
   * As {@link #commit(ResolvedDocument)}; with {@code updateIndex} false the index is left as if
   * the process had died right after the SQLite commit (for recovery tests).
   */
  boolean commit(ResolvedDocument document, boolean updateIndex) {
    Objects.requireNonNull(document, "document");
    checkConsistent(document);
    String id = document.article().id();
    synchronized (writeLock) {
      if (closed) {
        throw new IllegalStateException("Store " + folder + " is closed");
      }
      OptionalLong seq;
      try {
        seq = insert(document);
      } catch (SQLException e) {
        throw new StorageException(
            "Could not store "
                + id
                + " in "
                + database
                + ": "
                + e.getMessage()
                + "; nothing of the document was stored",
            e);
      }
      if (seq.isEmpty()) {
        log.debug("Skipped {}: already in store {}", id, folder);
        return false;
      }
      log.debug(
          "Stored {} as number {}: {} mentions, {} new entities",
          id,
          seq.getAsLong(),
          document.mentions().size(),
          document.newEntities().size());
      if (updateIndex) {
        updateIndex(document, seq.getAsLong());
      } else {
        indexStale = true;
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

  /** One transaction; empty if the document is already stored. Caller holds the write lock. */
  private OptionalLong insert(ResolvedDocument document) throws SQLException {
    Article article = document.article();
    // explicit statements rather than setAutoCommit(false): the driver would open the next
    // transaction right after each commit and so hold the write lock between documents
    execute("BEGIN IMMEDIATE");
    try {
      if (containsDocument(writer, article.id())) {
        execute("ROLLBACK");
        return OptionalLong.empty();
      }
      long seq = insertDocument(article);
      insertRemoved(article);
      insertTimes(article.id(), document.analysis().times());
      insertEntities(article.id(), document.newEntities());
      insertMentions(document.mentions());
      insertKeys(document.keys());
      execute("COMMIT");
      return OptionalLong.of(seq);
    } catch (SQLException | RuntimeException e) {
      try {
        execute("ROLLBACK");
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = writer.createStatement()) {
      statement.execute(sql);
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
      insert.executeUpdate();
    }
    try (Statement statement = writer.createStatement();
        ResultSet rows = statement.executeQuery("SELECT last_insert_rowid()")) {
      rows.next();
      return rows.getLong(1);
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

  private void insertKeys(List<EntityKey> keys) throws SQLException {
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = writer.prepareStatement(INSERT_KEY)) {
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
          folder,
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
                "SELECT DISTINCT text FROM mentions WHERE entity_id = ? ORDER BY text")) {
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

  /** Makes index updates durable. Caller holds the write lock. */
  private void commitIndex() {
    try {
      index.commit(indexedSeq);
      uncommittedIndexUpdates = 0;
    } catch (IOException | AlreadyClosedException e) {
      indexStale = true;
      log.warn(
          "Search index of store {} not committed; it is brought up to date when next opened: {}",
          folder,
          e.toString());
    }
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
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    return read(
        "entities under key " + key,
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  "SELECT e.id, e.type, e.name FROM entity_keys k"
                      + " JOIN entities e ON e.id = k.entity_id"
                      + " WHERE k.type = ? AND k.key = ? ORDER BY e.seq")) {
            query.setString(1, type.name());
            query.setString(2, key);
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
    readEntities("entity " + id, ONE_ENTITY, found::add, id);
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

  private void readEntities(
      String what, String source, Consumer<? super Entity> action, Object... parameters) {
    String sql =
        "SELECT e.seq, e.id, e.type, e.name, m.text, m.rule, m.document_id FROM "
            + source
            + " e LEFT JOIN mentions m ON m.entity_id = e.id"
            + " LEFT JOIN documents d ON d.id = m.document_id"
            + " ORDER BY e.seq, d.seq, m.span_start, m.span_end, m.rowid";
    read(
        what,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
              EntityRow current = null;
              while (rows.next()) {
                long seq = rows.getLong(1);
                if (current == null || current.seq != seq) {
                  if (current != null) {
                    action.accept(current.toEntity());
                  }
                  current = new EntityRow(seq, rows);
                }
                String text = rows.getString(5);
                if (text != null) {
                  current.add(text, rows.getString(6), rows.getString(7));
                }
              }
              if (current != null) {
                action.accept(current.toEntity());
              }
            }
          }
          return null;
        });
  }

  /** An entity whose aliases, counts and documents are being computed from its mentions. */
  private static final class EntityRow {
    final long seq;
    final EntityHead head;
    final Map<String, AliasCount> aliases = new LinkedHashMap<>();
    final Set<String> documents = new LinkedHashSet<>();
    int mentions;

    EntityRow(long seq, ResultSet rows) throws SQLException {
      this.seq = seq;
      this.head =
          new EntityHead(rows.getString(2), entityType(rows.getString(3)), rows.getString(4));
    }

    /** Adds one mention; mentions arrive in ingest order, so the first rule seen is the oldest. */
    void add(String text, String rule, String document) {
      aliases.computeIfAbsent(text, name -> new AliasCount(linkRule(rule))).count++;
      documents.add(document);
      mentions++;
    }

    Entity toEntity() {
      List<Alias> forms = new ArrayList<>(aliases.size());
      aliases.forEach((name, alias) -> forms.add(new Alias(name, alias.count, alias.rule)));
      // most used first; a stable sort keeps first appearance among equals
      forms.sort(Comparator.comparingInt(Alias::mentions).reversed());
      return new Entity(
          head.id(), head.type(), head.name(), forms, mentions, List.copyOf(documents));
    }
  }

  /** Mention count and first linking rule of one surface form. */
  private static final class AliasCount {
    final String rule;
    int count;

    AliasCount(String rule) {
      this.rule = rule;
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
    readMentions("mentions of " + entityId, " WHERE m.entity_id = ?", mentions::add, entityId);
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
    String sql =
        "SELECT "
            + MENTION_COLUMNS
            + " FROM mentions m JOIN documents d ON d.id = m.document_id"
            + where
            + MENTION_ORDER;
    read(
        what,
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                action.accept(
                    new ResolvedMention(
                        rows.getString(1),
                        rows.getString(2),
                        new Span(rows.getInt(3), rows.getInt(4)),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7)));
              }
            }
          }
          return null;
        });
  }

  // ---- search ----

  @Override
  public List<SearchHit> search(String query, int limit) {
    Objects.requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, not " + limit);
    }
    try {
      return index.search(query, limit);
    } catch (AlreadyClosedException e) {
      throw new IllegalStateException("Store " + folder + " is closed", e);
    } catch (IOException e) {
      throw new StorageException(
          "Search failed in " + index.path() + ": " + e + "; reopening the store rebuilds it", e);
    }
  }

  // ---- helpers ----

  private <T> T read(String what, SqlFunction<T> work) {
    try {
      return reads.withConnection(work);
    } catch (SQLException e) {
      throw new StorageException(
          "Could not read " + what + " from " + database + ": " + e.getMessage(), e);
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
        index.close();
      } catch (IOException | RuntimeException e) {
        // the index is derived data: the next open repairs it from the database
        log.warn("Search index of store {} did not close cleanly: {}", folder, e.toString());
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
      if (failure != null) {
        throw new StorageException(
            "Could not close the database " + database + ": " + failure.getMessage(), failure);
      }
    }
  }
}
