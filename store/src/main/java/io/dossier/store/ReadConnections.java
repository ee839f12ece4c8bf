// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A small pool of read-only connections, so that readers on any thread never wait for the writer or
 * for each other: SQLite in WAL mode lets each reader see the last committed state while a write is
 * in progress. A connection is opened when none is idle and kept for reuse up to {@link #MAX_IDLE}.
 *
 * <p>With {@code snapshots}, each piece of work runs in one read-only REPEATABLE READ transaction
 * (PostgreSQL): its queries see one state of a database that other processes write to, and the
 * driver streams long results with a cursor instead of loading them whole, which it does only
 * outside auto-commit.
 */
final class ReadConnections implements AutoCloseable {

  private static final int MAX_IDLE = 4;

  private final DataSource source;
  private final String store;
  private final boolean snapshots;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  ReadConnections(DataSource source, String store) {
    this(source, store, false);
  }

  ReadConnections(DataSource source, String store, boolean snapshots) {
    this.source = source;
    this.store = store;
    this.snapshots = snapshots;
  }

  /**
   * Runs {@code work} with a read-only connection in auto-commit mode. A connection whose work
   * failed is closed rather than reused.
   *
   * @throws IllegalStateException if the pool is closed
   */
  <T> T withConnection(SqlFunction<T> work) throws SQLException {
    Connection connection = borrow();
    T result;
    try {
      result = work.apply(connection);
      if (snapshots) {
        // ends the read transaction
        connection.commit();
      }
    } catch (SQLException | RuntimeException | Error e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    giveBack(connection);
    return result;
  }

  private Connection borrow() throws SQLException {
    Connection connection;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("Store " + store + " is closed");
      }
      connection = idle.pollFirst();
    }
    return connection != null ? connection : open();
  }

  private Connection open() throws SQLException {
    Connection connection = source.getConnection();
    if (snapshots) {
      try {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      } catch (SQLException e) {
        try {
          connection.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
    return connection;
  }

  private void giveBack(Connection connection) throws SQLException {
    synchronized (this) {
      if (!closed && idle.size() < MAX_IDLE) {
        idle.addFirst(connection);
        return;
      }
    }
    connection.close();
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    synchronized (this) {
      closed = true;
      for (Connection connection : idle) {
        failure = closeCollecting(connection, failure);
      }
      idle.clear();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static @Nullable SQLException closeCollecting(
      Connection connection, @Nullable SQLException failure) {
    try {
      connection.close();
      return failure;
    } catch (SQLException e) {
      if (failure == null) {
        return e;
      }
      failure.addSuppressed(e);
      return failure;
    }
  }
}
