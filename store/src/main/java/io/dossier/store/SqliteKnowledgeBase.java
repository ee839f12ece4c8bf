// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded knowledge base: one folder holding a SQLite database ({@value #DATABASE_FILE}),
 * which is the source of truth, and a Lucene full-text index ({@value #INDEX_FOLDER}/) derived from
 * it. What it shares with the PostgreSQL store is in {@link JdbcKnowledgeBase}.
 *
 * <p><b>Threads and processes.</b> One thread at a time writes (commits are serialized); any number
 * of threads may read concurrently through a small pool of read-only connections, which SQLite's
 * WAL mode lets run beside the writer. One process at a time opens a store: the index's write lock
 * guards it, so {@link #exclusively} needs no lock beyond the writer's.
 */
public final class SqliteKnowledgeBase extends JdbcKnowledgeBase {

  /** The database file inside a store folder. */
  public static final String DATABASE_FILE = "dossier.sqlite";

  /** The full-text index folder inside a store folder. */
  public static final String INDEX_FOLDER = "index";

  /** Flyway location of the SQLite migrations. */
  static final String MIGRATIONS = "classpath:io/dossier/store/migration/sqlite";

  private static final int BUSY_TIMEOUT_MILLIS = 30_000;
  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private final Path folder;

  private SqliteKnowledgeBase(
      Path folder,
      Connection writer,
      ReadConnections reads,
      SearchIndex index,
      int indexCommitInterval) {
    super(folder.toString(), writer, reads, index, indexCommitInterval, false);
    this.folder = folder;
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
    SearchIndex index = SearchIndex.open(indexFolder, "");
    Connection writer = null;
    ReadConnections reads = null;
    try {
      writer = connectWriter(database);
      migrate(dataSource(database, false), MIGRATIONS, database.toString());
      reads = new ReadConnections(dataSource(database, true), dir.toString());
      SqliteKnowledgeBase store =
          new SqliteKnowledgeBase(dir, writer, reads, index, indexCommitInterval);
      store.openIndexNow();
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

  /** The store folder. */
  public Path folder() {
    return folder;
  }

  // ---- transactions ----

  /**
   * Explicit statements rather than setAutoCommit(false): the driver would open the next
   * transaction right after each commit and so hold the write lock between documents. IMMEDIATE
   * takes SQLite's write lock when the transaction begins, never halfway through.
   */
  @Override
  void beginWrite(Connection writer) throws SQLException {
    execute(writer, "BEGIN IMMEDIATE");
  }

  @Override
  void commitWrite(Connection writer) throws SQLException {
    execute(writer, "COMMIT");
  }

  @Override
  void rollbackWrite(Connection writer) throws SQLException {
    execute(writer, "ROLLBACK");
  }

  /** Nothing to take: no other process opens the store while this one has it. */
  @Override
  void lockExclusive(Connection writer) {}

  @Override
  void unlockExclusive(Connection writer) {}

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  // ---- opening ----

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

  /**
   * The writer's page cache, in KiB (SQLite's default is 2 MiB). Rewriting the derived tables
   * inserts millions of rows into indexes keyed by hashes, in random order: with the default cache
   * most of those inserts evict a page, and pages are written to the log several times before the
   * commit. Native memory, taken only as pages are used.
   */
  static final int WRITER_CACHE_KIB = 64 * 1024;

  private static Connection connectWriter(Path database) {
    try {
      Connection connection = dataSource(database, false).getConnection();
      // a first statement makes SQLite read the file, so a file that is no database fails here
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA schema_version");
        statement.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
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
}
