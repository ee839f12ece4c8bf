// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import io.dossier.model.StorageException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared knowledge base: a database on a PostgreSQL server, which any number of Dossier
 * processes (ingests, servers, curators) use at once. The tables, migrations (same versions, the
 * PostgreSQL dialect) and queries are those of the embedded store ({@link JdbcKnowledgeBase}).
 *
 * <p><b>Concurrent writers.</b> Every write transaction (a commit, a curation decision, the
 * replacement of derived tables) first takes one transaction-scoped advisory lock of the database
 * ({@code pg_advisory_xact_lock}), so writes from all processes happen one after the other:
 * document numbers follow commit order, and a document's "already stored?" check inside its
 * transaction refuses a copy another process committed first. {@link #exclusively} holds the same
 * lock at session level across an ingest's resolve-then-commit of one article, so two processes
 * never both create an entity for the same new name. A process that dies releases its locks with
 * its session.
 *
 * <p><b>Search.</b> The Lucene index is a cache on this machine, derived from the database: it
 * lives in {@code $XDG_CACHE_HOME/dossier/search/} (or {@code ~/.cache/…}), named after the server
 * and database, and records which database it was built from. It is opened on the first search,
 * which indexes whatever the database has that the cache lacks, and every later search first
 * indexes what other processes wrote since. When another process on this machine holds that folder,
 * a private one is built in a temporary folder instead and deleted on close. Ingests never open it.
 *
 * <p><b>Reads</b> run in read-only REPEATABLE READ transactions, one per read call, so a streamed
 * export sees one state of the database and the driver fetches long results in batches.
 */
public final class PostgresKnowledgeBase extends JdbcKnowledgeBase {

  private static final Logger log = LoggerFactory.getLogger(PostgresKnowledgeBase.class);

  /** Flyway location of the PostgreSQL migrations. */
  static final String MIGRATIONS = "classpath:io/dossier/store/migration/postgresql";

  /** The advisory lock key of a Dossier store ("Dossier" in ASCII); one store per database. */
  static final long WRITE_LOCK = 0x446f7373696572L;

  private static final int CONNECT_TIMEOUT_SECONDS = 10;
  private static final int FETCH_SIZE = 500;

  private final StoreLocation.Postgres postgres;
  private final PGSimpleDataSource source;
  private final Path indexFolder;
  private final String identity;
  private @Nullable Path temporaryIndex;

  private PostgresKnowledgeBase(
      StoreLocation.Postgres postgres,
      PGSimpleDataSource source,
      Connection writer,
      ReadConnections reads,
      Path indexFolder,
      String identity,
      int indexCommitInterval) {
    super(postgres.toString(), writer, reads, null, indexCommitInterval, true);
    this.postgres = postgres;
    this.source = source;
    this.indexFolder = indexFolder;
    this.identity = identity;
  }

  /**
   * Opens the store in the database {@code location} names, creating its tables if the database is
   * empty and migrating older ones. The database itself must exist.
   *
   * @throws StorageException with a one-line reason and hint if the server cannot be reached, the
   *     login fails, the database does not exist or holds something else
   */
  public static PostgresKnowledgeBase open(StoreLocation.Postgres location) {
    return open(location, defaultIndexFolder(location, System.getenv()));
  }

  /** As {@link #open(StoreLocation.Postgres)}, with the search index cached in {@code index}. */
  public static PostgresKnowledgeBase open(StoreLocation.Postgres location, Path index) {
    return open(location, index, DEFAULT_INDEX_COMMIT_INTERVAL);
  }

  static PostgresKnowledgeBase open(
      StoreLocation.Postgres location, Path index, int indexCommitInterval) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(index, "index");
    PGSimpleDataSource source = dataSource(location);
    Connection writer = connect(source, location);
    ReadConnections reads = null;
    try {
      migrate(source, MIGRATIONS, location.toString());
      String identity = identity(writer);
      reads = new ReadConnections(source, location.toString(), true);
      return new PostgresKnowledgeBase(
          location, source, writer, reads, index, identity, indexCommitInterval);
    } catch (SQLException | RuntimeException e) {
      try {
        if (reads != null) {
          reads.close();
        }
        writer.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof SQLException) {
        throw new StorageException("Cannot open the store " + location + ": " + e.getMessage(), e);
      }
      throw (RuntimeException) e;
    }
  }

  /** The location of the store. */
  public StoreLocation.Postgres postgres() {
    return postgres;
  }

  /**
   * Where the search index of {@code location} is cached on this machine: {@code
   * $XDG_CACHE_HOME/dossier/search/HOST-PORT-DATABASE}, or under {@code ~/.cache}.
   */
  static Path defaultIndexFolder(StoreLocation.Postgres location, Map<String, String> env) {
    String cache = env.get("XDG_CACHE_HOME");
    Path base =
        cache != null && !cache.isBlank()
            ? Path.of(cache)
            : Path.of(System.getProperty("user.home"), ".cache");
    String name =
        (location.host() + "-" + location.port() + "-" + location.database())
            .replaceAll("[^A-Za-z0-9._-]", "_");
    return base.resolve("dossier").resolve("search").resolve(name);
  }

  private static PGSimpleDataSource dataSource(StoreLocation.Postgres location) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {location.host()});
    source.setPortNumbers(new int[] {location.port()});
    source.setDatabaseName(location.database());
    source.setUser(location.user());
    if (location.password() != null) {
      source.setPassword(location.password());
    }
    source.setApplicationName("dossier");
    source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
    source.setTcpKeepAlive(true);
    // cursors for long reads (used outside auto-commit, which is how reads run)
    source.setDefaultRowFetchSize(FETCH_SIZE);
    for (Map.Entry<String, String> parameter : location.parameters().entrySet()) {
      try {
        source.setProperty(parameter.getKey(), parameter.getValue());
      } catch (SQLException e) {
        throw new io.dossier.model.ConfigException(
            "--store "
                + location
                + ": the driver refuses the parameter "
                + parameter.getKey()
                + "="
                + parameter.getValue()
                + " ("
                + e.getMessage()
                + ")",
            e);
      }
    }
    return source;
  }

  /** The first connection, whose failure says in one line what is wrong and how to fix it. */
  private static Connection connect(PGSimpleDataSource source, StoreLocation.Postgres location) {
    try {
      return source.getConnection();
    } catch (SQLException e) {
      throw new StorageException(
          "Cannot open the store " + location + ": " + reason(e, location), e);
    }
  }

  /** A failed connection explained: what happened, then what to do. */
  static String reason(SQLException e, StoreLocation.Postgres location) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String message = firstLine(e.getMessage());
    Throwable cause = e.getCause();
    String server = location.host() + ":" + location.port();
    if (cause instanceof UnknownHostException) {
      return "unknown host " + location.host() + "; check the server name in the URL";
    }
    if (cause instanceof ConnectException
        || cause instanceof NoRouteToHostException
        || cause instanceof SocketTimeoutException
        || state.equals("08001") && message.toLowerCase(Locale.ROOT).contains("refused")) {
      return "no PostgreSQL server answers at "
          + server
          + " ("
          + message
          + "); check that the server runs and accepts TCP connections there (listen_addresses,"
          + " port)";
    }
    if (state.equals("3D000")) {
      return "the database "
          + location.database()
          + " does not exist; create it first, e.g. 'createdb -h "
          + location.host()
          + " -p "
          + location.port()
          + " -O "
          + location.user()
          + " "
          + location.database()
          + "'";
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return message
          + "; give the user and password in the URL (postgresql://USER:PASSWORD@HOST/DB) or in"
          + " PGUSER and PGPASSWORD, and check pg_hba.conf";
    }
    if (state.equals("08004") || state.equals("53300")) {
      return message + "; the server refuses new connections, try again later";
    }
    return message;
  }

  /**
   * Identifies this database for the search-index cache: its object id and the time its first
   * migration ran, so a database dropped and created again under the same name is another store.
   */
  private static String identity(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT d.oid, h.installed_on FROM pg_database d, flyway_schema_history h"
                    + " WHERE d.datname = current_database() AND h.installed_rank = 1");
        ResultSet rows = query.executeQuery()) {
      if (!rows.next()) {
        throw new SQLException("the schema history of the database is empty");
      }
      return "postgresql:" + rows.getLong(1) + ":" + rows.getTimestamp(2).toInstant();
    }
  }

  // ---- transactions and locks ----

  @Override
  void beginWrite(Connection writer) throws SQLException {
    writer.setAutoCommit(false);
    lock(writer, "SELECT pg_advisory_xact_lock(?)");
  }

  @Override
  void commitWrite(Connection writer) throws SQLException {
    writer.commit();
    writer.setAutoCommit(true);
  }

  @Override
  void rollbackWrite(Connection writer) throws SQLException {
    try {
      writer.rollback();
    } finally {
      writer.setAutoCommit(true);
    }
  }

  @Override
  void lockExclusive(Connection writer) throws SQLException {
    lock(writer, "SELECT pg_advisory_lock(?)");
  }

  @Override
  void unlockExclusive(Connection writer) throws SQLException {
    lock(writer, "SELECT pg_advisory_unlock(?)");
  }

  private static void lock(Connection writer, String sql) throws SQLException {
    try (PreparedStatement statement = writer.prepareStatement(sql)) {
      statement.setLong(1, WRITE_LOCK);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
      }
    }
  }

  /** A new connection when the server dropped the writer's (a restart, an idle timeout). */
  @Override
  Connection usableWriter(Connection writer) throws SQLException {
    if (!writer.isClosed() && writer.isValid(CONNECT_TIMEOUT_SECONDS)) {
      return writer;
    }
    log.info("Store {}: the connection was lost; connecting again", postgres);
    try {
      writer.close();
    } catch (SQLException e) {
      log.debug("Closing the lost connection of {} failed", postgres, e);
    }
    return source.getConnection();
  }

  // ---- search index cache ----

  @Override
  SearchIndex openIndex() {
    SearchIndex index = SearchIndex.openUnlessLocked(indexFolder, identity);
    if (index != null) {
      return index;
    }
    try {
      Path temporary = Files.createTempDirectory("dossier-search-");
      log.info(
          "Search index cache {} is in use by another process; building a private one in {}",
          indexFolder,
          temporary);
      temporaryIndex = temporary;
      return SearchIndex.open(temporary, identity);
    } catch (IOException e) {
      throw new StorageException(
          "Cannot create a search index for " + postgres + ": " + e + "; check TMPDIR", e);
    }
  }

  @Override
  void closeResources() {
    Path temporary = temporaryIndex;
    if (temporary == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(temporary)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      log.warn("Could not delete the temporary search index {}: {}", temporary, e.toString());
    }
  }
}
