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
 */
final class ReadConnections implements AutoCloseable {

  private static final int MAX_IDLE = 4;

  private final DataSource source;
  private final String store;
  private final Deque<Connection> idle = new ArrayDeque<>();
  private boolean closed;

  ReadConnections(DataSource source, String store) {
    this.source = source;
    this.store = store;
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
    return connection != null ? connection : source.getConnection();
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
