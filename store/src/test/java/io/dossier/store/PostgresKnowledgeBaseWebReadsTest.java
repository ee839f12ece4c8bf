// SPDX-License-Identifier: GPL-3.0-or-later
package io.dossier.store;

/** The tests of {@link SqliteKnowledgeBaseWebReadsTest}, run against a PostgreSQL store. */
class PostgresKnowledgeBaseWebReadsTest extends SqliteKnowledgeBaseWebReadsTest {
  private StoreLocation.Postgres database;

  @Override
  JdbcKnowledgeBase reopen() {
    if (database == null) {
      database = TestPostgres.newDatabase();
    }
    return PostgresKnowledgeBase.open(database, dir.resolve("search-cache"));
  }

  @Override
  boolean embedded() {
    return false;
  }
}
